"""A report's published figures as charts, rows and plain sentences (shared by preview and PDF)."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.core.reports import Report
from peerdesk.core.reports.accuracy import figure_note
from peerdesk.core.reports.model import label, title
from peerdesk.core.reports.period import regroup
from peerdesk.core.reports.ptable import MAX_NOISE
from peerdesk.core.reports.schema import people_text
from peerdesk.ui.shared.chart_spec import ChartSpec, Series

# The tables drawn as charts, in order; every table is also listed in full as rows.
CHART_TABLES = ("month", "channel", "topic", "risk")
GRAIN_TITLES = {"month": "Contacts per month", "quarter": "Contacts per quarter",
                "year": "Contacts per year"}  # fmt: skip

# Short axis labels: the full label stays in the chart's descriptions and in the tables.
SHORT = {
    "work_stress": "Stress",
    "workload_burnout": "Workload",
    "grief_loss": "Grief",
    "critical_incident": "Incident",
    "family_relationships": "Family",
    "finances": "Money",
    "substance_use": "Substances",
    "isolation": "Isolation",
    "discrimination_bias": "Bias",
    "some_concern": "Concern",
    "escalated": "Escalated",
    "emergency": "Emergency",
    "text_chat": "Text",
}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
PROTECTED = "protected"  # status of a figure that may stand for a small count


@dataclass(frozen=True)
class Row:
    """One published figure as the preview and the PDF list it."""

    table: str  # table code, "summary" or "training"
    section: str  # plain title of the table
    category: str  # plain label of the category ("Total" for a table's total)
    value: str  # exactly what the exported files say
    status: str  # "protected" when the value may stand for a small count, else ""
    note: str = ""  # what the value means, when it is not a plain number


def month_label(code: str, with_year: bool = True) -> str:
    """ "2024-03" -> "Mar 2024" (or "Mar"); quarters and years are shown as they are."""
    if len(code) != 7 or code[4] != "-" or not code[5:].isdigit():
        return code.replace("-", " ")
    name = MONTHS[int(code[5:]) - 1]
    return f"{name} {code[:4]}" if with_year else name


def report_title(report: Report) -> str:
    period = f"{month_label(report.from_month)} to {month_label(report.to_month)}"
    if report.from_month == report.to_month:
        period = month_label(report.from_month)
    if report.reports_merged > 1:
        return f"Team report, {period} ({report.reports_merged} reports merged)"
    return f"Peer support report, {period}"


def single_month(report: Report) -> bool:
    return report.from_month == report.to_month and report.reports_merged == 1


def _row(report: Report, table: str, section: str, category: str, value: int) -> Row:
    note = figure_note(value, report.k, single_month(report))
    return Row(table, section, category, str(value), PROTECTED if note else "", note)


def mean_text(report: Report) -> str:
    """Mean length from the published hours and contacts, to the nearest 5 minutes."""
    if not report.contacts:
        return "not shown"
    minutes = 5 * round(report.hours * 60 / report.contacts / 5)
    return f"about {minutes} minutes"


def summary_rows(report: Report) -> list[Row]:
    section = "Summary"
    rows = [
        _row(report, "summary", section, "Contacts", report.contacts),
        Row("summary", section, "Time with contacts (hours)", str(report.hours), "",
            "whole hours, never exact minutes"),
        Row("summary", section, "Mean length", mean_text(report), "",
            "worked out from the two figures above"),
        Row("summary", section, "People reached in group sessions",
            people_text(report.people_reached), "", "a band, never an exact number"),
        _row(report, "summary", section, "Incidents supported (counted in each month)",
             report.incidents),
    ]  # fmt: skip
    if report.training is not None:
        hours = f"{report.training.hours:g}"
        modules = str(report.training.modules_completed)
        rows.append(
            Row(
                "training",
                "Training",
                "Training hours",
                hours,
                "",
                "modules completed (their estimated time) plus logged training",
            )
        )
        rows.append(Row("training", "Training", "Training modules completed", modules, ""))
    return rows


def time_cells(report: Report) -> list[tuple[str, int]]:
    """Contacts per month, quarter or year, as the report's view asks."""
    return regroup(report.table("month").cells, report.view_grain)


def table_rows(report: Report) -> list[Row]:
    """Every cell of every table, each followed by its total, as the CSV lists them."""
    rows: list[Row] = []
    for table in report.tables:
        section = title(table.name)
        cells = table.cells
        if table.name == "month":
            section, cells = GRAIN_TITLES[report.view_grain], tuple(time_cells(report))
        for code, value in cells:
            name = month_label(code) if table.name == "month" else label(table.name, code)
            rows.append(_row(report, table.name, section, name, value))
        if table.total is not None:
            rows.append(Row(table.name, section, "Total", str(table.total), ""))
    return rows


def all_rows(report: Report) -> list[Row]:
    return summary_rows(report) + table_rows(report)


def hidden_sentence(report: Report, table_name: str) -> str:
    """A plain sentence for the figures of a table that may stand for small counts."""
    k, rows = report.k, [r for r in table_rows(report) if r.table == table_name and r.status]
    zeros = [r.category for r in rows if r.value == "0"]
    fives = [r.category for r in rows if r.value != "0"]
    parts = []
    if zeros:
        parts.append(f"{', '.join(zeros)} show 0, which means none or fewer than {k}")
    if fives:
        parts.append(f"{', '.join(fives)} show {k}, which may stand for 1 to {k + MAX_NOISE}")
    return ("; ".join(parts) + ". Small counts are shown this way so no one can be singled out."
            if parts else "")  # fmt: skip


def suppression_sentence(report: Report) -> str:
    """Kept for callers of the old name: the report's accuracy sentence."""
    from peerdesk.core.reports import accuracy_sentence

    return accuracy_sentence(report)


def _short(table: str, code: str, one_year: bool) -> str:
    if table == "month":
        return month_label(code, with_year=not one_year)
    return SHORT.get(code, label(table, code))


def chart_spec(report: Report, table_name: str) -> ChartSpec:
    """A bar chart of one table drawn from the published figures only."""
    if table_name == "month":
        cells, chart_title = time_cells(report), GRAIN_TITLES[report.view_grain]
    else:
        cells, chart_title = list(report.table(table_name).cells), title(table_name)
    one_year = report.from_month[:4] == report.to_month[:4]
    descriptions = [
        f"{month_label(c) if table_name == 'month' else label(table_name, c)} ({v})"
        for c, v in cells
    ]
    noun = {"month": "months", "quarter": "quarters", "year": "years"}[report.view_grain]
    return ChartSpec(
        title=chart_title,
        x_labels=[_short(table_name, c, one_year) for c, _ in cells],
        x_descriptions=descriptions,
        series=[Series("Contacts", [float(v) for _, v in cells], kind="bar", units="contacts")],
        units="contacts",
        x_noun=noun if table_name == "month" else "categories",
        x_title=noun[:-1].capitalize() if table_name == "month" else "Category",
    )
