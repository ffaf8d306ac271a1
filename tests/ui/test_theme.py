"""Light, dark and follow-the-system looks: they take effect everywhere and text stays legible."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from peerdesk.ui.shared.chart_style import contrast_ratio
from peerdesk.ui.shell import theme

R = QPalette.ColorRole


@pytest.fixture
def app(qapp):
    """Put the look back as it was: other tests expect the platform's own."""
    yield qapp
    theme.apply_theme(qapp, "system")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_text_colour_has_at_least_4_5_to_1_contrast(scheme):
    colours = theme.palette(scheme)
    for text, background in theme.TEXT_ON.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            ratio = contrast_ratio(colours.color(group, text), colours.color(group, background))
            assert ratio >= 4.5, f"{scheme}: {text.name} on {background.name} is {ratio:.2f}:1"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_disabled_text_is_still_readable(scheme):
    colours = theme.palette(scheme)
    disabled = colours.color(QPalette.ColorGroup.Disabled, R.WindowText)
    assert contrast_ratio(disabled, colours.color(R.Window)) >= 2.5


def test_dark_theme_takes_effect_where_the_platform_has_no_dark_support(app):
    # The offscreen platform, like X11, ignores Qt's colour-scheme hint.
    assert theme.apply_theme(app, "dark") == "dark"
    assert app.style().name().lower() == "fusion"
    assert QGuiApplication.palette().color(R.Window).lightness() < 80
    assert QGuiApplication.palette().color(R.WindowText).lightness() > 200
    assert theme.apply_theme(app, "light") == "light"
    assert QGuiApplication.palette().color(R.Window).lightness() > 200


def test_following_the_system_goes_back_to_the_platform_look(app):
    native_style = app.style().name()
    theme.apply_theme(app, "system")
    native_window = QGuiApplication.palette().color(R.Window)
    theme.apply_theme(app, "dark")
    theme.apply_theme(app, "system")
    assert app.style().name() == native_style
    assert QGuiApplication.palette().color(R.Window) == native_window


def test_choosing_dark_in_settings_changes_the_open_window(app, qtbot, make_window, existing_vault):
    from tests.ui.conftest import unlock

    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    window.session.settings.set("theme", "dark")
    qtbot.waitUntil(lambda: window.palette().color(R.Window).lightness() < 80, timeout=2000)
    assert window.palette().color(R.Window).lightness() < 80
    page = window.go("contacts")
    assert page.palette().color(R.Base) == QColor(theme.DARK[R.Base])


def test_every_role_is_set_in_both_palettes():
    roles = {r for r in R if r not in (R.NoRole, R.NColorRoles) and r.name != "Accent"}
    for scheme, colours in (("light", theme.LIGHT), ("dark", theme.DARK)):
        missing = {r.name for r in roles} - {r.name for r in colours}
        assert not missing, f"{scheme} palette leaves {missing} to the platform"


def test_the_theme_choice_is_applied_through_the_application(app):
    from peerdesk.ui.shell.application import apply_look

    apply_look(QApplication.instance(), "dark", 1.0)
    assert QGuiApplication.palette().color(R.Base) == QColor(theme.DARK[R.Base])
