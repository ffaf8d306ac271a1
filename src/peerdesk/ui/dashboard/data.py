"""What the dashboard shows: one pass over the desk, on the GUI thread that owns the vault."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peerdesk.core.contacts.model import Activity, ContactFilter
from peerdesk.core.contacts.vocab import DEFAULT_TOPICS
from peerdesk.core.reports.model import months_between
from peerdesk.ui.reports.view import SHORT, month_label
from peerdesk.ui.shared.chart_spec import Band, ChartSpec, Series

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
    selfcare: ChartSpec | None = None
    selfcare_note: str = ""
    training: ChartSpec | None = None
    training_note: str = ""
    words: list[str] = field(default_factory=list)  # milestones and gentle nudges


def first_month(today: date, months: int = MONTHS_SHOWN) -> date:
    """The first day of the month `months - 1` months before today's month."""
    index = today.year * 12 + today.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1)


def _monthly_specs(contacts: Sequence[Activity], today: date) -> tuple[ChartSpec, ChartSpec]:
    months = months_between(first_month(today), today)
    counts = Counter[str]()
    minutes = Counter[str]()
    for contact in contacts:
        month = f"{contact.when.year:04d}-{contact.when.month:02d}"  # strftime costs 4x as much
        counts[month] += 1
        minutes[month] += contact.duration_min
    common: dict[str, Any] = {
        "x_labels": [month_label(m, with_year=False) for m in months],
        "x_descriptions": [month_label(m) for m in months],
        "period": "last 12 months",
        "x_noun": "months",
        "x_title": "Month",
    }
    contacts_spec = ChartSpec(
        title="Contacts per month",
        series=[Series("Contacts", [float(counts[m]) for m in months], kind="bar")],
        units="contacts",
        **common,
    )
    hours_spec = ChartSpec(
        title="Hours of support per month",
        series=[
            Series("Hours", [round(minutes[m] / 60, 1) for m in months], kind="bar", units="hours")
        ],
        units="hours",
        **common,
    )
    return contacts_spec, hours_spec


def _short_topic(slug: str, labels: dict[str, str]) -> str:
    """The short axis label of a built-in topic, unless the supporter renamed it."""
    label = labels.get(slug, slug)
    return SHORT.get(slug, label) if label == DEFAULT_TOPICS.get(slug) else label


def _topics_spec(contacts: Sequence[Activity], labels: dict[str, str]) -> ChartSpec:
    counts = Counter(t for c in contacts for t in set(c.topics))
    top = counts.most_common(TOPICS_SHOWN)
    return ChartSpec(
        title="Topic mix, last 12 months",
        x_labels=[_short_topic(slug, labels) for slug, _ in top],
        x_descriptions=[labels.get(slug, slug) for slug, _ in top],
        series=[Series("Contacts", [float(n) for _, n in top], kind="bar", units="contacts")],
        units="contacts",
        x_noun="topics",
        x_title="Topic",
    )


def _contact_parts(desk: Any, today: date) -> dict[str, Any]:
    service = desk.contacts
    contacts = service.activity_between(first_month(today), today)  # no notes: ~10x cheaper
    monthly, hours = _monthly_specs(contacts, today)
    due = service.count(ContactFilter(followup="due", today=today))
    overdue = service.count(ContactFilter(followup="overdue", today=today))
    return {
        "contacts": monthly,
        "hours": hours,
        "topics": _topics_spec(contacts, service.topic_labels()),
        "followups": FollowUps(due, overdue),
    }


def _trend_spec(trend: Any, instrument_name: str) -> ChartSpec:
    weeks = [p.week for p in trend.points]
    return ChartSpec(
        title=f"{instrument_name}: {trend.name}",
        x_labels=[f"{w.day} {w:%b}" for w in weeks],
        x_descriptions=[f"week of {w.day} {w:%b %Y}" for w in weeks],
        series=[Series(trend.name, [p.value for p in trend.points], units=trend.unit)],
        bands=[Band(b.min, b.max, b.label) for b in trend.bands],
        y_range=(trend.y_min, trend.y_max),
        units=trend.unit or "score",
        period="last 3 months",
        x_noun="weeks",
        x_title="Week",
    )


def _selfcare_parts(desk: Any) -> dict[str, Any]:
    service = desk.selfcare
    words = [m.message for m in service.milestones()]
    words += [f"{n.title}. {n.message}" for n in service.nudges()]
    checkins = service.checkins()
    if not checkins:
        note = "No check-ins yet. A short check-in on the Self-care page starts your trend here."
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
        title="Training modules",
        x_labels=["Complete", "In progress", "Not started"],
        series=[Series("Modules", [float(statuses[s]) for s in order], kind="bar")],
        units="modules",
        x_noun="states",
        x_title="Progress",
    )
    hours = service.hours()
    due = len(service.refreshers_due())
    note = (
        f"{hours['total']:g} hours of training credited in all (completed modules at their "
        f"estimated time, plus external courses); {hours.get('spent', 0.0):g} hours actually "
        "spent in modules."
    )
    if due:
        note += f" {due} refresher{'s are' if due != 1 else ' is'} due."
    return {"training": spec, "training_note": note}


def gather(desk: Any, today: date) -> DashboardData:
    """Everything the dashboard draws; each missing service leaves its part empty."""
    parts = {**_contact_parts(desk, today), **_selfcare_parts(desk), **_training_parts(desk)}
    return DashboardData(**parts)
