"""A read-only table model over a list of plain rows (subclasses say what each cell shows),
and `even_rows`: every table one line per row, long text elided with its full text on hover."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QToolTip,
)

from peerdesk.ui.shared.spacing import GAP

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Holds the rows, counts and column headers; subclasses implement `data()`."""

    HEADERS: tuple[str, ...] = ()  # a subclass may set its own, translated, per instance

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def cell_row(self, index: Index) -> Row | None:
        """The row behind a valid index inside the table, else None."""
        if not index.isValid() or not 0 <= index.column() < len(self.HEADERS):
            return None
        return self.row_at(index.row())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        return None


def row_height(view: QAbstractItemView) -> int:
    """One line of text, padding above and below, and the grid line."""
    return view.fontMetrics().height() + GAP + 2


def even_rows(view: QTableView) -> None:
    """Every row the same height, one line: long text is elided, its whole in a tooltip."""
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setMinimumSectionSize(1)
    rows.setDefaultSectionSize(row_height(view))
    if type(view.itemDelegate()) is QStyledItemDelegate:  # keep a view's own delegate
        view.setItemDelegate(ElidedTips(view))


class ElidedTips(QStyledItemDelegate):
    """Shows a cell's whole text as its tooltip when the cell is too narrow to show it."""

    def helpEvent(self, event: Any, view: Any, option: Any, index: Any) -> bool:
        if event.type() == QEvent.Type.ToolTip and not index.data(Qt.ItemDataRole.ToolTipRole):
            text = index.data(Qt.ItemDataRole.DisplayRole)
            room = view.visualRect(index).width() - GAP
            if text and option.fontMetrics.horizontalAdvance(str(text)) > room:
                QToolTip.showText(event.globalPos(), str(text), view)
                return True
        return super().helpEvent(event, view, option, index)


def name_columns(view: QTableView, widths: dict[int, tuple[int, int]]) -> None:
    """Columns of names, each `(least, most)` average characters wide: the least on a narrow
    window (elided, the rest in a tooltip, so the numbers stay in view without scrolling
    sideways), growing with the table's width up to the most, so a wide window shows them
    whole rather than giving all the room to the last column."""
    header = view.horizontalHeader()
    for column in widths:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    fitter = _NameColumns(view, widths)
    view.viewport().installEventFilter(fitter)
    fitter.fit()


class _NameColumns(QObject):
    def __init__(self, view: QTableView, widths: dict[int, tuple[int, int]]) -> None:
        super().__init__(view)
        self.view, self.widths = view, widths

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        chars = self.view.fontMetrics().averageCharWidth()
        share = self.view.viewport().width() // (len(self.widths) + 3)
        for column, (least, most) in self.widths.items():
            width = max(chars * least, min(chars * most, share))
            self.view.horizontalHeader().resizeSection(column, width)
