"""Debounced autosave: snapshot on the GUI thread, encrypt and write on a worker, lose nothing."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from peerdesk.core.errors import PeerDeskError, SaveFailed
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.tasks import Runner

SAVED, SAVING, FAILED = "saved", "saving", "failed"


def state_label(state: str) -> str:
    """What the status bar says for a save state."""
    labels = {
        SAVED: translate("SaveState", "All changes saved"),
        SAVING: translate("SaveState", "Saving…"),
        FAILED: translate("SaveState", "Save failed"),
    }
    return labels[state]


class SaveController(QObject):
    """Saves ~2 s after the last change; `state_changed(state, message)` drives the status bar."""

    state_changed = Signal(str, str)

    def __init__(self, runner: Runner, delay_ms: int = 2000, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self.vault: Any = None
        self.state = SAVED
        self.error = ""
        self._writing = False
        # Edits typed but not yet in the vault (editor drafts): "saved" would not be true yet.
        self.pending_elsewhere: Callable[[], bool] = lambda: False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)

    def attach(self, vault: Any) -> None:
        self.vault = vault
        self._set(SAVED)
        if vault.dirty:  # e.g. a vault just migrated to a newer schema
            self.changed()

    def detach(self) -> None:
        self._timer.stop()
        self.vault = None

    def _set(self, state: str, message: str = "") -> None:
        self.state, self.error = state, message
        self.state_changed.emit(state, message)

    def changed(self, _topic: str = "") -> None:
        """A change happened: (re)start the quiet period before saving."""
        if self.vault is None:
            return
        if self.state != FAILED:
            self._set(SAVING)
        self._timer.start()

    def save_now(self) -> None:
        """Start a background save now (also the Retry button)."""
        self._timer.stop()
        vault = self.vault
        if vault is None or self._writing:
            if self._writing:
                self._timer.start()  # a write is running: try again after the quiet period
            return
        if self.pending_elsewhere():
            self._set(SAVING)
            self._timer.start()  # a draft is about to be kept: save after it
            return
        if not vault.dirty:
            self._set(SAVED)
            return
        self._set(SAVING)
        try:
            snapshot = vault.prepare_save()
        except PeerDeskError as err:
            self._set(FAILED, err.message)
            return
        self._writing = True
        self.runner.run(lambda: vault.write_snapshot(snapshot), self._written, self._failed)

    def _written(self, _result: object) -> None:
        self._writing = False
        if self.vault is not None and self.vault.dirty:
            self._timer.start()  # more changes arrived while writing
        else:
            self._set(SAVED)

    def _failed(self, err: BaseException) -> None:
        self._writing = False
        message = (
            err.message
            if isinstance(err, PeerDeskError)
            else translate("SaveState", "Could not save the vault.")
        )
        self._set(FAILED, message)

    def wait_for_write(self, timeout_s: float = 60.0) -> None:
        """Let a running background write finish (and its callback run) before lock or quit."""
        deadline = time.monotonic() + timeout_s
        while self._writing and time.monotonic() < deadline:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.005)

    def flush(self) -> None:
        """Save everything now, on this thread; raises SaveFailed (the change stays in memory)."""
        self._timer.stop()
        self.wait_for_write()
        vault = self.vault
        if vault is None or not vault.dirty:
            return
        try:
            vault.save()
        except SaveFailed as err:
            self._set(FAILED, err.message)
            raise
        self._set(SAVED)
