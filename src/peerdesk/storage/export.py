"""The supporter's own data out of the vault (plaintext, on request) and back into a new vault;
and erasing everything PeerDesk wrote."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from peerdesk import paths
from peerdesk.core.errors import InvalidInput, SaveFailed
from peerdesk.core.messages import say
from peerdesk.storage import atomic, identity, migrations
from peerdesk.storage.unlocked import Vault, describe_os_error

EXPORT_FORMAT = "peerdesk-export"
EXPORT_VERSION = 1
JSON_NAME = "peerdesk-export.json"


def data_tables(conn: Any) -> list[str]:
    """User tables, without full-text indexes (rebuilt by triggers) or SQLite's own tables.

    The vault id stays out too: an import makes a new vault, which must not claim the old
    vault's id in the rollback record."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table'").fetchall()
    virtual = [n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    return sorted(
        n
        for n, _ in rows
        if not n.startswith("sqlite_")
        and n not in virtual
        and not n.startswith(tuple(virtual))
        and n != identity.TABLE
    )


def export_data(vault: Vault, folder: Path) -> list[Path]:
    """Write every table as one JSON file plus one CSV per table into a new private folder."""
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise InvalidInput(say("choose a new or empty folder"), field="folder")
    db = vault.db
    tables = {t: list(db[t].rows) for t in data_tables(vault.conn)}
    document = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "schema_version": vault.conn.execute("PRAGMA user_version").fetchone()[0],
        "tables": tables,
    }
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        written = [_write_private(folder / JSON_NAME, json.dumps(document, indent=1, default=str))]
        for name, rows in tables.items():
            written.append(_write_private(folder / f"{name}.csv", _csv(rows)))
    except OSError as exc:
        raise SaveFailed(describe_os_error(exc)) from None
    return written


def _csv(rows: list[dict[str, Any]]) -> str:
    import io

    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return out.getvalue()


def _write_private(path: Path, text: str) -> Path:
    atomic.write_new(path, text.encode("utf-8"))
    return path


def import_export(vault: Vault, path: Path) -> dict[str, int]:
    """Load an export into a vault that holds no user data yet; all or nothing."""
    document = read_export(Path(path))
    conn = vault.conn
    for table in ("contacts", "selfcare_checkins", "training_progress"):
        if table in data_tables(conn) and vault.db[table].count:
            raise InvalidInput(say("import into a new, empty vault only"), field="vault")
    counts: dict[str, int] = {}
    known = set(data_tables(conn))
    try:
        with conn:  # one transaction: a bad row anywhere imports nothing
            for table, rows in document["tables"].items():
                if table not in known:
                    raise InvalidInput(say("unknown table {table!r}", table=table), "tables")
                counts[table] = _insert_rows(conn, table, rows)
    except (TypeError, ValueError, KeyError, AttributeError, sqlite3.DatabaseError) as exc:
        raise InvalidInput(
            say("it does not fit this vault ({reason})", reason=exc), field="tables"
        ) from None
    return counts


def _insert_rows(conn: Any, table: str, rows: list[dict[str, Any]]) -> int:
    columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
    for row in rows:
        unknown = set(row) - columns
        if unknown:
            first = sorted(unknown)[0]
            raise InvalidInput(
                say("{table} has no column {column!r}", table=table, column=first), "tables"
            )
        names = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        conn.execute(
            f'INSERT OR REPLACE INTO "{table}" ({names}) VALUES ({marks})', list(row.values())
        )
    return len(rows)


def read_export(path: Path) -> dict[str, Any]:
    if path.is_dir():
        path = path / JSON_NAME
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInput(say("no such file: {path}", path=path), field="export") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(
            say("{name} is not a PeerDesk export ({reason})", name=path.name, reason=exc),
            field="export",
        ) from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise InvalidInput(say("{name} is not a PeerDesk export", name=path.name), "format")
    if document.get("version") != EXPORT_VERSION:
        raise InvalidInput(
            say("export version {version!r} is unknown", version=document.get("version")),
            field="version",
        )
    if document.get("schema_version") != migrations.CURRENT_VERSION:
        raise InvalidInput(
            say(
                "the export is from schema {theirs}, this PeerDesk uses {ours}",
                theirs=document.get("schema_version"),
                ours=migrations.CURRENT_VERSION,
            ),
            field="schema_version",
        )
    if not isinstance(document.get("tables"), dict):
        raise InvalidInput(say("missing tables"), field="tables")
    return document


def erase_everything(vault_path: Path) -> list[Path]:
    """Remove the vault, its backups, lock and temp files, and every PeerDesk folder."""
    vault_path = Path(vault_path)
    removed: list[Path] = []
    targets = [vault_path, vault_path.with_name(vault_path.name + ".lock")]
    targets += [b.path for b in atomic.list_backups(vault_path)]
    targets += atomic.stale_temps(vault_path)
    for target in targets:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
            removed.append(target)
    backups = atomic.backup_dir(vault_path)
    with contextlib.suppress(OSError):
        backups.rmdir()  # only if empty: it may hold other vaults' backups
    for folder in paths.all_app_dirs():
        if folder.exists():
            shutil.rmtree(folder, onerror=_force)
            removed.append(folder)
    return removed


def _force(func: Any, path: str, _exc: Any) -> None:
    os.chmod(path, 0o700)
    func(path)
