"""Vault-scoped settings: the key/value `settings` table from schema step 1, as a service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from peerdesk.core.settings import SettingsService


def make_service(db: Any, notify: Callable[[str], None]) -> SettingsService:
    def load() -> dict[str, str]:
        return {row["key"]: row["value"] for row in db["settings"].rows}

    def store(key: str, value: str) -> None:
        db["settings"].upsert({"key": key, "value": value}, pk="key")

    return SettingsService(load, store, notify)
