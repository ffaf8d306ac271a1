"""Locking with the screen: the D-Bus watcher, and the window obeying its setting."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.ui.conftest import unlock

PROBE = Path(__file__).parent / "scripts" / "screenlock_probe.py"


@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="needs dbus-run-session")
def test_only_the_screen_saver_can_fire_the_watcher():
    """Any process on the session bus can send ActiveChanged; only the owner of the screen
    saver's well-known name is believed, so no other program can lock the window at will."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(PROBE)],
        capture_output=True, text=True, env=env, timeout=60, check=True,
    )  # fmt: skip
    assert "fired-by-saver 1" in out.stdout
    assert "fired-by-intruder 0" in out.stdout
    assert "watching 0" not in out.stdout


def test_window_locks_when_the_screen_locks(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0], shell_only=True)
    unlock(qtbot, window)
    window.screen_lock.should_lock.emit()
    assert window.session is None


def test_setting_off_keeps_the_vault_open(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0], shell_only=True)
    unlock(qtbot, window)
    window.session.settings.set("lock_on_screen_lock", False)
    window.screen_lock.should_lock.emit()
    assert window.session is not None
