"""Plain chart data (no Qt) and the summary sentence a screen reader speaks for it."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

SeriesKind = Literal["line", "bar"]
MarkerStyle = Literal["circle", "square", "triangle", "diamond", "cross", "none"]
DashStyle = Literal["solid", "dash", "dot", "dashdot"]
Axis = Literal["left", "right"]

# Handed out in order when a series does not choose, so no two series look alike without colour.
MARKERS: tuple[MarkerStyle, ...] = ("circle", "square", "triangle", "diamond", "cross")
DASHES: tuple[DashStyle, ...] = ("solid", "dash", "dot", "dashdot")


@dataclass(frozen=True)
class Series:
    """One named row of values, one value (or None for a gap) per x label."""

    name: str
    values: Sequence[float | None]
    kind: SeriesKind = "line"
    marker: MarkerStyle | None = None  # None: picked from MARKERS by position
    dash: DashStyle | None = None  # None: picked from DASHES by position
    axis: Axis = "left"  # "right": its own scale on the same time axis (e.g. support load)
    units: str = ""


@dataclass(frozen=True)
class Band:
    """A shaded horizontal range on the left axis, e.g. a score band, with its label."""

    low: float
    high: float
    label: str


@dataclass(frozen=True)
class ChartSpec:
    """Everything needed to draw, describe and tabulate one chart."""

    title: str
    x_labels: Sequence[str]
    series: Sequence[Series] = ()
    bands: Sequence[Band] = ()
    y_range: tuple[float, float] | None = None
    units: str = ""  # left axis caption
    right_units: str = ""  # right axis caption
    period: str = ""  # e.g. "last 12 weeks", used in the summary sentence
    x_descriptions: Sequence[str] = field(default=())  # e.g. "week of 3 Nov"; else x_labels
    x_noun: str = ""  # what one x step is, plural: "weeks", "months" (default: "periods")
    x_title: str = ""  # heading of the first column in the "as table" view (default: "Period")

    def describe_x(self, index: int) -> str:
        """The long form of one x position, for sentences and the table."""
        if index < len(self.x_descriptions):
            return self.x_descriptions[index]
        return self.x_labels[index] if index < len(self.x_labels) else str(index + 1)

    def value(self, series: Series, index: int) -> float | None:
        """A value, with NaN and out-of-range treated as a gap."""
        if index >= len(series.values):
            return None
        raw = series.values[index]
        if raw is None or math.isnan(raw):
            return None
        return float(raw)

    def marker_of(self, position: int) -> MarkerStyle:
        """The marker a series draws with (explicit or by position)."""
        chosen = self.series[position].marker
        return chosen if chosen is not None else MARKERS[position % len(MARKERS)]

    def dash_of(self, position: int) -> DashStyle:
        """The dash style a line series draws with (explicit or by position)."""
        chosen = self.series[position].dash
        return chosen if chosen is not None else DASHES[position % len(DASHES)]


def format_value(value: float | None, units: str = "") -> str:
    """Whole numbers without decimals, others with one, in the window's locale; '–' for a gap."""
    from peerdesk.ui.shared.locale_format import format_number

    if value is None:
        return "–"
    whole = abs(value - round(value)) < 1e-9
    text = format_number(value, 0 if whole else 1)
    return f"{text} {units}" if units else text


def x_title(spec: ChartSpec) -> str:
    """The heading of the x column in the table view."""
    from peerdesk.ui.shared import words

    return spec.x_title or words.period()


def no_value_text() -> str:
    from peerdesk.ui.shared.i18n import translate

    return translate("ChartSummary", "no value", "a gap in a chart's data")


def band_of(spec: ChartSpec, value: float) -> Band | None:
    """The first band that holds value, if any."""
    return next((b for b in spec.bands if b.low <= value <= b.high), None)


def _series_sentence(spec: ChartSpec, series: Series) -> str:
    # Imported here: the rest of this module is plain data, usable without Qt.
    from peerdesk.ui.shared.i18n import translate

    present = [
        (i, v) for i in range(len(spec.x_labels)) if (v := spec.value(series, i)) is not None
    ]
    head = f"{series.name}, {spec.period}" if spec.period else series.name
    if not present:
        return translate("ChartSummary", "%1: no values yet.").replace("%1", head)
    first_i, first = present[0]
    last = present[-1][1]
    top_i, top = max(present, key=lambda p: p[1])  # max keeps the earliest of equal values
    if len(present) == 1:
        text = translate("ChartSummary", "%1: %2 in %3.", "series: value in period")
        text = text.replace("%1", head).replace("%2", format_value(first, series.units))
        text = text.replace("%3", spec.describe_x(first_i))
    else:
        text = translate("ChartSummary", "%1: from %2 to %3, highest %4 in %5.")
        text = text.replace("%1", head).replace("%2", format_value(first, series.units))
        text = text.replace("%3", format_value(last, series.units))
        text = text.replace("%4", format_value(top)).replace("%5", spec.describe_x(top_i))
    missing = len(spec.x_labels) - len(present)
    if missing:
        gap = translate("ChartSummary", "No value for %1 of %2 %3.", "e.g. 2 of 12 months")
        gap = gap.replace("%1", str(missing)).replace("%2", str(len(spec.x_labels)))
        noun = spec.x_noun or translate("ChartSummary", "periods", "No value for 2 of 12 periods")
        text += " " + gap.replace("%3", noun)
    band = band_of(spec, last) if series.axis == "left" else None
    if band is not None:
        text += " " + translate("ChartSummary", "The latest value is in the %1 band.").replace(
            "%1", band.label
        )
    return text


def summary_sentence(spec: ChartSpec) -> str:
    """A plain sentence per series, generated from the data, for accessibleDescription."""
    from peerdesk.ui.shared.i18n import translate

    if not spec.x_labels or not spec.series:
        title = spec.title or translate("ChartSummary", "Chart")
        return translate("ChartSummary", "%1: no values yet.").replace("%1", title)
    return " ".join(_series_sentence(spec, s) for s in spec.series)
