"""Vault table for editor drafts and where the user was (created by schema step 9)."""

from __future__ import annotations

from typing import Any

from peerdesk.core.drafts import Draft, decode, encode

TABLE = "drafts"


class DraftsRepository:
    def __init__(self, db: Any) -> None:
        self.db = db

    def get(self, key: str) -> Draft | None:
        rows = list(self.db[TABLE].rows_where("key = ?", [key]))
        if not rows:
            return None
        row = rows[0]
        return Draft(row["key"], decode(row["fields"]), row["updated_at"])

    def put(self, draft: Draft) -> None:
        row = {"key": draft.key, "fields": encode(draft.fields), "updated_at": draft.updated_at}
        self.db[TABLE].upsert(row, pk="key")

    def delete(self, key: str) -> None:
        self.db.execute(f"DELETE FROM {TABLE} WHERE key = ?", [key])

    def all_keys(self) -> list[str]:
        return [row[0] for row in self.db.execute(f"SELECT key FROM {TABLE}").fetchall()]
