"""Walks every unlock screen, page and dialog: each input needs a name a screen reader can say."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from tests.ui.conftest import PASSPHRASE

from peerdesk.ui.pages import PAGES, UiContext, build_page

INPUTS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
_REAL_NAME = re.compile(r"[A-Za-z0-9].*[A-Za-z0-9]")  # "?" or "…" is not a name


def spoken_name(widget: QWidget, buddies: dict[int, str]) -> str:
    name = widget.accessibleName() or buddies.get(id(widget), "")
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text()
    return name.replace("&", "").strip()


def unnamed(root: QWidget) -> list[str]:
    buddies = {id(lb.buddy()): lb.text() for lb in root.findChildren(QLabel) if lb.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the inner editor speaks for its parent
        if widget.focusPolicy().value == 0:
            continue  # not reachable by keyboard or screen-reader focus
        if not _REAL_NAME.search(spoken_name(widget, buddies)):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {root!r}")
    return missing


class SyncRunner:
    """Runs jobs inline: a widget walk needs no threads (and the desk is GUI-thread only)."""

    def run(self, fn, on_success=None, on_failure=None):
        try:
            result = fn()
        except Exception as err:
            if on_failure is not None:
                on_failure(err)
            return
        if on_success is not None:
            on_success(result)


def test_every_unlock_screen_is_named(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "new.peerdesk")
    problems = []
    for index in range(window.flow.count()):
        window.flow.setCurrentIndex(index)
        problems += unnamed(window.flow.currentWidget())
    problems += unnamed(window.statusBar())
    assert problems == []


@pytest.mark.parametrize("key", [p.key for p in PAGES])
def test_every_page_is_named(qtbot, vault_factory, local_settings, key):
    from peerdesk.storage.session import open_desk
    from peerdesk.ui.clipboard import SecureClipboard
    from peerdesk.ui.pages import AppSettings

    vault, _ = vault_factory("a11y.peerdesk", PASSPHRASE)
    desk = open_desk(vault)
    ctx = UiContext(
        desk=desk,
        runner=SyncRunner(),
        clipboard=SecureClipboard(),
        settings=AppSettings(local_settings, desk.settings),
        status=lambda _text: None,
        request_save=lambda: None,
    )
    page = build_page(key, ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.wait(20)
    assert unnamed(page) == []
    page.clear()


def test_dialogs_are_named(qtbot):
    from peerdesk.ui.dialogs import AboutDialog, HelpDialog

    for dialog in (AboutDialog(), HelpDialog()):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed(dialog) == []


def test_the_walker_catches_an_unnamed_input(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root)
    root.show()
    assert len(unnamed(root)) == 1
