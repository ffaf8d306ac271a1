"""A random vault id kept inside the encrypted payload (schema step 9 adds `vault_identity`).

The id names a vault in the rollback record outside it (`storage/seen.py`). It lives in the
payload, not the header, so format version 1 readers open every file unchanged, and it is as
authenticated as the data. Export and import leave it out: an imported vault is a new vault.
"""

from __future__ import annotations

import secrets
import sqlite3
from typing import Any

TABLE = "vault_identity"
_CREATE = (
    f"CREATE TABLE IF NOT EXISTS {TABLE} "
    "(one INTEGER PRIMARY KEY CHECK (one = 1), vault_id TEXT NOT NULL)"
)


def migrate_add_vault_id(conn: sqlite3.Connection) -> bool:
    """Give a vault without an id a random one (the body of schema step 9).

    Returns True when it added one (the caller then has a change to save).
    """
    conn.execute(_CREATE)
    if conn.execute(f"SELECT 1 FROM {TABLE}").fetchone() is not None:
        return False
    with conn:
        conn.execute(f"INSERT INTO {TABLE} (one, vault_id) VALUES (1, ?)", (secrets.token_hex(16),))
    return True


def vault_identity(db: Any) -> None:
    """Schema step 9, in the form of storage.migrations' list (takes a sqlite_utils Database)."""
    migrate_add_vault_id(db.conn)


def vault_id(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute(f"SELECT vault_id FROM {TABLE}").fetchone()
    except sqlite3.OperationalError:  # no such table: opened by code older than the step
        return None
    return str(row[0]) if row else None
