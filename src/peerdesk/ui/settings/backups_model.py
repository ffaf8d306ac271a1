"""A table model over the automatic rotating backups beside the vault (date and save number)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from peerdesk.storage.atomic import BackupInfo
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.locale_format import format_datetime
from peerdesk.ui.shared.rows import Index, RowsModel


def headers() -> tuple[str, ...]:
    return (translate("BackupModel", "Saved on"), translate("BackupModel", "Save number"))


def when_text(modified: float) -> str:
    """The backup's time as the window's language writes a date and time (no seconds)."""
    return format_datetime(dt.datetime.fromtimestamp(modified).replace(second=0, microsecond=0))


class BackupModel(RowsModel[BackupInfo]):
    """Rows are BackupInfo entries, newest first; `PathRole` gives the backup's file."""

    PathRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.HEADERS = headers()  # read once the translator is installed

    def set_backups(self, rows: Iterable[BackupInfo]) -> None:
        self.set_rows(rows)

    def backup(self, row: int) -> BackupInfo | None:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.cell_row(index)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return when_text(row.modified) if index.column() == 0 else str(row.generation)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.PathRole:
            return str(row.path)
        return None

    def path(self, row: int) -> Path | None:
        backup = self.backup(row)
        return backup.path if backup is not None else None
