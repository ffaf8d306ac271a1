"""Autosave after changes, the save-state indicator, a failing disk and Retry, saving on quit."""

from __future__ import annotations

import errno
import os

from PySide6.QtWidgets import QMessageBox
from tests.ui.conftest import PASSPHRASE, unlock


class FullDisk:
    """os.replace failing with ENOSPC while `full` (monkeypatch.undo would undo fast_kdf too)."""

    def __init__(self) -> None:
        self.full = True
        self.real = os.replace

    def __call__(self, *args, **kwargs):
        if self.full:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return self.real(*args, **kwargs)


def test_change_is_autosaved(qtbot, make_window, existing_vault):
    from peerdesk.storage.vault import open_vault

    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    window.session.settings.set("backups_kept", 7)
    qtbot.waitUntil(lambda: window.saver.state == "saved" and not window.session.vault.dirty)
    assert window.save_label.text() == "All changes saved"
    window.session.vault.close()
    window.session = None
    reopened = open_vault(existing_vault[0], passphrase=PASSPHRASE)
    try:
        rows = {r["key"]: r["value"] for r in reopened.db["settings"].rows}
        assert rows["backups_kept"] == "7"
    finally:
        reopened.close()


def test_save_failure_shows_retry_and_retry_saves(qtbot, make_window, existing_vault, monkeypatch):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    disk = FullDisk()
    monkeypatch.setattr(os, "replace", disk)
    window.session.settings.set("backups_kept", 8)
    qtbot.waitUntil(lambda: window.saver.state == "failed", timeout=5000)
    assert window.save_label.text().startswith("Save failed")
    assert window.retry_button.isVisibleTo(window)
    assert "intact" in window.save_label.toolTip()
    assert window.session.vault.dirty  # the change is kept in memory
    disk.full = False
    window.retry_button.click()
    qtbot.waitUntil(lambda: window.saver.state == "saved", timeout=5000)
    assert not window.retry_button.isVisibleTo(window)
    assert not window.session.vault.dirty


def test_lock_with_a_failing_disk_asks_and_keeps_the_vault_open(
    qtbot, make_window, existing_vault, monkeypatch
):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    disk = FullDisk()
    monkeypatch.setattr(os, "replace", disk)
    asked = []

    def answer(message, verb):
        asked.append(verb)
        return QMessageBox.StandardButton.Cancel

    window.ask_save_failed = answer
    window.session.settings.set("backups_kept", 9)
    assert not window.lock()
    assert asked == ["Lock"] and window.session is not None and window.session.vault.is_open
    disk.full = False
    assert window.lock()  # now the save works, so the lock goes through


def test_quit_waits_for_the_last_save(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    window.saver._timer.setInterval(60_000)  # the autosave would not have run yet
    vault = window.session.vault
    window.session.settings.set("backups_kept", 4)
    assert vault.dirty
    window.close()
    assert window.session is None and not vault.is_open
    from peerdesk.storage.vault import open_vault

    reopened = open_vault(existing_vault[0], passphrase=PASSPHRASE)
    try:
        assert reopened.db["settings"].get("backups_kept")["value"] == "4"
    finally:
        reopened.close()
