"""A table model over the training modules: status, time, completion and refresher dates."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from peerdesk.core.training.progress import ModuleStatus, Status
from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.locale_format import format_date, format_duration
from peerdesk.ui.shared.rows import Index, RowsModel
from peerdesk.ui.training.common import fill


def headers() -> tuple[str, ...]:
    return (
        words.module(),
        translate("TrainingModules", "Status"),
        translate("TrainingModules", "Estimated time"),
        words.completed_on(),
        translate("TrainingModules", "Refresher due"),
        translate("TrainingModules", "Time spent"),
    )


def status_text(status: Status) -> str:
    """A text mark beside the word, so the status never rests on colour alone."""
    if status is Status.COMPLETE:
        return translate("TrainingModules", "● complete")
    if status is Status.IN_PROGRESS:
        return translate("TrainingModules", "◐ in progress")
    return translate("TrainingModules", "○ not started")


def minutes_text(minutes: int) -> str:
    return format_duration(minutes)


def _date_text(value: date | None) -> str:
    return format_date(value) if value else "—"


class TrainingModuleModel(RowsModel[ModuleStatus]):
    """Rows are ModuleStatus values (no free text from the trainee); `StatusRole` gives one."""

    StatusRole = Qt.ItemDataRole.UserRole + 1
    ModuleIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.HEADERS = headers()  # read once the translator is installed, not at import
        self._today = date.today()

    def set_modules(self, rows: Iterable[ModuleStatus], today: date | None = None) -> None:
        self._today = today or date.today()
        self.set_rows(rows)

    def status(self, row: int) -> ModuleStatus | None:
        return self.row_at(row)

    def row_of(self, module_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.module_id == module_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.cell_row(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, index.column())
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return fill(
                translate("TrainingModules", "%1: %2", "column name: cell text"),
                self.HEADERS[index.column()],
                self._cell(row, index.column()),
            )
        if role == self.StatusRole:
            return row
        if role == self.ModuleIdRole:
            return row.module_id
        return None

    def _cell(self, row: ModuleStatus, column: int) -> str:
        cells = (
            lambda: row.title,
            lambda: status_text(row.status),
            lambda: minutes_text(row.estimated_minutes),
            lambda: _date_text(row.completed_on),
            lambda: self._due_text(row.refresher_due),
            lambda: minutes_text(row.spent_minutes) if row.spent_minutes else "—",
        )
        return cells[column]()

    def _due_text(self, due: date | None) -> str:
        if due is not None and due <= self._today:
            return fill(translate("TrainingModules", "%1 (due now)"), format_date(due))
        return _date_text(due)
