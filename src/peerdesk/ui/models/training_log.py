"""A table model over the external trainings in the training log (course, provider, date, hours)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from peerdesk.core.training.progress import ExternalTraining

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Course", "Provider", "Date", "Hours")


def hours_text(hours: float) -> str:
    return f"{hours:g}"


class ExternalTrainingModel(QAbstractTableModel):
    """Rows are ExternalTraining entries; `TrainingRole` gives the entry itself."""

    TrainingRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ExternalTraining] = []

    def set_trainings(self, rows: Iterable[ExternalTraining]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_trainings([])

    def training(self, row: int) -> ExternalTraining | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.training(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(HEADERS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.TrainingRole:
            return row
        return None

    @staticmethod
    def _cell(row: ExternalTraining, column: int) -> str:
        return (row.course, row.provider, row.date.isoformat(), hours_text(row.hours))[column]
