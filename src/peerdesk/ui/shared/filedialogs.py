"""File dialogs that leave no folder history behind in Qt's own QtProject.conf."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget


def qt_project_settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def purge_qt_history() -> None:
    """Qt's widget dialog saves history= and lastVisited= folders on close: remove them all."""
    settings = qt_project_settings()
    settings.remove("FileDialog")
    settings.sync()
    if not settings.allKeys():
        Path(settings.fileName()).unlink(missing_ok=True)


def run_dialog(dialog: QFileDialog) -> list[Path]:
    """Show a file dialog modally; return the chosen paths and purge whatever Qt recorded."""
    try:
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        chosen = [Path(p) for p in dialog.selectedFiles()] if accepted else []
    finally:
        dialog.deleteLater()
        dialog.setParent(None)
        # The widget dialog writes its history in its destructor, so delete it now, then purge.
        import shiboken6

        if shiboken6.isValid(dialog):
            shiboken6.delete(dialog)
        purge_qt_history()
    return chosen


def ask_save_path(parent: QWidget | None, caption: str, name: str, filters: str) -> Path | None:
    """Ask where to save a file (the platform's own dialog when there is one)."""
    dialog = QFileDialog(parent, caption, name, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    chosen = run_dialog(dialog)
    return chosen[0] if chosen else None


def ask_open_path(parent: QWidget | None, caption: str, filters: str) -> Path | None:
    dialog = QFileDialog(parent, caption, "", filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = run_dialog(dialog)
    return chosen[0] if chosen else None
