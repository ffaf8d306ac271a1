"""The report as plain data: what leaves the machine, ready for any renderer (CSV, JSON, PDF)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from peerdesk.core.contacts import vocab
from peerdesk.core.reports.period import grain_for

SCHEMA_VERSION = 2
FORMAT_NAME = "peerdesk-report"

FOLLOWUPS = {"completed": "Completed", "open": "Still open"}
# Table name -> (title, ordered category codes and labels or None for months, kind).
# "contacts": the cells add up to the number of contacts; "own": they add up to a total of
# their own; "multi": a contact may count in several cells (topics, signs), so no total.
TABLES: dict[str, tuple[str, dict[str, str] | None, str]] = {
    "month": ("Contacts per month", None, "contacts"),
    "channel": ("Contacts by channel", vocab.CHANNELS, "contacts"),
    "kind": ("Contacts by kind of support", vocab.KINDS, "contacts"),
    "started_by": ("How contacts started", vocab.STARTED_BY, "contacts"),
    "relationship": ("Who was supported", vocab.RELATIONSHIPS, "contacts"),
    "risk": ("Contacts by level of concern", vocab.RISKS, "contacts"),
    "topic": ("Contacts mentioning each topic", vocab.DEFAULT_TOPICS, "multi"),
    "sign": ("Contacts with each sign of distress", vocab.SIGNS, "multi"),
    "referral": ("Referrals taken up, by category", vocab.REFERRAL_CATEGORIES, "own"),
    "referral_declined": (
        "Referrals offered but declined, by category",
        vocab.REFERRAL_CATEGORIES,
        "own",
    ),
    "followup": ("Follow-ups planned: completed and still open", FOLLOWUPS, "own"),
}
CONTACT_TOTAL_TABLES = frozenset(n for n, (_, _, kind) in TABLES.items() if kind == "contacts")
# People reached in group sessions are published as a band, never as an exact number.
PEOPLE_BANDS: tuple[tuple[int, int], ...] = (
    (0, 0), (1, 24), (25, 49), (50, 99), (100, 249), (250, 499), (500, 999), (1000, 10**9),
)  # fmt: skip


@dataclass(frozen=True)
class Training:
    """The supporter's own training in the period (about them, never about a colleague)."""

    hours: float
    modules_completed: int
    reports_included: int = 1


@dataclass(frozen=True)
class Table:
    """One breakdown of published (already protected) counts."""

    name: str
    cells: tuple[tuple[str, int], ...]
    total: int | None

    def cell(self, category: str) -> int:
        for name, value in self.cells:
            if name == category:
                return value
        raise KeyError(category)


@dataclass(frozen=True)
class Source:
    """Where a report came from: random ids (never derived from anything) and its months."""

    report_id: str
    source_id: str
    from_month: str
    to_month: str


@dataclass(frozen=True)
class Report:
    """A de-identified report; every number in it is published (already protected)."""

    k: int
    from_month: str  # "YYYY-MM": nothing finer than a month leaves the machine
    to_month: str
    report_id: str
    contacts: int
    hours: int  # time spent with contacts, whole hours
    incidents: int  # distinct incidents supported, counted in each month they were supported
    people_reached: tuple[int, int]  # people reached in group sessions, as a band (low, high)
    tables: tuple[Table, ...]
    sources: tuple[Source, ...]
    training: Training | None = None
    schema_version: int = SCHEMA_VERSION
    notes: tuple[str, ...] = field(default=())  # e.g. how the period was snapped to months
    grain: str = ""  # contacts shown per month, quarter or year ("" = by the period's length)

    @property
    def view_grain(self) -> str:
        return self.grain or grain_for(len(month_range(self.from_month, self.to_month)))

    @property
    def reports_merged(self) -> int:
        return len(self.sources)

    def table(self, name: str) -> Table:
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(name)


def title(table_name: str) -> str:
    return TABLES[table_name][0]


def label(table_name: str, category: str) -> str:
    """The plain label of a category (months are shown as they are, e.g. 2024-03)."""
    labels = TABLES[table_name][1]
    if labels is None:
        return category
    return labels.get(category, category)


def band(value: int) -> tuple[int, int]:
    for low, high in PEOPLE_BANDS:
        if low <= value <= high:
            return low, high
    raise ValueError(value)


def months_between(start: date, end: date) -> list[str]:
    """Every "YYYY-MM" from start's month to end's month, inclusive."""
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def month_range(first: str, last: str) -> list[str]:
    """Every "YYYY-MM" from `first` to `last` (both "YYYY-MM"), inclusive."""
    return months_between(
        date(int(first[:4]), int(first[5:]), 1), date(int(last[:4]), int(last[5:]), 1)
    )
