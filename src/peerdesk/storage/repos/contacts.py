"""The contact log's repository (tables: storage.migrations), and its reports' record keys."""

from __future__ import annotations

import json
import re
from array import array
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from peerdesk.core.contacts.model import (
    ActivitySummary,
    Contact,
    ContactFilter,
    LoadPoint,
    Referral,
    Topic,
)
from peerdesk.core.reports.ptable import new_record_key

_COLUMNS = (
    "id, at, duration_min, channel, kind, group_size, started_by, relationship, signs, risk, "
    "incident_ref, followup_due, followup_done, affect, note"
)
_SORT_SQL = {
    "when": "at",
    "duration_min": "duration_min",
    "channel": "channel",
    "kind": "kind",
    "risk": "CASE risk WHEN 'none' THEN 0 WHEN 'some_concern' THEN 1 "
    "WHEN 'escalated' THEN 2 ELSE 3 END",
    "followup_due": "followup_due IS NULL, followup_due",  # contacts without one go last
}


def fts_query(text: str) -> str | None:
    """Every word of `text` as a quoted prefix term, so typed punctuation is never FTS syntax.

    Underscores split words as the tokenizer does: a quoted term the tokenizer cut in two
    would be a phrase, which an index without positions cannot answer.
    """
    words = re.findall(r"[^\W_]+", text)
    return " ".join(f'"{w}"*' for w in words) if words else None


