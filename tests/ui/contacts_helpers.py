"""Shared helpers for the contact-log page tests: a page over a real unlocked vault."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from peerdesk.core.contacts.model import Contact

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


@dataclass
class Recorder:
    """Stands in for the window's status bar and save request."""

    messages: list[str] = field(default_factory=list)
    saves: int = 0

    def status(self, text: str) -> None:
        self.messages.append(text)

    def request_save(self) -> None:
        self.saves += 1


def make_ctx(desk: Any, recorder: Recorder) -> Any:
    from peerdesk.ui.shared.page import UiContext

    return UiContext(
        desk=desk,
        runner=None,
        clipboard=None,
        settings=None,
        status=recorder.status,
        request_save=recorder.request_save,
    )


def now() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


def sample(i: int, rng: random.Random, **changes: Any) -> Contact:
    values: dict[str, Any] = {
        "when": now() - timedelta(hours=7 * i + 1),
        "duration_min": rng.choice([10, 20, 30, 45, 60]),
        "channel": rng.choice(["in_person", "phone", "video"]),
        "topics": (rng.choice(["work_stress", "conflict", "grief_loss"]),),
        "risk": rng.choice(["none", "some_concern"]),
        "note": "talked through the week" if i % 2 else "",
    }
    values.update(changes)
    return Contact(**values)


def fill(repo: Any, count: int, seed: int = 3) -> None:
    """Insert through the repository directly (the service checks each one: slower)."""
    rng = random.Random(seed)
    for i in range(count):
        repo.insert(sample(i, rng))


def today() -> date:
    return date.today()
