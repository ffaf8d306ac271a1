"""Copy text marked as secret for clipboard managers, and clear it later only if still ours."""

from __future__ import annotations

import atexit
import hashlib

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

# Formats clipboard managers and histories honour (KeePassXC, CopyQ, Windows docs).
_KDE_HINT = "x-kde-passwordManagerHint"
_MAC_CONCEALED = "application/x-nspasteboard-concealed-type"
_WIN = 'application/x-qt-windows-mime;value="{}"'
_DWORD_ZERO = b"\x00\x00\x00\x00"


def secret_mime(text: str) -> QMimeData:
    """Plain text plus every hint that asks clipboard managers not to keep it."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(_KDE_HINT, QByteArray(b"secret"))
    mime.setData(_MAC_CONCEALED, QByteArray(b""))
    mime.setData(_WIN.format("ExcludeClipboardContentFromMonitorProcessing"), QByteArray(b"1"))
    mime.setData(_WIN.format("CanIncludeInClipboardHistory"), QByteArray(_DWORD_ZERO))
    mime.setData(_WIN.format("CanUploadToCloudClipboard"), QByteArray(_DWORD_ZERO))
    return mime


def _digest(text: str) -> bytes:
    # Keep a hash, not the copied text, to recognise our own clipboard content later.
    return hashlib.sha256(text.encode("utf-8")).digest()


_last_copied: bytes | None = None  # digest of the newest text any SecureClipboard put there


def _release_at_exit() -> None:
    """Hand our QMimeData back to Qt while Python is alive.

    Qt's clipboard otherwise deletes it in a C exit handler after Python has finalised, and
    the wrapper's destructor then crashes the interpreter (seen in every test run that copied).
    Only our own text is cleared: never what the user copied from another program.
    """
    if QGuiApplication.instance() is None or _last_copied is None:
        return
    board = QGuiApplication.clipboard()
    for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
        if mode == QClipboard.Mode.Selection and not board.supportsSelection():
            continue
        if _digest(board.text(mode)) == _last_copied:
            board.clear(mode)


def _remember(digest: bytes) -> None:
    global _last_copied  # noqa: PLW0603 - one process-wide clipboard
    if _last_copied is None:
        atexit.register(_release_at_exit)
    _last_copied = digest


class SecureClipboard(QObject):
    """Copies with secret hints; clears after `clear_after_ms` and on lock, if unchanged."""

    def __init__(self, clear_after_ms: int = 30_000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clear_after_ms = clear_after_ms
        self._ours: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str) -> None:
        board = QGuiApplication.clipboard()
        board.setMimeData(secret_mime(text), QClipboard.Mode.Clipboard)
        if board.supportsSelection():
            board.setMimeData(secret_mime(text), QClipboard.Mode.Selection)
        self._ours = _digest(text)
        _remember(self._ours)
        self._timer.start(self.clear_after_ms)

    def holds_ours(self) -> bool:
        return self._ours is not None and _digest(QGuiApplication.clipboard().text()) == self._ours

    def clear_if_ours(self) -> bool:
        """Clear only when the clipboard still holds what we put there; True if cleared."""
        self._timer.stop()
        board = QGuiApplication.clipboard()
        cleared = False
        if self.holds_ours():
            board.clear(QClipboard.Mode.Clipboard)
            cleared = True
        selection = board.supportsSelection() and self._ours is not None
        if selection and _digest(board.text(QClipboard.Mode.Selection)) == self._ours:
            board.clear(QClipboard.Mode.Selection)
        self._ours = None
        return cleared
