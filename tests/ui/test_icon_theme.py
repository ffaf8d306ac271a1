"""Menu, sidebar, button and field icons take the new theme's colour at once, without a restart."""

from __future__ import annotations

import gc

import pytest
import shiboken6
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication
from tests.ui.conftest import unlock

from peerdesk.ui.shared.icons import _Retinter, icon, set_icon
from peerdesk.ui.shell import theme


def _ink(qicon: QIcon, size: int = 32) -> QColor:
    """The average colour of the icon's drawn (opaque) pixels."""
    image = qicon.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    red = green = blue = count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 200:
                red, green, blue, count = (
                    red + colour.red(),
                    green + colour.green(),
                    blue + colour.blue(),
                    count + 1,
                )
    assert count, "the icon draws nothing"
    return QColor(red // count, green // count, blue // count)


def _icons(window) -> dict[str, QIcon]:
    screen = window.flow.unlock_screen
    found = {"menu: Lock": window.lock_action.icon()}
    found["unlock button"] = screen.unlock_button.icon()
    found["show passphrase"] = screen.field.reveal.icon()
    if window.session is not None:
        sidebar = window.session.view.sidebar
        for row in range(sidebar.count()):
            item = sidebar.item(row)
            found[f"sidebar: {item.text()}"] = item.icon()
    return found


def test_icons_follow_a_switch_from_light_to_dark_and_back(
    qtbot, qapp, make_window, existing_vault
):
    path, _recovery = existing_vault
    theme.apply_theme(qapp, "light")
    try:
        window = make_window(path)
        unlock(qtbot, window)
        light = {name: _ink(i) for name, i in _icons(window).items()}
        assert len(light) >= 8  # the menu, two unlock-screen icons and every sidebar page
        theme.apply_theme(qapp, "dark")
        dark = {name: _ink(i) for name, i in _icons(window).items()}
        for name, colour in dark.items():
            # dark theme: light ink, much lighter than the light theme's dark ink
            assert colour.lightness() > 150, f"{name} is still dark on a dark window"
            assert colour.lightness() - light[name].lightness() > 80, name
        theme.apply_theme(qapp, "light")
        back = {name: _ink(i) for name, i in _icons(window).items()}
        for name, colour in back.items():
            assert colour.lightness() < 110, f"{name} stayed light on a light window"
    finally:
        theme.apply_theme(qapp, "system")


def test_a_renamed_icon_keeps_its_new_name_after_a_theme_change(qtbot, qapp):
    action = QAction()
    set_icon(action, "eye")
    set_icon(action, "eye-off")  # e.g. the passphrase is now shown
    theme.apply_theme(qapp, "dark")
    try:
        expected = icon("eye-off").pixmap(32, 32).toImage()
        assert action.icon().pixmap(32, 32).toImage() == expected
        assert action.icon().pixmap(32, 32).toImage() != icon("eye").pixmap(32, 32).toImage()
    finally:
        theme.apply_theme(qapp, "system")


def test_icons_of_deleted_widgets_are_forgotten(qapp):
    from PySide6.QtWidgets import QPushButton

    button = QPushButton()
    set_icon(button, "copy")
    watcher = _Retinter.instance()
    assert any(target is button for target, _ in watcher._targets.values())
    button.deleteLater()
    QApplication.sendPostedEvents(None, 0)  # runs the deferred delete
    del button
    gc.collect()
    watcher.retint()  # must neither crash on the dead button nor keep it
    assert all(shiboken6.isValid(target) for target, _ in watcher._targets.values())


def test_icons_are_sharp_at_twice_the_size():
    """At 2× scale a 48 px icon is drawn from a 96 px image, never a 48 px one stretched."""
    sizes = {s.width() for s in icon("lock").availableSizes()}
    for logical in (16, 22, 24, 32, 48):
        assert 2 * logical in sizes


def _link_ink(label) -> QColor:
    """The lightest clearly blue pixel: the link's own colour (the rest is anti-aliasing)."""
    image = label.grab().toImage()
    best = QColor()
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.blue() - colour.red() > 60 and colour.lightness() > best.lightness():
                best = colour
    return best


def test_links_take_the_new_themes_colour(qtbot, qapp):
    from PySide6.QtWidgets import QLabel

    theme.apply_theme(qapp, "light")
    try:
        label = QLabel('4 contacts · <a href="due">2 follow-ups due</a>')
        qtbot.addWidget(label)
        label.resize(300, 30)
        label.show()
        theme.apply_theme(qapp, "dark")
        ink = _link_ink(label)
        wanted = qapp.palette().link().color()
        assert abs(ink.lightness() - wanted.lightness()) < 30, (ink.name(), wanted.name())
        assert label.text() == '4 contacts · <a href="due">2 follow-ups due</a>'
    finally:
        theme.apply_theme(qapp, "system")


def _opaque_pixels(pixmap) -> int:
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return sum(
        image.pixelColor(x, y).alpha() > 200
        for y in range(image.height())
        for x in range(image.width())
    )


def test_icons_are_drawn_at_the_device_pixels_asked_for(qapp) -> None:
    """Rendered when asked, at any size: 1×, 2× and an odd 1.5× are all drawn from the SVG,
    never a smaller pixmap scaled up (a 24 px icon at 2× is 48 real pixels)."""
    lock = icon("lock")
    assert not lock.isNull()
    for side, ratio in ((16, 1.0), (24, 2.0), (20, 1.5), (48, 2.0), (300, 1.0)):
        pixmap = lock.pixmap(QSize(side, side), ratio)
        assert pixmap.width() == pixmap.height() == round(side * ratio)
        assert pixmap.devicePixelRatio() == pytest.approx(ratio)
        assert _opaque_pixels(pixmap) > 0
    small = _opaque_pixels(lock.pixmap(QSize(16, 16), 1.0))
    large = _opaque_pixels(lock.pixmap(QSize(16, 16), 2.0))
    assert large > 3 * small  # four times the pixels: real detail, not one pixmap reused


def test_a_disabled_icon_is_drawn_as_the_style_greys_it(qapp) -> None:
    lock = icon("lock")
    normal = lock.pixmap(QSize(32, 32), 1.0, QIcon.Mode.Normal).toImage()
    disabled = lock.pixmap(QSize(32, 32), 1.0, QIcon.Mode.Disabled).toImage()
    assert normal.size() == disabled.size()
    assert normal != disabled
    again = lock.pixmap(QSize(32, 32), 1.0, QIcon.Mode.Normal).toImage()
    assert again == normal  # cached, and the cache keeps modes apart


def test_icon_copies_survive_the_original(qapp) -> None:
    """QIcon copies share the engine; a changed copy gets a clone that Qt owns. Neither may
    crash once the Python references are gone, and deleted clones are not kept."""
    from peerdesk.ui.shared import icons

    for _ in range(40):
        copy = QIcon(icon("lock"))
        gc.collect()
        copy.addPixmap(copy.pixmap(8, 8))  # detaches: Qt clones the engine
        assert not copy.pixmap(QSize(24, 24), 2.0).isNull()
        del copy
        gc.collect()
    assert len(icons._CLONES) <= 2
