"""Trends: one measure over a period, its bands shaded, the weekly support load on the same axis."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.selfcare import Trend
from peerdesk.core.selfcare.periods import PERIODS, period_words
from peerdesk.ui.selfcare.flow import narrow_combo
from peerdesk.ui.shared import words
from peerdesk.ui.shared.chart import Band, ChartSpec, ChartTableModel, ChartWidget, Series
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.rows import even_rows

DEFAULT_MEASURE = "quick_checkin/overall"
DEFAULT_PERIOD = "3m"


def period_labels() -> dict[str, str]:
    """The period codes core knows (core.selfcare.periods.PERIODS), in the current language."""
    return {code: period_words(code) for code in PERIODS}  # core's words, also its summary's


def _day(day: date, pattern: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def trend_spec(trend: Trend, short_name: str) -> ChartSpec:
    """The chart for one trend: the score line over its bands, load bars and the effect line."""
    weeks = [p.week for p in trend.points]
    score = Series(trend.name, [p.value for p in trend.points], "line", "circle", "solid",
                   units=trend.unit)  # fmt: skip
    contacts, hours = (
        words.contacts(),
        translate("TrendPanel", "Hours of support"),
    )
    load = [
        Series(contacts, [w.contacts for w in trend.load], "bar", axis="right"),
        Series(hours, [w.hours for w in trend.load], "bar", axis="right", units="h"),
        Series(
            translate("TrendPanel", "How it affected me (1–5)"),
            [w.mean_affect for w in trend.load],
            "line",
            "square",
            "dash",
            axis="right",
        ),
    ]
    week_of = translate("TrendPanel", "week of %1", "the week starting on a Monday")
    title = translate("TrendPanel", "%1: %2", "a questionnaire's short name: a measure")
    return ChartSpec(
        title=title.replace("%1", short_name).replace("%2", trend.name),
        x_labels=[_day(w, "d MMM") for w in weeks],
        x_descriptions=[week_of.replace("%1", _day(w, "d MMM yyyy")) for w in weeks],
        series=[score, *load],
        bands=[Band(b.min, b.max, b.label) for b in trend.bands],
        y_range=(trend.y_min, trend.y_max),
        units=trend.unit or translate("TrendPanel", "score"),
        right_units=translate("TrendPanel", "contacts · hours · effect 1–5"),
        period=period_labels()[trend.period].lower(),
        x_noun=translate("TrendPanel", "weeks"),
        x_title=translate("TrendPanel", "Week"),
    )


class TrendPanel(QWidget):
    """Measure and period choosers over the chart (or its table) and the summary sentence."""

    def __init__(self, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.trend: Trend | None = None
        self.measure = QComboBox()
        narrow_combo(self.measure)
        self.measure.setAccessibleName(translate("TrendPanel", "Measure"))
        name = translate("TrendPanel", "%1: %2", "a questionnaire's short name: a measure")
        for inst in service.instruments():
            for sub in inst.subscales:
                label = name.replace("%1", inst.short_name).replace("%2", sub.name)
                self.measure.addItem(label, f"{inst.id}/{sub.id}")
        self.period = QComboBox()
        narrow_combo(self.period)
        self.period.setAccessibleName(words.period())
        for code, label in period_labels().items():
            self.period.addItem(label, code)
        self.as_table = QCheckBox(translate("TrendPanel", "Show as &table"))
        self.chart = ChartWidget()
        self.model = ChartTableModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("TrendPanel", "Trend as a table"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        even_rows(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # A chart taller than about 28 lines is no easier to read, and must fit on screen.
        self.chart.setMaximumHeight(max(360, self.fontMetrics().lineSpacing() * 28))
        self.views = QStackedWidget()
        self.views.addWidget(self.chart)
        self.views.addWidget(self.table)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("TrendPanel", "Trend summary"))
        self._layout()
        self.select(DEFAULT_MEASURE, DEFAULT_PERIOD)
        self.measure.currentIndexChanged.connect(self.reload)
        self.period.currentIndexChanged.connect(self.reload)
        self.as_table.toggled.connect(self._show_table)
        self.reload()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(translate("TrendPanel", "&Measure:"), self.measure)
        form.addRow(words.period_field(), self.period)
        form.addRow("", self.as_table)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.views, 1)
        column.addWidget(self.summary)

    def select(self, measure: str | None = None, period: str | None = None) -> None:
        """Choose a measure ('instrument/measure') and/or a period code, then redraw."""
        for combo, value in ((self.measure, measure), (self.period, period)):
            if value is not None and combo.findData(value) >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(value))
                combo.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        instrument_id, measure = str(self.measure.currentData()).split("/", 1)
        self.trend = self.service.trend(instrument_id, measure, self.period.currentData())
        short = self.service.instrument(instrument_id).short_name
        spec = trend_spec(self.trend, short)
        self.chart.set_spec(spec)
        sentence = self.trend.summary()
        # The service's sentence covers score and load together; it is what a reader hears.
        self.chart.setAccessibleDescription(sentence)
        self.table.setAccessibleDescription(sentence)
        self.model.set_spec(spec)
        self.summary.setText(sentence)

    def _show_table(self, on: bool) -> None:
        self.views.setCurrentWidget(self.table if on else self.chart)

    def clear(self) -> None:
        empty = ChartSpec(title=translate("TrendPanel", "Trend"), x_labels=())
        self.chart.set_spec(empty)
        self.model.set_spec(empty)
        self.summary.clear()
        self.trend = None
