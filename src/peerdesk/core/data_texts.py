"""Warnings shown before data leaves the vault or is erased: one text for every place that asks."""

EXPORT_WARNING = """\
This writes EVERYTHING in your vault, including your notes about conversations, as readable
(unencrypted) files. Anyone who gets hold of them can read them. Export only to a place you
control, and delete the files when you no longer need them. Reports for a coordinator are made
with 'peerdesk report' instead: they contain no notes."""

ERASE_WARNING = """\
This permanently deletes your vault, all of its backups, the resource directory and PeerDesk's
settings from this computer. Encrypted copies you made elsewhere (e.g. on a USB stick) are not
touched. This cannot be undone."""
