"""Getting the recovery key out of the app safely: secure copy, print, save to a private file."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from peerdesk.ui.shared.clipboard import SecureClipboard
from peerdesk.ui.shared.filedialogs import ask_save_path
from peerdesk.ui.shared.i18n import translate


def _title() -> str:
    return translate("RecoveryKeyOut", "PeerDesk recovery key")


def key_note(key: str) -> str:
    """The text file's content, in the window's language."""
    note = translate(
        "RecoveryKeyOut",
        "This key opens your PeerDesk vault if you forget your passphrase. Keep it somewhere "
        "safe, away from the computer. Anyone holding it and the vault file can read the vault.",
    )
    return f"{_title()}\n\n{key}\n\n{note}\n"


def copy_key(clipboard: SecureClipboard, key: str) -> None:
    clipboard.copy(key)  # marked secret for clipboard managers; cleared after a short while


def key_document_html(key: str) -> str:
    """The printed sheet."""
    note = translate(
        "RecoveryKeyOut",
        "This key opens your PeerDesk vault if you forget your passphrase. Keep this page "
        "somewhere safe, away from the computer.",
    )
    return (
        f"<h2>{html.escape(_title())}</h2>"
        f"<p style='font-family: monospace; font-size: 16pt'>{html.escape(key)}</p>"
        f"<p>{html.escape(note)}</p>"
    )


def print_key(parent: QWidget, key: str) -> None:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("RecoveryKeyOut", "Print the recovery key"))
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
        handle.write(key_note(key))


def save_key(parent: QWidget, key: str) -> None:
    path = ask_save_path(
        parent,
        translate("RecoveryKeyOut", "Save the recovery key"),
        translate("RecoveryKeyOut", "peerdesk-recovery-key.txt", "suggested file name"),
        translate("RecoveryKeyOut", "Text files (*.txt)"),
    )
    if path is None:
        return
    try:
        write_key_file(path, key)
    except OSError as err:
        text = translate("RecoveryKeyOut", "The key could not be saved: %1.", "%1: the reason")
        QMessageBox.warning(
            parent,
            translate("RecoveryKeyOut", "Not saved"),
            text.replace("%1", err.strerror or str(err)),
        )
        return
    QMessageBox.information(
        parent,
        translate("RecoveryKeyOut", "Recovery key saved"),
        translate(
            "RecoveryKeyOut",
            "Saved. Consider moving that file to a USB stick or printing it, then deleting it "
            "from this computer.",
        ),
    )
