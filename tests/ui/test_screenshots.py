"""Every page at three window sizes in both themes: rendered, no sideways scrolling, nothing
cut off, readable colours, and the window keeps the size it was given."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QWidget

from peerdesk.ui.shared.chart_style import contrast_ratio
from peerdesk.ui.shell import theme

SIZES = ((800, 600), (1366, 768), (1920, 1080))
R = QPalette.ColorRole


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo vault (realistic content) for every size and theme."""
    from peerdesk.demo import make_demo

    folder = tmp_path_factory.mktemp("demo")
    return make_demo(folder)


def _settle(window, page) -> None:
    end = time.monotonic() + 5
    while time.monotonic() < end and (
        getattr(page, "loading", False) or getattr(page, "busy", False)
    ):
        QApplication.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        QApplication.processEvents()


def _sideways(page: QWidget) -> list[str]:
    """Scroll areas that scroll sideways, or whose content is wider than their view."""
    found = []
    for area in page.findChildren(QAbstractScrollArea):
        if not area.isVisibleTo(page) or area.viewport().width() < 50:
            continue
        if area.horizontalScrollBar().isVisible() and not _is_table(area):
            found.append(f"{type(area).__name__} {area.accessibleName()!r} scrolls sideways")
        if isinstance(area, QScrollArea) and area.widget() is not None:
            need = area.widget().minimumSizeHint().width()
            if need > area.viewport().width() + 1:
                found.append(f"scroll area content needs {need} px, has {area.viewport().width()}")
    return found


def _is_table(area: QAbstractScrollArea) -> bool:
    from PySide6.QtWidgets import QAbstractItemView

    return isinstance(area, QAbstractItemView)  # wide tables may scroll; pages may not


