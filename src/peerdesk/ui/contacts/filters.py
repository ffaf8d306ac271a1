"""The filter bar above the contact list: period, topic, channel, risk, follow-up, search."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from peerdesk.core.contacts.model import ContactFilter
from peerdesk.ui.contacts import labels
from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.text import mark_sensitive

SEARCH_DEBOUNCE_MS = 250


def periods() -> dict[int, str]:
    """Days back from today -> label; -1 is "between the dates chosen" ("Any time" comes first)."""
    return {
        7: translate("ContactFilters", "Last 7 days"),
        30: translate("ContactFilters", "Last 30 days"),
        365: words.last_12_months(),
        -1: translate("ContactFilters", "Between dates"),
    }


def followups() -> dict[str, str]:
    return {
        "due": translate("ContactFilters", "Due or overdue", "follow-ups"),
        "overdue": translate("ContactFilters", "Overdue", "follow-ups"),
    }


def choice_box(name: str, any_label: str, choices: dict[Any, str]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    # Long labels are elided instead of widening the page (it must fit at 200 % text size).
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    box.addItem(any_label, None)
    for code, label in choices.items():
        box.addItem(label, code)
    return box


class FilterBar(QWidget):
    """Emits `changed` whenever the list should show something else."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = choice_box(
            words.period(),
            translate("ContactFilters", "Any time"),
            periods(),
        )
        self.start = QDateEdit()
        self.end = QDateEdit()
        dates = (
            (self.start, translate("ContactFilters", "From date")),
            (self.end, translate("ContactFilters", "To date")),
        )
        for edit, name in dates:
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.setDate(QDate.currentDate())
        self.start.setDate(QDate.currentDate().addMonths(-1))
        self.topic = choice_box(words.topic(), translate("ContactFilters", "Any topic"), {})
        self.channel = choice_box(
            words.channel(),
            translate("ContactFilters", "Any channel"),
            labels.channels(),
        )
        self.risk = choice_box(
            words.risk_level(),
            translate("ContactFilters", "Any risk level"),
            labels.risks(),
        )
        self.followup = choice_box(
            words.follow_up(),
            translate("ContactFilters", "Any", "follow-ups"),
            followups(),
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("ContactFilters", "Words in your notes"))
        self.search.setAccessibleName(translate("ContactFilters", "Search notes"))
        mark_sensitive(self.search)
        self.clear_search = QPushButton(translate("ContactFilters", "Cle&ar search"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._lay_out()
        self._connect()
        self._period_changed()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = (  # three pairs a row, so that the bar still fits at 200 % text size
            (
                (words.period_field(), self.period),
                (translate("ContactFilters", "From:"), self.start),
                (translate("ContactFilters", "To:"), self.end),
            ),
            (
                (translate("ContactFilters", "T&opic:"), self.topic),
                (translate("ContactFilters", "Channe&l:"), self.channel),
                (translate("ContactFilters", "Ris&k:"), self.risk),
            ),
            ((translate("ContactFilters", "Follow-&up:"), self.followup),),
        )
        for line, items in enumerate(rows):
            for col, (text, widget) in enumerate(items):
                label = QLabel(text)
                label.setBuddy(widget)
                grid.addWidget(label, line, 2 * col)
                grid.addWidget(widget, line, 2 * col + 1)
        # The note search on a row of its own: in French its label widened an 800 px window.
        search_label = QLabel(translate("ContactFilters", "Sea&rch notes:"))
        search_label.setBuddy(self.search)
        grid.addWidget(search_label, 3, 0, 1, 2)
        grid.addWidget(self.search, 3, 2, 1, 2)
        grid.addWidget(self.clear_search, 3, 4, 1, 2)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)

    def _connect(self) -> None:
        for box in (self.period, self.topic, self.channel, self.risk, self.followup):
            box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.period.currentIndexChanged.connect(self._period_changed)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self.changed.emit)
        self.clear_search.clicked.connect(self.reset_search)

    def _period_changed(self) -> None:
        custom = self.period.currentData() == -1
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)

    def reset_search(self) -> None:
        self._timer.stop()
        self.search.clear()
        self._timer.stop()  # textChanged restarted it; the change is announced once, now
        self.changed.emit()

    def show_only_followups(self, which: str) -> None:
        """Every other filter off, follow-ups on: what a "due" count promised."""
        for box in (self.period, self.topic, self.channel, self.risk):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self._period_changed()
        self._timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.followup.setCurrentIndex(max(self.followup.findData(which), 0))

    def set_topics(self, shown: dict[str, str]) -> None:
        """The topics to filter by (slug -> stored label), labelled in the window's language."""
        current = self.topic.currentData()
        self.topic.blockSignals(True)
        self.topic.clear()
        self.topic.addItem(translate("ContactFilters", "Any topic"), None)
        for slug, label in labels.topic_labels(shown).items():
            self.topic.addItem(label, slug)
        self.topic.setCurrentIndex(max(self.topic.findData(current), 0))
        self.topic.blockSignals(False)

    def current(self, base: ContactFilter, today: date | None = None) -> ContactFilter:
        """The filter as chosen, keeping the sort order of `base`."""
        today = today or date.today()
        days = self.period.currentData()
        start = end = None
        if days == -1:
            start, end = self.start.date().toPython(), self.end.date().toPython()
        elif days:
            start = today - timedelta(days=days)
        return ContactFilter(
            start=start,  # type: ignore[arg-type]
            end=end,  # type: ignore[arg-type]
            topic=self.topic.currentData(),
            channel=self.channel.currentData(),
            risk=self.risk.currentData(),
            followup=self.followup.currentData(),
            today=today,
            text=self.search.text().strip() or None,
            sort=base.sort,
            descending=base.descending,
        )

    def flush(self) -> None:
        """Apply a pending search at once (Enter in the search field, tests)."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()
