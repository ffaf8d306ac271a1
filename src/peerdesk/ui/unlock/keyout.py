"""Getting the recovery key out of the app safely: secure copy, print, save to a private file."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from peerdesk.ui.shared.clipboard import SecureClipboard
from peerdesk.ui.shared.filedialogs import ask_save_path

KEY_NOTE = (
    "PeerDesk recovery key\n\n{key}\n\n"
    "This key opens your PeerDesk vault if you forget your passphrase. Keep it somewhere safe, "
    "away from the computer. Anyone holding it and the vault file can read the vault.\n"
)


def copy_key(clipboard: SecureClipboard, key: str) -> None:
    clipboard.copy(key)  # marked secret for clipboard managers; cleared after a short while


def key_document_html(key: str) -> str:
    return (
        "<h2>PeerDesk recovery key</h2>"
        f"<p style='font-family: monospace; font-size: 16pt'>{html.escape(key)}</p>"
        "<p>This key opens your PeerDesk vault if you forget your passphrase. Keep this page "
        "somewhere safe, away from the computer.</p>"
    )


def print_key(parent: QWidget, key: str) -> None:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print the recovery key")
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return
    document = QTextDocument()
    document.setHtml(key_document_html(key))
    document.print_(printer)


def write_key_file(path: Path, key: str) -> None:
    """Write the key readable by this user only."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    fd = os.open(path, flags, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(KEY_NOTE.format(key=key))


def save_key(parent: QWidget, key: str) -> None:
    path = ask_save_path(
        parent, "Save the recovery key", "peerdesk-recovery-key.txt", "Text files (*.txt)"
    )
    if path is None:
        return
    try:
        write_key_file(path, key)
    except OSError as err:
        QMessageBox.warning(parent, "Not saved", f"The key could not be saved: {err.strerror}.")
        return
    QMessageBox.information(
        parent,
        "Recovery key saved",
        "Saved. Consider moving that file to a USB stick or printing it, then deleting it from "
        "this computer.",
    )
