"""A table model over the external trainings in the training log (course, provider, date, hours)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QLocale, Qt

from peerdesk.core.training.progress import ExternalTraining
from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.locale_format import format_date
from peerdesk.ui.shared.rows import Index, RowsModel


def headers() -> tuple[str, ...]:
    return (
        translate("TrainingLog", "Course"),
        translate("TrainingLog", "Provider"),
        words.date(),
        words.hours_of_training(),
    )


def hours_text(hours: float) -> str:
    """Hours as the locale writes numbers, without trailing zeros ("3.5", "3,5", "12")."""
    return QLocale().toString(float(hours), "g", 6)


class ExternalTrainingModel(RowsModel[ExternalTraining]):
    """Rows are ExternalTraining entries; `TrainingRole` gives the entry itself."""

    TrainingRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.HEADERS = headers()

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
        return (row.course, row.provider, format_date(row.date), hours_text(row.hours))[column]
