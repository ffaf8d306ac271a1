"""Settings → "Your data and security": every action end to end, with its effect on the files."""

from __future__ import annotations

import pytest
from tests.ui.a11y_walk import unnamed
from tests.ui.conftest import PASSPHRASE, unlock

from peerdesk.core.errors import WrongPassphrase
from peerdesk.storage.vault import list_backups, open_vault
from peerdesk.ui.settings import data as settings_data
from peerdesk.ui.settings import data_dialogs as dialogs

NEW = "a different long passphrase for testing"


@pytest.fixture
def group(qtbot, make_window, existing_vault):
    """The data group of the Settings page in an unlocked window; returns (window, group)."""
    path, _recovery = existing_vault
    window = make_window(path)
    unlock(qtbot, window)
    page = window.go("settings")
    return window, page.data_group


def add_states(window, count: int, prefix: str = "k", value: str = "x") -> None:
    table = window.session.vault.db["selfcare_state"]  # GUI thread, as the pages do
    for i in range(count):
        table.insert({"key": f"{prefix}{i}", "value": value})


def states_in(path, **secret) -> int:
    vault = open_vault(path, **secret)
    try:
        return vault.info()["rows"]["selfcare_state"]
    finally:
        vault.close()


def done(qtbot, group, text: str) -> None:
    qtbot.waitUntil(
        lambda: text in group.message.text() and not group.busy.isVisible(), timeout=8000
    )


def lock(qtbot, window) -> None:
    assert window.lock()
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=5000)


def test_change_passphrase_opens_with_the_new_one_only(qtbot, group, monkeypatch):
    window, grp = group
    path = window.flow.vault_path
    asked = []
    monkeypatch.setattr(
        dialogs, "ask_change_passphrase", lambda *a: asked.append(a[1]) or (NEW, False)
    )
    grp.buttons["change_passphrase"].click()
    done(qtbot, grp, "Passphrase changed")
    assert "old passphrase" in asked[0] and "data key" in asked[0]
    assert "still opens" in grp.message.text()
    lock(qtbot, window)
    open_vault(path, passphrase=NEW).close()
    with pytest.raises(WrongPassphrase):
        open_vault(path, passphrase=PASSPHRASE)


def test_cancelled_passphrase_change_changes_nothing(qtbot, group, monkeypatch):
    window, grp = group
    before = window.flow.vault_path.read_bytes()
    monkeypatch.setattr(dialogs, "ask_change_passphrase", lambda *_a: None)
    grp.buttons["change_passphrase"].click()
    assert window.flow.vault_path.read_bytes() == before and not grp.busy.isVisible()


def test_new_recovery_key_is_shown_once_and_opens(qtbot, group, monkeypatch, existing_vault):
    window, grp = group
    path, old_key = existing_vault
    shown = []
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
    monkeypatch.setattr(dialogs, "show_key", lambda _p, key, _c: shown.append(key))
    grp.buttons["new_recovery_key"].click()
    done(qtbot, grp, "new recovery key")
    assert len(shown) == 1 and shown[0] != old_key
    lock(qtbot, window)
    open_vault(path, recovery_key=shown[0]).close()
    with pytest.raises(WrongPassphrase):
        open_vault(path, recovery_key=old_key)


def test_rotate_reencrypts_deletes_backups_and_shows_a_key(qtbot, group, monkeypatch):
    window, grp = group
    path = window.flow.vault_path
    for round_ in range(3):  # a few saves make automatic backups
        add_states(window, 1, f"r{round_}-")
        window.session.vault.save()
    assert list_backups(path)
    add_states(window, 2, "unsaved")  # unsaved changes go into the re-encrypted file too
    shown = []
    monkeypatch.setattr(dialogs, "ask_new_passphrase", lambda *_a: NEW)
    monkeypatch.setattr(dialogs, "show_key", lambda _p, key, _c: shown.append(key))
    grp.buttons["rotate_key"].click()
    done(qtbot, grp, "re-encrypted")
    assert list_backups(path) == [] and len(shown) == 1
    lock(qtbot, window)
    assert states_in(path, passphrase=NEW) == 5
    assert states_in(path, recovery_key=shown[0]) == 5
    with pytest.raises(WrongPassphrase):
        open_vault(path, passphrase=PASSPHRASE)


def test_backup_to_file_writes_a_copy_that_opens(qtbot, group, monkeypatch, tmp_path):
    window, grp = group
    add_states(window, 4)  # not saved yet: the backup saves first
    dest = tmp_path / "usb" / "copy.peerdesk"
    dest.parent.mkdir()
    monkeypatch.setattr(settings_data, "ask_save_path", lambda *_a: dest)
    grp.buttons["backup_to_file"].click()
    done(qtbot, grp, "checked")
    assert states_in(dest, passphrase=PASSPHRASE) == 4


