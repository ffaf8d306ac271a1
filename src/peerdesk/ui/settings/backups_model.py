"""A table model over the automatic rotating backups beside the vault (date and save number)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from peerdesk.storage.atomic import BackupInfo
from peerdesk.ui.shared.rows import Index, RowsModel

HEADERS = ("Saved on", "Save number")


def when_text(modified: float) -> str:
    return dt.datetime.fromtimestamp(modified).strftime("%Y-%m-%d %H:%M")


class BackupModel(RowsModel[BackupInfo]):
    """Rows are BackupInfo entries, newest first; `PathRole` gives the backup's file."""

    HEADERS = HEADERS
    PathRole = Qt.ItemDataRole.UserRole + 1

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