class SqliteContactRepo:
    """ContactRepo over a sqlite-utils Database (see ContactService for the contract)."""

    def __init__(self, db: Any) -> None:
        self._db = db
        self._conn = db.conn
        # The last list of ids read without a text search, with what it depends on: its filter
        # and the connection's count of changed rows (any write anywhere makes it stale).
        self._listed: tuple[ContactFilter, int, array[int]] | None = None

    # -- writing ---------------------------------------------------------------------------
    def insert(self, contact: Contact) -> int:
        with self._conn:
            cur = self._conn.execute(
                f"INSERT INTO contacts ({_COLUMNS}) VALUES ({', '.join('?' * 15)})",
                _row(contact),
            )
            contact_id = int(cur.lastrowid or 0)
            self._write_children(contact_id, contact)
            self._conn.execute(
                "INSERT OR IGNORE INTO contact_keys (contact_id, rkey) VALUES (?, ?)",
                (contact_id, new_record_key()),
            )
        return contact_id

    def record_keys(self, ids: list[int]) -> tuple[dict[int, int], bool]:
        """The record key of each contact (any without one gets one); True when keys were made."""
        found = self._keys(ids)
        missing = [i for i in ids if i not in found]
        if missing:
            with self._conn:
                self._conn.executemany(
                    "INSERT OR IGNORE INTO contact_keys (contact_id, rkey) VALUES (?, ?)",
                    [(i, new_record_key()) for i in missing],
                )
            found = self._keys(ids)
        return found, bool(missing)

    def _keys(self, ids: list[int]) -> dict[int, int]:
        rows = self._conn.execute(
            "SELECT contact_id, rkey FROM contact_keys "
            "WHERE contact_id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        )
        return {int(i): int(k) for i, k in rows}

    def update(self, contact: Contact) -> None:
        assignments = ", ".join(f"{c.strip()} = ?" for c in _COLUMNS.split(",")[1:])
        with self._conn:
            old_note = self._conn.execute(
                "SELECT note FROM contacts WHERE id = ?", (contact.id,)
            ).fetchone()
            self._conn.execute(
                f"UPDATE contacts SET {assignments} WHERE id = ?", (*_row(contact)[1:], contact.id)
            )
            self._delete_children(int(contact.id or 0))
            self._write_children(int(contact.id or 0), contact)
        if old_note and old_note[0] and old_note[0] != contact.note:
            self.compact_index()  # the old words must not linger in the index

    def delete(self, contact_id: int) -> bool:
        with self._conn:
            cur = self._conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
            self._delete_children(contact_id)
        if cur.rowcount:
            self.compact_index()
        return bool(cur.rowcount)

    def purge(self, before: datetime) -> int:
        with self._conn:
            cur = self._conn.execute(
                "UPDATE contacts SET note = '', incident_ref = NULL WHERE at < ? "
                "AND (note != '' OR incident_ref IS NOT NULL)",
                (_at(before),),
            )
        if cur.rowcount:
            self.compact_index()
        return int(cur.rowcount)

    def count_purgeable(self, before: datetime) -> int:
        return int(
            self._conn.execute(
                "SELECT count(*) FROM contacts WHERE at < ? "
                "AND (note != '' OR incident_ref IS NOT NULL)",
                (_at(before),),
            ).fetchone()[0]
        )

    def compact_index(self) -> None:
        """Merge the note index into one segment so removed words are physically gone."""
        with self._conn:
            self._conn.execute("INSERT INTO contacts_fts(contacts_fts) VALUES ('optimize')")

    def _delete_children(self, contact_id: int) -> None:
        self._conn.execute("DELETE FROM contact_topics WHERE contact_id = ?", (contact_id,))
        self._conn.execute("DELETE FROM contact_referrals WHERE contact_id = ?", (contact_id,))

    def _write_children(self, contact_id: int, contact: Contact) -> None:
        self._conn.executemany(
            "INSERT INTO contact_topics (contact_id, topic, position) VALUES (?, ?, ?)",
            [(contact_id, topic, i) for i, topic in enumerate(contact.topics)],
        )
        self._conn.executemany(
            "INSERT INTO contact_referrals (contact_id, position, label, category, "
            "resource_id, declined) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (contact_id, i, r.label, r.category, r.resource_id, int(r.declined))
                for i, r in enumerate(contact.referrals)
            ],
        )

    # -- reading ---------------------------------------------------------------------------
    def get(self, contact_id: int) -> Contact | None:
        found = self.get_many([contact_id])
        return found[0] if found else None

    def get_many(self, ids: list[int]) -> list[Contact]:
        """Contacts for `ids`, in the order given (missing ids are skipped)."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM contacts WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        ).fetchall()
        by_id = {c.id: c for c in self._build(rows)}
        return [by_id[i] for i in ids if i in by_id]

    def activity(self, start: date, end: date) -> ActivitySummary:
        # Counted in SQL: building one Python object per contact cost ~20 ms of the
        # dashboard's first paint at 10,000 contacts; these two queries take ~2 ms.
        span = (start.isoformat(), (end + timedelta(days=1)).isoformat())
        months = self._conn.execute(
            "SELECT substr(at, 1, 7), count(*), sum(duration_min) FROM contacts "
            "WHERE at >= ? AND at < ? GROUP BY 1 ORDER BY 1",
            span,
        )
        topics = self._conn.execute(
            "SELECT t.topic, count(DISTINCT t.contact_id) AS n FROM contact_topics t "
            "JOIN contacts c ON c.id = t.contact_id WHERE c.at >= ? AND c.at < ? "
            "GROUP BY t.topic ORDER BY n DESC, t.topic",
            span,
        )
        return ActivitySummary(
            months={month: (count, minutes) for month, count, minutes in months},
            topics={topic: count for topic, count in topics},
        )

    def load(self, start: date, end: date) -> list[LoadPoint]:
        rows = self._conn.execute(
            "SELECT at, duration_min, affect FROM contacts WHERE at >= ? AND at < ? "
            "ORDER BY at, id",
            (start.isoformat(), (end + timedelta(days=1)).isoformat()),
        )
        return [
            LoadPoint(datetime.fromisoformat(at), minutes, affect) for at, minutes, affect in rows
        ]

    def query(self, flt: ContactFilter, limit: int | None, offset: int) -> list[Contact]:
        # Sort ids only, then load the rows: sorting whole rows (notes included) costs 3-4x.
        where, params = _where(flt)
        sql = f"SELECT id FROM contacts {where} ORDER BY {_order(flt)} LIMIT ? OFFSET ?"
        rows = self._conn.execute(sql, (*params, -1 if limit is None else limit, offset))
        return self.get_many([r[0] for r in rows])

    def count(self, flt: ContactFilter) -> int:
        where, params = _where(flt)
        return int(
            self._conn.execute(f"SELECT count(*) FROM contacts {where}", params).fetchone()[0]
        )

    def ids(self, flt: ContactFilter) -> list[int]:
        if flt.text and (listed := self._listed_for(replace(flt, text=None))) is not None:
            # The list is open and the supporter searches it: keep the listed ids that match,
            # in their order. Ordering ~30,000 matches by date in SQL cost ~25 ms at 50,000.
            match = fts_query(flt.text)
            if match is None:
                return list(listed)
            # One JSON array, not one Python row per match: ~18 instead of ~33 ms at 20,000.
            sql = "SELECT json_group_array(rowid) FROM contacts_fts WHERE contacts_fts MATCH ?"
            found = set(json.loads(self._conn.execute(sql, (match,)).fetchone()[0]))
            return [i for i in listed if i in found]
        where, params = _where(flt)
        sql = f"SELECT id FROM contacts {where} ORDER BY {_order(flt)}"
        ids = [r[0] for r in self._conn.execute(sql, params)]
        if not flt.text:  # raw numbers: no hold on 50,000 Python ints between searches
            self._listed = (flt, self._conn.total_changes, array("q", ids))
        return ids

    def _listed_for(self, flt: ContactFilter) -> array[int] | None:
        listed = self._listed
        if listed is None or listed[0] != flt or listed[1] != self._conn.total_changes:
            return None
        return listed[2]

    def _build(self, rows: list[tuple[Any, ...]]) -> list[Contact]:
        if not rows:
            return []
        ids = json.dumps([r[0] for r in rows])
        topics: dict[int, list[str]] = {}
        for cid, topic in self._conn.execute(
            "SELECT contact_id, topic FROM contact_topics WHERE contact_id IN "
            "(SELECT value FROM json_each(?)) ORDER BY contact_id, position",
            (ids,),
        ):
            topics.setdefault(cid, []).append(topic)
        referrals: dict[int, list[Referral]] = {}
        for cid, label, category, resource_id, declined in self._conn.execute(
            "SELECT contact_id, label, category, resource_id, declined FROM contact_referrals "
            "WHERE contact_id IN (SELECT value FROM json_each(?)) ORDER BY contact_id, position",
            (ids,),
        ):
            referral = Referral(
                label=label, category=category, resource_id=resource_id, declined=bool(declined)
            )
            referrals.setdefault(cid, []).append(referral)
        return [_contact(r, topics.get(r[0], ()), referrals.get(r[0], ())) for r in rows]

    # -- topics and settings ---------------------------------------------------------------
    def topics(self) -> list[Topic]:
        rows = self._conn.execute("SELECT slug, label, hidden FROM topics ORDER BY position, slug")
        return [Topic(slug=s, label=label, hidden=bool(h)) for s, label, h in rows]

    def save_topic(self, topic: Topic) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO topics (slug, label, hidden, position) VALUES (?, ?, ?, "
                "(SELECT coalesce(max(position), -1) + 1 FROM topics)) "
                "ON CONFLICT(slug) DO UPDATE SET label = excluded.label, hidden = excluded.hidden",
                (topic.slug, topic.label, int(topic.hidden)),
            )

    def get_setting(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def _at(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def _row(c: Contact) -> tuple[Any, ...]:
    due = c.followup_due.isoformat() if c.followup_due else None
    return (
        c.id, _at(c.when), c.duration_min, c.channel, c.kind, c.group_size, c.started_by,
        c.relationship, " ".join(c.signs), c.risk, c.incident_ref, due, int(c.followup_done),
        c.affect, c.note,
    )  # fmt: skip


def _contact(row: tuple[Any, ...], topics: Iterable[str], referrals: Iterable[Referral]) -> Contact:
    (cid, at, duration, channel, kind, size, started, rel, signs, risk, ref, due, done, affect,
     note) = row  # fmt: skip
    return Contact(
        id=cid, when=datetime.fromisoformat(at), duration_min=duration, channel=channel,
        kind=kind, group_size=size, started_by=started, relationship=rel,
        topics=tuple(topics), signs=tuple(signs.split()) if signs else (), risk=risk,
        referrals=tuple(referrals), incident_ref=ref,
        followup_due=date.fromisoformat(due) if due else None, followup_done=bool(done),
        affect=affect, note=note or "",
    )  # fmt: skip


def _where(flt: ContactFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []

    def add(clause: str, *values: Any) -> None:
        clauses.append(clause)
        params.extend(values)

    if flt.start:
        add("at >= ?", flt.start.isoformat())
    if flt.end:
        add("at < ?", (flt.end + timedelta(days=1)).isoformat())
    if flt.topic:
        add("id IN (SELECT contact_id FROM contact_topics WHERE topic = ?)", flt.topic)
    if flt.channel:
        add("channel = ?", flt.channel)
    if flt.risk:
        add("risk = ?", flt.risk)
    if flt.followup and flt.today:
        op = "<=" if flt.followup == "due" else "<"
        add(f"followup_done = 0 AND followup_due IS NOT NULL AND followup_due {op} ?",
            flt.today.isoformat())  # fmt: skip
    match = fts_query(flt.text or "")
    if match:
        # "+id" keeps SQLite from looking up every matching row by id and sorting them all by
        # date: it builds the match set once, then walks the date index newest first and
        # stops at the page's end (at 50,000 contacts a common word matches ~30,000 rows).
        add("+id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)", match)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _order(flt: ContactFilter) -> str:
    direction = "DESC" if flt.descending else "ASC"
    sort = _SORT_SQL[flt.sort]
    if flt.sort == "followup_due" and flt.followup and flt.today:
        # Every row has a date then, so the open follow-up index already gives the order and
        # a page stops early instead of sorting every open follow-up first.
        sort = "followup_due"
    parts = [f"{part} {direction}" for part in sort.split(", ")]
    return ", ".join([*parts, f"id {direction}"])
