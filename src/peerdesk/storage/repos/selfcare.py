"""Self-care tables (schema version 3), their repository and the `selfcare` service."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from peerdesk.core.selfcare.checkins import CheckIn
from peerdesk.core.selfcare.plan import SelfCarePlan

ORG_INSTRUMENTS_FOLDER = "instruments"  # under the data folder: an organisation's own definitions


class SqliteSelfCareRepo:
    """Implements core.selfcare.service.SelfCareRepo over sqlite-utils."""

    def __init__(self, db: Any) -> None:
        self._db = db

    def add_checkin(self, checkin: CheckIn) -> int:
        row = {
            "instrument": checkin.instrument,
            "taken_at": checkin.taken_at.isoformat(timespec="minutes"),
            "answers": json.dumps(list(checkin.answers)),
            "note": checkin.note,
        }
        table = self._db["selfcare_checkins"].insert(row)
        return int(table.last_pk)

    def get_checkin(self, checkin_id: int) -> CheckIn | None:
        rows = list(self._db["selfcare_checkins"].rows_where("id = ?", [checkin_id]))
        return _checkin(rows[0]) if rows else None

    def delete_checkin(self, checkin_id: int) -> bool:
        with self._db.conn:
            cursor = self._db.conn.execute(
                "DELETE FROM selfcare_checkins WHERE id = ?", [checkin_id]
            )
        return bool(cursor.rowcount)

    def list_checkins(self, instrument: str | None = None) -> list[CheckIn]:
        where, args = ("instrument = ?", [instrument]) if instrument else (None, [])
        rows = self._db["selfcare_checkins"].rows_where(where, args, order_by="taken_at, id")
        return [_checkin(row) for row in rows]

    def load_plan(self) -> SelfCarePlan | None:
        rows = {r["section"]: json.loads(r["entries"]) for r in self._db["selfcare_plan"].rows}
        return SelfCarePlan(**{k: tuple(v) for k, v in rows.items()}) if rows else None

    def save_plan(self, plan: SelfCarePlan) -> None:
        rows = [{"section": k, "entries": json.dumps(v)} for k, v in plan.as_dict().items()]
        with self._db.conn:  # all sections or none
            self._db["selfcare_plan"].upsert_all(rows, pk="section")

    def get_state(self, key: str) -> str | None:
        rows = list(self._db["selfcare_state"].rows_where("key = ?", [key]))
        return str(rows[0]["value"]) if rows else None

    def set_state(self, key: str, value: str) -> None:
        self._db["selfcare_state"].upsert({"key": key, "value": value}, pk="key")

    def dismissed(self) -> set[str]:
        return {row["key"] for row in self._db["selfcare_dismissed"].rows}

    def add_dismissed(self, key: str) -> None:
        at = datetime.now().isoformat(timespec="minutes")
        self._db["selfcare_dismissed"].upsert({"key": key, "at": at}, pk="key")


def _checkin(row: dict[str, Any]) -> CheckIn:
    return CheckIn(
        id=row["id"],
        instrument=row["instrument"],
        taken_at=datetime.fromisoformat(row["taken_at"]),
        answers=tuple(json.loads(row["answers"])),
        note=row["note"] or "",
    )
