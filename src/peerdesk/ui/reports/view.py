"""A report's published figures as charts, rows and plain sentences (shared by preview and PDF)."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.core.reports import Figure, Report, Table
from peerdesk.core.reports.figures import SHOWN, SMALL, WITHHELD
from peerdesk.core.reports.model import label, title
from peerdesk.ui.shared.chart_spec import ChartSpec, Series

# The tables drawn as charts, in order; every table is also listed in full as rows.
CHART_TABLES = ("month", "channel", "topic", "risk")

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
LABELLED_GAPS_UP_TO = 6
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Row:
    """One published figure as the preview and the PDF list it."""

    table: str  # table code, "summary" or "training"
    section: str  # plain title of the table
    category: str  # plain label of the category ("Total" for a table's total)
    value: str  # exactly what the exported files say
    status: str  # shown / small / withheld ("" for figures that are never suppressed)
    note: str = ""  # what the value means, when it is not a plain number


def month_label(code: str, with_year: bool = True) -> str:
    """ "2024-03" -> "Mar 2024" (or "Mar")."""
    name = MONTHS[int(code[5:]) - 1]
    return f"{name} {code[:4]}" if with_year else name


def report_title(report: Report) -> str:
    period = f"{month_label(report.from_month)} to {month_label(report.to_month)}"
    if report.from_month == report.to_month:
        period = month_label(report.from_month)
    if report.reports_merged > 1:
        return f"Team report, {period} ({report.reports_merged} reports merged)"
    return f"Peer support report, {period}"


def meaning(figure: Figure, k: int) -> str:
    """What a published value means, in words (for the preview and screen readers)."""
    if figure.status == SMALL and figure.high < k:
        return f"fewer than {k}, so not shown"
    if figure.status in (SMALL, WITHHELD):
        return "withheld, so that small counts cannot be worked out"
    if figure.low != figure.high:
        return "somewhere in this range (the reports merged held small counts)"
    return ""


def _figures(report: Report) -> list[Figure]:
    found = [report.contacts, report.duration_total_min]
    for table in report.tables:
        found += [f for _, f in table.cells]
        found += [table.total] if table.total is not None else []
    return found


def suppression_sentence(report: Report) -> str:
    """The suppression explained in one plain sentence, counted for this report."""
    k = report.k
    figures = _figures(report)
    small = sum(1 for f in figures if f.status == SMALL and f.high < k)
    hidden = sum(1 for f in figures if f.status != SHOWN) - small
    text = (
        f"To protect the people you supported, {small} count{'s' if small != 1 else ''} "
        f"below {k} {'are' if small != 1 else 'is'} shown as “<{k}”"
    )
    if hidden:
        text += (
            f" and {hidden} more {'are' if hidden != 1 else 'is'} withheld so that "
            "no small count can be worked out from the totals"
        )
    return text + "."


def _row(table: str, section: str, category: str, figure: Figure, k: int) -> Row:
    return Row(table, section, category, figure.text(k), figure.status, meaning(figure, k))


def summary_rows(report: Report) -> list[Row]:
    k = report.k
    mean = "" if report.duration_mean_min is None else str(report.duration_mean_min)
    rows = [
        _row("summary", "Summary", "Contacts", report.contacts, k),
        _row("summary", "Summary", "Total time (minutes)", report.duration_total_min, k),
        Row(
            "summary",
            "Summary",
            "Mean length (minutes)",
            mean or "not shown",
            "",
            "" if mean else "shown only when the number of contacts is shown exactly",
        ),
    ]
    if report.training is not None:
        hours = f"{report.training.hours:g}"
        modules = str(report.training.modules_completed)
        rows.append(Row("training", "Training", "Training hours", hours, ""))
        rows.append(Row("training", "Training", "Training modules completed", modules, ""))
    return rows


def table_rows(report: Report) -> list[Row]:
    """Every cell of every table, each followed by its total, as the CSV lists them."""
    k = report.k
    rows: list[Row] = []
    for table in report.tables:
        section = title(table.name)
        for code, figure in table.cells:
            name = month_label(code) if table.name == "month" else label(table.name, code)
            rows.append(_row(table.name, section, name, figure, k))
        if table.total is not None:
            rows.append(_row(table.name, section, "Total", table.total, k))
    return rows


def all_rows(report: Report) -> list[Row]:
    return summary_rows(report) + table_rows(report)


def _short(table: str, code: str, one_year: bool) -> str:
    if table == "month":
        return month_label(code, with_year=not one_year)
    return SHORT.get(code, label(table, code))


def _axis_label(table: Table, code: str, figure: Figure, k: int, one_year: bool) -> str:
    """Few categories leave room to print "<k" under a missing bar, so a gap is never mistaken
    for zero; with many, the sentence from not_drawn() says it instead."""
    short = _short(table.name, code, one_year)
    if figure.status == SHOWN or len(table.cells) > LABELLED_GAPS_UP_TO:
        return short
    return f"{short} {figure.text(k)}" if figure.text(k).startswith("<") else f"{short} (–)"


def not_drawn(report: Report, table_name: str) -> str:
    """A sentence naming the categories without a bar, with their published value."""
    k = report.k
    table = report.table(table_name)
    missing = [
        f"{month_label(c) if table_name == 'month' else label(table_name, c)} ({f.text(k)})"
        for c, f in table.cells
        if f.status != SHOWN
    ]
    if not missing:
        return ""
    return "Not drawn, because too small to show or withheld: " + ", ".join(missing) + "."


def chart_spec(report: Report, table_name: str) -> ChartSpec:
    """A bar chart of one table drawn from the published figures only.

    Cells below k or withheld have no bar (a gap, never a number); a merged range is drawn at
    its lower end, which is itself published. The descriptions say what every bar stands for.
    """
    k = report.k
    table = report.table(table_name)
    one_year = report.from_month[:4] == report.to_month[:4]
    values: list[float | None] = [
        float(f.low) if f.status == SHOWN else None for _, f in table.cells
    ]
    descriptions = [
        f"{month_label(c) if table_name == 'month' else label(table_name, c)} ({f.text(k)})"
        for c, f in table.cells
    ]
    ranged = any(f.status == SHOWN and f.low != f.high for _, f in table.cells)
    return ChartSpec(
        title=title(table_name) + (" (ranges drawn at their lower end)" if ranged else ""),
        x_labels=[_axis_label(table, c, f, k, one_year) for c, f in table.cells],
        x_descriptions=descriptions,
        series=[Series("Contacts", values, kind="bar", units="contacts")],
        units="contacts",
        x_noun="months" if table_name == "month" else "categories",
        x_title="Month" if table_name == "month" else "Category",
    )