def test_verify_reports_counts_even_for_the_open_vault(qtbot, group, monkeypatch):
    window, grp = group
    add_states(window, 3, "canary-key-", "CANARY-7f3a")
    window.session.vault.save()
    path = window.flow.vault_path
    reports = []
    monkeypatch.setattr(settings_data, "ask_open_path", lambda *_a: path)
    monkeypatch.setattr(dialogs, "ask_secret", lambda *_a: ("passphrase", PASSPHRASE))
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: reports.append(text))
    grp.buttons["verify_backup"].click()
    qtbot.waitUntil(lambda: bool(reports), timeout=8000)
    text = reports[0]
    assert "intact" in text and "schema version" in text
    assert "<td>selfcare_state</td><td align='right'>3</td>" in text
    assert "CANARY" not in text and "canary-key" not in text  # counts, never content
    add_states(window, 1, "after")  # the open vault is untouched and still saves
    window.session.vault.save()


def test_verify_with_a_wrong_secret_says_so(qtbot, group, monkeypatch):
    window, grp = group
    reports = []
    monkeypatch.setattr(settings_data, "ask_open_path", lambda *_a: window.flow.vault_path)
    monkeypatch.setattr(
        dialogs, "ask_secret", lambda *_a: ("passphrase", "not the right one at all")
    )
    monkeypatch.setattr(dialogs, "inform", lambda *a: reports.append(a))
    grp.buttons["verify_backup"].click()
    qtbot.waitUntil(lambda: not grp.busy.isVisible() and grp.message.text() != "", timeout=8000)
    assert reports == [] and "passphrase" in grp.message.text().lower()


def backup_then_change(qtbot, window, grp, monkeypatch, tmp_path):
    """A backup file with 2 rows, then 5 more rows saved in the vault."""
    add_states(window, 2, "old")
    dest = tmp_path / "older.peerdesk"
    monkeypatch.setattr(settings_data, "ask_save_path", lambda *_a: dest)
    grp.buttons["backup_to_file"].click()
    done(qtbot, grp, "checked")
    add_states(window, 5, "new")
    window.session.vault.save()
    return dest


def test_restore_brings_back_older_content(qtbot, group, monkeypatch, tmp_path):
    window, grp = group
    dest = backup_then_change(qtbot, window, grp, monkeypatch, tmp_path)
    monkeypatch.setattr(dialogs, "ask_restore", lambda *_a: (dest, "passphrase", PASSPHRASE))
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
    grp.buttons["restore"].click()
    qtbot.waitUntil(lambda: window.session is None, timeout=8000)
    screen = window.flow.unlock_screen
    qtbot.waitUntil(lambda: "Restored save" in screen.error.text(), timeout=8000)
    assert window.flow.currentWidget() is screen and screen.field.isEnabled()
    unlock(qtbot, window)
    assert window.session.vault.info()["rows"]["selfcare_state"] == 2


def test_restore_refuses_a_file_that_does_not_decrypt(qtbot, group, monkeypatch, tmp_path):
    window, grp = group
    bad = tmp_path / "bad.peerdesk"
    bad.write_bytes(b"PDV" + bytes(500))
    before = window.flow.vault_path.read_bytes()
    asked = []
    monkeypatch.setattr(dialogs, "ask_restore", lambda *_a: (bad, "passphrase", PASSPHRASE))
    monkeypatch.setattr(dialogs, "confirm", lambda *a: asked.append(a) or True)
    grp.buttons["restore"].click()
    qtbot.waitUntil(lambda: not grp.busy.isVisible() and grp.message.text() != "", timeout=8000)
    assert window.session is not None and asked == []
    assert "damaged" in grp.message.text().lower() or "not" in grp.message.text().lower()
    assert window.flow.vault_path.read_bytes() == before


def test_restore_dialog_lists_automatic_backups(qtbot, qtmodeltester, group):
    window, _grp = group
    for i in range(2):
        add_states(window, 1, f"s{i}")
        window.session.vault.save()
    backups = list_backups(window.flow.vault_path)
    dialog = dialogs.RestoreDialog(window, backups)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == len(backups) == 2
    assert dialog.model.index(0, 1).data() == str(backups[0].generation)
    assert dialog.source == backups[0].path and not dialog.ok_button.isEnabled()
    dialog.secret_form.field.setText(PASSPHRASE)
    assert dialog.ok_button.isEnabled()
    dialog.show()
    assert unnamed(dialog) == []


def test_export_needs_the_typed_confirmation(qtbot, group, monkeypatch, tmp_path):
    window, grp = group
    add_states(window, 2)
    folder = tmp_path / "export"
    folders = []
    monkeypatch.setattr(dialogs, "ask_typed", lambda _p, _t, _warning, word: word == "NO")
    monkeypatch.setattr(dialogs, "ask_folder", lambda *_a: folders.append(1) or folder)
    grp.buttons["export_data"].click()
    assert folders == [] and not folder.exists()
    warnings = []
    monkeypatch.setattr(
        dialogs, "ask_typed", lambda _p, _t, warning, _word: warnings.append(warning) or True
    )
    grp.buttons["export_data"].click()
    assert (folder / "peerdesk-export.json").exists() and (folder / "selfcare_state.csv").exists()
    assert settings_data.EXPORT_WARNING in warnings and "Exported" in grp.message.text()


