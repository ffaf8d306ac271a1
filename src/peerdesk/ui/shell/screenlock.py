"""Lock when the session's screen locks or the machine goes to sleep, where D-Bus tells us."""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QObject, Signal, Slot

log = logging.getLogger(__name__)

# (bus, service, interface, path, signal): freedesktop and GNOME screen savers, logind's sleep.
# The service is the well-known bus name the sender must own (see the connect call below).
_WATCHES = (
    ("session", "org.freedesktop.ScreenSaver", "org.freedesktop.ScreenSaver",
     "/org/freedesktop/ScreenSaver", "ActiveChanged"),
    ("session", "org.freedesktop.ScreenSaver", "org.freedesktop.ScreenSaver",
     "/ScreenSaver", "ActiveChanged"),  # KDE's path
    ("session", "org.gnome.ScreenSaver", "org.gnome.ScreenSaver",
     "/org/gnome/ScreenSaver", "ActiveChanged"),
    ("system", "org.freedesktop.login1", "org.freedesktop.login1.Manager",
     "/org/freedesktop/login1", "PrepareForSleep"),
)  # fmt: skip


class ScreenLockWatcher(QObject):
    """Emits `should_lock` when the screen saver activates or the system prepares to sleep.

    Signals:
        should_lock: the desktop is locking or suspending; lock the vault now.

    Without a D-Bus session (Windows, macOS, a bare X server) it stays silent; the wall-clock
    idle check still locks a machine that slept.
    """

    should_lock = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watching: list[str] = []
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a build without QtDBus
            return
        buses = {"session": QDBusConnection.sessionBus, "system": QDBusConnection.systemBus}
        for bus_name, service, interface, path, signal in _WATCHES:
            bus = buses[bus_name]()
            # Naming the service (not "") makes Qt deliver the signal only when its sender's
            # unique name is the current owner of that well-known name: any process on the
            # session bus can emit ActiveChanged, only the screen saver owns its name.
            if bus.isConnected() and bus.connect(
                service, path, interface, signal, self, SLOT("_on_activated(bool)")
            ):
                self.watching.append(f"{interface}.{signal}")
        log.debug("screen-lock watches: %d", len(self.watching))

    @Slot(bool)
    def _on_activated(self, active: bool) -> None:
        if active:
            self.should_lock.emit()
