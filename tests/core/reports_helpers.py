"""Shared pieces of the report tests: random contacts, true counts and the reader's view."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from hypothesis import strategies as st

from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import Contact, Referral
from peerdesk.core.reports import build_report

START = date(2024, 1, 1)
END = date(2024, 3, 31)
SOURCE = "5" * 32
CANARIES = ("CANARY-NOTE-7f3a", "CANARY-INC-91", "CANARY-LABEL-55", "canary_topic_zz")


def referral_strategy() -> st.SearchStrategy[Referral]:
    return st.builds(
        Referral,
        label=st.just(CANARIES[2]),
        category=st.sampled_from(list(vocab.REFERRAL_CATEGORIES)),
        declined=st.booleans(),
    )


def contact_strategy() -> st.SearchStrategy[Contact]:
    return st.builds(
        Contact,
        when=st.integers(0, (END - START).days).map(
            lambda d: datetime.combine(START + timedelta(days=d), datetime.min.time())
        ),
        duration_min=st.integers(1, 1440),
        channel=st.sampled_from(list(vocab.CHANNELS)),
        kind=st.sampled_from(list(vocab.KINDS)),
        risk=st.sampled_from(["none", "none", "some_concern", "escalated", "emergency"]),
        topics=st.lists(st.sampled_from([*vocab.DEFAULT_TOPICS, CANARIES[3]]), max_size=3).map(
            tuple
        ),
        signs=st.lists(st.sampled_from(list(vocab.SIGNS)), max_size=3).map(tuple),
        referrals=st.lists(referral_strategy(), max_size=2).map(tuple),
        followup_due=st.none() | st.just(date(2024, 4, 1)),
        group_size=st.none() | st.integers(2, 60),
        started_by=st.sampled_from(list(vocab.STARTED_BY)),
        relationship=st.sampled_from(list(vocab.RELATIONSHIPS)),
        followup_done=st.booleans(),
        incident_ref=st.just(CANARIES[1]),
        note=st.just(CANARIES[0]),
    )


def keyed(contacts: list[Contact], keys: list[int] | None = None, seed: int = 1):
    """Give contacts ids and random record keys, as the vault does (keys from `keys` if given)."""
    rng = random.Random(seed)
    numbered = [replace(c, id=i + 1) for i, c in enumerate(contacts)]
    chosen = keys if keys is not None else [rng.getrandbits(32) for _ in numbered]
    return numbered, {c.id: chosen[i % len(chosen)] for i, c in enumerate(numbered)}


def build(contacts: list[Contact], start: date = START, end: date = END, **kw: Any):
    """A report of `contacts` (ids and keys added here) for whole months start..end."""
    numbered, keys = keyed(contacts, kw.pop("key_list", None), kw.pop("seed", 1))
    kw.setdefault("source_id", SOURCE)
    return build_report(numbered, start, end, keys=keys, **kw)


def published_cells(report) -> dict[tuple[str, str], int]:
    """Every published count of a report by (table, category), totals and summary included."""
    found = {("summary", "contacts"): report.contacts, ("summary", "incidents"): report.incidents,
             ("summary", "hours"): report.hours}  # fmt: skip
    for table in report.tables:
        found.update({(table.name, c): v for c, v in table.cells})
        if table.total is not None:
            found[(table.name, "total")] = table.total
    return found