def _cut_off(window: QWidget, page: QWidget) -> list[str]:
    """Buttons and inputs that reach past the window's right edge."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    found = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QComboBox | QLineEdit):
            continue
        if not widget.isVisibleTo(window) or _inside_scroll(widget):
            continue
        right = widget.mapTo(window, widget.rect().topRight()).x()
        if right > window.width():
            found.append(
                f"{type(widget).__name__} {widget.text() if hasattr(widget, 'text') else ''!r}"
            )
    return found


def _inside_scroll(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _background(image: QImage) -> QColor:
    return image.pixelColor(image.width() - 4, image.height() // 2)


def page_problems(
    window: QWidget, size: tuple[int, int], scheme: str, shots: Path
) -> tuple[list[str], int]:
    """Every page at one window size: what is wrong, and how many screenshots were saved."""
    from peerdesk.ui.shell.pages import PAGES

    width, height = size
    problems: list[str] = []
    window.resize(width, height)
    screen = window.screen().availableGeometry()
    ratio = window.screen().devicePixelRatio()
    for spec in PAGES:
        page = window.go(spec.key)
        _settle(window, page)
        grab = window.grab()
        shot = grab.toImage()
        shot.save(str(shots / f"{scheme}-{width}x{height}@{ratio:g}x-{spec.key}.png"))
        where = f"{scheme} {width}×{height} @{ratio:g}× {spec.key}"
        if (window.width(), window.height()) != (width, height):
            problems.append(f"{where}: the window resized itself to {window.size()}")
            window.resize(width, height)
        need = window.minimumSizeHint().expandedTo(window.minimumSize())
        if need.width() > screen.width() or need.height() > screen.height():
            problems.append(f"{where}: needs {need.width()}×{need.height()}, the screen "
                            f"has {screen.width()}×{screen.height()}")  # fmt: skip
        if grab.devicePixelRatio() != ratio:  # drawn at 1× and scaled up: blurry
            problems.append(f"{where}: drawn at {grab.devicePixelRatio()}×, not {ratio}×")
        problems += [f"{where}: {p}" for p in _sideways(page) + _cut_off(window, page)]
        text = window.palette().color(R.WindowText)
        ground = _background(shot)
        if contrast_ratio(text, ground) < 4.5:
            problems.append(f"{where}: text on {ground.name()} is hard to read")
    return problems, len(PAGES)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_at_three_sizes(qtbot, qapp, make_window, fast_kdf, demo, scheme, tmp_path):
    vault_path, passphrase = demo
    theme.apply_theme(qapp, scheme)
    try:
        window = make_window(vault_path)
        window.flow.unlock_screen.field.setText(passphrase)
        window.flow.unlock_screen.unlock_button.click()
        qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
        problems: list[str] = []
        for size in SIZES:
            problems += page_problems(window, size, scheme, tmp_path)[0]
        assert not problems, "\n".join(problems)
    finally:
        theme.apply_theme(qapp, "system")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_contact_form_fits_the_smallest_window(qtbot, qapp, make_window, fast_kdf, demo, scheme):
    vault_path, passphrase = demo
    theme.apply_theme(qapp, scheme)
    try:
        window = make_window(vault_path)
        window.flow.unlock_screen.field.setText(passphrase)
        window.flow.unlock_screen.unlock_button.click()
        qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
        window.resize(800, 600)
        page = window.go("contacts")
        page.new_contact()
        for expanded in (False, True):
            page.form.more.setChecked(expanded)
            _settle(window, page)
            assert window.size().width() == 800
            assert not _sideways(page), _sideways(page)
            assert not _cut_off(window, page), _cut_off(window, page)
            note = page.form.note
            top = note.mapTo(window, note.rect().topLeft()).y()
            assert top + 40 < window.height()  # the note is always on screen
        page.form.discard_draft()
    finally:
        theme.apply_theme(qapp, "system")


def test_trend_chart_is_never_taller_than_the_window(qtbot, make_window, fast_kdf, demo):
    vault_path, passphrase = demo
    window = make_window(vault_path)
    window.flow.unlock_screen.field.setText(passphrase)
    window.flow.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    window.resize(800, 600)
    page = window.go("selfcare")
    page.tabs.setCurrentWidget(page.trends)
    _settle(window, page)
    assert page.trends.chart.height() < window.height() - 100


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_topics_get_the_room_in_the_contact_log(qtbot, make_window, fast_kdf, demo, size):
    """Kind and risk have a few long, rare labels; sized to those they took a third of the
    table while Topics, the column with the most to say, was cut short."""
    from peerdesk.ui.contacts.columns import TOPICS_COLUMN

    vault_path, passphrase = demo
    window = make_window(vault_path)
    window.flow.unlock_screen.field.setText(passphrase)
    window.flow.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    window.resize(*size)
    page = window.go("contacts")
    _settle(window, page)
    header = page.table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    topics = widths[TOPICS_COLUMN]
    assert topics == max(widths), widths
    chars = page.table.fontMetrics().averageCharWidth()
    assert widths[3] <= 22 * chars and widths[5] <= 22 * chars, widths  # kind, risk
    shown = [page.model.cell_text(page.model.contact_at(r), TOPICS_COLUMN) for r in range(20)]
    room = topics - 8
    fits = sum(page.table.fontMetrics().horizontalAdvance(t) <= room for t in shown)
    assert fits >= 18, (topics, shown)  # nearly every row's topics shown whole


# --- the same checks in French --------------------------------------------------------------
# French runs ~30 % longer than English. Every page and every dialog, at the two smallest sizes,
# in the light theme (the themes change colours, not widths). Surfaces whose strings are not
# translated yet pass trivially; once they are, clipping here fails the test, never skips it.
FRENCH_SIZES = ((800, 600), (1366, 768))


def _in_french() -> bool:
    from peerdesk.ui.shared.i18n import translate

    return translate("AboutDialog", "Apache 2.0 or BSD") == "Apache 2.0 ou BSD"


@pytest.mark.parametrize("size", FRENCH_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_in_french(qtbot, qapp, french, make_window, fast_kdf, demo, size, tmp_path):
    from tests.ui.i18n_walk import clipped

    from peerdesk.ui.shell.pages import PAGES

    assert _in_french()
    vault_path, passphrase = demo
    width, height = size
    window = make_window(vault_path)
    window.resize(width, height)
    problems = [f"unlock screen: {p}" for p in clipped(window.flow.currentWidget())]
    window.flow.unlock_screen.field.setText(passphrase)
    window.flow.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    for spec in PAGES:
        page = window.go(spec.key)
        _settle(window, page)
        window.grab().save(str(tmp_path / f"fr-{width}-{spec.key}.png"))
        where = f"fr {width}×{height} {spec.key}"
        if (window.width(), window.height()) != (width, height):
            problems.append(f"{where}: the window resized itself to {window.size()}")
            window.resize(width, height)
        found = _sideways(page) + _cut_off(window, page) + clipped(page)
        problems += [f"{where}: {p}" for p in found]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", FRENCH_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_dialog_in_french_fits_and_cuts_nothing(qtbot, french, tmp_path, size):
    from tests.ui.i18n_walk import DIALOGS, clipped, dialog_builders
    from tests.ui.sync_runner import SyncRunner

    from peerdesk.storage.directory import Directory
    from peerdesk.ui.shared.clipboard import SecureClipboard

    assert _in_french()
    width, height = size
    directory = Directory.open(tmp_path / "directory.sqlite")
    builders = dialog_builders(directory, SyncRunner(), SecureClipboard())
    problems = []
    for name in DIALOGS:
        dialog = builders[name]()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(10)
        need = dialog.minimumSizeHint()
        if need.width() > width or need.height() > height:
            problems.append(f"{name}: needs {need.width()}×{need.height()}, has {width}×{height}")
        dialog.resize(min(dialog.width(), width), min(dialog.height(), height))
        qtbot.wait(10)
        problems += [
            f"{name} at {width}×{height}: {p}" for p in _sideways(dialog) + clipped(dialog)
        ]
        dialog.close()
    directory.close()
    assert not problems, "\n".join(problems)


def test_the_contact_log_never_scrolls_sideways_from_800_px(qtbot, make_window, fast_kdf, demo):
    """On a narrow window the least needed columns fold away ("Has note", then kind: both
    are in the form); date, minutes, channel, topics, risk and follow-up stay in view."""
    from peerdesk.ui.contacts.columns import FOLD_FIRST

    vault_path, passphrase = demo
    window = make_window(vault_path)
    window.flow.unlock_screen.field.setText(passphrase)
    window.flow.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    for size in ((800, 600), (1024, 768), (1366, 768), (1920, 1080)):
        window.resize(*size)
        page = window.go("contacts")
        _settle(window, page)
        table = page.table
        assert not table.horizontalScrollBar().isVisible(), size
        hidden = {c for c in range(table.model().columnCount()) if table.isColumnHidden(c)}
        assert hidden <= set(FOLD_FIRST), (size, hidden)
        assert not hidden or size[0] < 1024, (size, hidden)  # every column from 1024 px
