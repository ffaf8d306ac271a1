"""The shared chart: a keyboard-navigable QPainter widget and its "as table" model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionFocusRect, QWidget

from peerdesk.ui.shared.chart_paint import paint_chart
from peerdesk.ui.shared.chart_spec import (
    Band,
    ChartSpec,
    Series,
    format_value,
    no_value_text,
    summary_sentence,
    x_title,
)
from peerdesk.ui.shared.chart_style import chart_colors, contrast_ratio
from peerdesk.ui.shared.i18n import translate

__all__ = [
    "Band",
    "ChartSpec",
    "ChartTableModel",
    "ChartWidget",
    "Series",
    "chart_colors",
    "contrast_ratio",
    "format_value",
    "paint_chart",
    "point_text",
    "summary_sentence",
]

AnyIndex = QModelIndex | QPersistentModelIndex
_EMPTY = ChartSpec(title="", x_labels=())  # named "Chart" in the window's language


def point_text(spec: ChartSpec, index: int) -> str:
    """One x position in words: "week of 3 Nov: Burnout score 31, Contacts 4"."""
    parts = []
    for s in spec.series:
        value = spec.value(s, index)
        shown = no_value_text() if value is None else format_value(value, s.units)
        parts.append(f"{s.name} {shown}")
    text = translate("ChartSummary", "%1: %2", "an x position: the values there")
    return text.replace("%2", ", ".join(parts)).replace("%1", spec.describe_x(index))


class ChartWidget(QWidget):
    """Draws one ChartSpec; arrow keys move a highlighted point, shown and announced.

    Signals:
        highlighted(int): the highlighted x position changed (-1: none).
    """

    highlighted = Signal(int)

    def __init__(self, spec: ChartSpec | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec = _EMPTY
        self._index: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.set_spec(spec or _EMPTY)

    def spec(self) -> ChartSpec:
        return self._spec

    def set_spec(self, spec: ChartSpec) -> None:
        """Show new data; the accessible name and summary follow it."""
        self._spec = spec
        self._index = None
        self.setAccessibleName(spec.title or translate("ChartSummary", "Chart"))
        self.setAccessibleDescription(summary_sentence(spec))
        self.setToolTip(summary_sentence(spec))
        self.updateGeometry()  # the minimum height depends on the number of series
        self.update()

    def highlighted_index(self) -> int | None:
        return self._index

    def set_highlight(self, index: int | None) -> None:
        """Highlight one x position (clamped), or none."""
        count = len(self._spec.x_labels)
        if index is not None:
            index = min(max(index, 0), count - 1) if count else None
        if index == self._index:
            return
        self._index = index
        text = point_text(self._spec, index) if index is not None else summary_sentence(self._spec)
        self.setToolTip(text)
        if index is not None and QAccessible.isActive():
            # Screen readers do not re-read a changed description; an announcement is spoken.
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))
        self.update()
        self.highlighted.emit(-1 if index is None else index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # QWidget override
        count, current = len(self._spec.x_labels), self._index
        moves = {
            Qt.Key.Key_Left: (count - 1 if current is None else current - 1),
            Qt.Key.Key_Right: (0 if current is None else current + 1),
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: count - 1,
        }
        key = Qt.Key(event.key())
        if key in moves and count:
            self.set_highlight(moves[key])
        elif key == Qt.Key.Key_Escape and current is not None:
            self.set_highlight(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # QWidget override
        self.set_highlight(None)  # a stale highlight would hide part of the chart for mouse users
        super().focusOutEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # QWidget override
        painter = QPainter(self)
        try:
            paint_chart(painter, QRectF(self.rect()), self._spec, self.palette(), self._index)
            if self.hasFocus():
                option = QStyleOptionFocusRect()
                option.initFrom(self)
                option.backgroundColor = chart_colors(self.palette()).background
                self.style().drawPrimitive(
                    QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
                )
        finally:
            painter.end()

    def sizeHint(self) -> QSize:  # QWidget override
        fm = self.fontMetrics()  # grows with the font, so 200 % text still fits
        return QSize(fm.averageCharWidth() * 64, fm.height() * 18)

    def minimumSizeHint(self) -> QSize:  # QWidget override
        fm = self.fontMetrics()  # a legend row per series in the worst case, then the plot
        return QSize(fm.averageCharWidth() * 32, fm.height() * (11 + len(self._spec.series)))


class ChartTableModel(QAbstractTableModel):
    """The same data as a table: one row per x position, one column per series."""

    def __init__(self, spec: ChartSpec | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec = spec or _EMPTY

    def set_spec(self, spec: ChartSpec) -> None:
        self.beginResetModel()
        self._spec = spec
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._spec.x_labels)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() or not self._spec.x_labels else 1 + len(self._spec.series)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.hasIndex(index.row(), index.column()):
            return None
        row, column = index.row(), index.column()
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._spec.describe_x(row)
            return None
        series = self._spec.series[column - 1]
        value = self._spec.value(series, row)
        by_role: dict[int, Any] = {
            Qt.ItemDataRole.DisplayRole: format_value(value),
            Qt.ItemDataRole.AccessibleTextRole: (
                no_value_text() if value is None else format_value(value, series.units)
            ),
            Qt.ItemDataRole.UserRole: value,
            Qt.ItemDataRole.TextAlignmentRole: int(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            ),
        }
        return by_role.get(role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return x_title(self._spec)
        if 0 < section <= len(self._spec.series):
            series = self._spec.series[section - 1]
            return f"{series.name} ({series.units})" if series.units else series.name
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
