"""A report's published figures as charts, rows and plain sentences (shared by preview and PDF)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale

from peerdesk.core.reports import Report
from peerdesk.core.reports.accuracy import figure_note
from peerdesk.core.reports.period import regroup
from peerdesk.core.reports.ptable import MAX_NOISE
from peerdesk.core.reports.texts import category_label, people_band, table_title
from peerdesk.ui.shared import words
from peerdesk.ui.shared.chart_spec import ChartSpec, Series
from peerdesk.ui.shared.i18n import translate

# The tables drawn as charts, in order; every table is also listed in full as rows.
CHART_TABLES = ("month", "channel", "topic", "risk")
# English titles and labels, for readers of the English names (tests, the dashboard);
# grain_title(), short_label() and month_label() give the window's language.
GRAIN_TITLES = {
    "month": "Contacts per month",
    "quarter": "Contacts per quarter",
    "year": "Contacts per year",
}

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


def grain_title(grain: str) -> str:
    titles = {
        "month": table_title("month"),  # core's own title
        "quarter": translate("ReportView", "Contacts per quarter"),
        "year": translate("ReportView", "Contacts per year"),
    }
    return titles[grain]


def short_label(code: str) -> str:
    """A chart's axis label for a category: one short word where the full label is long."""
    short = {
        "work_stress": translate("ReportView", "Stress", "chart axis: work stress"),
        "workload_burnout": translate("ReportView", "Workload", "chart axis"),
        "grief_loss": translate("ReportView", "Grief", "chart axis: grief / loss"),
        "critical_incident": translate("ReportView", "Incident", "chart axis: critical incident"),
        "family_relationships": translate("ReportView", "Family", "chart axis"),
        "finances": translate("ReportView", "Money", "chart axis: finances"),
        "substance_use": translate("ReportView", "Substances", "chart axis: substance use"),
        "isolation": translate("ReportView", "Isolation", "chart axis"),
        "discrimination_bias": translate("ReportView", "Bias", "chart axis: discrimination"),
        "some_concern": translate("ReportView", "Concern", "chart axis: some concern"),
        "escalated": translate("ReportView", "Escalated", "chart axis: level of concern"),
        "emergency": translate("ReportView", "Emergency", "chart axis: emergency services"),
        "text_chat": translate("ReportView", "Text", "chart axis: text / chat"),
    }
    return short.get(code, "")


def month_label(code: str, with_year: bool = True) -> str:
    """ "2024-03" -> "Mar 2024" (or "Mar"), in the window's language; quarters and years as
    they are."""
    if len(code) != 7 or code[4] != "-" or not code[5:].isdigit():
        return code.replace("-", " ")
    name = QLocale().standaloneMonthName(int(code[5:]), QLocale.FormatType.ShortFormat)
    return f"{name} {code[:4]}" if with_year else name


def report_title(report: Report) -> str:
    first, last = month_label(report.from_month), month_label(report.to_month)
    if report.from_month == report.to_month:
        period = first
    else:
        period = translate("ReportView", "%1 to %2", "a report's months").replace("%1", first)
        period = period.replace("%2", last)
    if report.reports_merged > 1:
        count = report.reports_merged  # a plain name: pyside6-lupdate misses other counts
        merged = translate("ReportView", "Team report, %1 (%n report(s) merged)", None, count)
        return merged.replace("%1", period)
    return translate("ReportView", "Peer support report, %1").replace("%1", period)


def single_month(report: Report) -> bool:
    return report.from_month == report.to_month and report.reports_merged == 1


def _row(report: Report, table: str, section: str, category: str, value: int) -> Row:
    note = figure_note(value, report.k, single_month(report))
    return Row(table, section, category, str(value), PROTECTED if note else "", note)


def mean_text(report: Report) -> str:
    """Mean length from the published hours and contacts, to the nearest 5 minutes."""
    if not report.contacts:
        return translate("ReportView", "not shown")
    minutes = 5 * round(report.hours * 60 / report.contacts / 5)
    return translate("ReportView", "about %n minute(s)", None, minutes)


