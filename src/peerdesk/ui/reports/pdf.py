"""The PDF renderer for reports (own and merged): a one-page summary, then charts and tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from peerdesk.core import language
from peerdesk.core.reports import Report, accuracy_sentence
from peerdesk.ui.reports.view import (
    CHART_TABLES,
    Row,
    chart_spec,
    hidden_sentence,
    month_label,
    report_title,
    summary_rows,
    table_rows,
)
from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import install, translate
from peerdesk.ui.shared.pdf import Block, Heading, PageBreak, Paragraph, Table, write_pdf

# Kept alive for the whole process when the command line needed one just for a PDF.
_APP: list[Any] = []


def privacy_note() -> str:
    return translate(
        "ReportPdf",
        "This report holds counts only: no notes, no names, no incident numbers and no date "
        "finer than a month. Every table breaks the contacts down by one thing only.",
    )


def ensure_gui_app() -> None:
    """Fonts and painting need an application object; the command line has none, so make one.

    The offscreen platform needs no display, so `peerdesk report --format pdf` works over SSH.
    A QApplication (not just a QGuiApplication) so that widgets still work in the same process.
    """
    if QGuiApplication.instance() is None:
        app = QApplication(["peerdesk", "-platform", "offscreen"])
        _APP.append(app)
        # The command has set the language from the locale; the PDF's labels follow it.
        current = language.current()
        install(app, current, pseudo=current == language.PSEUDO)


def _period_text(report: Report) -> str:
    first, last = month_label(report.from_month), month_label(report.to_month)
    text = translate("ReportPdf", "Period: %1 to %2, whole months.")
    text = text.replace("%1", first).replace("%2", last)
    if report.reports_merged > 1:
        count = report.reports_merged
        merged = translate("ReportPdf", "It combines the reports of %n supporter(s).", None, count)
        text = translate("ReportPdf", "%1 %2", "two sentences").replace("%1", text)
        text = text.replace("%2", merged)
    return text


def _rows_table(rows: list[Row], caption: str = "", first: str = "") -> Table:
    first = first or words.figure()
    published = words.published()
    return Table([first, published], [[r.category, r.value] for r in rows], caption=caption)


def summary_blocks(report: Report) -> list[Block]:
    """The first page: period, how accurate, the headline figures and contacts over time."""
    blocks: list[Block] = [
        Paragraph(_period_text(report)),
        Paragraph(accuracy_sentence(report)),
        Paragraph(privacy_note()),
        _rows_table(summary_rows(report), caption=translate("ReportView", "Summary")),
        chart_spec(report, "month"),
    ]
    return blocks + [Paragraph(n) for n in report.notes]


def _table_blocks(report: Report) -> list[Block]:
    blocks: list[Block] = [PageBreak(), Heading(translate("ReportPdf", "All figures"))]
    by_table: dict[str, list[Row]] = {}
    for row in table_rows(report):
        by_table.setdefault(row.table, []).append(row)
    for name, rows in by_table.items():
        period, category = words.period(), words.category()
        first = period if name == "month" else category
        # The title is the table's first header row, so it can never be parted from it.
        blocks.append(_rows_table(rows, caption=rows[0].section, first=first))
        hidden = hidden_sentence(report, name)
        if hidden:
            blocks.append(Paragraph(hidden))
    return blocks


def report_blocks(report: Report) -> list[Block]:
    """Everything the PDF shows, built from the published report alone."""
    blocks = [*summary_blocks(report), PageBreak(), Heading(translate("ReportPdf", "Charts"))]
    for name in CHART_TABLES[1:]:
        blocks.append(chart_spec(report, name))
    return blocks + _table_blocks(report)


def render_pdf(report: Report, path: Path) -> None:
    """Write `report` as an A4 PDF at `path` (registered as the "pdf" format)."""
    ensure_gui_app()
    write_pdf(path, report_title(report), report_blocks(report))
