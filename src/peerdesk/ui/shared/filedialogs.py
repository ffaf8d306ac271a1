"""File dialogs: start in Documents or the last folder used, and leave no history outside the vault.

The last folder is remembered in the unlocked vault (with the editors' drafts), never in Qt's own
QtProject.conf, which is purged after every dialog. Before unlock nothing is remembered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

FOLDER_KEY = "shell:folder"
KEEP_FOLDER = "peerdesk_keep_folder"
SUGGESTED_NAME = "peerdesk_suggested_name"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(found) if found else Path.home()
    return path if path.is_dir() else Path.home()


def start_folder() -> Path:
    """The last folder used with this vault if it still exists, else Documents."""
    from peerdesk.ui.shared.drafts import session_drafts

    drafts = session_drafts()
    fields = drafts.fields(FOLDER_KEY) if drafts is not None else None
    kept = fields.get("path") if fields else None
    if isinstance(kept, str) and Path(kept).is_dir():
        return Path(kept)
    return documents_folder()


def remember_folder(chosen: Path) -> None:
    from peerdesk.ui.shared.drafts import session_drafts

    drafts = session_drafts()
    folder = chosen if chosen.is_dir() else chosen.parent
    if drafts is not None and folder.is_dir():
        drafts.keep(FOLDER_KEY, {"path": str(folder)})


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
        _start_in(dialog)
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        chosen = [Path(p) for p in dialog.selectedFiles()] if accepted else []
        if chosen:
            remember_folder(chosen[0])
    finally:
        dialog.deleteLater()
        dialog.setParent(None)
        # The widget dialog writes its history in its destructor, so delete it now, then purge.
        import shiboken6

        if shiboken6.isValid(dialog):
            shiboken6.delete(dialog)
        purge_qt_history()
    return chosen


def _start_in(dialog: QFileDialog) -> None:
    """Not the process's working folder: the remembered folder, with any suggested name.
    A caller that chose the folder on purpose sets the dialog property KEEP_FOLDER."""
    if dialog.property(KEEP_FOLDER):
        return
    dialog.setDirectory(str(start_folder()))
    name = dialog.property(SUGGESTED_NAME)
    if isinstance(name, str) and name:
        dialog.selectFile(name)


def ask_save_path(parent: QWidget | None, caption: str, name: str, filters: str) -> Path | None:
    """Ask where to save a file (the platform's own dialog when there is one)."""
    dialog = QFileDialog(parent, caption, "", filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setProperty(SUGGESTED_NAME, name)  # shown in the folder the dialog starts in
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    chosen = run_dialog(dialog)
    return chosen[0] if chosen else None


def ask_open_path(parent: QWidget | None, caption: str, filters: str) -> Path | None:
    dialog = QFileDialog(parent, caption, "", filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = run_dialog(dialog)
    return chosen[0] if chosen else None
