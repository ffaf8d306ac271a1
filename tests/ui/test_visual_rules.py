"""One spacing scale, one type ramp, even rows: checked in the source and on the live pages.

The rules (docs in ui/shared/spacing.py and ui/shared/typography.py), after the GNOME and KDE
guidelines: layouts space and pad only by steps of the scale; text comes in five styles (page
title, section heading, sub-heading, body, caption) and no module but the type helper sizes a
font; every table row is one line high.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QTableView,
    QWidget,
)
from tests.ui.test_screenshots import _settle

from peerdesk.ui.shared import typography
from peerdesk.ui.shared.spacing import SCALE
from peerdesk.ui.shell import theme

UI = Path(__file__).resolve().parents[2] / "src" / "peerdesk" / "ui"
SPACING_CALLS = {
    "setContentsMargins",
    "setSpacing",
    "setHorizontalSpacing",
    "setVerticalSpacing",
    "addSpacing",
    "QMargins",
}
SIZE_CALLS = {"setPointSize", "setPointSizeF", "setPixelSize"}
# Where a font size is not a window style: the type helper itself; the user's text-size
# setting applied to the whole application; pages printed on paper (sized in points).
SIZE_ALLOWED = {"shared/typography.py", "shell/application.py", "shared/pdf.py", "unlock/keyout.py"}
# Rich-text sizes other than the ramp's <h2>, <h3> and <h4>.
AD_HOC_MARKUP = re.compile(r"font-size|<h1\b|<h5\b|<h6\b|<big\b|<small\b|<font\b", re.I)


def _sources() -> list[tuple[str, ast.Module]]:
    return [
        (path.relative_to(UI).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(UI.rglob("*.py"))
    ]


def _called(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def test_spacing_in_the_source_is_on_the_scale():
    """A number written in a margin or spacing call is a step of the scale (names are better)."""
    off_scale = []
    for name, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _called(node) not in SPACING_CALLS:
                continue
            for arg in node.args:
                number = isinstance(arg, ast.Constant) and isinstance(arg.value, int | float)
                if number and arg.value not in SCALE:
                    off_scale.append(f"{name}:{node.lineno} {_called(node)}({arg.value})")
    assert not off_scale, "not on the spacing scale " + str(SCALE) + ":\n" + "\n".join(off_scale)


def test_only_the_type_helper_sizes_fonts():
    found = []
    for name, tree in _sources():
        if name in SIZE_ALLOWED:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called(node) in SIZE_CALLS:
                found.append(f"{name}:{node.lineno} {_called(node)}")
            text = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if text and AD_HOC_MARKUP.search(node.value):
                found.append(f"{name}:{node.lineno} {node.value[:60]!r}")
    assert not found, "font sizes outside ui/shared/typography.py:\n" + "\n".join(found)


def test_the_type_ramp_matches_qts_rich_text_headings(qapp):
    """<h2>/<h3> labels (page titles written as rich text) look like the helper's own."""
    for role, tag in ((typography.Role.TITLE, "h2"), (typography.Role.SECTION, "h3")):
        rich = QLabel(f"<{tag}>Heading</{tag}>")
        plain = typography.label("Heading", role)
        assert (
            abs(rich.sizeHint().height() - plain.sizeHint().height())
            <= 0.25 * plain.sizeHint().height()
        )
        assert abs(rich.sizeHint().width() - plain.sizeHint().width()) <= 2


# -- the live pages -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from peerdesk.demo import make_demo

    return make_demo(tmp_path_factory.mktemp("demo"))