def summary_rows(report: Report) -> list[Row]:
    section = translate("ReportView", "Summary")
    rows = [
        _row(report, "summary", section, words.contacts(), report.contacts),
        Row(
            "summary",
            section,
            translate("ReportView", "Time with contacts (hours)"),
            str(report.hours),
            "",
            translate("ReportView", "whole hours, never exact minutes"),
        ),
        Row(
            "summary",
            section,
            translate("ReportView", "Mean length"),
            mean_text(report),
            "",
            translate("ReportView", "worked out from the two figures above"),
        ),
        Row(
            "summary",
            section,
            translate("ReportView", "People reached in group sessions"),
            people_band(report.people_reached),
            "",
            translate("ReportView", "a band, never an exact number"),
        ),
        _row(
            report,
            "summary",
            section,
            translate("ReportView", "Incidents supported (counted in each month)"),
            report.incidents,
        ),
    ]
    if report.training is not None:
        training = words.training()
        hours = f"{report.training.hours:g}"  # exactly as the files hold it
        note = translate(
            "ReportView", "modules completed (their estimated time) plus logged training"
        )
        rows.append(Row("training", training, words.training_hours(), hours, "", note))
        modules = str(report.training.modules_completed)
        rows.append(
            Row(
                "training",
                training,
                translate("ReportView", "Training modules completed"),
                modules,
                "",
            )
        )
    return rows


def time_cells(report: Report) -> list[tuple[str, int]]:
    """Contacts per month, quarter or year, as the report's view asks."""
    return regroup(report.table("month").cells, report.view_grain)


def table_rows(report: Report) -> list[Row]:
    """Every cell of every table, each followed by its total, as the CSV lists them."""
    rows: list[Row] = []
    for table in report.tables:
        section = table_title(table.name)
        cells = table.cells
        if table.name == "month":
            section, cells = grain_title(report.view_grain), tuple(time_cells(report))
        for code, value in cells:
            name = month_label(code) if table.name == "month" else category_label(table.name, code)
            rows.append(_row(report, table.name, section, name, value))
        if table.total is not None:
            total = translate("ReportView", "Total")
            rows.append(Row(table.name, section, total, str(table.total), ""))
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
        zero = translate("ReportView", "%1 show 0, which means none or fewer than %2")
        parts.append(zero.replace("%1", ", ".join(zeros)).replace("%2", str(k)))
    if fives:
        small = translate("ReportView", "%1 show %2, which may stand for 1 to %3")
        small = small.replace("%1", ", ".join(fives)).replace("%2", str(k))
        parts.append(small.replace("%3", str(k + MAX_NOISE)))
    if not parts:
        return ""
    whole = translate(
        "ReportView", "%1. Small counts are shown this way so no one can be singled out."
    )
    return whole.replace("%1", "; ".join(parts))


def suppression_sentence(report: Report) -> str:
    """Kept for callers of the old name: the report's accuracy sentence."""
    from peerdesk.core.reports import accuracy_sentence

    return accuracy_sentence(report)


def _short(table: str, code: str, one_year: bool) -> str:
    if table == "month":
        return month_label(code, with_year=not one_year)
    return short_label(code) or category_label(table, code)


def chart_spec(report: Report, table_name: str) -> ChartSpec:
    """A bar chart of one table drawn from the published figures only."""
    if table_name == "month":
        cells, chart_title = time_cells(report), grain_title(report.view_grain)
    else:
        cells, chart_title = list(report.table(table_name).cells), table_title(table_name)
    one_year = report.from_month[:4] == report.to_month[:4]
    described = translate("ReportView", "%1 (%2)", "a chart's bar: its label and value")
    descriptions = [
        described.replace(
            "%1", month_label(c) if table_name == "month" else category_label(table_name, c)
        ).replace("%2", str(v))
        for c, v in cells
    ]
    nouns = {
        "month": (translate("ReportView", "months"), translate("ReportView", "Month")),
        "quarter": (translate("ReportView", "quarters"), translate("ReportView", "Quarter")),
        "year": (translate("ReportView", "years"), translate("ReportView", "Year")),
    }
    noun, axis = nouns[report.view_grain]
    contacts = words.contacts_unit()
    values = [float(v) for _, v in cells]
    return ChartSpec(
        title=chart_title,
        x_labels=[_short(table_name, c, one_year) for c, _ in cells],
        x_descriptions=descriptions,
        series=[Series(words.contacts(), values, kind="bar", units=contacts)],
        units=contacts,
        x_noun=noun if table_name == "month" else translate("ReportView", "categories"),
        x_title=axis if table_name == "month" else words.category(),
    )
