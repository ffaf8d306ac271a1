"""Run under dbus-run-session: ActiveChanged(true) from the screen saver makes the watcher fire;
the same signal from a process that does not own the screen saver's name is ignored.

Prints "watching N fired-by-saver A fired-by-intruder B".
"""

import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from peerdesk.ui.shell.screenlock import ScreenLockWatcher

SERVICE = "org.freedesktop.ScreenSaver"
app = QCoreApplication(sys.argv)
# Two more connections to the session bus, as two other processes would have: the screen
# saver owns the well-known name, the intruder does not.
saver = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, "saver")
intruder = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, "intruder")
assert saver.registerService(SERVICE), "could not take the screen saver's name"
watcher = ScreenLockWatcher()
fired: list[str] = []
current = ["nobody"]
watcher.should_lock.connect(lambda: fired.append(current[0]))


def emit(bus: QDBusConnection, who: str, active: bool) -> None:
    current[0] = who
    msg = QDBusMessage.createSignal("/org/freedesktop/ScreenSaver", SERVICE, "ActiveChanged")
    msg.setArguments([active])
    bus.send(msg)


QTimer.singleShot(100, lambda: emit(intruder, "intruder", True))  # a forged lock signal
QTimer.singleShot(400, lambda: emit(saver, "saver", False))  # unlocking must not lock the vault
QTimer.singleShot(700, lambda: emit(saver, "saver", True))
QTimer.singleShot(1500, app.quit)
app.exec()
print(
    "watching", len(watcher.watching),
    "fired-by-saver", fired.count("saver"),
    "fired-by-intruder", fired.count("intruder"),
)  # fmt: skip
