"""Timing of the shared chart and the PDF writer: python benchmarks/bench_chart.py"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from peerdesk.ui.shared.chart import Band, ChartSpec, ChartWidget, Series, paint_chart
from peerdesk.ui.shared.pdf import Paragraph, chart_image, write_pdf


def year_spec() -> ChartSpec:
    weeks = [f"w{n}" for n in range(1, 53)]
    return ChartSpec(
        title="A year of check-ins",
        x_labels=weeks,
        series=[
            Series("Burnout", [None if n % 7 == 3 else 20 + n % 15 for n in range(52)]),
            Series("Satisfaction", [30 + n % 11 for n in range(52)]),
            Series("Contacts", [n % 9 for n in range(52)], kind="bar", axis="right"),
        ],
        bands=[Band(10, 22, "low"), Band(23, 41, "moderate"), Band(42, 50, "high")],
        y_range=(10, 50),
    )


def timed(label: str, run: Callable[[], object], repeat: int) -> tuple[str, float, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    return label, statistics.median(samples), max(samples)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    spec = year_spec()
    image = QImage(960, 480, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))

    def paint() -> None:
        painter = QPainter(image)
        paint_chart(painter, QRectF(0, 0, 960, 480), spec, app.palette(), highlight=20)
        painter.end()

    widget = ChartWidget(spec)
    widget.resize(960, 480)
    folder = Path(tempfile.mkdtemp())
    blocks = [spec, Paragraph("Text between charts."), spec, spec, spec, spec]
    rows = [
        timed("paint_chart 960x480, 52 weeks, 3 series", paint, 50),
        timed("ChartWidget.grab 960x480", widget.grab, 20),
        timed("chart_image raster at 300 dpi (2000x1000)", lambda: chart_image(spec), 10),
        timed(
            "write_pdf, 5 charts, A4 300 dpi",
            lambda: write_pdf(folder / "b.pdf", "Bench", blocks),
            5,
        ),
    ]
    print(f"{'case':<45} {'median ms':>10} {'max ms':>8}")
    for label, median, worst in rows:
        print(f"{label:<45} {median:>10.1f} {worst:>8.1f}")
    print(f"PDF size: {(folder / 'b.pdf').stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
