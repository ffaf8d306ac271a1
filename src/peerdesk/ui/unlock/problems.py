"""What the unlock flow says about a vault it cannot open, in the window's language."""

from __future__ import annotations

from typing import Any

from peerdesk.core.errors import PeerDeskError, UnlockTooCostly, VaultInUse, VaultTooNew
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.locale_format import format_number


def problem_message(err: PeerDeskError) -> str:
    """What the problem screen says about a vault that is in use, too new or too costly to
    open: the window's own sentence (core's message is English and names command-line flags)."""
    if isinstance(err, VaultInUse):
        return translate(
            "UnlockFlow",
            "This vault is already open in another PeerDesk window or command. Close it there "
            "first.",
        )
    if isinstance(err, VaultTooNew):
        return translate(
            "UnlockFlow",
            "This vault was written by a newer PeerDesk. Install the newer version to open it; "
            "nothing was changed.",
        )
    if isinstance(err, UnlockTooCostly):
        text = translate(
            "UnlockFlow",
            "This vault file asks for far more unlocking work than usual (about %1 s on this "
            "computer now; a file not opened here before may take about %2 s, twice a normal "
            "unlock and a second). A damaged or deliberately altered file can do this, so "
            "nothing was tried. If you made this vault with a long unlock time, or on a much "
            "faster computer, unlock it anyway once.",
        )
        text = text.replace("%1", format_number(err.estimate_s))
        return text.replace("%2", format_number(err.budget_s, 1))
    return err.message


def wrong_passphrase_text() -> str:
    return translate(
        "UnlockFlow",
        "That passphrase does not open this vault. Check Caps Lock and the keyboard layout.",
    )


def rollback_message(rollback: Any) -> str:
    """Why an older copy of the vault is stopped, and what going on means (storage's Rollback)."""
    text = translate(
        "UnlockFlow",
        "This vault copy is older than the copy last opened on this computer: it holds save "
        "%1, and save %2 was seen before. Someone may have put an older copy in its place, or a "
        "backup was copied back by hand. Changes made after save %1 are not in it.",
    )
    text = text.replace("%1", str(rollback.generation)).replace("%2", str(rollback.seen_generation))
    if rollback.retired_key:
        text += " " + translate(
            "UnlockFlow", "It also uses a data key that was replaced since then."
        )
    return text
