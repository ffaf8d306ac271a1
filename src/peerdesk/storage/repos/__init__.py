"""Repositories over sqlite-utils; importing this package registers every feature's migrations."""

from peerdesk.storage.repos import (
    contacts,  # noqa: F401
    drafts,  # noqa: F401  (issue 18: schema step migrate_drafts, service "drafts")
    resource_notes,  # noqa: F401
    selfcare,  # noqa: F401
    settings,  # noqa: F401
    training,  # noqa: F401
)
