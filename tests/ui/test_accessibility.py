"""Walks every unlock screen, page and dialog: each input needs a name a screen reader can say."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget
from tests.ui.a11y_walk import unnamed
from tests.ui.conftest import PASSPHRASE
from tests.ui.sync_runner import page_context

from peerdesk.ui.shell.pages import PAGES, build_page


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
    from peerdesk.storage.assembly import open_desk

    vault, _ = vault_factory("a11y.peerdesk", PASSPHRASE)
    desk = open_desk(vault)
    ctx = page_context(desk, local_settings)
    page = build_page(key, ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.wait(20)
    assert unnamed(page) == []
    page.clear()


def test_dialogs_are_named(qtbot):
    from peerdesk.ui.shared.dialogs import AboutDialog, HelpDialog

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
