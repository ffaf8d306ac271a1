"""Benchmark data: realistic contact notes, and real vaults built through PeerDesk's own schema,
repository and services (never a toy table), so every figure measures what a user runs.

Notes are ~45 words drawn Zipf-like from a vocabulary of ~1,200 words (the project's own docs
plus peer-support words), so compression and the full-text index see text that behaves like
prose rather than a 12-word loop.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import date, datetime, timedelta
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

PASSPHRASE = "correct horse battery staple"
SUPPORT_WORDS = [
    "listened",
    "talked",
    "shift",
    "family",
    "sleep",
    "tired",
    "support",
    "plan",
    "team",
    "crew",
    "night",
    "call",
    "worried",
    "rota",
    "manager",
    "conflict",
    "grief",
    "workload",
    "money",
    "drinking",
    "incident",
    "break",
    "angry",
    "calm",
    "walk",
    "talk",
    "partner",
    "children",
    "colleague",
    "supervisor",
    "overtime",
    "injury",
    "exhausted",
    "anxious",
    "relieved",
    "checked",
    "later",
    "tomorrow",
    "week",
    "weekend",
    "counselling",
    "employee",
    "assistance",
    "programme",
    "gp",
]


def vocabulary() -> list[str]:
    """Support words first (most frequent), then every distinct word of the docs."""
    text = " ".join(p.read_text("utf-8") for p in sorted((ROOT / "docs").glob("*.md")))
    words = dict.fromkeys(SUPPORT_WORDS)
    words.update(dict.fromkeys(w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)))
    return list(words)


class NoteMaker:
    """Deterministic Zipf-ish notes of 30-60 words in short sentences."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words = vocabulary()
        self.cum = list(accumulate(1.0 / (rank + 1) for rank in range(len(self.words))))

    def note(self) -> str:
        rng = self.rng
        words = rng.choices(self.words, cum_weights=self.cum, k=rng.randint(30, 60))
        out, sentence = [], []
        for word in words:
            sentence.append(word)
            if len(sentence) >= rng.randint(6, 14):
                out.append(" ".join(sentence).capitalize() + ".")
                sentence = []
        if sentence:
            out.append(" ".join(sentence).capitalize() + ".")
        return " ".join(out)


SPAN_DAYS = 4 * 365  # any number of contacts is spread over the four years up to today


def contact(i: int, n: int, rng: random.Random, note: str) -> object:
    """Contact i of n, oldest first, ending today; a fifth ask for a follow-up a week later,
    and those older than a month were done (as a supporter keeps up with them)."""
    from peerdesk.core.contacts import vocab
    from peerdesk.core.contacts.model import Contact

    today = datetime.combine(date.today(), datetime.min.time())
    when = today - timedelta(minutes=(n - i) * SPAN_DAYS * 24 * 60 // max(n, 1))
    due = when.date() + timedelta(days=7) if rng.random() < 0.2 else None
    return Contact(
        when=when.replace(second=0, microsecond=0),
        duration_min=rng.randint(5, 90),
        channel=rng.choice(list(vocab.CHANNELS)),
        risk=rng.choice(list(vocab.RISKS)),
        topics=tuple(rng.sample(list(vocab.DEFAULT_TOPICS), 2)),
        followup_due=due,
        followup_done=due is not None and due < date.today() - timedelta(days=30),
        affect=rng.randint(1, 5),
        note=note,
    )


def notes(n: int, seed: int = 19) -> list[str]:
    maker = NoteMaker(seed)
    return [maker.note() for _ in range(n)]


def fill_contacts(desk: object, n: int, seed: int = 19) -> None:
    """Insert n contacts through the real contacts repository (all tables, triggers, index)."""
    repo = desk.contacts._repo  # type: ignore[attr-defined]
    rng = random.Random(seed)
    for i, note in enumerate(notes(n, seed)):
        repo.insert(contact(i, n, rng, note))


def build_vault(path: Path, n: int, *, seed: int = 19, kdf: object = None) -> None:
    """A saved vault of n contacts at the KDF floor (~100 ms here) unless `kdf` is given."""
    from peerdesk.storage import crypto
    from peerdesk.storage.assembly import open_desk
    from peerdesk.storage.vault import create_vault

    vault, _ = create_vault(path, PASSPHRASE, kdf_params=kdf or crypto.KDF_FLOOR)
    try:
        fill_contacts(open_desk(vault), n, seed)
        vault.save()
    finally:
        vault.close()
