"""Shared pieces of the report and dashboard page tests: a page context and realistic contacts."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import Contact, Referral

CANARY_NOTE = "CANARY-NOTE-ui-5521"
CANARY_INCIDENT = "CANARY-INC-ui-88"


def make_ctx(desk, statuses: list[str] | None = None, opened: list[str] | None = None):
    from peerdesk.ui.shared.clipboard import SecureClipboard
    from peerdesk.ui.shared.page import UiContext
    from peerdesk.ui.shared.tasks import Runner

    return UiContext(
        desk=desk,
        runner=Runner(),
        clipboard=SecureClipboard(),
        settings=None,
        status=(statuses if statuses is not None else []).append,
        request_save=lambda: None,
        open_page=(opened if opened is not None else []).append,
    )


def add_contacts(desk, count: int, start: date, days: int, seed: int = 7) -> None:
    """`count` varied contacts spread over `days` days from `start` (a seeded random mix)."""
    rng = random.Random(seed)
    topics = list(vocab.DEFAULT_TOPICS)
    for i in range(count):
        day = start + timedelta(days=(i * days) // max(count, 1))
        desk.contacts.add(
            Contact(
                when=datetime(day.year, day.month, day.day, 9 + i % 8, 15),
                duration_min=rng.choice([15, 25, 30, 45, 60]),
                channel=rng.choice(["in_person", "in_person", "phone", "phone", "video"]),
                topics=tuple(rng.sample(topics[:6], 2)),
                risk=rng.choice(["none"] * 6 + ["some_concern", "escalated"]),
                referrals=(Referral(label=CANARY_NOTE, category="eap"),) if i % 4 == 0 else (),
                followup_due=day + timedelta(days=7) if i % 5 == 0 else None,
                note=CANARY_NOTE,
                incident_ref=CANARY_INCIDENT,
            )
        )
