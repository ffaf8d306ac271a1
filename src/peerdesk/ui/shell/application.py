"""QApplication set-up and process hardening: no core dumps, quiet Qt logging, a calm crash hook."""

from __future__ import annotations

import logging
import re
import sys
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QMessageLogContext, QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from peerdesk import __version__, paths
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shell import featurescan

featurescan.install()  # before the window's own modules are imported (see featurescan)

log = logging.getLogger("peerdesk.qt")
_QUOTED = re.compile(r"\"[^\"]*\"|(?<![A-Za-z])'[^']*'")  # not the ' in "can't"
_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def disable_core_dumps() -> bool:
    """A core dump would hold the decrypted database; returns True when it worked."""
    from peerdesk.storage.hardening import harden_process

    done = harden_process()
    return done.no_core_file and (done.not_dumpable or not sys.platform.startswith("linux"))


def scrub(message: str) -> str:
    """Qt may quote a widget's text in a warning; quoted parts never reach the log."""
    return _QUOTED.sub('"…"', message)


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "qt"
    log.log(_LEVELS.get(kind, logging.WARNING), "%s: %s", category, scrub(message))


def install_message_handler() -> None:
    qInstallMessageHandler(_qt_message)


def crash_summary(exc: BaseException, tb: TracebackType | None) -> str:
    """Type plus file:line:function frames — no message, no locals (both may hold content)."""
    frames = traceback.extract_tb(tb)
    lines = [f"  {f.filename}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join([type(exc).__name__, *lines])


def _excepthook(_kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    log.error("unexpected error\n%s", crash_summary(exc, tb))
    app = QApplication.instance()
    if app is None:
        return
    parent: Any = QApplication.activeWindow()
    QMessageBox.warning(
        parent,
        translate("Application", "Something went wrong"),
        translate(
            "Application",
            "PeerDesk ran into an unexpected problem. Your saved work is safe. If this keeps "
            "happening, lock PeerDesk and open it again.",
        ),
    )


def install_excepthook() -> None:
    sys.excepthook = _excepthook


def configure_qsettings() -> None:
    """Window geometry goes to an INI file under the state folder, never the registry."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    state = str(paths.state_dir())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, state)


def apply_look(app: QApplication, theme: str, font_scale: float) -> None:
    """Light, dark or the system's look (on every platform); scale the system font."""
    from peerdesk.ui.shell.theme import apply_theme

    apply_theme(app, theme)
    base = app.property("peerdesk_base_font")
    if not isinstance(base, QFont):
        base = QFont(app.font())
        app.setProperty("peerdesk_base_font", base)
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * font_scale)
    app.setFont(font)


def create_application(argv: list[str] | None = None) -> QApplication:
    """Return the (single) QApplication, configured; reuses one that already exists (tests)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.peerdesk.PeerDesk")
    app.setQuitOnLastWindowClosed(True)
    configure_qsettings()
    return app


def top_level_dialogs(exclude: QWidget | None = None) -> list[QDialog]:
    """Every open dialog or message box (closed on lock)."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and w is not exclude
    ]
