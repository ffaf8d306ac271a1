"""Schema versions and ordered migrations of the vault's database."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from peerdesk.core.errors import VaultTooNew

Migration = Callable[[Any], None]  # takes a sqlite_utils.Database


def _v1_base(db: Any) -> None:
    """Key/value settings that say something about the user's practice live in the vault."""
    db["settings"].create({"key": str, "value": str}, pk="key", if_not_exists=True)


# Each feature adds its tables as a new, numbered step; never edit a step that has shipped.
MIGRATIONS: dict[int, Migration] = {
    1: _v1_base,
}


def register(version: int, step: Migration) -> None:
    """Add a migration step (feature modules call this at import time)."""
    if version in MIGRATIONS and MIGRATIONS[version] is not step:
        raise RuntimeError(f"schema version {version} is registered twice")
    MIGRATIONS[version] = step


def current_version() -> int:
    _load_feature_steps()
    return max(MIGRATIONS)


def migrate(db: Any) -> int:
    """Bring the database up to the current schema; returns the version it started from."""
    _load_feature_steps()
    conn = db.conn
    start = conn.execute("PRAGMA user_version").fetchone()[0]
    target = max(MIGRATIONS)
    if start > target:
        raise VaultTooNew(f"schema version {start}, this PeerDesk knows up to {target}")
    for version in sorted(v for v in MIGRATIONS if v > start):
        with conn:  # each step is all-or-nothing
            MIGRATIONS[version](db)
            conn.execute(f"PRAGMA user_version={int(version)}")
    return int(start)


def _load_feature_steps() -> None:
    """Import the repository modules so their register() calls run."""
    from peerdesk.storage import repos  # noqa: F401
