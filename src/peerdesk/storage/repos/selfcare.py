"""Self-care tables (schema version 3), their repository and the `selfcare` service."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from peerdesk.core.selfcare.checkins import CheckIn
from peerdesk.core.selfcare.plan import SelfCarePlan
from peerdesk.core.selfcare.service import SelfCareService
from peerdesk.core.selfcare.trends import ContactLike
from peerdesk.storage import schema, session

SCHEMA_VERSION = 3
ORG_INSTRUMENTS_FOLDER = "instruments"  # under the data folder: an organisation's own definitions


def _v3_selfcare(db: Any) -> None:
    """Check-ins keep raw answers only: scores are recomputed, so a fixed scorer fixes history."""
    db["selfcare_checkins"].create(
        {"id": int, "instrument": str, "taken_at": str, "answers": str, "note": str},
        pk="id",
        not_null={"instrument", "taken_at", "answers", "note"},
        if_not_exists=True,
    )
    db["selfcare_checkins"].create_index(["instrument", "taken_at"], if_not_exists=True)
    # One row per plan section, entries as a JSON list.
    db["selfcare_plan"].create({"section": str, "entries": str}, pk="section", if_not_exists=True)
    # Cadence and snoozes: small key/value state of this feature only.
    db["selfcare_state"].create({"key": str, "value": str}, pk="key", if_not_exists=True)
    db["selfcare_dismissed"].create({"key": str, "at": str}, pk="key", if_not_exists=True)


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


def contact_load_provider(db: Any) -> Callable[[date, date], Sequence[ContactLike]]:
    """Contacts from the contact log; [] while the log (schema 2) is absent from this build."""

    def provide(start: date, end: date) -> Sequence[ContactLike]:
        if "contacts" not in db.table_names():
            return []
        try:
            from peerdesk.core.contacts.service import ContactService
            from peerdesk.storage.repos.contacts import SqliteContactRepo
        except ImportError:
            return []
        service = ContactService(SqliteContactRepo(db), lambda _topic: None)
        contacts: Sequence[ContactLike] = service.list_between(start, end)
        return contacts

    return provide


def training_provider(db: Any) -> Callable[[], list[tuple[str, date]]]:
    """Finished training modules (title, day) read from the training tables, if present."""

    def provide() -> list[tuple[str, date]]:
        if "training_progress" not in db.table_names():
            return []
        rows = db["training_progress"].rows_where("completed_on IS NOT NULL AND completed_on != ''")
        return [
            (_module_title(r["module_id"]), date.fromisoformat(r["completed_on"])) for r in rows
        ]

    return provide


def _module_title(module_id: str) -> str:
    # A readable fallback; the training catalogue holds the real titles.
    return module_id.replace("_", " ").replace("-", " ").strip().capitalize()


def _factory(db: Any, notify: Callable[[str], None]) -> SelfCareService:
    from peerdesk import paths

    folder: Path = paths.data_dir() / ORG_INSTRUMENTS_FOLDER
    return SelfCareService(
        SqliteSelfCareRepo(db),
        notify,
        contact_load_provider(db),
        instrument_dirs=[folder] if folder.is_dir() else [],
        training_provider=training_provider(db),
        help_provider=_help_lines,
    )


def _help_lines() -> list[str]:
    """Crisis lines for the user's country, shown with a nudge (none: calm generic wording)."""
    from peerdesk.core.errors import PeerDeskError
    from peerdesk.storage.directory import crisis_lines, system_country

    try:
        return crisis_lines(system_country())
    except (PeerDeskError, OSError):
        return []  # a missing or broken directory must never stop a nudge from showing


schema.register(SCHEMA_VERSION, _v3_selfcare)
session.register_service("selfcare", _factory)
