"""PDFs (reports, the self-care plan, training transcripts) via QTextDocument + QPdfWriter."""

from __future__ import annotations

import contextlib
import html
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from peerdesk.core.errors import InvalidInput
from peerdesk.ui.shared.chart_paint import paint_chart
from peerdesk.ui.shared.chart_spec import ChartSpec, summary_sentence
from peerdesk.ui.shared.i18n import translate

DPI = 300
CHART_SIZE = (640, 320)  # CSS pixels (1/96 in): 169 × 85 mm, inside A4's 180 mm text width
_SCREEN_DPI = 96
_BLANK = QImage(1, 1, QImage.Format.Format_RGB32)
_BLANK.fill(0xFFFFFFFF)


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Table:
    headers: Sequence[str]
    rows: Sequence[Sequence[object]]
    caption: str = ""


@dataclass(frozen=True)
class PageBreak:
    """The next block starts a new page."""


@dataclass(frozen=True)
class Html:
    """A trusted fragment the caller built itself, escaping every value with esc()."""

    html: str


Block = (
    Heading | Paragraph | Table | Html | PageBreak | ChartSpec | str
)  # a plain str is a paragraph


def esc(value: object) -> str:
    """Escape one value for HTML (quotes too: values also land in attributes)."""
    return html.escape(str(value), quote=True)


def print_palette() -> QPalette:
    """Dark ink on white paper, whatever theme the window uses."""
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.Text, "#111111"),
        (QPalette.ColorRole.WindowText, "#111111"),
        (QPalette.ColorRole.Highlight, "#1f5fa8"),
        (QPalette.ColorRole.Link, "#8a4b08"),
        (QPalette.ColorRole.LinkVisited, "#5b2a86"),
    ):
        palette.setColor(role, QColor(color))
    return palette


def chart_image(spec: ChartSpec, size: tuple[int, int] = CHART_SIZE, dpi: int = DPI) -> QImage:
    """The chart as a raster (pixel ratio dpi/96 keeps the fonts' point size), e.g. to copy."""
    ratio = dpi / _SCREEN_DPI
    image = QImage(round(size[0] * ratio), round(size[1] * ratio), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        paint_chart(painter, QRectF(0, 0, size[0], size[1]), spec, print_palette())
    finally:
        painter.end()
    return image


def _table_html(table: Table) -> str:
    head = "".join(f"<th align='left'>{esc(h)}</th>" for h in table.headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>" for row in table.rows
    )
    # The caption is a header row: header rows repeat on every page a table runs onto, so a
    # caption can never be left alone at the foot of a page, away from its table.
    span = max(len(table.headers), 1)
    caption = f"<tr><th colspan='{span}' align='left'>{esc(table.caption)}</th></tr>"
    return (
        "<table border='1' cellspacing='0' cellpadding='4' width='100%' "
        "style='border-collapse: collapse'>"
        f"<thead>{caption if table.caption else ''}<tr>{head}</tr></thead>{body}</table>"
    )


def _block_html(block: Block, doc: QTextDocument, charts: dict[str, ChartSpec]) -> str:
    if isinstance(block, ChartSpec):
        url = f"chart-{len(charts)}"
        charts[url] = block
        # A blank placeholder reserves the space; the chart itself is drawn there as vectors later.
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), _BLANK)
        width, height = CHART_SIZE
        # The summary sentence under the chart keeps it readable as text (Qt PDFs are untagged).
        return (
            f"<p><img src='{url}' width='{width}' height='{height}' alt='{esc(block.title)}'></p>"
            f"<p><i>{esc(summary_sentence(block))}</i></p>"
        )
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 4)
        return f"<h{level}>{esc(block.text)}</h{level}>"
    if isinstance(block, Table):
        return _table_html(block)
    if isinstance(block, Html):
        return block.html
    if isinstance(block, PageBreak):
        return "<p style='page-break-before: always'></p>"
    text = block.text if isinstance(block, Paragraph) else str(block)
    return f"<p>{esc(text)}</p>"


def build_document(
    title: str, blocks: Iterable[Block]
) -> tuple[QTextDocument, dict[str, ChartSpec]]:
    """The document (title first) and the charts keyed by their placeholder image name."""
    doc = QTextDocument()
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    charts: dict[str, ChartSpec] = {}
    parts = [f"<h1>{esc(title)}</h1>"]
    parts += [_block_html(block, doc, charts) for block in blocks]
    doc.setHtml("<html><body>" + "".join(parts) + "</body></html>")
    return doc, charts


