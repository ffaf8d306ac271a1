"""Vault tables for favourites and private notes about directory entries (schema version 5)."""

from __future__ import annotations

from typing import Any

from peerdesk.core.resources.notes import ResourceNote

TABLE = "resource_notes"


class ResourceNotesRepository:
    def __init__(self, db: Any) -> None:
        self.db = db

    def get(self, resource_id: str) -> ResourceNote | None:
        rows = list(self.db[TABLE].rows_where("resource_id = ?", [resource_id]))
        return _note(rows[0]) if rows else None

    def put(self, note: ResourceNote) -> None:
        row = {
            "resource_id": note.resource_id,
            "favourite": int(note.favourite),
            "note": note.note,
            "updated_at": note.updated_at,
        }
        self.db[TABLE].upsert(row, pk="resource_id")

    def delete(self, resource_id: str) -> None:
        self.db.execute(f"DELETE FROM {TABLE} WHERE resource_id = ?", [resource_id])

    def all(self) -> list[ResourceNote]:
        return [_note(row) for row in self.db[TABLE].rows]


def _note(row: dict[str, Any]) -> ResourceNote:
    return ResourceNote(row["resource_id"], bool(row["favourite"]), row["note"], row["updated_at"])
