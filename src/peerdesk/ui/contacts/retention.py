"""Note retention after unlock: preview how many notes would go, confirm, then purge."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

Confirm = Callable[[int, int], bool]  # (contacts affected, months) -> go ahead?
_offered: weakref.WeakSet[Any] = weakref.WeakSet()  # desks already asked in this session


def ask_purge(parent: QWidget | None, count: int, months: int) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Remove old notes?",
        f"Your retention setting keeps notes for {months} months. {count} older "
        f"contact{'s' * (count != 1)} still {'have' if count != 1 else 'has'} a note or incident "
        "number. Remove that text now? The rest of each contact, and every statistic, stays.",
        parent=parent,
    )
    remove = box.addButton("Remove old notes", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Not now", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is remove


def offer_retention_purge(
    ctx: Any,
    parent: QWidget | None = None,
    today: date | None = None,
    confirm: Confirm | None = None,
) -> int:
    """Once per unlocked desk: if retention is on and notes are due, ask and purge.

    Returns how many contacts lost their note (0 when off, nothing due, declined or already asked).
    The shell may call this right after unlock; the contact page also calls it on first show.
    """
    desk = ctx.desk
    contacts = desk.contacts
    if desk in _offered:
        return 0
    _offered.add(desk)
    months = contacts.retention_months()
    if months == 0:
        return 0
    day = today or date.today()
    count = contacts.preview_purge(day)
    if count == 0:
        return 0
    if not (confirm or (lambda n, m: ask_purge(parent, n, m)))(count, months):
        return 0
    purged = int(contacts.purge(day))
    ctx.status(f"Removed old notes from {purged} contact{'s' * (purged != 1)}.")
    return purged
