"""The contact record shared by the contact log, self-care and reports (frozen dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple


@dataclass(frozen=True, kw_only=True)
class Referral:
    """A referral given in a conversation; `declined` records "offered but declined"."""

    label: str
    category: str = "other"
    resource_id: str | None = None  # an entry of the resource directory, when linked
    declined: bool = False


@dataclass(frozen=True, kw_only=True)
class Contact:
    """One support conversation. Codes are explained in `peerdesk.core.contacts.vocab`.

    Nothing here names the colleague: relationship is a broad category, group size a count.
    `incident_ref` and `note` may identify, so they stay in the vault and never reach a report.
    """

    id: int | None = None
    when: datetime  # local, naive, minute precision
    duration_min: int  # 1..1440
    channel: str = "in_person"
    kind: str = "one_to_one"
    group_size: int | None = None  # only for group kinds
    started_by: str = "they_reached_out"
    relationship: str = "peer"
    topics: tuple[str, ...] = ()
    signs: tuple[str, ...] = ()
    risk: str = "none"
    referrals: tuple[Referral, ...] = ()
    incident_ref: str | None = None
    followup_due: date | None = None
    followup_done: bool = False
    affect: int | None = None  # 1..5: how much the conversation affected the supporter
    note: str = ""

    @property
    def day(self) -> date:
        return self.when.date()

    def followup_open(self, today: date) -> bool:
        """True when a follow-up is due on or before `today` and not yet done."""
        due = self.followup_due
        return due is not None and not self.followup_done and due <= today


class LoadPoint(NamedTuple):
    """A contact as the support-load chart sees it: when, how long, how it affected me."""

    when: datetime
    duration_min: int
    affect: int | None


@dataclass(frozen=True)
class ActivitySummary:
    """A period's contacts counted per month ("2026-12") and per topic, for charts: no contact
    is loaded. `months` holds only months with contacts; each contact counts once per topic."""

    months: dict[str, tuple[int, int]]  # month -> (contacts, minutes)
    topics: dict[str, int]  # topic slug -> contacts; most first, ties by slug

    @property
    def total(self) -> int:
        return sum(count for count, _ in self.months.values())


@dataclass(frozen=True, kw_only=True)
class Topic:
    """An entry of the editable topic list; hidden topics stay valid on old contacts."""

    slug: str
    label: str
    hidden: bool = False


# Columns a list may be sorted by (the list view's sortable columns).
SORT_KEYS: tuple[str, ...] = ("when", "duration_min", "channel", "kind", "risk", "followup_due")


@dataclass(frozen=True, kw_only=True)
class ContactFilter:
    """What the list shows; every field left at None means "no restriction"."""

    start: date | None = None  # inclusive
    end: date | None = None  # inclusive
    topic: str | None = None
    channel: str | None = None
    risk: str | None = None
    followup: str | None = None  # "due" (on or before today, incl. overdue) or "overdue"
    today: date | None = None  # reference day for `followup`; the service fills it in
    text: str | None = None  # full-text search over notes
    sort: str = "when"
    descending: bool = True
