"""The referral directory's domain: entries, validation, import formats and favourites."""

from peerdesk.core.resources.entity import (
    CHANNELS,
    ORIGINS,
    Phone,
    Resource,
    TextCode,
    resource_from_dict,
)
from peerdesk.core.resources.importer import read_import
from peerdesk.core.resources.report import ImportRejected, ImportReport, Issue

__all__ = [
    "CHANNELS", "ORIGINS", "ImportRejected", "ImportReport", "Issue", "Phone", "Resource",
    "TextCode", "read_import", "resource_from_dict",
]  # fmt: skip
