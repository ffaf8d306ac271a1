"""The vault database's schema: one ordered list of named migration steps, from the first to now.

Step N brings a database from schema version N-1 to N (SQLite's `user_version`). A step that has
shipped is never edited: a change to the schema is a new step at the end of the list. Each step runs
inside one transaction, so a vault is always at exactly one version.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from peerdesk.core.contacts import vocab
from peerdesk.core.errors import VaultTooNew
from peerdesk.storage import identity


@dataclass(frozen=True)
class Step:
    version: int
    name: str
    apply: Callable[[Any], None]  # takes a sqlite_utils.Database


def settings_table(db: Any) -> None:
    """Key/value settings that say something about the user's practice live in the vault."""
    db["settings"].create({"key": str, "value": str}, pk="key", if_not_exists=True)


# The FTS index mirrors contacts.note through triggers. SQLite 3.40 lacks FTS5's own
# secure-delete, so removed words linger in old index segments until they are merged: after a
# purge or delete we merge ('optimize'), and secure_delete=ON then zeroes the freed pages.
_FTS_SQL = (
    "CREATE VIRTUAL TABLE contacts_fts USING fts5(note, content='contacts', "
    "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts BEGIN "
    "INSERT INTO contacts_fts(rowid, note) VALUES (new.id, new.note); END",
    "CREATE TRIGGER contacts_fts_ad AFTER DELETE ON contacts BEGIN "
    "INSERT INTO contacts_fts(contacts_fts, rowid, note) VALUES ('delete', old.id, old.note); END",
    "CREATE TRIGGER contacts_fts_au AFTER UPDATE OF note ON contacts BEGIN "
    "INSERT INTO contacts_fts(contacts_fts, rowid, note) VALUES ('delete', old.id, old.note); "
    "INSERT INTO contacts_fts(rowid, note) VALUES (new.id, new.note); END",
)


def contact_log(db: Any) -> None:
    """Contacts, their topics and referrals, the editable topic list and the note index."""
    db["contacts"].create(
        {
            "id": int, "at": str, "duration_min": int, "channel": str, "kind": str,
            "group_size": int, "started_by": str, "relationship": str, "signs": str,
            "risk": str, "incident_ref": str, "followup_due": str, "followup_done": int,
            "affect": int, "note": str,
        },
        pk="id",
        not_null={"at", "duration_min", "channel", "kind", "risk", "note"},
        defaults={"note": "", "signs": "", "followup_done": 0},
    )  # fmt: skip
    db["contacts"].create_index(["at"])
    db.execute("CREATE INDEX idx_contacts_open_followup ON contacts(followup_due) "
               "WHERE followup_done = 0 AND followup_due IS NOT NULL")  # fmt: skip
    db["contact_topics"].create(
        {"contact_id": int, "topic": str, "position": int}, pk=("contact_id", "topic")
    )
    db["contact_topics"].create_index(["topic", "contact_id"])
    db["contact_referrals"].create(
        {"contact_id": int, "position": int, "label": str, "category": str,
         "resource_id": str, "declined": int},
        pk=("contact_id", "position"),
    )  # fmt: skip
    db["topics"].create({"slug": str, "label": str, "hidden": int, "position": int}, pk="slug")
    db["topics"].insert_all(
        {"slug": slug, "label": label, "hidden": 0, "position": i}
        for i, (slug, label) in enumerate(vocab.DEFAULT_TOPICS.items())
    )
    for statement in _FTS_SQL:
        db.execute(statement)


def selfcare(db: Any) -> None:
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


def training(db: Any) -> None:
    db["training_progress"].create(
        {
            "module_id": str,
            "started_on": str,
            "lessons_done": str,
            "position": str,
            "completed_on": str,
            "module_version": int,
        },
        pk="module_id",
        not_null={"started_on", "lessons_done", "position"},
        if_not_exists=True,
    )
    _training_records(db)


def _training_records(db: Any) -> None:
    """Append-only records: attempts, runs, answers and the external log."""
    db["training_check_attempts"].create(
        {"id": int, "module_id": str, "attempt": int, "correct": int, "total": int,
         "passed": int, "taken_on": str},
        pk="id",
        if_not_exists=True,
    )  # fmt: skip
    db["training_scenario_runs"].create(
        {"id": int, "module_id": str, "scenario_id": str, "choices": str, "shown": int,
         "missed": int, "finished": int, "run_on": str},
        pk="id",
        if_not_exists=True,
    )  # fmt: skip
    db["training_reflections"].create(
        {"module_id": str, "reflection_id": str, "text": str, "updated_on": str},
        pk=("module_id", "reflection_id"),
        if_not_exists=True,
    )
    db["training_self_assessments"].create(
        {"id": int, "module_id": str, "answers": str, "taken_on": str}, pk="id", if_not_exists=True
    )
    db["training_external"].create(
        {"id": int, "course": str, "provider": str, "date": str, "hours": float},
        pk="id",
        if_not_exists=True,
    )
    for table in ("training_check_attempts", "training_scenario_runs", "training_self_assessments"):
        db[table].create_index(["module_id"], if_not_exists=True)


