"""What the dashboard shows: one pass over the desk, on the GUI thread that owns the vault."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale

from peerdesk.core.contacts.model import ActivitySummary, ContactFilter
from peerdesk.core.contacts.vocab import DEFAULT_TOPICS
from peerdesk.core.reports.model import months_between
from peerdesk.core.reports.texts import table_title
from peerdesk.ui.contacts.labels import topic_labels
from peerdesk.ui.reports.view import month_label, short_label
from peerdesk.ui.shared import words
from peerdesk.ui.shared.chart_spec import Band, ChartSpec, Series
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.locale_format import format_date, format_number

MONTHS_SHOWN = 12
TOPICS_SHOWN = 8  # the most frequent; more bars would not leave room for their labels


@dataclass(frozen=True)
class FollowUps:
    due: int  # due today or earlier, not done
    overdue: int  # of those, due before today


@dataclass(frozen=True)
class DashboardData:
    """Each part is None when its service is missing: the page then says so plainly."""

    contacts: ChartSpec | None = None
    hours: ChartSpec | None = None
    topics: ChartSpec | None = None
    followups: FollowUps | None = None
    contacts_note: str = ""  # instead of empty contact charts: what to do first
    selfcare: ChartSpec | None = None
    selfcare_note: str = ""
    training: ChartSpec | None = None
    training_note: str = ""
    words: list[str] = field(default_factory=list)  # milestones and gentle nudges


def first_month(today: date, months: int = MONTHS_SHOWN) -> date:
    """The first day of the month `months - 1` months before today's month."""
    index = today.year * 12 + today.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1)


def _monthly_specs(activity: ActivitySummary, today: date) -> tuple[ChartSpec, ChartSpec]:
    months = months_between(first_month(today), today)
    counts = {month: count for month, (count, _) in activity.months.items()}
    minutes = {month: spent for month, (_, spent) in activity.months.items()}
    common: dict[str, Any] = {
        "x_labels": [month_label(m, with_year=False) for m in months],
        "x_descriptions": [month_label(m) for m in months],
        "period": translate("DashboardCharts", "last 12 months", "a chart's period"),
        "x_noun": translate("DashboardCharts", "months", "what one step of the chart is"),
        "x_title": translate("DashboardCharts", "Month", "chart axis"),
    }
    unit = words.contacts_unit()
    contacts_spec = ChartSpec(
        title=table_title("month"),
        series=[
            Series(
                translate("DashboardCharts", "Contacts", "a chart's series"),
                [float(counts.get(m, 0)) for m in months],
                kind="bar",
            )
        ],
        units=unit,
        **common,
    )
    hours = translate("DashboardCharts", "hours", "units of a chart")
    hour_values = [round(minutes.get(m, 0) / 60, 1) for m in months]
    series = translate("DashboardCharts", "Hours", "a chart's series")
    hours_spec = ChartSpec(
        title=translate("DashboardCharts", "Hours of support per month"),
        series=[Series(series, hour_values, kind="bar", units=hours)],
        units=hours,
        **common,
    )
    return contacts_spec, hours_spec


def _short_topic(slug: str, stored: dict[str, str], shown: dict[str, str]) -> str:
    """The short axis label of a built-in topic, unless the supporter renamed it."""
    label = stored.get(slug, slug)
    if label != DEFAULT_TOPICS.get(slug):
        return label
    return short_label(slug) or shown.get(slug, label)


def _topics_spec(activity: ActivitySummary, stored: dict[str, str]) -> ChartSpec:
    top = list(activity.topics.items())[:TOPICS_SHOWN]  # most first, ties by slug
    shown = topic_labels(stored)  # built-in topics in the window's language
    units = words.contacts_unit()
    values = [float(n) for _, n in top]
    series = translate("DashboardCharts", "Contacts", "a chart's series")
    return ChartSpec(
        title=translate("DashboardCharts", "Topic mix, last 12 months"),
        x_labels=[_short_topic(slug, stored, shown) for slug, _ in top],
        x_descriptions=[shown.get(slug, slug) for slug, _ in top],
        series=[Series(series, values, kind="bar", units=units)],
        units=units,
        x_noun=translate("DashboardCharts", "topics", "what one step of the chart is"),
        x_title=translate("DashboardCharts", "Topic", "chart axis"),
    )


def no_contacts_text() -> str:
    return translate(
        "DashboardCharts",
        "No contacts in the last 12 months yet. Press Ctrl+N (or New contact on the Contact "
        "log page) to log one; these charts then fill in.",
    )


