"""A layout that wraps its items onto new rows, so labelled scales still fit at 200 % text."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QComboBox, QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Left to right, wrapping at the available width (after Qt's own flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # QLayout override
        self._items.append(item)

    def count(self) -> int:  # QLayout override
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # QLayout override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # QLayout override
        return True

    def heightForWidth(self, width: int) -> int:  # QLayout override
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # QLayout override
        super().setGeometry(rect)
        needed = self._arrange(rect, move=True)
        # Not every container passes height-for-width on (stacked and tab widgets do not):
        # asking for the wrapped height as a minimum makes any parent layout make room.
        parent = self.parentWidget()
        if parent is not None and parent.minimumHeight() != needed:
            parent.setMinimumHeight(needed)

    def sizeHint(self) -> QSize:  # QLayout override
        """Everything on one row: the natural size when there is room."""
        width = sum(item.sizeHint().width() for item in self._items)
        width += self._gap(Qt.Orientation.Horizontal) * max(len(self._items) - 1, 0)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # QLayout override
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation == Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        gap = parent.style().pixelMetric(metric, None, parent)
        return gap if gap >= 0 else 6

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place (or just measure) the items; returns the height they need."""
        area = rect.marginsRemoved(self.contentsMargins())
        x, y, row_h = area.x(), area.y(), 0
        h_gap, v_gap = self._gap(Qt.Orientation.Horizontal), self._gap(Qt.Orientation.Vertical)
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and row_h > 0:
                x, y, row_h = area.x(), y + row_h + v_gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + h_gap
            row_h = max(row_h, hint.height())
        margins = self.contentsMargins()
        return y + row_h - rect.y() + margins.bottom()


def flow_policy() -> QSizePolicy:
    """A widget holding a FlowLayout: its height follows its width."""
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    return policy


def narrow_combo(combo: QComboBox, chars: int = 16) -> None:
    """A combo whose long entries do not force the whole page wider (200 % text)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
