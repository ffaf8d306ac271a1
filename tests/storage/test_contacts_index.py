"""Schema 6's compact note index (no positions): same answers as the full index, from a
migrated vault too, never an error for any typed text, and a fraction of the size."""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.core.contacts.model import Contact, ContactFilter
from peerdesk.storage import migrations
from peerdesk.storage.database import open_memory, wrap
from peerdesk.storage.repos.contacts import SqliteContactRepo, fts_query

# Held-out words, not the benchmark vocabulary: accents, apostrophes, stems, digits, other scripts.
WORDS = [
    "worried",
    "worrying",
    "worries",
    "sleep",
    "sleeping",
    "slept",
    "night-shift",
    "rota",
    "café",
    "naïve",
    "Zoë",
    "don't",
    "o'clock",
    "24h",
    "3am",
    "grief",
    "griefs",
    "manager's",
    "über",
    "straße",
    "Ελένη",
    "δουλειά",
    "Москва",
    "работа",
    "東京",
    "قلق",
    "shift_swap",
    "e-mail",
    "CO2",
    "fine",
    "ﬁne",
]


def _note(rng: random.Random) -> str:
    return " ".join(rng.choices(WORDS, k=rng.randint(3, 25)))


def _contact(i: int, note: str) -> Contact:
    return Contact(when=datetime(2024, 1, 1, 9) + timedelta(hours=i), duration_min=15, note=note)


def _full_index(notes: list[str]) -> sqlite3.Connection:
    """The schema-2 index (positions kept) over the same notes: the reference answers."""
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE f USING fts5(note, tokenize='porter unicode61 remove_diacritics 2')"
    )
    conn.executemany("INSERT INTO f(rowid, note) VALUES (?, ?)", enumerate(notes, start=1))
    return conn


@pytest.fixture(scope="module")
def filled():
    rng = random.Random(19)
    notes = [_note(rng) for _ in range(400)]
    db = wrap(open_memory())
    migrations.migrate(db)
    repo = SqliteContactRepo(db)
    for i, note in enumerate(notes):
        repo.insert(_contact(i, note))
    yield repo, _full_index(notes)
    db.conn.close()


def test_index_has_no_positions(memory_db):
    sql = memory_db.conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'contacts_fts'"
    ).fetchone()[0]
    assert "detail=none" in sql and "columnsize=0" in sql


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3), st.integers(1, 6))
def test_same_answers_as_the_full_index(filled, words, cut):
    repo, full = filled
    text = " ".join(w[: max(1, len(w) - cut)] for w in words)  # prefixes, as people type
    match = fts_query(text)
    expected = {r[0] for r in full.execute("SELECT rowid FROM f WHERE f MATCH ?", (match,))}
    assert set(repo.ids(ContactFilter(text=text))) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_typed_text_searches_without_error(filled, text):
    repo, _ = filled
    repo.count(ContactFilter(text=text))  # raises on a query the index cannot answer


def test_migration_to_the_compact_index_keeps_search_and_triggers():
    db = wrap(open_memory())
    conn = db.conn
    step = next(s for s in migrations.MIGRATIONS if s.apply is migrations.compact_note_index)
    migrations.migrate(db, target=step.version - 1)
    repo = SqliteContactRepo(db)
    first = repo.insert(_contact(1, "talked about the night shift rota"))
    repo.insert(_contact(2, "grief after the call"))
    assert migrations.migrate(db) == step.version - 1
    assert repo.ids(ContactFilter(text="rot nigh")) == [first]
    third = repo.insert(_contact(3, "rota again"))
    assert set(repo.ids(ContactFilter(text="rota"))) == {first, third}
    repo.delete(first)
    assert repo.ids(ContactFilter(text="rota")) == [third]
    conn.close()


def test_compact_index_is_a_third_of_the_full_one(filled):
    repo, full = filled
    conn = repo._conn

    def index_bytes(c: sqlite3.Connection, table: str) -> int:
        blobs = c.execute(f"SELECT sum(length(block)) FROM {table}").fetchone()[0]
        return int(blobs)

    repo.compact_index()
    full.execute("INSERT INTO f(f) VALUES ('optimize')")
    assert index_bytes(conn, "contacts_fts_data") * 2 < index_bytes(full, "f_data")


def test_underscore_splits_words_like_the_tokenizer():
    assert fts_query("shift_swap") == '"shift"* "swap"*'
    assert fts_query("___") is None
