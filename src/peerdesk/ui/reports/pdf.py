"""The PDF renderer for reports (own and merged): published figures only, charts and tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from peerdesk.core.reports import Report
from peerdesk.ui.reports.view import (
    CHART_TABLES,
    Row,
    chart_spec,
    not_drawn,
    report_title,
    summary_rows,
    suppression_sentence,
    table_rows,
)
from peerdesk.ui.shared.pdf import Block, Heading, Paragraph, Table, write_pdf

# Kept alive for the whole process when the command line needed one just for a PDF.
_APP: list[Any] = []

PRIVACY_NOTE = (
    "This report holds counts only: no notes, no names, no incident numbers and no date finer "
    "than a month. Every table breaks the contacts down by one thing only."
)


def ensure_gui_app() -> None:
    """Fonts and painting need an application object; the command line has none, so make one.

    The offscreen platform needs no display, so `peerdesk report --format pdf` works over SSH.
    A QApplication (not just a QGuiApplication) so that widgets still work in the same process.
    """
    if QGuiApplication.instance() is None:
        _APP.append(QApplication(["peerdesk", "-platform", "offscreen"]))


def _period_text(report: Report) -> str:
    merged = (
        f" It combines {report.reports_merged} supporters' reports."
        if report.reports_merged > 1
        else ""
    )
    return (
        f"Period: {report.from_month} to {report.to_month}. Counts below {report.k} are not "
        f"shown.{merged}"
    )


def _rows_table(rows: list[Row], caption: str = "", first: str = "Figure") -> Table:
    return Table([first, "Published"], [[r.category, r.value] for r in rows], caption=caption)


def _table_blocks(report: Report) -> list[Block]:
    blocks: list[Block] = [Heading("All figures")]
    by_table: dict[str, list[Row]] = {}
    for row in table_rows(report):
        by_table.setdefault(row.table, []).append(row)
    for rows in by_table.values():
        first = "Month" if rows[0].table == "month" else "Category"
        blocks.append(_rows_table(rows, caption=rows[0].section, first=first))
    return blocks


def report_blocks(report: Report) -> list[Block]:
    """Everything the PDF shows, built from the suppressed report alone."""
    blocks: list[Block] = [
        Paragraph(_period_text(report)),
        Paragraph(suppression_sentence(report)),
        Paragraph(PRIVACY_NOTE),
        Heading("Summary"),
        _rows_table(summary_rows(report)),
    ]
    for name in CHART_TABLES:
        blocks.append(chart_spec(report, name))
        gaps = not_drawn(report, name)
        if gaps:
            blocks.append(Paragraph(gaps))
    return blocks + _table_blocks(report)


def render_pdf(report: Report, path: Path) -> None:
    """Write `report` as an A4 PDF at `path` (registered as the "pdf" format)."""
    ensure_gui_app()
    write_pdf(path, report_title(report), report_blocks(report))
