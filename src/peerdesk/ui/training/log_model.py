"""A table model over the external trainings in the training log (course, provider, date, hours)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt

from peerdesk.core.training.progress import ExternalTraining
from peerdesk.ui.shared.rows import Index, RowsModel

HEADERS = ("Course", "Provider", "Date", "Hours")


def hours_text(hours: float) -> str:
    return f"{hours:g}"


class ExternalTrainingModel(RowsModel[ExternalTraining]):
    """Rows are ExternalTraining entries; `TrainingRole` gives the entry itself."""

    HEADERS = HEADERS
    TrainingRole = Qt.ItemDataRole.UserRole + 1

    def set_trainings(self, rows: Iterable[ExternalTraining]) -> None:
        self.set_rows(rows)

    def training(self, row: int) -> ExternalTraining | None:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.cell_row(index)
        if row is None:
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
