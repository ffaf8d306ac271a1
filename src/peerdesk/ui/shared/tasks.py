"""One background runner over QThreadPool: slow work off the GUI thread, results back on it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread, so signals emitted by a worker arrive queued on the GUI thread."""

    finished = Signal(bool, object)

    def __init__(self, on_success: Success | None, on_failure: Failure | None) -> None:
        super().__init__()
        self._on_success = on_success
        self._on_failure = on_failure
        self.finished.connect(self._deliver)

    @Slot(bool, object)
    def _deliver(self, ok: bool, payload: object) -> None:
        if ok and self._on_success is not None:
            self._on_success(payload)
        elif not ok:
            if self._on_failure is not None:
                assert isinstance(payload, BaseException)
                self._on_failure(payload)
            else:
                # Type name only: an exception message may quote user content.
                log.error("background task failed: %s", type(payload).__name__)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn: Callable[[], Any] | None = fn
        self._relay = relay

    def run(self) -> None:
        # Drop the callable as it starts: its closure may hold a plaintext save snapshot.
        fn, self._fn = self._fn, None
        assert fn is not None, "a job runs once"
        try:
            result = fn()
        except BaseException as err:  # delivered to the caller, never lost in a thread
            self._relay.finished.emit(False, err)
        else:
            self._relay.finished.emit(True, result)


class Runner(QObject):
    """Runs callables on a thread pool; `pending` counts jobs whose callbacks have not run yet."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()

    @property
    def pending(self) -> int:
        return len(self._relays)

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
    ) -> None:
        relay = _Relay(on_success, on_failure)
        self._relays.add(relay)  # keeps the relay alive until its callback ran
        relay.finished.connect(lambda *_: self._forget(relay))
        self._pool.start(_Job(fn, relay))

    def _forget(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        if not self._relays:
            self.idle.emit()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the workers finished (used on quit); callbacks still need the event loop."""
        return bool(self._pool.waitForDone(msecs))
