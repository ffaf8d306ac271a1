"""First run, unlock, wrong passphrase, recovery and the problem screens, through the real vault."""

from __future__ import annotations

import pytest
from tests.ui.conftest import PASSPHRASE, unlock

NEW_PASSPHRASE = "a quiet orchard after rain"


def test_first_run_creates_vault_and_checks_the_recovery_key(qtbot, make_window, tmp_path):
    window = make_window(shell_only=True)
    flow = window.flow
    assert flow.currentWidget() is flow.welcome
    flow.welcome.create_button.click()
    assert flow.currentWidget() is flow.create
    flow.create.form.first.setText("short")
    flow.create.form.second.setText("short")
    assert not flow.create.action_button.isEnabled()
    assert "at least 15 characters" in flow.create.form.meter.messages.text()
    flow.create.form.first.setText(PASSPHRASE)
    flow.create.form.second.setText(PASSPHRASE + "x")
    assert not flow.create.action_button.isEnabled()
    assert "differ" in flow.create.form.match.text()
    flow.create.form.second.setText(PASSPHRASE)
    assert flow.create.action_button.isEnabled()
    flow.create.action_button.click()
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.key_screen, timeout=5000)
    key = flow.key_screen.key_view.text()
    assert len(key) > 20 and (tmp_path / "vault.peerdesk").exists()
    flow.key_screen.check.setText("WRONG")
    assert not flow.key_screen.continue_button.isEnabled()
    flow.key_screen.check.setText(flow.key_screen.last_group().lower())
    assert flow.key_screen.continue_button.isEnabled()
    flow.key_screen.continue_button.click()
    assert window.session is not None
    assert flow.key_screen.key_view.text() == ""  # shown once only
    assert window.centralWidget().currentWidget() is window.session.view


def test_unlock_shows_the_dashboard(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0], shell_only=True)
    unlock(qtbot, window)
    view = window.session.view
    assert view.stack.currentWidget() is view.pages["dashboard"]
    assert set(view.pages) == {"dashboard"}  # other pages are built on first visit
    assert window.flow.unlock_screen.field.text() == ""


def test_wrong_passphrase_says_so_and_stays_locked(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0], shell_only=True)
    screen = window.flow.unlock_screen
    screen.field.setText("not the right passphrase at all")
    screen.unlock_button.click()
    qtbot.waitUntil(screen.unlock_button.isEnabled, timeout=5000)
    assert "does not open this vault" in screen.error.text()
    assert window.session is None and screen.field.text() == ""
    unlock(qtbot, window)  # the right one still works afterwards
    assert window.session is not None


def test_recovery_key_unlocks_then_sets_a_new_passphrase(qtbot, make_window, existing_vault):
    path, recovery = existing_vault
    window = make_window(path, shell_only=True)
    flow = window.flow
    flow.unlock_screen.recovery_button.click()
    assert flow.currentWidget() is flow.recovery
    flow.recovery.field.setText("AAAA-BBBB-CCCC")
    flow.recovery.action_button.click()
    qtbot.waitUntil(flow.recovery.action_button.isEnabled, timeout=5000)
    assert "does not open" in flow.recovery.error.text()
    flow.recovery.field.setText(recovery)
    flow.recovery.action_button.click()
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.new_passphrase, timeout=5000)
    flow.new_passphrase.form.first.setText(NEW_PASSPHRASE)
    flow.new_passphrase.form.second.setText(NEW_PASSPHRASE)
    flow.new_passphrase.action_button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=5000)
    assert window.lock()
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert window.session is not None


def test_second_instance_on_the_same_vault_is_refused(qtbot, make_window, existing_vault):
    from peerdesk.storage.vault import open_vault

    first = open_vault(existing_vault[0], passphrase=PASSPHRASE)  # another window holds it
    try:
        window = make_window(existing_vault[0], shell_only=True)
        screen = window.flow.unlock_screen
        screen.field.setText(PASSPHRASE)
        screen.unlock_button.click()
        qtbot.waitUntil(lambda: window.flow.currentWidget() is window.flow.problem, timeout=5000)
        assert window.flow.problem.kind == "in-use"
        assert "already open" in window.flow.problem.message.text()
        assert window.session is None
    finally:
        first.close()


def test_damaged_vault_offers_the_newest_backup(qtbot, make_window, existing_vault):
    from peerdesk.storage.vault import open_vault

    path, _ = existing_vault
    vault = open_vault(path, passphrase=PASSPHRASE)
    vault.db["settings"].upsert({"key": "probe", "value": "1"}, pk="key")
    vault.save()  # the first file is now kept as a backup
    vault.close()
    data = bytearray(path.read_bytes())
    data[-40] ^= 0xFF  # damage the payload
    path.write_bytes(bytes(data))
    window = make_window(path, shell_only=True)
    window.flow.unlock_screen.field.setText(PASSPHRASE)
    window.flow.unlock_screen.unlock_button.click()
    problem = window.flow.problem
    qtbot.waitUntil(lambda: window.flow.currentWidget() is problem, timeout=5000)
    assert problem.kind == "damaged" and problem.action_button.isVisibleTo(problem)
    problem.action_button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=5000)
    assert window.session.vault.is_open


