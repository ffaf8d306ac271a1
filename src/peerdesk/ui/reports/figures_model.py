"""The report preview as a table model: every published figure, exactly as the files hold it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from peerdesk.core.reports import Report
from peerdesk.ui.reports.view import Row, all_rows
from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate

AnyIndex = QModelIndex | QPersistentModelIndex


def headers() -> tuple[str, ...]:
    return (
        words.table(),
        words.figure(),
        words.published(),
        translate("ReportFigures", "What it means"),
    )


class ReportFiguresModel(QAbstractTableModel):
    """One row per published figure: summary, training, then every table with its total."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._headers = headers()

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self._rows = all_rows(report) if report is not None else []
        self.endResetModel()

    def row(self, number: int) -> Row:
        return self._rows[number]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.hasIndex(index.row(), index.column()):
            return None
        row = self._rows[index.row()]
        texts = (row.section, row.category, row.value, row.note)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return texts[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _spoken(texts[index.column()], index.column())
        if role == Qt.ItemDataRole.UserRole:
            return row.status
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _spoken(text: str, column: int) -> str:
    """A screen reader says "<5" as words."""
    if column == 2 and text.startswith("<"):
        less = translate("ReportFigures", "fewer than %1", "a published value, read aloud")
        return less.replace("%1", text[1:])
    return text
