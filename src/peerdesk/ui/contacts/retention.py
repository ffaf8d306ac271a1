"""Note retention after unlock: preview how many notes would go, confirm, then purge."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from peerdesk.ui.shared.i18n import translate

Confirm = Callable[[int, int], bool]  # (contacts affected, months) -> go ahead?
_offered: weakref.WeakSet[Any] = weakref.WeakSet()  # desks already asked in this session


def ask_purge(parent: QWidget | None, count: int, months: int) -> bool:
    kept = translate(
        "RetentionOffer", "Your retention setting keeps notes for %n month(s).", None, months
    )
    older = translate(
        "RetentionOffer",
        "%n older contact(s) still have a note or incident number. Remove that text now? "
        "The rest of each contact, and every statistic, stays.",
        None,
        count,
    )
    text = translate("RetentionOffer", "%1 %2", "two sentences").replace("%1", kept)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("RetentionOffer", "Remove old notes?"),
        text.replace("%2", older),
        parent=parent,
    )
    remove = box.addButton(
        translate("RetentionOffer", "Remove old notes"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("RetentionOffer", "Not now"), QMessageBox.ButtonRole.RejectRole)
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
    ctx.status(translate("RetentionOffer", "Removed old notes from %n contact(s).", None, purged))
    return purged
