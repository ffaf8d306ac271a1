"""The referral directory: a plain SQLite file outside the vault, rebuilt from shipped + imports."""

from __future__ import annotations

import builtins  # Directory.list() shadows the builtin inside the class
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from peerdesk.core import language as lang
from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say
from peerdesk.core.resources.entity import Resource, resource_from_dict, resource_from_stored
from peerdesk.core.resources.importer import read_import
from peerdesk.core.resources.report import ImportRejected, ImportReport, Progress
from peerdesk.core.resources.shipped import load_shipped, shipped_files
from peerdesk.core.resources.terms import alternatives, closest_needs, fold, query_words, stem
from peerdesk.core.resources.texts import phone_line, text_code_line

SCHEMA = 4  # bump to force a rebuild of every existing directory file
IMPORTED, USER, HIDDEN = "imported.json", "user.json", "hidden.json"
_EMERGENCY_FIRST = "r.emergency DESC"  # an indexed column: browsing stays fast at 10,000
_FILTER_TAGS = {"category": "category", "language": "language", "channel": "channel"}
_DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE resources (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, origin TEXT,
    name TEXT, country TEXT, region TEXT, open_24_7 INTEGER, data TEXT NOT NULL,
    words TEXT, emergency INTEGER NOT NULL DEFAULT 0);
CREATE INDEX resources_browse ON resources (emergency DESC, name, words);  -- covers 1-2 letters
-- What filters read, apart from the wide rows that hold each entry's JSON: a filtered search
-- looks up every full-text match here (2,100 matches: 12 ms in resources, 7.6 ms here).
CREATE TABLE filters (rid INTEGER PRIMARY KEY, country TEXT, region TEXT, open_24_7 INTEGER,
    words TEXT);
CREATE TABLE tags (rid INTEGER, kind TEXT, value TEXT);
CREATE INDEX tags_kind_value ON tags (kind, value, rid);
CREATE INDEX resources_country ON resources (country, region);
CREATE VIRTUAL TABLE resources_fts USING fts5(name, organisation, description, keywords,
    tokenize='trigram');
