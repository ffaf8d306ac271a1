"""Subprocess workloads for the privacy and crash tests (cheap KDF: test-only, in-process)."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from peerdesk.storage import crypto

CHEAP = crypto.KdfParams(memory_kib=64, iterations=1, lanes=1)
crypto.KDF_FLOOR = CHEAP
PASSPHRASE = "correct horse battery staple"
CANARY = "CANARY-7f3e-peer-support-note"


def _filler(i: int) -> str:
    """300 hex digits: the payload is compressed (format 2), so text must not be repetitive
    for the file to stay large enough to prove the rows were saved."""
    return (hashlib.sha256(str(i).encode()).hexdigest() * 5)[:300]


def heavy(path: Path, unsafe: bool) -> None:
    """Sort, index, group and vacuum a large table holding the canary, then save."""
    from peerdesk.storage.vault import create_vault

    vault, _ = create_vault(path, PASSPHRASE, kdf_params=CHEAP)
    conn = vault.conn
    if unsafe:  # negative control: what an unhardened in-memory database does
        import sqlite3

        conn = sqlite3.connect(":memory:")
        conn.execute("PRAGMA temp_store=FILE")
    conn.execute("CREATE TABLE big (id INTEGER PRIMARY KEY, k TEXT, note TEXT)")
    rows = ((i, f"{(i * 7919) % 60000:06d}", f"{CANARY} {i} " + _filler(i)) for i in range(60000))
    conn.executemany("INSERT INTO big VALUES (?, ?, ?)", rows)
    conn.commit()
    conn.execute("SELECT * FROM big ORDER BY note DESC, k").fetchall()
    conn.execute("SELECT k, count(*) FROM big GROUP BY note").fetchall()
    conn.execute("CREATE INDEX big_k ON big(k, note)")
    conn.execute("DELETE FROM big WHERE id % 2 = 0")
    conn.commit()
    conn.execute("VACUUM")
    vault.save()
    vault.close()


def saver(path: Path) -> None:
    """Insert and save forever, printing each committed row number; the parent kills us."""
    from peerdesk.storage.vault import open_vault

    vault = open_vault(path, passphrase=PASSPHRASE)
    n = vault.db["log"].count
    while True:
        n += 1
        vault.db["log"].insert({"n": n, "pad": "p" * 2000})
        vault.save()
        print(n, flush=True)


if __name__ == "__main__":
    mode, target = sys.argv[1], Path(sys.argv[2])
    if mode == "saver":
        saver(target)
    else:
        heavy(target, unsafe=mode == "unsafe")
