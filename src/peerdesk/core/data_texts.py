"""Warnings shown before data leaves the vault or is erased: one text for every place that asks.

`EXPORT_WARNING` and `ERASE_WARNING` are read in the current language when imported (a module
`__getattr__`): the window and the CLI import them after the language is set at start-up.
"""

from __future__ import annotations

from peerdesk.core.messages import say


def export_warning() -> str:
    return say(
        "This writes EVERYTHING in your vault, including your notes about conversations, as "
        "readable\n(unencrypted) files. Anyone who gets hold of them can read them. Export only "
        "to a place you\ncontrol, and delete the files when you no longer need them. Reports for "
        "a coordinator are made\nwith 'peerdesk report' instead: they contain no notes."
    )


def erase_warning() -> str:
    return say(
        "This permanently deletes your vault, all of its backups, the resource directory and "
        "PeerDesk's\nsettings from this computer. Encrypted copies you made elsewhere (e.g. on a "
        "USB stick) are not\ntouched. This cannot be undone."
    )


def __getattr__(name: str) -> str:
    if name == "EXPORT_WARNING":
        return export_warning()
    if name == "ERASE_WARNING":
        return erase_warning()
    raise AttributeError(name)
