"""`peerdesk --demo`: a throwaway vault in a temporary folder, seeded with realistic sample data."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

DEMO_PASSPHRASE = "demo lantern harbour morning"
DEMO_DAYS = 120  # about four months of history
_NOTES = (
    "Talked through a hard week; they felt heard. Suggested a short walk at lunch.",
    "Quick check-in after the team meeting. Agreed to talk again on Friday.",
    "Worried about workload; went over who to speak to about it.",
    "Shared the employee assistance line; they plan to call tomorrow.",
    "Mostly listening today. Ended on a calmer note.",
)


def make_demo(folder: Path, seed: int = 7) -> tuple[Path, str]:
    """Create and seed a demo vault in `folder`; returns (vault path, its passphrase)."""
    from peerdesk.storage import crypto
    from peerdesk.storage.session import open_desk
    from peerdesk.storage.vault import create_vault

    path = folder / "demo.peerdesk"
    # The floor cost is enough for a vault that holds nothing real and is deleted on exit.
    vault, _recovery = create_vault(path, DEMO_PASSPHRASE, kdf_params=crypto.KDF_FLOOR)
    try:
        desk = open_desk(vault)
        rng = random.Random(seed)
        for name, seeder in SEEDERS.items():
            if hasattr(desk, name):
                seeder(getattr(desk, name), rng)
        vault.save()
    finally:
        vault.close()
    return path, DEMO_PASSPHRASE


def _seed_settings(settings: Any, _rng: random.Random) -> None:
    settings.set("auto_lock_minutes", 10)


def _seed_contacts(contacts: Any, rng: random.Random) -> None:
    from peerdesk.core.contacts.model import Contact
    from peerdesk.core.errors import InvalidInput

    start = datetime.now().replace(second=0, microsecond=0) - timedelta(days=DEMO_DAYS)
    for day in range(DEMO_DAYS):
        if rng.random() > 0.35:  # a conversation on roughly one day in three
            continue
        when = start + timedelta(days=day, hours=rng.randint(8, 17), minutes=rng.choice((0, 30)))
        contact = Contact(
            when=when,
            duration_min=rng.choice((10, 15, 20, 30, 45, 60)),
            channel=rng.choice(("in_person", "in_person", "phone", "video")),
            affect=rng.randint(1, 5),
            note=rng.choice(_NOTES),
        )
        try:
            contacts.add(contact)
        except InvalidInput:
            contacts.add(Contact(when=when, duration_min=contact.duration_min))


SEEDERS: dict[str, Callable[[Any, random.Random], None]] = {
    "settings": _seed_settings,
    "contacts": _seed_contacts,
}
