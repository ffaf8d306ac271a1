"""Chart colours from the palette, contrast checks, tick steps and marker shapes."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPalette

from peerdesk.ui.shared.chart_spec import MarkerStyle

DASH = {
    "solid": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
}
# Hatching tells bar series apart without colour (and survives black-and-white printing).
HATCH = (Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.FDiagPattern, Qt.BrushStyle.CrossPattern)
_LINE_CONTRAST = 3.0  # WCAG 2.x minimum for graphical objects
R = QPalette.ColorRole


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two opaque colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    """a blended into b; share_of_a 1 gives a."""
    k = share_of_a
    return QColor.fromRgbF(
        a.redF() * k + b.redF() * (1 - k),
        a.greenF() * k + b.greenF() * (1 - k),
        a.blueF() * k + b.blueF() * (1 - k),
    )


@dataclass(frozen=True)
class ChartColors:
    """The colours one chart uses, all derived from the palette."""

    background: QColor
    text: QColor
    grid: QColor
    bands: tuple[QColor, QColor]
    series: tuple[QColor, ...]


def chart_colors(palette: QPalette) -> ChartColors:
    """Palette roles only; an accent too faint on this background falls back to the text colour."""
    bg, text = palette.color(R.Base), palette.color(R.Text)
    accents = (
        palette.color(R.Highlight),
        text,
        palette.color(R.Link),
        palette.color(R.LinkVisited),
    )
    series = tuple(c if contrast_ratio(c, bg) >= _LINE_CONTRAST else text for c in accents)
    return ChartColors(
        background=bg,
        text=text,
        grid=mix(text, bg, 0.35),
        bands=(mix(text, bg, 0.07), mix(text, bg, 0.15)),
        series=series,
    )


def nice_ticks(low: float, high: float, target: int = 5, whole: bool = False) -> list[float]:
    """Round tick values (1, 2, 2.5, 5 × 10^k steps) covering low..high.

    `whole`: the data are counts, so ticks stay whole numbers (no "2.5 contacts").
    """
    if high <= low:
        low, high = low - 1, high + 1
    raw = (high - low) / target
    magnitude = 10 ** math.floor(math.log10(raw))
    steps = (1, 2, 5, 10) if whole and magnitude < 10 else (1, 2, 2.5, 5, 10)
    step = next(m * magnitude for m in steps if m * magnitude >= raw)
    if whole:
        step = max(1.0, float(round(step)))
    start, end = math.floor(low / step) * step, math.ceil(high / step) * step
    return [start + k * step for k in range(round((end - start) / step) + 1)]


def marker_path(style: MarkerStyle, c: QPointF, r: float) -> QPainterPath:
    path = QPainterPath()
    if style == "circle":
        path.addEllipse(c, r, r)
    elif style == "square":
        path.addRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
    elif style == "triangle":
        path.moveTo(c.x(), c.y() - r * 1.2)
        path.lineTo(c.x() + r * 1.1, c.y() + r * 0.8)
        path.lineTo(c.x() - r * 1.1, c.y() + r * 0.8)
        path.closeSubpath()
    elif style == "diamond":
        path.moveTo(c.x(), c.y() - r * 1.3)
        path.lineTo(c.x() + r * 1.3, c.y())
        path.lineTo(c.x(), c.y() + r * 1.3)
        path.lineTo(c.x() - r * 1.3, c.y())
        path.closeSubpath()
    elif style == "cross":
        for dx, dy in ((r, r), (r, -r)):
            path.moveTo(c.x() - dx, c.y() - dy)
            path.lineTo(c.x() + dx, c.y() + dy)
    return path