def _chart_rects(
    doc: QTextDocument, charts: dict[str, ChartSpec]
) -> list[tuple[QRectF, ChartSpec]]:
    """Where the laid-out document put each chart placeholder, in document coordinates."""
    found = []
    block = doc.begin()
    while block.isValid():
        layout, fragments = block.layout(), block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            name = fmt.toImageFormat().name() if fmt.isImageFormat() else ""
            if name in charts:
                offset = fragment.position() - block.position()
                line = layout.lineForTextPosition(offset)
                if not line.isValid():
                    fragments += 1
                    continue  # not laid out: no place to draw on (never expected after layout)
                image = fmt.toImageFormat()
                x_in_line = cast(tuple[float, int], line.cursorToX(offset))[0]  # (x, position)
                x = layout.position().x() + x_in_line
                # Images sit on the baseline: the top is the baseline minus the image height.
                y = layout.position().y() + line.y() + line.ascent() - image.height() * _scale(doc)
                size = QSizeF(image.width(), image.height()) * _scale(doc)
                found.append((QRectF(QPointF(x, y), size), charts[name]))
            fragments += 1
        block = block.next()
    return found


def _scale(doc: QTextDocument) -> float:
    """Document units per CSS pixel: the layout works in device pixels of its paint device."""
    device = doc.documentLayout().paintDevice()
    return (device.logicalDpiY() if device else _SCREEN_DPI) / _SCREEN_DPI


def _writer(path: Path, title: str, creator: str, margin_mm: float) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(DPI)
    writer.setPageMargins(
        QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm), QPageLayout.Unit.Millimeter
    )
    writer.setTitle(title)
    writer.setCreator(creator)
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)  # archival: fonts embedded
    return writer


def _paint_pages(
    writer: QPdfWriter, doc: QTextDocument, charts: dict[str, ChartSpec], title: str
) -> int:
    """Lay the document out page by page, charts as vectors, a footer line; returns the count."""
    painter = QPainter()
    if not painter.begin(writer):
        raise InvalidInput("could not open the file for writing.", field="path")
    try:
        footer_font = QFont(doc.defaultFont())
        footer_font.setPointSizeF(8)
        footer_h = QFontMetricsF(footer_font, writer).height() * 2
        body = writer.pageLayout().paintRectPixels(writer.resolution())
        page = QSizeF(body.width(), body.height() - footer_h)
        doc.setPageSize(page)
        # pageCount() lays the whole document out; reading line positions before that touched
        # blocks not laid out yet, which crashed on long (multi-year) reports.
        count = doc.pageCount()
        placed = _chart_rects(doc, charts)
        for n in range(count):
            if n:
                writer.newPage()
            visible = QRectF(0, n * page.height(), page.width(), page.height())
            painter.save()
            painter.translate(0, -visible.top())
            doc.drawContents(painter, visible)
            for rect, spec in placed:
                if visible.intersects(rect):
                    paint_chart(painter, rect, spec, print_palette())
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#444444"))
            footer = QRectF(0, page.height(), page.width(), footer_h)
            flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            text = translate("PdfFooter", "%1 · page %2 of %3", "document title, page numbers")
            text = text.replace("%1", title).replace("%2", str(n + 1)).replace("%3", str(count))
            painter.drawText(footer, flags, text)
    finally:
        painter.end()
    return count


def write_pdf(
    path: Path | str,
    title: str,
    blocks: Iterable[Block],
    *,
    creator: str = "PeerDesk",
    margin_mm: float = 15.0,
) -> int:
    """Write an A4 PDF at 300 dpi; returns the page count. Written to a side file, then renamed,
    so a failure never leaves a half-written PDF behind."""
    target = Path(path)
    if not target.parent.is_dir():
        raise InvalidInput(f"the folder {target.parent} does not exist.", field="path")
    partial = target.with_name(target.name + ".part")
    try:
        writer = _writer(partial, title, creator, margin_mm)
        doc, charts = build_document(title, blocks)
        # Without this the layout uses screen DPI and every font comes out a third of its size.
        doc.documentLayout().setPaintDevice(writer)
        pages = _paint_pages(writer, doc, charts, title)
        del doc, writer  # flushes and closes the file before the rename (matters on Windows)
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return pages
