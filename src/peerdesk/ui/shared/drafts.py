"""Draft keeping for editors: what is typed goes into the vault's drafts a moment later.

Each editor owns a `DraftKeeper`. Edits restart a short timer; when it fires, the editor's
fields are stored through `desk.drafts` (in the encrypted vault, never on disk in the clear),
and the window's autosave writes the vault as for any other change. Lock, quit and auto-lock
call `flush_all()` first, so even the last keystroke before Ctrl+L is kept.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from peerdesk.core.errors import InvalidInput

DELAY_MS = 400  # well below the autosave quiet period, so the draft is in before the save
Fields = dict[str, Any]


class _Hub(QObject):
    """Tells the window that a draft is waiting, so the status bar does not claim "saved"."""

    pending = Signal()


hub = _Hub()
_keepers: weakref.WeakSet[DraftKeeper] = weakref.WeakSet()
_session: dict[str, Any] = {}


def set_session_drafts(drafts: Any) -> None:
    """The window sets the unlocked desk's drafts service (None on lock) for editors deep inside
    feature views that are not handed the desk (e.g. a training module's reflections)."""
    _session["drafts"] = drafts


def session_drafts() -> Any:
    return _session.get("drafts")


class DraftKeeper(QObject):
    """Stores `capture()` under `key()` (None: nothing to keep) shortly after each `touched()`."""

    def __init__(
        self,
        drafts: Any,
        key: Callable[[], str | None],
        capture: Callable[[], Fields],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.drafts, self._key, self._capture = drafts, key, capture
        self._quiet = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)
        _keepers.add(self)

    def watch(self, *signals: Any) -> None:
        for signal in signals:
            signal.connect(self.touched)

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Filling the editor from the vault is not an edit."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def touched(self, *_args: object) -> None:
        if self._quiet:
            return
        self._timer.start()
        hub.pending.emit()

    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Store the draft now (if an edit is waiting)."""
        if not self._timer.isActive() and not self._timer_fired():
            return
        self._timer.stop()
        key = self._key()
        if key is None:
            return
        # A 200,000-character paste is not kept as a draft; the editor still holds it and its
        # Save button says what is wrong.
        with suppress(InvalidInput):
            self.drafts.keep(key, self._capture())

    def _timer_fired(self) -> bool:
        # Called from the timer's own timeout: the timer is no longer active but the edit waits.
        return self.sender() is self._timer

    def saved_or_dropped(self, key: str | None = None) -> None:
        """The editor's content was saved (or thrown away on purpose): the draft goes."""
        self._timer.stop()
        key = key or self._key()
        if key is not None:
            self.drafts.discard(key)

    def stop(self) -> None:
        """Lock after flushing: nothing more is written from this editor."""
        self._timer.stop()


def flush_all() -> None:
    """Before lock, quit or auto-lock: every waiting draft goes into the vault now."""
    for keeper in list(_keepers):
        if shiboken6.isValid(keeper):
            keeper.flush()


def any_pending() -> bool:
    return any(k.pending() for k in list(_keepers) if shiboken6.isValid(k))
