"""Repositories over sqlite-utils; importing this package registers every feature's migrations."""

from peerdesk.storage.repos import contacts  # noqa: F401
from peerdesk.storage.repos import resource_notes  # noqa: F401
from peerdesk.storage.repos import selfcare  # noqa: F401
from peerdesk.storage.repos import training  # noqa: F401
