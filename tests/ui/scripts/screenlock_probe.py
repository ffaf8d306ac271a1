"""Run under dbus-run-session: a screen saver's ActiveChanged(true) makes the watcher fire."""

import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from peerdesk.ui.shell.screenlock import ScreenLockWatcher

app = QCoreApplication(sys.argv)
watcher = ScreenLockWatcher()
fired: list[bool] = []
watcher.should_lock.connect(lambda: (fired.append(True), app.quit()))


def emit(active: bool) -> None:
    msg = QDBusMessage.createSignal(
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
    )
    msg.setArguments([active])
    QDBusConnection.sessionBus().send(msg)


QTimer.singleShot(50, lambda: emit(False))  # unlocking the screen must not lock the vault
QTimer.singleShot(150, lambda: emit(True))
QTimer.singleShot(3000, app.quit)
app.exec()
print("watching", len(watcher.watching), "fired", len(fired))
