"""The in-memory database refuses everything that could write plaintext to disk."""

from __future__ import annotations

import sqlite3

import pytest

from peerdesk.storage.database import open_memory


@pytest.fixture
def conn(tmp_path):
    c = open_memory()
    c.execute("CREATE TABLE t (a TEXT)")
    c.execute("INSERT INTO t VALUES ('x')")
    c.commit()
    yield c
    c.close()


def test_pragmas_set(conn):
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


@pytest.mark.parametrize(
    "statement",
    [
        "PRAGMA temp_store=FILE",
        "PRAGMA temp_store=0",
        "PRAGMA secure_delete=OFF",
        "PRAGMA journal_mode=WAL",
        "ATTACH '{tmp}/x.db' AS x",
        "VACUUM INTO '{tmp}/y.db'",
    ],
)
def test_dangerous_statements_refused(conn, tmp_path, statement):
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute(statement.format(tmp=tmp_path))
    assert list(tmp_path.iterdir()) == []
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2


def test_vacuum_still_works(conn):
    conn.execute("VACUUM")
    assert conn.execute("SELECT a FROM t").fetchall() == [("x",)]


def test_deleted_rows_do_not_linger_in_image():
    c = open_memory()
    c.execute("CREATE TABLE t (a TEXT)")
    c.executemany("INSERT INTO t VALUES (?)", [(f"secret-{i:04d}",) for i in range(400)])
    c.commit()
    c.execute("DELETE FROM t WHERE rowid % 2 = 0")
    c.commit()
    image = c.serialize()
    leftovers = sum(f"secret-{i:04d}".encode() in image for i in range(1, 400, 2))
    assert leftovers == 0