def _layouts(root: QWidget) -> list[tuple[QLayout, QWidget]]:
    """Every layout under `root` with the widget it belongs to, except the insides of buttons
    (a button's padding is its style's, e.g. WrapButton mimics a push button's)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QAbstractButton) or isinstance(
            widget.parentWidget(), QAbstractButton
        ):
            continue
        stack = [widget.layout()] if widget.layout() is not None else []
        while stack:
            layout = stack.pop()
            found.append((layout, widget))
            for index in range(layout.count()):
                child = layout.itemAt(index).layout()
                if child is not None:
                    stack.append(child)
    return found


def _spacings(layout: QLayout) -> list[int]:
    if isinstance(layout, QFormLayout | QGridLayout):
        return [layout.horizontalSpacing(), layout.verticalSpacing()]
    return [layout.spacing()]


def _off_scale(root: QWidget, where: str) -> list[str]:
    problems = []
    for layout, widget in _layouts(root):
        m = layout.contentsMargins()
        values = [m.left(), m.top(), m.right(), m.bottom(), *_spacings(layout)]
        if any(v not in SCALE for v in values):
            owner = f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()!r}"
            problems.append(f"{where}: {type(layout).__name__} of {owner}: {values}")
    return problems


def _font_off_ramp(root: QWidget, where: str, body: float) -> list[str]:
    sizes = {round(body * role.value[0], 1) for role in typography.Role}
    problems = []
    for label in root.findChildren(QLabel):
        size = round(label.font().pointSizeF(), 1)
        if label.isVisibleTo(root) and size not in sizes:
            problems.append(f"{where}: label {label.text()[:40]!r} at {size} pt (ramp {sizes})")
    return problems


def _uneven_rows(root: QWidget, where: str) -> list[str]:
    problems = []
    for table in root.findChildren(QTableView):
        model = table.model()
        if model is None or not table.isVisibleTo(root):
            continue
        heights = {table.rowHeight(r) for r in range(model.rowCount())}
        if len(heights) > 1:
            problems.append(
                f"{where}: table {table.accessibleName()!r} has rows of {sorted(heights)} px"
            )
    return problems


@pytest.mark.parametrize("scheme", ["light", "system"])
def test_every_page_keeps_the_scale_the_ramp_and_even_rows(
    qtbot, qapp, make_window, fast_kdf, demo, scheme
):
    """ "system" keeps the platform's own style; the scale must hold under either."""
    vault_path, passphrase = demo
    theme.apply_theme(qapp, scheme)
    try:
        window = make_window(vault_path)
        problems = _off_scale(window.flow.currentWidget(), "unlock screen")
        window.flow.unlock_screen.field.setText(passphrase)
        window.flow.unlock_screen.unlock_button.click()
        qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
        window.resize(1366, 768)
        body = qapp.font().pointSizeF()
        from peerdesk.ui.shell.pages import PAGES

        corners = {}
        for spec in PAGES:
            page = window.go(spec.key)
            _settle(None, page)
            corners[spec.key] = _title_corner(window, page)
            problems += _off_scale(page, spec.key)
            problems += _font_off_ramp(page, spec.key, body)
            problems += _uneven_rows(page, spec.key)
        assert not problems, "\n".join(problems)
        assert len(set(corners.values())) == 1, f"page titles start at different places: {corners}"
    finally:
        theme.apply_theme(qapp, "system")


def _title_corner(window: QWidget, page: QWidget) -> tuple[int, int]:
    """Where the page's first (top-left) text starts in the window: its title."""
    labels = [label for label in page.findChildren(QLabel) if label.isVisible() and label.text()]
    corners = [label.mapTo(window, label.rect().topLeft()) for label in labels]
    first = min(corners, key=lambda p: (p.y(), p.x()))
    return first.x(), first.y()


def test_dialogs_get_the_window_margin_and_pages_the_page_margin(qapp):
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    from peerdesk.ui.shared.spacing import GAP, PAGE, mark_page

    theme.apply_theme(qapp, "light")
    try:
        dialog = QDialog()
        outer = QVBoxLayout(dialog)
        group = QWidget()
        inner = QVBoxLayout(group)
        page = QWidget()
        mark_page(page)
        paged = QVBoxLayout(page)
        outer.addWidget(group)
        outer.addWidget(page)
        assert outer.contentsMargins().left() == PAGE
        assert inner.contentsMargins().left() == GAP and inner.spacing() == GAP
        assert paged.contentsMargins().top() == PAGE
    finally:
        theme.apply_theme(qapp, "system")


def test_every_dialog_and_unlock_screen_keeps_the_scale_and_the_ramp(
    qtbot, qapp, make_window, tmp_path
):
    from tests.ui.i18n_walk import dialog_builders
    from tests.ui.sync_runner import SyncRunner

    from peerdesk.storage.directory import Directory
    from peerdesk.ui.shared.clipboard import SecureClipboard

    theme.apply_theme(qapp, "light")
    try:
        body = qapp.font().pointSizeF()
        problems: list[str] = []
        directory = Directory.open(tmp_path / "directory.sqlite")
        builders = dialog_builders(directory, SyncRunner(), SecureClipboard())
        for name, build in builders.items():
            dialog = build()
            qtbot.addWidget(dialog)
            dialog.show()
            problems += _off_scale(dialog, name) + _font_off_ramp(dialog, name, body)
            problems += _uneven_rows(dialog, name)
            dialog.close()
        window = make_window(tmp_path / "new.peerdesk")
        for index in range(window.flow.count()):
            window.flow.setCurrentIndex(index)
            screen = window.flow.currentWidget()
            where = f"unlock:{type(screen).__name__}"
            problems += _off_scale(screen, where) + _font_off_ramp(screen, where, body)
        assert len(builders) >= 12
        assert not problems, "\n".join(problems)
    finally:
        theme.apply_theme(qapp, "system")


def test_name_columns_grow_with_a_wide_table_and_rows_stay_even(qtbot):
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from peerdesk.ui.shared.rows import even_rows, name_columns, row_height

    model = QStandardItemModel()
    for name in ("Contacts by kind of support", "Summary", "Naïve café — ünïcode ✓ " * 3):
        model.appendRow([QStandardItem(name), QStandardItem("12"), QStandardItem("note")])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    even_rows(view)
    name_columns(view, {0: (22, 36)})
    chars = view.fontMetrics().averageCharWidth()
    view.resize(400, 300)
    view.show()
    QApplication.processEvents()
    assert view.columnWidth(0) == 22 * chars  # narrow: the least, elided
    view.resize(2400, 300)
    QApplication.processEvents()
    assert view.columnWidth(0) == 36 * chars  # wide: the most, not the last column's room
    assert {view.rowHeight(r) for r in range(3)} == {row_height(view)}
