"""Weekly trends: measure scores per week (gaps stay gaps) and the support load on the same axis."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say
from peerdesk.core.selfcare.checkins import CheckIn
from peerdesk.core.selfcare.instruments import Instrument
from peerdesk.core.selfcare.periods import PERIODS
from peerdesk.core.selfcare.scoring import score_measure


class ContactLike(Protocol):
    """The parts of a contact-log entry the load series reads (see core.contacts.model)."""

    @property
    def when(self) -> datetime: ...
    @property
    def duration_min(self) -> int: ...
    @property
    def affect(self) -> int | None: ...


@dataclass(frozen=True)
class WeekPoint:
    week: date  # the Monday the week starts on
    value: float | None  # None: no check-in that week (a gap, never a zero)
    count: int


@dataclass(frozen=True)
class LoadWeek:
    week: date
    contacts: int
    hours: float
    mean_affect: float | None  # None when no contact that week had a rating
    rated: int


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weeks_between(start: date, end: date) -> list[date]:
    """Every Monday from start's week to end's week, inclusive."""
    first, last = week_start(start), week_start(end)
    return [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]


def period_range(period: str, today: date, earliest: date | None) -> tuple[date, date]:
    """The first and last day of a period ending today (whole weeks)."""
    if period not in PERIODS:
        raise InvalidInput(say("choose one of {choices}", choices=", ".join(PERIODS)), "period")
    weeks = PERIODS[period]
    if weeks is None:
        return (earliest or today), today
    return week_start(today) - timedelta(weeks=weeks - 1), today


def weekly_scores(
    checkins: Iterable[CheckIn], instrument: Instrument, measure: str, start: date, end: date
) -> list[WeekPoint]:
    """Mean score of one measure per week; weeks without a check-in are explicit gaps."""
    subscale = instrument.subscale(measure)
    buckets: dict[date, list[float]] = {}
    for checkin in checkins:
        day = checkin.taken_at.date()
        if checkin.instrument == instrument.id and start <= day <= end:
            value = score_measure(instrument, subscale, checkin.answers).value
            buckets.setdefault(week_start(day), []).append(value)
    points = []
    for week in weeks_between(start, end):
        values = buckets.get(week, [])
        mean = round(sum(values) / len(values), 2) if values else None
        points.append(WeekPoint(week, mean, len(values)))
    return points


def weekly_load(contacts: Iterable[ContactLike], start: date, end: date) -> list[LoadWeek]:
    """Contacts, hours and mean 'how it affected me' per week; empty weeks are real zeros here."""
    sums: dict[date, list[int]] = {}  # week -> [contacts, minutes, affect sum, rated]
    for contact in contacts:
        day = contact.when.date()
        if not start <= day <= end:
            continue
        entry = sums.setdefault(week_start(day), [0, 0, 0, 0])
        entry[0] += 1
        entry[1] += contact.duration_min
        if contact.affect is not None:
            entry[2] += contact.affect
            entry[3] += 1
    weeks = []
    for week in weeks_between(start, end):
        n, minutes, affect, rated = sums.get(week, [0, 0, 0, 0])
        mean = round(affect / rated, 2) if rated else None
        weeks.append(LoadWeek(week, n, round(minutes / 60, 2), mean, rated))
    return weeks


def values_of(points: Sequence[WeekPoint]) -> list[float | None]:
    return [p.value for p in points]
