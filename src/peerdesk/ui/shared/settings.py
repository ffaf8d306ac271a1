"""AppSettings: one get/set over the local settings file and the vault's settings table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class AppSettings:
    """One get/set over both scopes: local file (before unlock) and the vault's settings table."""

    def __init__(
        self, local: Any, vault: Any | None, on_change: Callable[[str], None] | None = None
    ) -> None:
        self.local = local
        self.vault = vault
        self.on_change = on_change  # the window re-applies theme and text size

    def _store(self, key: str) -> Any:
        from peerdesk.core.settings import setting

        return self.local if setting(key).scope == "local" else self.vault

    def get(self, key: str) -> Any:
        store = self._store(key)
        if store is None:
            from peerdesk.core.settings import setting

            return setting(key).default
        return store.get(key)

    def set(self, key: str, value: Any) -> Any:
        result = self._store(key).set(key, value)
        if self.on_change is not None:
            self.on_change(key)
        return result