def test_newer_version_gets_its_own_screen(qtbot, make_window, existing_vault):
    from peerdesk.core.errors import VaultTooNew

    window = make_window(existing_vault[0], shell_only=True)
    window.flow.show_problem(VaultTooNew("format 99"))
    assert window.flow.currentWidget() is window.flow.problem
    assert window.flow.problem.kind == "too-new"
    assert "newer PeerDesk" in window.flow.problem.message.text()
    assert not window.flow.problem.action_button.isVisibleTo(window.flow.problem)


def test_note_retention_is_offered_and_applied_at_unlock(qtbot, make_window, fast_kdf, tmp_path):
    """Retention on + an old note: unlocking asks once, then blanks the note, keeping the stats."""
    from datetime import datetime, timedelta

    from peerdesk.core.contacts.model import Contact
    from peerdesk.storage.assembly import open_desk
    from peerdesk.storage.vault import create_vault
    from peerdesk.ui.contacts import retention as contacts_retention

    path = tmp_path / "vault.peerdesk"
    vault, _ = create_vault(path, PASSPHRASE)
    desk = open_desk(vault)
    old = datetime.now() - timedelta(days=400)
    desk.contacts.add(Contact(when=old, duration_min=20, topics=("grief_loss",), note="old words"))
    desk.contacts.set_retention_months(12)
    vault.save()
    vault.close()
    asked = []
    monkey = pytest.MonkeyPatch()
    monkey.setattr(contacts_retention, "ask_purge", lambda _p, n, m: asked.append((n, m)) or True)
    try:
        window = make_window(path)
        unlock(qtbot, window)
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
        (contact,) = window.session.desk.contacts.list_between(old.date(), old.date())
    finally:
        monkey.undo()
    assert asked == [(1, 12)]
    assert contact.note == "" and contact.duration_min == 20 and contact.topics == ("grief_loss",)


def test_keyboard_focus_lands_in_the_sections_after_unlock(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0], shell_only=True)
    with qtbot.waitActive(window):
        window.activateWindow()
    unlock(qtbot, window)
    assert window.focusWidget() is window.session.view.sidebar


def test_unusually_costly_unlock_asks_before_trying(
    qtbot, make_window, existing_vault, monkeypatch
):
    from peerdesk.storage import crypto, kdfbudget, seen

    seen.record_path().unlink()  # a vault this computer has not opened before
    monkeypatch.setattr(crypto, "KDF_FLOOR", crypto.KdfParams(8, 1, 1))
    monkeypatch.setattr(kdfbudget, "_throughput", lambda: 1.0)
    window = make_window(existing_vault[0], shell_only=True)
    window.flow.unlock_screen.field.setText(PASSPHRASE)
    window.flow.unlock_screen.unlock_button.click()
    problem = window.flow.problem
    qtbot.waitUntil(lambda: window.flow.currentWidget() is problem, timeout=5000)
    assert problem.kind == "slow" and "unusually long" in problem.heading.text()
    assert window.session is None
    problem.action_button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=5000)


def test_an_older_copy_asks_whether_to_go_on(qtbot, make_window, existing_vault, tmp_path):
    import shutil

    from peerdesk.storage.vault import open_vault

    path, _ = existing_vault
    old = tmp_path / "old.peerdesk"
    shutil.copyfile(path, old)
    vault = open_vault(path, passphrase=PASSPHRASE)
    vault.db["settings"].upsert({"key": "probe", "value": "1"}, pk="key")
    vault.save()
    vault.close()
    shutil.copyfile(old, path)
    window = make_window(path, shell_only=True)
    problem = window.flow.problem
    for choice in ("back", "go on"):
        window.flow.unlock_screen.field.setText(PASSPHRASE)
        window.flow.unlock_screen.unlock_button.click()
        qtbot.waitUntil(lambda: window.flow.currentWidget() is problem, timeout=5000)
        assert problem.kind == "rollback" and "older" in problem.message.text()
        assert window.session is None
        if choice == "back":
            problem.back_button.click()  # the vault stays closed, and is no longer held
            assert window.flow.currentWidget() is window.flow.unlock_screen
            open_vault(path, passphrase=PASSPHRASE).close()
    problem.action_button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=5000)
    window.lock()
    assert open_vault(path, passphrase=PASSPHRASE).rollback is None  # now the expected copy