def _contact_parts(desk: Any, today: date) -> dict[str, Any]:
    service = desk.contacts
    activity = service.activity_between(first_month(today), today)  # counted by the database
    monthly, hours = _monthly_specs(activity, today)
    due = service.count(ContactFilter(followup="due", today=today))
    overdue = service.count(ContactFilter(followup="overdue", today=today))
    if not activity.total:
        return {"followups": FollowUps(due, overdue), "contacts_note": no_contacts_text()}
    return {
        "contacts": monthly,
        "hours": hours,
        "topics": _topics_spec(activity, service.topic_labels()),
        "followups": FollowUps(due, overdue),
    }


def _trend_spec(trend: Any, instrument_name: str) -> ChartSpec:
    weeks = [p.week for p in trend.points]
    title = translate("DashboardCharts", "%1: %2", "a questionnaire: one of its scores")
    week_of = translate("DashboardCharts", "week of %1", "a week, by the day it starts")
    return ChartSpec(
        title=title.replace("%2", trend.name).replace("%1", instrument_name),
        x_labels=[_day_month(w) for w in weeks],
        x_descriptions=[week_of.replace("%1", format_date(w, long=True)) for w in weeks],
        series=[Series(trend.name, [p.value for p in trend.points], units=trend.unit)],
        bands=[Band(b.min, b.max, b.label) for b in trend.bands],
        y_range=(trend.y_min, trend.y_max),
        units=trend.unit or translate("DashboardCharts", "score", "units of a chart"),
        period=translate("DashboardCharts", "last 3 months", "a chart's period"),
        x_noun=translate("DashboardCharts", "weeks", "what one step of the chart is"),
        x_title=translate("DashboardCharts", "Week", "chart axis"),
    )


def _day_month(day: date) -> str:
    """A short axis label for a week: "2 Dec" / "2 déc." in the window's language."""
    month = QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)
    text = translate("DashboardCharts", "%1 %2", "day of the month, short month: 2 Dec")
    return text.replace("%2", month).replace("%1", str(day.day))


def _selfcare_parts(desk: Any) -> dict[str, Any]:
    service = desk.selfcare
    words = [m.message for m in service.milestones()]
    # Milestone and nudge texts are core's (core/selfcare/nudges.py), as the Self-care page shows.
    nudge = translate("DashboardCharts", "%1. %2", "a suggestion's title, then its message")
    words += [nudge.replace("%2", n.message).replace("%1", n.title) for n in service.nudges()]
    checkins = service.checkins()
    if not checkins:
        note = translate(
            "DashboardCharts",
            "No check-ins yet. A short check-in on the Self-care page starts your trend here.",
        )
        return {"selfcare_note": note, "words": words}
    instrument = service.instrument(checkins[-1].instrument)
    trend = service.trend(instrument.id, instrument.subscales[0].id, "3m")
    name = getattr(instrument, "short_name", "") or instrument.id
    return {"selfcare": _trend_spec(trend, name), "words": words}


def _training_parts(desk: Any) -> dict[str, Any]:
    service = desk.training
    statuses = Counter(str(m.status) for m in service.modules())
    order = ("complete", "in progress", "not started")
    spec = ChartSpec(
        title=words.training_modules(),
        x_labels=[
            translate("DashboardCharts", "Complete", "a module's progress"),
            translate("DashboardCharts", "In progress", "a module's progress"),
            translate("DashboardCharts", "Not started", "a module's progress"),
        ],
        series=[
            Series(
                translate("DashboardCharts", "Modules", "a chart's series"),
                [float(statuses[s]) for s in order],
                kind="bar",
            )
        ],
        units=translate("DashboardCharts", "modules", "units of a chart"),
        x_noun=translate("DashboardCharts", "states", "what one step of the chart is"),
        x_title=translate("DashboardCharts", "Progress", "chart axis"),
    )
    return {"training": spec, "training_note": _training_note(service)}


def _training_note(service: Any) -> str:
    hours = service.hours()
    due = len(service.refreshers_due())
    note = translate(
        "DashboardCharts",
        "%1 hours of training credited in all (completed modules at their estimated time, plus "
        "external courses); %2 hours actually spent in modules.",
    )
    note = note.replace("%1", _hours(hours["total"])).replace("%2", _hours(hours.get("spent", 0)))
    if not due:
        return note
    refreshers = translate("DashboardCharts", "%n refresher(s) due.", None, due)
    both = translate("DashboardCharts", "%1 %2", "two sentences")
    return both.replace("%1", note).replace("%2", refreshers)


def _hours(value: float) -> str:
    """Hours as the locale writes them: whole hours without decimals ("2"), else "2.5"/"2,5"."""
    return format_number(value, 0 if float(value).is_integer() else 1)


def gather(desk: Any, today: date) -> DashboardData:
    """Everything the dashboard draws; each missing service leaves its part empty."""
    parts = {**_contact_parts(desk, today), **_selfcare_parts(desk), **_training_parts(desk)}
    return DashboardData(**parts)
