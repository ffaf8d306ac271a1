"""An in-memory SQLite database that can never spill plaintext to disk."""

from __future__ import annotations

import sqlite3
import sys
import threading
from typing import Any

# Pragmas that would let plaintext reach the disk or deleted rows linger if changed.
_GUARDED_PRAGMAS = frozenset(
    {"temp_store", "secure_delete", "journal_mode", "temp_store_directory"}
)


_IMPORT_LOCK = threading.Lock()


def _authorizer(action: int, arg1: Any, arg2: Any, _db: Any, _trigger: Any) -> int:
    if action == sqlite3.SQLITE_ATTACH and arg1:
        # Only VACUUM's own ATTACH '' (a temp database, kept in memory) may pass; a file name
        # (ATTACH 'x.db', VACUUM INTO 'x.db') would write plaintext to disk.
        return sqlite3.SQLITE_DENY
    if (
        action == sqlite3.SQLITE_PRAGMA
        and str(arg1).lower() in _GUARDED_PRAGMAS
        and arg2 is not None
    ):
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def open_memory(image: bytes | None = None) -> sqlite3.Connection:
    """Return a hardened in-memory connection, loaded from a serialized image if given."""
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    if image is not None:
        conn.deserialize(image)
    # Sorts, index builds and VACUUM otherwise spill plaintext into etilqs_* temp files.
    conn.execute("PRAGMA temp_store=MEMORY")
    # Without it most deleted rows stay readable inside the serialized image.
    conn.execute("PRAGMA secure_delete=ON")
    if conn.execute("PRAGMA temp_store").fetchone()[0] != 2:
        raise RuntimeError("SQLite refused temp_store=MEMORY; refusing to continue")
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 1)  # one slot: VACUUM attaches its scratch copy
    conn.set_authorizer(_authorizer)
    return conn


def wrap(conn: sqlite3.Connection) -> Any:
    """sqlite-utils over an existing connection, imported lazily (~100 ms) and without plugins."""
    return load_sqlite_utils().Database(conn, execute_plugins=False)


def load_sqlite_utils() -> Any:
    """Import sqlite-utils without the pandas and numpy it loads when they are installed
    (~0.2 s and ~30 MiB for numpy alone): PeerDesk never hands it their types. A None entry in
    sys.modules makes `import numpy` fail inside sqlite-utils only for this first import.
    Thread-safe: the unlock window may run this on a worker while the GUI thread wants it."""
    with _IMPORT_LOCK:  # a module half-imported by another thread must never be returned
        blocked = [] if "sqlite_utils" in sys.modules else ["numpy", "pandas"]
        blocked = [name for name in blocked if name not in sys.modules]
        for name in blocked:
            sys.modules[name] = None  # type: ignore[assignment]
        try:
            import sqlite_utils
        finally:
            for name in blocked:
                if sys.modules.get(name, 0) is None:
                    del sys.modules[name]
    return sqlite_utils
