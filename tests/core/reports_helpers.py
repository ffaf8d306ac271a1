"""Shared pieces of the report tests: random contacts, true counts and the reader's view."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

from hypothesis import strategies as st

from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import Contact, Referral
from peerdesk.core.reports.figures import narrow

START = date(2024, 1, 1)
END = date(2024, 3, 31)
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
        followup_done=st.booleans(),
        incident_ref=st.just(CANARIES[1]),
        note=st.just(CANARIES[0]),
    )


def true_counts(contacts: list[Contact]) -> dict[str, Counter[str]]:
    """Counted independently of the report code, to compare against what it publishes."""
    refs = [r for c in contacts for r in c.referrals]

    def topic(t: str) -> str:
        return t if t in vocab.DEFAULT_TOPICS else "other"

    return {
        "month": Counter(c.when.strftime("%Y-%m") for c in contacts),
        "channel": Counter(c.channel for c in contacts),
        "kind": Counter(c.kind for c in contacts),
        "risk": Counter(c.risk for c in contacts),
        "topic": Counter(t for c in contacts for t in {topic(t) for t in c.topics}),
        "sign": Counter(s for c in contacts for s in set(c.signs)),
        "referral": Counter(r.category for r in refs if not r.declined),
        "referral_declined": Counter(r.category for r in refs if r.declined),
        "followup": Counter(
            "completed" if c.followup_done else "open"
            for c in contacts
            if c.followup_due is not None or c.followup_done
        ),
    }


def reader_bounds(table: dict[str, Any]) -> tuple[list[tuple[int, int]], Any]:
    """The tightest bounds a reader can work out from the published numbers of one table."""
    cells = [(c["low"], c["high"]) for c in table["cells"]]
    total = table["total"]
    return narrow(cells, None if total is None else (total["low"], total["high"]))


def assert_protected(doc: dict[str, Any], truth: dict[str, Counter[str]], k: int) -> None:
    """No count below k is shown or can be worked out; every published range holds the truth."""
    for table in doc["tables"]:
        counts = truth[table["name"]]
        worked_out, _ = reader_bounds(table)
        for cell, (low, high) in zip(table["cells"], worked_out, strict=True):
            value = counts.get(cell["category"], 0)
            assert cell["low"] <= value <= cell["high"], (table["name"], cell)
            if value < k:
                assert cell["status"] != "shown", (table["name"], cell)
                assert cell["value"] in (f"<{k}", "withheld")
                assert low < high, f"{table['name']}/{cell['category']} can be worked out"
            if cell["status"] == "shown" and cell["low"] == cell["high"]:
                assert cell["value"] == value
