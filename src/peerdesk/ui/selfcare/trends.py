"""Trends: one measure over a period, its bands shaded, the weekly support load on the same axis."""

from __future__ import annotations

from typing import Any

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
from peerdesk.core.selfcare.trends import PERIOD_LABELS
from peerdesk.ui.selfcare.flow import narrow_combo
from peerdesk.ui.shared.chart import Band, ChartSpec, ChartTableModel, ChartWidget, Series
from peerdesk.ui.shared.rows import even_rows

DEFAULT_MEASURE = "quick_checkin/overall"
DEFAULT_PERIOD = "3m"
LOAD_UNITS = "contacts · hours · effect 1–5"


def trend_spec(trend: Trend, short_name: str) -> ChartSpec:
    """The chart for one trend: the score line over its bands, load bars and the effect line."""
    weeks = [p.week for p in trend.points]
    score = Series(trend.name, [p.value for p in trend.points], "line", "circle", "solid",
                   units=trend.unit)  # fmt: skip
    load = [
        Series("Contacts", [w.contacts for w in trend.load], "bar", axis="right"),
        Series("Hours of support", [w.hours for w in trend.load], "bar", axis="right", units="h"),
        Series(
            "How it affected me (1–5)",
            [w.mean_affect for w in trend.load],
            "line",
            "square",
            "dash",
            axis="right",
        ),
    ]
    return ChartSpec(
        title=f"{short_name}: {trend.name}",
        x_labels=[f"{w.day} {w:%b}" for w in weeks],
        x_descriptions=[f"week of {w.day} {w:%b %Y}" for w in weeks],
        series=[score, *load],
        bands=[Band(b.min, b.max, b.label) for b in trend.bands],
        y_range=(trend.y_min, trend.y_max),
        units=trend.unit or "score",
        right_units=LOAD_UNITS,
        period=PERIOD_LABELS[trend.period].lower(),
        x_noun="weeks",
        x_title="Week",
    )


class TrendPanel(QWidget):
    """Measure and period choosers over the chart (or its table) and the summary sentence."""

    def __init__(self, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.trend: Trend | None = None
        self.measure = QComboBox()
        narrow_combo(self.measure)
        self.measure.setAccessibleName("Measure")
        for inst in service.instruments():
            for sub in inst.subscales:
                self.measure.addItem(f"{inst.short_name}: {sub.name}", f"{inst.id}/{sub.id}")
        self.period = QComboBox()
        narrow_combo(self.period)
        self.period.setAccessibleName("Period")
        for code, label in PERIOD_LABELS.items():
            self.period.addItem(label, code)
        self.as_table = QCheckBox("Show as &table")
        self.chart = ChartWidget()
        self.model = ChartTableModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Trend as a table")
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
        self.summary.setAccessibleName("Trend summary")
        self._layout()
        self.select(DEFAULT_MEASURE, DEFAULT_PERIOD)
        self.measure.currentIndexChanged.connect(self.reload)
        self.period.currentIndexChanged.connect(self.reload)
        self.as_table.toggled.connect(self._show_table)
        self.reload()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow("&Measure:", self.measure)
        form.addRow("&Period:", self.period)
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
        empty = ChartSpec(title="Trend", x_labels=())
        self.chart.set_spec(empty)
        self.model.set_spec(empty)
        self.summary.clear()
        self.trend = None
