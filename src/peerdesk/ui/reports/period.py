"""The report period drop-down: this or last month, quarter or year, in one choice."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit

from peerdesk.core.periods import CUSTOM, PRESETS, matching_preset, preset_months
from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate


def _labels() -> dict[str, str]:
    """The presets' names on screen (written out so that the translation tools find them)."""
    return {
        "this_month": translate("PeriodChooser", "This month"),
        "last_month": translate("PeriodChooser", "Last month"),
        "last_3_months": words.last_3_months(),
        "this_quarter": translate("PeriodChooser", "This quarter"),
        "last_quarter": translate("PeriodChooser", "Last quarter"),
        "this_year": translate("PeriodChooser", "This year"),
        "last_year": translate("PeriodChooser", "Last year"),
    }


class PeriodChooser(QComboBox):
    """Sets the first and last month edits; shows "Other months" when they are set by hand."""

    def __init__(self, first: QDateEdit, last: QDateEdit) -> None:
        super().__init__()
        self.first, self.last = first, last
        self.setAccessibleName(translate("PeriodChooser", "Report period"))
        labels = _labels()
        for key, label in PRESETS.items():
            self.addItem(labels.get(key, label), key)
        self.addItem(translate("PeriodChooser", "Other months (choose below)"), CUSTOM)
        self.activated.connect(lambda _i: self.apply(str(self.currentData())))
        first.dateChanged.connect(self._follow)
        last.dateChanged.connect(self._follow)
        self._follow()

    def apply(self, preset: str, today: date | None = None) -> None:
        if preset == CUSTOM:
            self.first.setFocus()
            return
        start, end = preset_months(preset, today or date.today())
        # last first: the first month is never after the last
        self.last.setDate(QDate(end.year, end.month, end.day))
        self.first.setDate(QDate(start.year, start.month, start.day))
        self._follow()

    def _follow(self) -> None:
        """Months changed by hand: show which preset (if any) they amount to."""
        found = matching_preset(_day(self.first), _day(self.last), date.today())
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(found))
        self.blockSignals(False)


def _day(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value
