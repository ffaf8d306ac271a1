"""Column widths of the contact log: every column in view from 800 px up, Topics given the room."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from peerdesk.ui.contacts import labels
from peerdesk.ui.contacts.model import has_note_text, headers
from peerdesk.ui.shared.i18n import translate

TOPICS_COLUMN = 4
FLEXIBLE = (3, 5)  # kind and risk: a few long, rare labels, elided (whole in a tooltip)
FLEX_CHARS = (10, 22)  # their least and most width, in average characters
FOLD_FIRST = (7, 3)  # on a narrow window: "Has note", then kind (both shown in the form)
TOPICS_SHARE = 0.3  # of the table's width, before kind and risk grow past their least


def column_samples() -> tuple[str, ...]:
    """The widest usual content of each fixed column, in the window's language."""
    return (
        "2026-12-31 23:59",
        headers()[1],
        max(labels.channels().values(), key=len),
        "",
        "",
        "",
        translate("ContactTable", "Overdue: %1", "a follow-up").replace("%1", "2026-12-31"),
        has_note_text(),
    )


class ColumnFitter(QObject):
    """Fits the columns to the table's width at every resize: no sideways scrolling."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TOPICS_COLUMN, QHeaderView.ResizeMode.Stretch)
        metrics = table.fontMetrics()
        self.natural = {
            col: int(metrics.horizontalAdvance(sample) * 1.08) + 24
            for col, sample in enumerate(column_samples())
            if sample
        }
        table.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        chars = self.table.fontMetrics().averageCharWidth()
        least, most = (n * chars for n in FLEX_CHARS)
        room = self.table.viewport().width()
        fixed, flexible, hidden = dict(self.natural), list(FLEXIBLE), set()
        for col in FOLD_FIRST:  # fold the least needed columns until the rest fit
            if sum(fixed.values()) + least * len(flexible) + 8 * chars <= room:
                break
            hidden.add(col)
            fixed.pop(col, None)
            if col in flexible:
                flexible.remove(col)
        topics = max(8 * chars, int(room * TOPICS_SHARE))
        spare = room - sum(fixed.values()) - topics
        width = max(least, min(most, spare // max(1, len(flexible))))
        for col in range(self.table.model().columnCount()):
            self.table.setColumnHidden(col, col in hidden)
            if col in fixed:
                self.table.setColumnWidth(col, fixed[col])
            elif col in flexible:
                self.table.setColumnWidth(col, width)
