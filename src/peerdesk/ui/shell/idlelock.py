"""Idle auto-lock measured in wall-clock time, so a laptop that slept comes back locked."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

# Keyboard and mouse use inside the app counts as activity (as KeePassXC's InactivityTimer).
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatch(QObject):
    """Emits `idle` once after `limit_s` seconds without activity while armed.

    The event filter only stores time.time(): restarting a QTimer on every event is wasteful, and
    time.monotonic() stops during suspend on Linux, which would let a slept laptop wake unlocked.
    """

    idle = Signal()

    def __init__(self, check_ms: int = 5000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit_s = 300.0
        self.last_activity = time.time()
        self.armed = False
        self._check = QTimer(self)
        self._check.setInterval(check_ms)
        self._check.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.last_activity = time.time()
        return False  # never swallow events

    def arm(self, limit_s: float) -> None:
        self.limit_s = limit_s
        self.last_activity = time.time()
        self.armed = True
        self._check.start()

    def disarm(self) -> None:
        self.armed = False
        self._check.stop()

    def check(self) -> None:
        # abs(): a clock set backwards by hours must not keep the vault open forever either.
        if self.armed and abs(time.time() - self.last_activity) >= self.limit_s:
            self.disarm()
            self.idle.emit()
