"""Builds the Desk facade over an unlocked vault (the only place repositories meet services)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from peerdesk.core.desk import Desk

if TYPE_CHECKING:
    from peerdesk.storage.vault import Vault

# name -> factory(db, notify) returning the feature's core service with its repository.
ServiceFactory = Callable[[Any, Callable[[str], None]], Any]
SERVICES: dict[str, ServiceFactory] = {}


def register_service(name: str, factory: ServiceFactory) -> None:
    SERVICES[name] = factory


def open_desk(vault: Vault) -> Desk:
    """Return the facade for an unlocked vault; features register themselves in storage.repos."""
    from peerdesk.storage import repos  # noqa: F401  (registers the features)

    desk = Desk()
    for name, factory in SERVICES.items():
        desk.add_service(name, factory(vault.db, desk.notify))
    return desk
