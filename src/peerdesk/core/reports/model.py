"""The report as plain data: what leaves the machine, ready for any renderer (CSV, JSON, PDF)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peerdesk.core.contacts import vocab
from peerdesk.core.reports.figures import Figure, Table

SCHEMA_VERSION = 1
FORMAT_NAME = "peerdesk-report"

# Table name -> (title, ordered category codes and labels or None for months, has a total).
# Topics and signs are multi-select: a contact can count in several cells, so no total.
TABLES: dict[str, tuple[str, dict[str, str] | None, bool]] = {
    "month": ("Contacts per month", None, True),
    "channel": ("Contacts by channel", vocab.CHANNELS, True),
    "kind": ("Contacts by kind of support", vocab.KINDS, True),
    "risk": ("Contacts by level of concern", vocab.RISKS, True),
    "topic": ("Contacts mentioning each topic", vocab.DEFAULT_TOPICS, False),
    "sign": ("Contacts with each sign of distress", vocab.SIGNS, False),
    "referral": ("Referrals taken up, by category", vocab.REFERRAL_CATEGORIES, True),
    "referral_declined": (
        "Referrals offered but declined, by category",
        vocab.REFERRAL_CATEGORIES,
        True,
    ),
    "followup": (
        "Follow-ups planned: completed and still open",
        {"completed": "Completed", "open": "Still open"},
        True,
    ),
}
# These tables add up to the number of contacts; the others carry a total of their own.
CONTACT_TOTAL_TABLES = frozenset({"month", "channel", "kind", "risk"})


@dataclass(frozen=True)
class Training:
    """The supporter's own training in the period (about them, never about a colleague)."""

    hours: float
    modules_completed: int
    reports_included: int = 1


@dataclass(frozen=True)
class Report:
    """A de-identified aggregate report; `reports_merged` is 1 for a supporter's own report."""

    k: int
    from_month: str  # "YYYY-MM": nothing finer than a month leaves the machine
    to_month: str
    contacts: Figure
    duration_total_min: Figure
    duration_mean_min: int | None
    tables: tuple[Table, ...]
    training: Training | None = None
    reports_merged: int = 1
    schema_version: int = SCHEMA_VERSION

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
