"""Desk: the one facade the window and the command line call while a vault is unlocked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Listener = Callable[[str], None]


class Desk:
    """Groups the feature services (as Anki's Collection groups decks, notes, …).

    Each feature service lives in its own core module and receives its repository (built by
    `peerdesk.storage.session`) plus `notify`, which it calls with a topic after every change so
    the window can refresh views and schedule a save.
    """

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._services: dict[str, Any] = {}

    def add_service(self, name: str, service: Any) -> None:
        self._services[name] = service
        setattr(self, name, service)

    def __getattr__(self, name: str) -> Any:
        # Only reached for services that were not registered: say which, instead of a bare error.
        raise AttributeError(f"Desk has no service {name!r}")

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def notify(self, topic: str) -> None:
        for listener in list(self._listeners):
            listener(topic)

    def service_names(self) -> list[str]:
        return sorted(self._services)
