"""Count a supporter's contacts for a period into a suppressed, de-identified report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date

from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import Contact
from peerdesk.core.errors import InvalidInput
from peerdesk.core.reports.figures import (
    SHOWN,
    WITHHELD,
    Bounds,
    Figure,
    Table,
    check_k,
    exact,
    protect_table,
    protect_total,
)
from peerdesk.core.reports.model import (
    CONTACT_TOTAL_TABLES,
    TABLES,
    Report,
    Training,
    months_between,
)

MAX_DURATION_MIN = 1440


def _codes(table: str) -> list[str]:
    labels = TABLES[table][1]
    assert labels is not None  # months are handled apart
    return list(labels)


def _known(code: str, table: str) -> str:
    # Custom topic slugs are typed by the supporter and could name someone: they count as "other".
    return code if code in (TABLES[table][1] or {}) else "other"


def _count(codes: Iterable[str], categories: Sequence[str]) -> dict[str, Bounds]:
    counter = Counter(codes)
    return {c: exact(counter.get(c, 0)) for c in categories}


def _check_codes(contacts: Sequence[Contact]) -> None:
    # A code outside the vocabulary would make a table stop adding up to the number of contacts.
    for field, codes in (("channel", vocab.CHANNELS), ("kind", vocab.KINDS), ("risk", vocab.RISKS)):
        for contact in contacts:
            if getattr(contact, field) not in codes:
                raise InvalidInput("a contact has an unknown code", field=field)


def raw_counts(contacts: Sequence[Contact], months: Sequence[str]) -> dict[str, dict[str, Bounds]]:
    """Exact counts per table: the numbers that never leave this function unsuppressed."""
    _check_codes(contacts)
    referrals = [r for c in contacts for r in c.referrals]
    planned = [c for c in contacts if c.followup_due is not None or c.followup_done]
    return {
        "month": _count((c.when.strftime("%Y-%m") for c in contacts), months),
        "channel": _count((c.channel for c in contacts), _codes("channel")),
        "kind": _count((c.kind for c in contacts), _codes("kind")),
        "risk": _count((c.risk for c in contacts), _codes("risk")),
        "topic": _count(
            (t for c in contacts for t in {_known(t, "topic") for t in c.topics}), _codes("topic")
        ),
        "sign": _count((s for c in contacts for s in set(c.signs)), _codes("sign")),
        "referral": _count(
            (_known(r.category, "referral") for r in referrals if not r.declined),
            _codes("referral"),
        ),
        "referral_declined": _count(
            (_known(r.category, "referral") for r in referrals if r.declined), _codes("referral")
        ),
        "followup": _count(
            ("completed" if c.followup_done else "open" for c in planned), ["completed", "open"]
        ),
    }


def protect_tables(
    raw: dict[str, dict[str, Bounds]], contacts: Figure, k: int
) -> tuple[Table, ...]:
    """Suppress every table; tables adding up to their own total get that total protected first."""
    tables = []
    for name, cells in raw.items():
        if not TABLES[name][2]:
            total = None
        elif name in CONTACT_TOTAL_TABLES:
            total = contacts
        else:
            low = sum(b[0] for b in cells.values())
            high = sum(b[1] for b in cells.values())
            total = protect_total((low, high), k)
        tables.append(protect_table(name, cells, total, k))
    return tuple(tables)


def duration_figures(contacts: Figure, total_min: Bounds) -> tuple[Figure, int | None]:
    """Durations only travel with a shown number of contacts: one contact's length is a detail."""
    if contacts.status != SHOWN:
        return Figure(0, contacts.high * MAX_DURATION_MIN, WITHHELD), None
    figure = Figure(total_min[0], total_min[1], SHOWN)
    mean = round(total_min[0] / contacts.low) if figure.exact and contacts.exact else None
    return figure, mean


def build_report(
    contacts: Sequence[Contact],
    start: date,
    end: date,
    *,
    k: int = 5,
    training: Training | None = None,
) -> Report:
    """The report for `start`..`end` (inclusive) from the contacts of that period."""
    check_k(k)
    if end < start:
        raise InvalidInput("must not be before the start date", field="to")
    inside = [c for c in contacts if start <= c.when.date() <= end]
    months = months_between(start, end)
    total = protect_total(exact(len(inside)), k)
    minutes = sum(c.duration_min for c in inside)
    duration, mean = duration_figures(total, exact(minutes))
    return Report(
        k=k,
        from_month=months[0],
        to_month=months[-1],
        contacts=total,
        duration_total_min=duration,
        duration_mean_min=mean,
        tables=protect_tables(raw_counts(inside, months), total, k),
        training=training,
    )
