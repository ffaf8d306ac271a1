"""Draws a ChartSpec with QPainter; the one drawing routine the widget and the PDF writer share."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)

from peerdesk.ui.shared import typography
from peerdesk.ui.shared.chart_spec import ChartSpec, Series, format_value
from peerdesk.ui.shared.chart_style import (
    DASH,
    HATCH,
    ChartColors,
    chart_colors,
    marker_path,
    mix,
    nice_ticks,
)
from peerdesk.ui.shared.i18n import translate


@dataclass(frozen=True)
class _Scale:
    """Maps values on one axis to y pixels in the plot rectangle."""

    low: float
    high: float
    ticks: list[float]
    top: float
    bottom: float

    def y(self, value: float) -> float:
        share = (value - self.low) / (self.high - self.low)
        return self.bottom - share * (self.bottom - self.top)


def _values(spec: ChartSpec, axis: str) -> list[float]:
    return [
        v
        for s in spec.series
        if s.axis == axis
        for i in range(len(spec.x_labels))
        if (v := spec.value(s, i)) is not None
    ]


def _ticks_for(spec: ChartSpec, axis: str) -> list[float]:
    values = _values(spec, axis)
    if axis == "left" and spec.y_range is not None:
        low, high = spec.y_range
        return [t for t in nice_ticks(low, high) if low - 1e-9 <= t <= high + 1e-9] or [low, high]
    if axis == "left":
        values += [v for b in spec.bands for v in (b.low, b.high)]
    if any(s.kind == "bar" and s.axis == axis for s in spec.series) or axis == "right":
        values.append(0.0)  # bars always stand on zero
    whole = bool(values) and all(float(v).is_integer() for v in values)
    return nice_ticks(min(values, default=0.0), max(values, default=1.0), whole=whole)


def _scale(spec: ChartSpec, axis: str, top: float, bottom: float) -> _Scale:
    ticks = _ticks_for(spec, axis)
    low, high = spec.y_range if axis == "left" and spec.y_range else (ticks[0], ticks[-1])
    if high <= low:
        high = low + 1
    return _Scale(low, high, ticks, top, bottom)


class _Painter:
    """One paint pass: holds the geometry so the drawing steps stay short."""

    def __init__(self, p: QPainter, rect: QRectF, spec: ChartSpec, colors: ChartColors) -> None:
        self.p, self.spec, self.c = p, spec, colors
        device = p.device()
        # Pen widths are in device pixels: scale them when drawing straight onto a 300 dpi page.
        self.unit = max(1.0, (device.logicalDpiY() if device else 96) / 96)
        self.font = QFont(p.font())
        self.fm = QFontMetricsF(self.font, device)
        self.line = self.fm.height()
        self.pad = self.line * 0.5
        self.rect = rect.adjusted(self.pad, self.pad, -self.pad, -self.pad)

    def pen(
        self, color: QColor, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine
    ) -> QPen:
        pen = QPen(color, width * self.unit, style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def text(self, box: QRectF, flags: Qt.AlignmentFlag, text: str, color: QColor) -> None:
        self.p.setPen(color)
        elided = self.fm.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
        self.p.drawText(box, int(flags | Qt.AlignmentFlag.AlignVCenter), elided)

    def title(self) -> float:
        bold = typography.font(typography.Role.SECTION, self.font)
        self.p.setFont(bold)
        height = QFontMetricsF(bold, self.p.device()).height()
        box = QRectF(self.rect.left(), self.rect.top(), self.rect.width(), height)
        self.p.setPen(self.c.text)
        self.p.drawText(
            box,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetricsF(bold, self.p.device()).elidedText(
                self.spec.title, Qt.TextElideMode.ElideRight, box.width()
            ),
        )
        self.p.setFont(self.font)
        return box.bottom() + self.pad * 0.5

    def sample(self, position: int, box: QRectF) -> None:
        """The legend swatch: a hatched block for bars, a dashed line with its marker for lines."""
        series, color = self.spec.series[position], self.series_color(position)
        if series.kind == "bar":
            inner = box.adjusted(box.width() * 0.2, box.height() * 0.15, -box.width() * 0.2, 0)
            self.bar(inner, position)
            return
        y = box.center().y()
        self.p.setPen(self.pen(color, 2, DASH[self.spec.dash_of(position)]))
        self.p.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
        self.marker(position, box.center())

    def legend(self, top: float) -> float:
        x, y, swatch = self.rect.left(), top, self.line * 2.2
        for i, series in enumerate(self.spec.series):
            units = series.units if series.units.lower() not in series.name.lower() else ""
            label = series.name + (f" ({units})" if units else "")
            width = swatch + self.pad * 0.5 + self.fm.horizontalAdvance(label) + self.line
            if x > self.rect.left() and x + width > self.rect.right():
                x, y = self.rect.left(), y + self.line * 1.2
            self.sample(i, QRectF(x, y, swatch, self.line))
            text_x = x + swatch + self.pad * 0.5
            text_w = min(width - swatch, self.rect.right() - text_x)  # elide, never overflow
            text_box = QRectF(text_x, y, text_w, self.line)
            self.text(text_box, Qt.AlignmentFlag.AlignLeft, label, self.c.text)
            x += width
        return y + self.line * 1.4

    def series_color(self, position: int) -> QColor:
        return self.c.series[position % len(self.c.series)]

    def marker(self, position: int, center: QPointF, grow: float = 1.0) -> None:
        color = self.series_color(position)
        radius = max(self.line * 0.22, 3 * self.unit) * grow
        self.p.setPen(self.pen(color, 1.8))
        self.p.setBrush(QBrush(self.c.background))
        self.p.drawPath(marker_path(self.spec.marker_of(position), center, radius))
        self.p.setBrush(Qt.BrushStyle.NoBrush)

    def bar(self, box: QRectF, position: int) -> None:
        color = self.series_color(position)
        # Soft fill: bars are the backdrop (the load) under the score lines drawn on top.
        self.p.fillRect(box, mix(color, self.c.background, 0.22))
        self.p.fillRect(
            box, QBrush(mix(color, self.c.background, 0.6), HATCH[position % len(HATCH)])
        )
        self.p.setPen(self.pen(color, 1.0))
        self.p.drawRect(box)

    def empty(self, area: QRectF) -> None:
        empty = translate("ChartSummary", "No values to show yet.")
        self.text(area, Qt.AlignmentFlag.AlignHCenter, empty, self.c.text)


class _Plot:
    """The axes rectangle with its scales; draws bands, grid, bars, lines and the highlight."""

    def __init__(self, pp: _Painter, top: float) -> None:
        self.pp, spec = pp, pp.spec
        self.has_left = any(s.axis == "left" for s in spec.series) or bool(spec.bands)
        self.has_right = any(s.axis == "right" for s in spec.series)
        caption = pp.line if (spec.units or spec.right_units) else 0.0
        bottom = pp.rect.bottom() - pp.line - pp.pad * 0.5
        plot_top = top + caption + pp.pad * 0.5
        self.left = _scale(spec, "left", plot_top, bottom)
        self.right = _scale(spec, "right", plot_top, bottom)
        left_w = self._labels_width(self.left) if self.has_left else pp.pad
        self.ticks_w = self._labels_width(self.right) if self.has_right else pp.pad * 0.5
        band_widths = [pp.fm.horizontalAdvance(b.label) for b in spec.bands]
        self.band_w = max(band_widths) + pp.pad * 1.5 if band_widths else 0.0
        right_w = self.ticks_w + self.band_w
        self.area = QRectF(
            QPointF(pp.rect.left() + left_w, plot_top), QPointF(pp.rect.right() - right_w, bottom)
        )
        count = max(1, len(spec.x_labels))
        self.slot = self.area.width() / count
        self.xs = [self.area.left() + self.slot * (i + 0.5) for i in range(count)]

    def _labels_width(self, scale: _Scale) -> float:
        return max(self.pp.fm.horizontalAdvance(format_value(t)) for t in scale.ticks) + self.pp.pad

    def scale_of(self, series: Series) -> _Scale:
        return self.right if series.axis == "right" else self.left

    def bands(self) -> None:
        pp, s = self.pp, self.left
        bands = sorted(pp.spec.bands, key=lambda b: b.low)
        for j, band in enumerate(bands):
            # Integer bands (≤ 22, 23–41) leave a gap: meet halfway so the shading is continuous.
            upper = band.high
            if j + 1 < len(bands) and 0 < bands[j + 1].low - band.high <= 1:
                upper = (band.high + bands[j + 1].low) / 2
            lower = (
                (bands[j - 1].high + band.low) / 2
                if j and 0 < band.low - bands[j - 1].high <= 1
                else band.low
            )
            y_top, y_bottom = s.y(min(upper, s.high)), s.y(max(lower, s.low))
            if y_bottom - y_top <= 0:
                continue
            box = QRectF(self.area.left(), y_top, self.area.width(), y_bottom - y_top)
            pp.p.fillRect(box, pp.c.bands[j % 2])
            pp.p.setPen(pp.pen(pp.c.grid, 1, Qt.PenStyle.DashLine))
            pp.p.drawLine(box.topLeft(), box.topRight())
            if box.height() >= pp.line * 0.9:  # a label that does not fit would overlap the next
                self._band_label(box, band.label)

    def _band_label(self, band: QRectF, text: str) -> None:
        """Direct label in its own column right of the plot, with a bracket spanning the band."""
        pp = self.pp
        x = self.area.right() + self.ticks_w + pp.pad * 0.5
        pp.p.setPen(pp.pen(pp.c.text, 1.5))
        pp.p.drawLine(QPointF(x, band.top() + 2 * pp.unit), QPointF(x, band.bottom() - 2 * pp.unit))
        label = QRectF(x + pp.pad * 0.4, band.center().y() - pp.line / 2, self.band_w, pp.line)
        pp.text(label, Qt.AlignmentFlag.AlignLeft, text, pp.c.text)

    def axes(self) -> None:
        pp, spec = self.pp, self.pp.spec
        grid_scale = self.left if self.has_left else self.right
        for tick in grid_scale.ticks:
            y = grid_scale.y(tick)
            pp.p.setPen(pp.pen(pp.c.grid, 0.8, Qt.PenStyle.DotLine))
            pp.p.drawLine(QPointF(self.area.left(), y), QPointF(self.area.right(), y))
        for scale, shown, align in (
            (self.left, self.has_left, Qt.AlignmentFlag.AlignRight),
            (self.right, self.has_right, Qt.AlignmentFlag.AlignLeft),
        ):
            if shown:
                self._tick_labels(scale, align)
        pp.p.setPen(pp.pen(pp.c.text, 1))
        pp.p.drawLine(self.area.bottomLeft(), self.area.bottomRight())
        caption_y = self.area.top() - pp.line - pp.pad * 0.5
        half = pp.rect.width() / 2
        left_box = QRectF(pp.rect.left(), caption_y, half, pp.line)
        pp.text(left_box, Qt.AlignmentFlag.AlignLeft, spec.units, pp.c.text)
        right_box = QRectF(pp.rect.left() + half, caption_y, half, pp.line)
        pp.text(right_box, Qt.AlignmentFlag.AlignRight, spec.right_units, pp.c.text)
        self._x_labels()

    def _tick_labels(self, scale: _Scale, align: Qt.AlignmentFlag) -> None:
        pp = self.pp
        left = align == Qt.AlignmentFlag.AlignRight
        x = pp.rect.left() if left else self.area.right() + pp.pad * 0.5
        width = self.area.left() - pp.rect.left() - pp.pad * 0.5 if left else pp.rect.right() - x
        for tick in scale.ticks:
            box = QRectF(x, scale.y(tick) - pp.line / 2, width, pp.line)
            pp.text(box, align, format_value(tick), pp.c.text)

    def _x_labels(self) -> None:
        pp, labels = self.pp, self.pp.spec.x_labels
        widest = max((pp.fm.horizontalAdvance(t) for t in labels), default=0.0) + pp.pad
        step = max(1, int(-(-widest // max(self.slot, 1.0))))  # skip labels that would overlap
        for i in range(len(labels) - 1, -1, -step):  # from the right so the latest always shows
            box = QRectF(
                self.xs[i] - widest / 2, self.area.bottom() + pp.pad * 0.3, widest, pp.line
            )
            pp.text(box, Qt.AlignmentFlag.AlignHCenter, labels[i], pp.c.text)

    def bars(self) -> None:
        pp, spec = self.pp, self.pp.spec
        positions = [i for i, s in enumerate(spec.series) if s.kind == "bar"]
        if not positions:
            return
        group = self.slot * 0.7
        width = group / len(positions)
        for k, pos in enumerate(positions):
            series = spec.series[pos]
            scale = self.scale_of(series)
            base = scale.y(min(max(0.0, scale.low), scale.high))
            for i, x in enumerate(self.xs):
                value = spec.value(series, i)
                if value is None:
                    continue
                left = x - group / 2 + k * width
                y = scale.y(value)
                pp.bar(QRectF(left, min(y, base), width * 0.9, abs(base - y)), pos)

    def points(self, series: Series) -> list[QPointF | None]:
        scale, spec = self.scale_of(series), self.pp.spec
        values = [spec.value(series, i) for i in range(len(self.xs))]
        return [
            None if v is None else QPointF(self.xs[i], scale.y(v)) for i, v in enumerate(values)
        ]

    def lines(self) -> None:
        pp, spec = self.pp, self.pp.spec
        for pos, series in enumerate(spec.series):
            if series.kind != "line":
                continue
            path, pen_down = QPainterPath(), False
            points = self.points(series)
            for point in points:
                if point is None:
                    pen_down = False  # a gap is a break in the line, never a zero
                elif pen_down:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                    pen_down = True
            pp.p.setPen(pp.pen(pp.series_color(pos), 2.2, DASH[spec.dash_of(pos)]))
            pp.p.drawPath(path)
            for point in points:
                if point is not None:
                    pp.marker(pos, point)

    def highlight(self, index: int) -> None:
        pp, spec = self.pp, self.pp.spec
        x = self.xs[index]
        pp.p.setPen(pp.pen(pp.c.text, 1.2, Qt.PenStyle.DashLine))
        pp.p.drawLine(QPointF(x, self.area.top()), QPointF(x, self.area.bottom()))
        rows, labels = [spec.describe_x(index)], []
        for pos, series in enumerate(spec.series):
            value = spec.value(series, index)
            rows.append(f"{series.name}: {format_value(value, series.units)}")
            point = self.points(series)[index]
            if point is not None:
                labels.append((point, format_value(value, series.units)))
                if series.kind == "line":
                    pp.marker(pos, point, grow=1.7)
        if pp.line * len(rows) + pp.pad <= self.area.height() * 0.6:
            self._boxed(rows, x, self.area.top() + pp.pad * 0.5)
        else:  # no room for the full box: label each highlighted point with its value instead
            below = self.area.top() - pp.rect.height()
            for point, text in sorted(labels, key=lambda label: label[0].y()):
                below = self._boxed([text], point.x(), max(point.y() - pp.line * 1.2, below))

    def _boxed(self, rows: list[str], x: float, top: float) -> float:
        """Rows in a framed box beside x (right of it if it fits, else left); returns its bottom."""
        pp = self.pp
        width = max(pp.fm.horizontalAdvance(r) for r in rows) + pp.pad * 2
        height = pp.line * len(rows) + pp.pad
        left = x + pp.pad if x + pp.pad + width <= self.area.right() else x - pp.pad - width
        width = min(width, pp.rect.width())
        left = min(max(pp.rect.left(), left), pp.rect.right() - width)
        box = QRectF(left, max(top, pp.rect.top()), width, height)
        pp.p.setPen(pp.pen(pp.c.text, 1))
        pp.p.setBrush(QBrush(pp.c.background))
        pp.p.drawRect(box)
        pp.p.setBrush(Qt.BrushStyle.NoBrush)
        for r, text in enumerate(rows):
            line = QRectF(box.left() + pp.pad, box.top() + pp.pad / 2 + r * pp.line, width, pp.line)
            pp.text(line, Qt.AlignmentFlag.AlignLeft, text, pp.c.text)
        return box.bottom() + pp.unit


def has_values(spec: ChartSpec) -> bool:
    """True when at least one series has at least one value to draw."""
    return any(spec.value(s, i) is not None for s in spec.series for i in range(len(spec.x_labels)))


def paint_chart(
    painter: QPainter,
    rect: QRectF,
    spec: ChartSpec,
    palette: QPalette,
    highlight: int | None = None,
) -> None:
    """Draw spec into rect with colours from palette; highlight marks one x position."""
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        pp = _Painter(painter, QRectF(rect), spec, chart_colors(palette))
        painter.fillRect(QRectF(rect), pp.c.background)
        top = pp.legend(pp.title()) if spec.series else pp.title()
        if not has_values(spec):
            pp.empty(QRectF(pp.rect.left(), top, pp.rect.width(), pp.rect.bottom() - top))
            return
        plot = _Plot(pp, top)
        if plot.area.width() < pp.line or plot.area.height() < pp.line:
            return  # too small to draw anything readable; the title and legend still show
        plot.bands()
        plot.axes()
        plot.bars()
        plot.lines()
        if highlight is not None and 0 <= highlight < len(spec.x_labels):
            plot.highlight(highlight)
    finally:
        painter.restore()