"""


_DECODED_KEPT = 1_000  # entries kept decoded: ten searches' worth, a few megabytes at most
_FTS_IDS = "SELECT rowid FROM resources_fts WHERE resources_fts MATCH ?"


def _trigrams(word: str) -> set[str]:
    return {word[i : i + 3] for i in range(len(word) - 2)}


class Directory:
    """Search and import over `directory.sqlite`; no vault needed (lock screen)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.imports_dir = path.parent / "imports"
        self._decoded: dict[str, Resource] = {}  # stored text -> its entry (see _entry)

    @classmethod
    def open(cls, path: Path | str | None = None) -> Directory:
        if path is None:
            from peerdesk import paths

            path = paths.data_dir() / "directory.sqlite"
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        directory = cls(cls._connect(path), path)
        if directory._stored_stamp() != directory._stamp():
            directory.rebuild()
        return directory

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, check_same_thread=False)
        conn.execute("PRAGMA temp_store=MEMORY")  # no personal data here, but keep one rule
        return conn

    def close(self) -> None:
        self._decoded.clear()
        self.conn.close()

    # -- building -------------------------------------------------------------------------------

    def _stamp(self) -> str:
        # Shipped entries are stored in the language PeerDesk runs in: another language rebuilds.
        digest = hashlib.sha256(f"schema {SCHEMA} language {lang.current()}".encode())
        for name, data in shipped_files():
            digest.update(name.encode() + data)
        for name in (IMPORTED, USER, HIDDEN):
            file = self.imports_dir / name
            if file.exists():
                digest.update(name.encode() + file.read_bytes())
        return digest.hexdigest()

    def _stored_stamp(self) -> str | None:
        try:
            row = self.conn.execute("SELECT value FROM meta WHERE key='stamp'").fetchone()
        except sqlite3.DatabaseError:
            return None  # missing table or a damaged file: rebuild
        return str(row[0]) if row else None

    def _load_saved(self, name: str, origin: str) -> builtins.list[Resource]:
        file = self.imports_dir / name
        if not file.exists():
            return []
        doc = json.loads(file.read_text(encoding="utf-8"))
        # Lenient: numbers saved unchecked at import time stay unchecked, never fatal here.
        return [resource_from_dict(item, origin, []) for item in doc["resources"]]

    def hidden_ids(self) -> set[str]:
        """Built-in entries an organisation's pack asked to hide."""
        file = self.imports_dir / HIDDEN
        if not file.exists():
            return set()
        return set(json.loads(file.read_text(encoding="utf-8"))["hidden"])

    def rebuild(self) -> None:
        """Recreate the file from shipped data and the saved imports (replaces a damaged file)."""
        self.conn.close()
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self.conn = self._connect(self.path)
        with self.conn:
            self.conn.executescript(_DDL)
            hidden = self.hidden_ids()
            every = [r for r in load_shipped() if r.id not in hidden]
            every += self._load_saved(IMPORTED, "imported")
            self._upsert(every + self._load_saved(USER, "user"))
            self.conn.execute("INSERT INTO meta VALUES ('stamp', ?)", (self._stamp(),))

    def _upsert(self, resources: Iterable[Resource]) -> None:
        """Insert or replace by id (re-import never duplicates); caller holds the transaction."""
        for r in resources:
            old = self.conn.execute("SELECT rowid FROM resources WHERE id=?", (r.id,)).fetchone()
            if old:
                self._delete_rowid(old[0])
            data = json.dumps(r.to_dict(), ensure_ascii=False)
            words = " " + " ".join(query_words(r.name))  # the name's words, for 1-2 letters typed
            cur = self.conn.execute(
                "INSERT INTO resources (id, origin, name, country, region, open_24_7, data, words,"
                " emergency) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    r.id,
                    r.origin,
                    r.name,
                    r.country,
                    r.region,
                    int(r.open_24_7),
                    data,
                    words,
                    int("emergency" in r.categories),
                ),
            )
            rid = cur.lastrowid
            self.conn.execute(
                "INSERT INTO filters VALUES (?,?,?,?,?)",
                (rid, r.country, r.region, int(r.open_24_7), words),
            )
            tags = [("category", c) for c in r.categories] + [("language", x) for x in r.languages]
            tags += [("channel", c) for c in r.channels]
            self.conn.executemany("INSERT INTO tags VALUES (?,?,?)", [(rid, k, v) for k, v in tags])
            keywords = " ".join([*r.categories, r.region, r.country or ""])
            numbers = [p.number for p in r.phones] + [t.number for t in r.text_codes]
            keywords += " " + " ".join(numbers)
            about = " ".join([r.description, *(text for _, text in r.details)])
            self.conn.execute(
                "INSERT INTO resources_fts (rowid, name, organisation, description, keywords)"
                " VALUES (?,?,?,?,?)",
                (rid, *map(fold, (r.name, r.organisation, about, keywords))),
            )

    def _delete_rowid(self, rowid: int) -> None:
        self.conn.execute("DELETE FROM resources WHERE rowid=?", (rowid,))
        self.conn.execute("DELETE FROM tags WHERE rid=?", (rowid,))
        self.conn.execute("DELETE FROM filters WHERE rid=?", (rowid,))
        self.conn.execute("DELETE FROM resources_fts WHERE rowid=?", (rowid,))

    # -- reading --------------------------------------------------------------------------------

    def get(self, resource_id: str) -> Resource | None:
        row = self.conn.execute("SELECT data FROM resources WHERE id=?", (resource_id,)).fetchone()
        return resource_from_stored(json.loads(row[0])) if row else None

    def list(self, country: str | None = None) -> builtins.list[Resource]:
        return self.search("", country=country, limit=100_000)

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM resources").fetchone()[0])

    def facets(self) -> dict[str, builtins.list[tuple[str, int]]]:
        """Values to offer as filters, with how many entries have each."""
        out: dict[str, builtins.list[tuple[str, int]]] = {}
        for kind in ("category", "language", "channel"):
            rows = self.conn.execute(
                "SELECT value, count(*) FROM tags WHERE kind=? GROUP BY value ORDER BY value",
                (kind,),
            )
            out[kind] = [(str(v), int(n)) for v, n in rows]
        for column in ("country", "region"):
            rows = self.conn.execute(
                f"SELECT {column}, count(*) FROM resources WHERE coalesce({column}, '') != ''"
                f" GROUP BY {column} ORDER BY {column}"
            )
            out[column] = [(str(v), int(n)) for v, n in rows]
        return out

    def _filters(self, filters: dict[str, Any]) -> tuple[str, builtins.list[Any]]:
        clauses, params = ["1=1"], []
        for key, value in filters.items():
            if value in (None, "", False):
                continue
            if key in _FILTER_TAGS:
                clauses.append(
                    "EXISTS (SELECT 1 FROM tags t WHERE t.rid=r.rowid AND t.kind=? AND t.value=?)"
                )
                params += [_FILTER_TAGS[key], str(value).lower()]
            elif key == "country":
                clauses.append("r.country=?")
                params.append(str(value).upper().replace("UK", "GB"))
            elif key == "region":
                clauses.append("r.region LIKE ?")
                params.append(f"%{value}%")
            elif key == "open_24_7":
                clauses.append("r.open_24_7=1")
            else:
                raise InvalidInput(say("{key!r} is not a directory filter", key=key), field=key)
        return " AND ".join(clauses), params

    def search(
        self, query: str = "", *, limit: int = 50, **filters: Any
    ) -> builtins.list[Resource]:
        """Entries matching every word of `query`, best first; emergency numbers first if no query.

        Each word of 3+ letters matches its stem or a related term (grief finds bereavement;
        see core/resources/terms.py), entries using the typed word itself ranked first. When
        nothing matches, a typo-tolerant pass keeps entries sharing half a word's letter triples.
        """
        where, params = self._filters(filters)
        words = query_words(query)
        long_words = [w for w in words if len(w) >= 3]
        short = [w for w in words if len(w) < 3]
        # One or two letters: the start of a word of the name (what someone typing a name means).
        where += "".join(" AND r.words LIKE ?" for _ in short)
        params += [f"% {w}%" for w in short]
        if not long_words:
            sql = (
                f"SELECT r.data FROM resources r WHERE {where}"
                f" ORDER BY {_EMERGENCY_FIRST}, r.name LIMIT ?"
            )
            return self._rows(sql, [*params, limit])
        exact = " AND ".join(_phrase(stem(w)) for w in long_words)
        found = self._fts(exact, where, params, limit)
        wide = " AND ".join(
            "(" + " OR ".join(_phrase(t) for t in alternatives(w)) + ")" for w in long_words
        )
        if len(found) < limit and wide != exact:
            ids = {r.id for r in found}
            found += [r for r in self._fts(wide, where, params, limit) if r.id not in ids]
        return found[:limit] or self._fuzzy(long_words, where, params, limit)

    def closest_needs(self, query: str) -> Sequence[str]:
        """Needs or categories near `query`, for the line shown when nothing matches."""
        sql = "SELECT DISTINCT value FROM tags WHERE kind='category'"  # index only, no counts
        return closest_needs(query, [str(row[0]) for row in self.conn.execute(sql)])

    def _fts(
        self, match: str, where: str, params: builtins.list[Any], limit: int
    ) -> builtins.list[Resource]:
        # Rank row ids only, then read the JSON of the few kept: sorting ~2,000 matches with
        # their JSON attached cost more than half of a keystroke's budget.
        rank = " ORDER BY bm25(resources_fts, 10.0, 4.0, 1.0, 3.0) LIMIT ?"
        if where == "1=1":  # no filters: the index alone answers, no join per match
            sql = "SELECT rowid FROM resources_fts WHERE resources_fts MATCH ?" + rank
        else:
            sql = (  # `filters` has every column a filter names, under the same names
                "SELECT r.rowid FROM resources_fts f JOIN filters r ON r.rowid=f.rowid"
                f" WHERE resources_fts MATCH ? AND {where}" + rank
            )
        ids = [int(row[0]) for row in self.conn.execute(sql, [match, *params, limit])]
        return self._by_rowids(ids)

    def _by_rowids(self, ids: builtins.list[int]) -> builtins.list[Resource]:
        """The entries with these row ids, in the same order."""
        marks = ",".join("?" * len(ids))
        sql = f"SELECT rowid, data FROM resources WHERE rowid IN ({marks})"
        found = {rowid: data for rowid, data in self.conn.execute(sql, ids)}
        return [self._entry(found[i]) for i in ids if i in found]

    def _fuzzy(
        self, words: builtins.list[str], where: str, params: builtins.list[Any], limit: int
    ) -> builtins.list[Resource]:
        """Entries whose name, organisation or keywords hold half of each word's letter triples.

        Each triple is one cheap index lookup; SQLite counts them (GROUP BY) and keeps the rows
        holding half a word's triples, which avoids ranking thousands of loose matches with
        bm25 and counting ~8,000 hits in Python.
        """
        shares: builtins.list[dict[int, float]] = []
        for word in words:
            grams = sorted(_trigrams(word))
            union = " UNION ALL ".join([_FTS_IDS] * len(grams))
            sql = f"SELECT rowid, count(*) FROM ({union}) GROUP BY rowid HAVING 2 * count(*) >= ?"
            matches = ["{name organisation keywords} : " + _phrase(gram) for gram in grams]
            rows = self.conn.execute(sql, [*matches, len(grams)])
            shares.append({rowid: n / len(grams) for rowid, n in rows})
            if not shares[-1]:
                return []
        common = set.intersection(*(set(share) for share in shares))
        scored = sorted((-min(share[r] for share in shares), r) for r in common)[:500]
        if not scored:
            return []
        marks = ",".join("?" * len(scored))
        sql = f"SELECT r.rowid, r.name FROM resources r WHERE r.rowid IN ({marks}) AND {where}"
        names = dict(self.conn.execute(sql, [r for _, r in scored] + params).fetchall())
        best = sorted((score, names[r], r) for score, r in scored if r in names)[:limit]
        return self._by_rowids([r for _, _, r in best])

    def _rows(self, sql: str, params: builtins.list[Any]) -> builtins.list[Resource]:
        return [self._entry(row[0]) for row in self.conn.execute(sql, params)]

    def _entry(self, stored: str) -> Resource:
        """The entry a stored text holds, decoded once: each keystroke of a search reads mostly
        the entries the last one read, and decoding 100 of them was a sixth of a keystroke.
        Keyed by the text itself, so an entry changed in any way is decoded afresh."""
        found = self._decoded.get(stored)
        if found is None:
            if len(self._decoded) >= _DECODED_KEPT:
                self._decoded.clear()
            found = self._decoded[stored] = resource_from_stored(json.loads(stored))
        return found

    # -- writing --------------------------------------------------------------------------------

    def preview_import(
        self,
        path: Path | str,
        *,
        default_country: str | None = None,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Read and validate without writing; counts how many entries are new or updates."""
        report = read_import(path, default_country=default_country, progress=progress)
        shipped = {r.id for r in load_shipped()}
        changed = f"Changed by your organisation: {report.source}, imported {date.today()}"
        for index, resource in enumerate(report.resources):
            if resource.id in shipped:
                # An organisation's pack may correct a built-in entry (its own EAP, a new number).
                report.resources[index] = replace(resource, changed_by=changed)
                report.updated += 1
            elif self.get(resource.id) is not None:
                report.updated += 1
            else:
                report.new += 1
        report.hidden = [rid for rid in report.hide_requests if rid in shipped]
        if not (report.errors or report.resources or report.hidden):
            report.error(report.source, None, None, say("holds no services that could be imported"))
        return report

    def import_path(
        self,
        path: Path | str,
        *,
        default_country: str | None = None,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Import every usable service of `path`; a package-level problem imports nothing.

        Row-level problems only leave that row (or field) out; they are listed in the report.
        """
        report = self.preview_import(path, default_country=default_country, progress=progress)
        if not report.ok:
            raise ImportRejected(report)
        self._save(IMPORTED, report.resources)
        if report.hidden:
            self._save_hidden(report.hidden)
        with self.conn:
            self._upsert(report.resources)
            for rid in report.hidden:
                old = self.conn.execute("SELECT rowid FROM resources WHERE id=?", (rid,)).fetchone()
                if old:
                    self._delete_rowid(old[0])
            self.conn.execute("UPDATE meta SET value=? WHERE key='stamp'", (self._stamp(),))
        return report

    def _save_hidden(self, ids: Sequence[str]) -> None:
        file = self.imports_dir / HIDDEN
        doc = {"format": "peerdesk-hidden/1", "hidden": sorted(self.hidden_ids() | set(ids))}
        tmp = file.with_suffix(".tmp")
        tmp.write_text(json.dumps(doc, indent=1), encoding="utf-8")
        os.replace(tmp, file)

    def add_user_resource(self, data: dict[str, Any]) -> Resource:
        """Add or update one of the supporter's own services (EAP, peer team, HR, chaplain…)."""
        resource = resource_from_dict(data, "user")
        existing = self.get(resource.id)
        if existing is not None and existing.origin != "user":
            raise InvalidInput(
                say("{id!r} is already used by another entry", id=resource.id), field="id"
            )
        self._save(USER, [resource])
        with self.conn:
            self._upsert([resource])
            self.conn.execute("UPDATE meta SET value=? WHERE key='stamp'", (self._stamp(),))
        return resource

    def _save(self, name: str, resources: builtins.list[Resource]) -> None:
        """Merge into the saved imports by id, written atomically so a rebuild keeps them."""
        self.imports_dir.mkdir(parents=True, exist_ok=True)
        file = self.imports_dir / name
        merged: dict[str, dict[str, Any]] = {}
        if file.exists():
            merged = {d["id"]: d for d in json.loads(file.read_text(encoding="utf-8"))["resources"]}
        merged.update({r.id: r.to_dict() for r in resources})
        doc = {"format": "peerdesk-imports/1", "resources": list(merged.values())}
        tmp = file.with_suffix(".tmp")
        tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, file)


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def crisis_lines(country: str, limit: int = 3) -> list[str]:
    """A few crisis lines for a country from the offline directory, one line of text each.

    Opens its own connection, so it may run on a worker thread; '' (unknown country) gives [].
    """
    if not country:
        return []
    directory = Directory.open()
    try:
        found = directory.search("", limit=limit * 4, category="crisis", country=country)
    finally:
        directory.close()
    # Lines for the whole country first: a province's own line (Quebec's) is one more choice,
    # not the first one everyone else in the country is shown.
    found.sort(key=lambda r: bool(r.region))
    return [_crisis_line(r) for r in found[:limit]]


def _crisis_line(resource: Resource) -> str:
    ways = [phone_line(p.label, p.number) for p in resource.phones]
    ways += [text_code_line(t.keyword, t.number) for t in resource.text_codes]
    hours = f" ({resource.hours})" if resource.hours else ""
    return f"{resource.name}: {', '.join(ways) or resource.website}{hours}"


def system_country() -> str:
    """The two-letter country of the process locale (e.g. 'GB' from en_GB), or ''."""
    import locale

    name = locale.getlocale()[0] or ""
    part = name.split("_")[1] if "_" in name else ""
    return part.upper() if len(part) == 2 and part.isalpha() else ""
