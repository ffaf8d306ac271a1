"""Locking: Ctrl+L, idle time measured on the wall clock, minimise; what a lock clears."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from tests.ui.conftest import unlock


def test_lock_clears_every_view_and_our_clipboard(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    settings_page = window.go("settings")
    cleared = []
    settings_page.clear = lambda: cleared.append("settings")  # the contract: clear() on lock
    vault = window.session.vault
    window.clipboard.copy("0800 123 456")
    assert window.lock()
    assert cleared == ["settings"]
    assert window.session is None and not vault.is_open
    assert window.centralWidget().currentWidget() is window.flow
    assert window.flow.currentWidget() is window.flow.unlock_screen
    assert QGuiApplication.clipboard().text() == ""
    assert not window.lock_action.isEnabled()
    unlock(qtbot, window)
    assert set(window.session.view.pages) == {"dashboard"}  # rebuilt fresh after unlock


def test_lock_leaves_a_clipboard_the_user_changed(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    window.clipboard.copy("ours")
    QGuiApplication.clipboard().setText("the user's own text")
    window.lock()
    assert QGuiApplication.clipboard().text() == "the user's own text"


def test_ctrl_l_locks(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session is None, timeout=2000)


def test_idle_lock_uses_wall_clock_time(qtbot, make_window, existing_vault, monkeypatch):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    window.session.settings.set("auto_lock_minutes", 1)
    assert window.idle.limit_s == 60.0
    window.idle.check()
    assert window.session is not None  # not idle yet
    later = time.time() + 61  # e.g. the laptop slept: monotonic time would not have moved
    monkeypatch.setattr("peerdesk.ui.shell.idlelock.time.time", lambda: later)
    window.idle._check.setInterval(20)
    window.idle._check.start()
    qtbot.waitUntil(lambda: window.session is None, timeout=3000)


def test_activity_postpones_the_idle_lock(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    window.idle.arm(0.3)
    window.idle._check.setInterval(20)
    window.idle._check.start()
    for _ in range(5):
        qtbot.wait(100)
        qtbot.mouseMove(window.session.view.sidebar)
        qtbot.keyClick(window.session.view.sidebar, Qt.Key.Key_Shift)
    assert window.session is not None
    qtbot.waitUntil(lambda: window.session is None, timeout=3000)


def test_minimised_window_hides_content_and_can_lock(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    window._minimised_changed(True)
    assert window.centralWidget().currentWidget() is window.cover
    window._minimised_changed(False)
    assert window.centralWidget().currentWidget() is window.session.view
    window.session.settings.set("lock_on_minimise", True)
    window._minimised_changed(True)
    assert window.session is None
    assert window.centralWidget().currentWidget() is window.cover


def _live_decrypted_objects(before: frozenset[int] = frozenset()) -> dict[str, int]:
    """Contacts, save snapshots (plaintext database images) and open database connections,
    leaving out objects that already existed (`before`: ids, e.g. left by earlier tests)."""
    import gc
    import sqlite3

    from peerdesk.core.contacts.model import Contact
    from peerdesk.storage.unlocked import Snapshot

    gc.collect()
    found: dict[str, int] = {}
    for obj in gc.get_objects():
        if id(obj) in before:
            continue
        kind = type(obj).__name__ if isinstance(obj, Contact | Snapshot) else None
        if isinstance(obj, sqlite3.Connection):
            try:
                obj.execute("SELECT 1")
                kind = "open connection"
            except sqlite3.ProgrammingError:  # closed
                pass
        if kind:
            found[kind] = found.get(kind, 0) + 1
    return found


def test_lock_drops_every_reference_to_decrypted_data(qtbot, make_window, existing_vault):
    """Python cannot wipe freed memory (docs/vault-format.md), but nothing may keep it alive."""
    import gc
    import random
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent
    from tests.ui.contacts_helpers import sample

    gc.collect()
    alive_before = gc.get_objects()  # held, so no new object can reuse one of their ids
    before = frozenset(id(o) for o in alive_before)
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    rng = random.Random(5)
    for i in range(4):
        window.session.desk.contacts.add(sample(i, rng, note=f"lock canary {i}"))
    for key in ("dashboard", "contacts", "selfcare", "training", "resources", "reports"):
        window.go(key)
        qtbot.wait(30)
    window.saver.save_now()
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=5000)
    assert _live_decrypted_objects(before).get("Contact")  # the probe sees them while unlocked
    held = [weakref.ref(window.session.desk), weakref.ref(window.session.vault)]
    assert window.lock()
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=5000)
    for _ in range(3):  # pages are deleted later by Qt's event loop
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qtbot.wait(20)
    assert _live_decrypted_objects(before) == {}
    del alive_before
    assert [ref() for ref in held] == [None, None]
