"""Window test fixtures: a MainWindow over a vault in tmp_path, with cheap key derivation."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def qt_renderers():
    """The window's tests run with what the `peerdesk` program registers at start (PDF writer)."""
    from peerdesk.app import register_qt_renderers

    register_qt_renderers()


@pytest.fixture
def local_settings(tmp_path):
    from peerdesk.core.settings import LocalSettings

    return LocalSettings(tmp_path / "config" / "settings.json")


@pytest.fixture
def make_window(qtbot, fast_kdf, tmp_path, local_settings, monkeypatch):
    """Returns (vault_path=None) -> MainWindow, shown; closed (and its vault locked) afterwards."""
    from peerdesk.ui.shell.mainwindow import MainWindow

    windows = []

    def make(vault_path: Path | None = None, shell_only: bool = False) -> MainWindow:
        if shell_only:  # test the shell alone: feature pages are replaced by their placeholders
            from peerdesk.ui.shell import pages

            real = pages.page_class
            monkeypatch.setattr(pages, "page_class", lambda k: real(k) if k == "settings" else None)
        window = MainWindow(vault_path or tmp_path / "vault.peerdesk", local_settings)
        from PySide6.QtWidgets import QMessageBox

        # A modal question would hang a test: by default answer "anyway" (tests may override).
        window.ask_save_failed = lambda _msg, _verb: QMessageBox.StandardButton.Discard
        window.saver._timer.setInterval(50)  # the 2 s quiet period, shortened for tests
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.session is not None:
            window.session.vault.close()
            window.session = None
        window.runner.wait()


@pytest.fixture
def existing_vault(fast_kdf, tmp_path):
    """A vault on disk (closed), and its recovery key."""
    from peerdesk.storage.vault import create_vault

    path = tmp_path / "vault.peerdesk"
    vault, recovery = create_vault(path, PASSPHRASE)
    vault.close()
    return path, recovery


def wait_until(qtbot, predicate: Callable[[], bool], timeout: int = 5000) -> None:
    qtbot.waitUntil(predicate, timeout=timeout)


def unlock(qtbot, window, passphrase: str = PASSPHRASE) -> None:
    screen = window.flow.unlock_screen
    assert window.flow.currentWidget() is screen
    screen.field.setText(passphrase)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=5000)


def settle(qtbot, ms: int = 50) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        qtbot.wait(10)


@pytest.fixture
def english_catalogue(qapp):
    """The window always loads the English catalogue: it holds the plural forms ("2 services")."""
    from peerdesk.ui.shared import i18n

    i18n.install(qapp, "en", pseudo=False)
    yield
    i18n.uninstall(qapp)


@pytest.fixture
def pseudo(qapp):
    """The pseudo-locale: every translated string marked and made longer."""
    from peerdesk.ui.shared import i18n

    i18n.install(qapp, "system", pseudo=True)
    yield
    i18n.uninstall(qapp)


@pytest.fixture
def french(qapp):
    """The window in Canadian French."""
    from peerdesk.ui.shared import i18n

    assert i18n.install(qapp, "fr") == "fr"
    yield
    i18n.uninstall(qapp)
