"""PeerDesk: a private, offline desk for workplace peer supporters."""

__version__ = "0.1.0"