def test_erase_leaves_no_peerdesk_file(qtbot, group, monkeypatch, isolated_home):
    from peerdesk import paths

    window, grp = group
    path = window.flow.vault_path
    window.session.vault.save()
    assert list_backups(path) or path.exists()
    monkeypatch.setattr(dialogs, "ask_typed", lambda _p, _t, _w, word: word == "ERASE")
    grp.buttons["erase"].click()
    qtbot.waitUntil(lambda: window.flow.currentWidget() is window.flow.welcome, timeout=8000)
    window.close()
    leftovers = [p for p in path.parent.iterdir() if "peerdesk" in p.name.lower()]
    assert leftovers == [] and not (path.parent / "backups").exists()
    assert [d for d in paths.all_app_dirs() if d.exists()] == []


def test_erase_without_the_word_does_nothing(qtbot, group, monkeypatch):
    window, grp = group
    monkeypatch.setattr(dialogs, "ask_typed", lambda *_a: False)
    grp.buttons["erase"].click()
    assert window.session is not None and window.flow.vault_path.exists()


def test_group_and_its_dialogs_are_named(qtbot, group):
    window, grp = group
    assert unnamed(grp) == []
    built = [
        dialogs.PassphraseDialog(window, "Change passphrase", "intro", "&Change"),
        dialogs.TypedConfirmDialog(window, "Erase", settings_data.ERASE_WARNING, "ERASE"),
        dialogs.SecretDialog(window, "Verify", "intro", "&Open"),
        dialogs.KeyDialog(window, "ABCD-EFGH-JKLM", window.clipboard),
    ]
    for dialog in built:
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed(dialog) == [], type(dialog).__name__


def test_passphrase_dialog_follows_the_policy(qtbot):
    dialog = dialogs.PassphraseDialog(None, "Change passphrase", "intro", "&Change")
    qtbot.addWidget(dialog)
    dialog.form.first.setText("short")
    dialog.form.second.setText("short")
    assert not dialog.ok_button.isEnabled() and dialog.form.meter.messages.text()
    dialog.form.first.setText(NEW)
    assert not dialog.ok_button.isEnabled()  # the repeat differs
    dialog.form.second.setText(NEW)
    assert dialog.ok_button.isEnabled()
    dialog.reject()
    assert dialog.form.first.text() == ""  # a cancelled dialog forgets what was typed


def test_typed_confirmation_needs_the_exact_word(qtbot):
    dialog = dialogs.TypedConfirmDialog(None, "Export", settings_data.EXPORT_WARNING, "EXPORT")
    qtbot.addWidget(dialog)
    for text, ok in (("export", False), ("EXPOR", False), ("EXPORT", True), (" EXPORT ", True)):
        dialog.field.setText(text)
        assert dialog.ok_button.isEnabled() is ok, text


def test_key_dialog_needs_the_last_group_and_forgets_the_key(qtbot):
    dialog = dialogs.KeyDialog(None, "ABCD-EFGH-JKLM", None)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        pass
    assert not dialog.screen.continue_button.isEnabled()
    qtbot.keyClicks(dialog.screen.check, "jklm")
    assert dialog.screen.continue_button.isEnabled()
    dialog.screen.continue_button.click()
    assert dialog.result() == dialogs.QDialog.DialogCode.Accepted
    assert dialog.screen.key_view.text() == ""


def test_ask_typed_runs_modally_and_returns(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, dialogs.TypedConfirmDialog)
        dialog.field.setText("ERASE")
        dialog.ok_button.click()

    QTimer.singleShot(50, answer)
    assert dialogs.ask_typed(None, "Erase", settings_data.ERASE_WARNING, "ERASE") is True


def test_change_passphrase_dialog_offers_rotation_on_by_default_when_exposed(qtbot):
    dialog = dialogs.ChangePassphraseDialog(None, "intro")
    qtbot.addWidget(dialog)
    assert dialog.routine.isChecked() and not dialog.rotate_key()
    dialog.exposed.setChecked(True)
    assert dialog.rotate_key()  # on by default for that reason
    dialog.rotate.setChecked(False)  # and still the person's choice
    assert not dialog.rotate_key()
    dialog.routine.setChecked(True)
    dialog.exposed.setChecked(True)
    assert dialog.rotate_key()


def test_change_passphrase_with_rotation_reencrypts_in_the_same_step(qtbot, group, monkeypatch):
    window, grp = group
    path = window.flow.vault_path
    add_states(window, 2)
    window.session.vault.save()
    window.session.vault.save()
    shown = []
    monkeypatch.setattr(dialogs, "ask_change_passphrase", lambda *_a: (NEW, True))
    monkeypatch.setattr(dialogs, "show_key", lambda _p, key, _c: shown.append(key))
    grp.buttons["change_passphrase"].click()
    done(qtbot, grp, "re-encrypted")
    assert list_backups(path) == [] and len(shown) == 1
    lock(qtbot, window)
    assert states_in(path, passphrase=NEW) == 2
    with pytest.raises(WrongPassphrase):
        open_vault(path, passphrase=PASSPHRASE)