def resource_notes(db: Any) -> None:
    db["resource_notes"].create(
        {"resource_id": str, "favourite": int, "note": str, "updated_at": str},
        pk="resource_id",
        if_not_exists=True,
    )


def training_time(db: Any) -> None:
    """Time actually spent in each module per day (issue 14): seconds only, no content."""
    db["training_time"].create(
        {"module_id": str, "day": str, "seconds": int},
        pk=("module_id", "day"),
        not_null={"seconds"},
        if_not_exists=True,
    )


def record_keys(db: Any) -> None:
    """A random record key per contact for the reports' cell-key method (never from content).

    Kept apart from `contacts` so that no export or list ever shows it by accident; a key stays
    when its contact is deleted, so undoing the delete publishes exactly the same figures.
    """
    # Imported here: the reports package costs ~30 ms, and an unlock at the current schema
    # (e.g. `peerdesk verify`) imports this module for CURRENT_VERSION alone.
    from peerdesk.core.reports.ptable import new_record_key

    db.execute(
        "CREATE TABLE IF NOT EXISTS contact_keys "
        "(contact_id INTEGER PRIMARY KEY, rkey INTEGER NOT NULL)"
    )
    ids = [row[0] for row in db.execute("SELECT id FROM contacts").fetchall()]
    db.conn.executemany(
        "INSERT OR IGNORE INTO contact_keys (contact_id, rkey) VALUES (?, ?)",
        [(i, new_record_key()) for i in ids],
    )


# Issue 19: the same note index without word positions or per-row sizes. Search only asks for
# word prefixes (repos/contacts.py fts_query), never phrases or ranking; the index shrinks ~3x.
_FTS_COMPACT = (
    "CREATE VIRTUAL TABLE contacts_fts USING fts5(note, content='contacts', "
    "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2', detail=none, "
    "columnsize=0)"
)


def compact_note_index(db: Any) -> None:
    """Rebuild the note index as _FTS_COMPACT; the triggers keep their names and bodies."""
    conn = db.conn
    for trigger in ("contacts_fts_ai", "contacts_fts_ad", "contacts_fts_au"):
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.execute("DROP TABLE IF EXISTS contacts_fts")
    conn.execute(_FTS_COMPACT)
    for statement in _FTS_SQL[1:]:
        conn.execute(statement)
    conn.execute("INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild')")


def drafts(db: Any) -> None:
    """Editor drafts and where the user was (issue 18): one row per key, fields as JSON."""
    db["drafts"].create(
        {"key": str, "fields": str, "updated_at": str}, pk="key", if_not_exists=True
    )


def duration_index(db: Any) -> None:
    """Sorting the contact log by duration walked and sorted every row (~100 ms at 50,000
    contacts); with this index it reads the index in order (~18 ms). About 9 bytes a contact."""
    db.conn.execute("CREATE INDEX IF NOT EXISTS idx_contacts_duration ON contacts(duration_min)")


MIGRATIONS: tuple[Step, ...] = (
    Step(1, "settings table", settings_table),
    Step(2, "contact log: contacts, topics, referrals, note index", contact_log),
    Step(3, "self-care: check-ins, plan, nudge state", selfcare),
    Step(4, "training: progress, attempts, role-play runs, reflections, external log", training),
    Step(5, "resource favourites and private notes", resource_notes),
    Step(6, "training: time actually spent per module and day", training_time),
    Step(7, "reports: a random record key per contact (cell-key method)", record_keys),
    Step(8, "contact log: note index without word positions (smaller vault)", compact_note_index),
    Step(9, "vault identity: a random id for the rollback record", identity.vault_identity),
    Step(10, "editor drafts and where the user was", drafts),
    Step(11, "contact log: an index by duration, for sorting the list", duration_index),
)
CURRENT_VERSION = MIGRATIONS[-1].version
IDENTITY_VERSION = 9  # vaults opened from before this step get their id now


def migrate(db: Any, target: int = CURRENT_VERSION) -> int:
    """Bring the database up to `target` (default: now); returns the version it started from."""
    conn = db.conn
    start = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if start > CURRENT_VERSION:
        raise VaultTooNew(f"schema version {start}, this PeerDesk knows up to {CURRENT_VERSION}")
    for step in MIGRATIONS:
        if start < step.version <= target:
            with conn:  # each step is all-or-nothing
                step.apply(db)
                conn.execute(f"PRAGMA user_version={step.version}")
    return start
