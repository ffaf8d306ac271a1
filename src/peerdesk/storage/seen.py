"""The rollback record: per vault id, the highest save number this computer has seen.

It lives outside the vault, in the per-user state folder, and holds no content: random vault
ids, save numbers and a 128-bit fingerprint of each vault's data key (an HKDF output that
reveals nothing about the key). Opening a copy older than the record, or one under a key that
`rotate-key` retired, is then noticed. Best effort: an unreadable record never stops an unlock.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peerdesk.core.errors import PeerDeskError
from peerdesk.core.messages import say
from peerdesk.storage import atomic, crypto
from peerdesk.storage.filelock import VaultLock

RECORD_NAME = "vaults-seen.json"
SLOTS_KEPT = 64  # passphrase slots unlocked here (see kdfbudget): salts and costs, hashed


@dataclass(frozen=True)
class Rollback:
    """This copy is older than one opened here before (or under a retired data key)."""

    generation: int
    seen_generation: int
    retired_key: bool

    def message(self) -> str:
        text = say(
            "This vault copy is older than the copy last opened on this computer: it holds "
            "save {generation}, and save {seen} was seen before. Someone may have put an older "
            "copy in its place, or a backup was copied back by hand. Changes made after save "
            "{generation} are not in it.",
            generation=self.generation,
            seen=self.seen_generation,
        )
        if self.retired_key:
            text += " " + say("It also uses a data key that was replaced since (rotate-key).")
        return text


def key_fingerprint(dek: bytes | bytearray) -> str:
    return crypto.hkdf(dek, b"", b"peerdesk/v1/key-fingerprint", 16).hex()


def record_path() -> Path:
    from peerdesk import paths

    return paths.state_dir() / RECORD_NAME


def check(vault_id: str | None, generation: int, key_fp: str) -> Rollback | None:
    """Compare with the record. A file without an id (written before ids) is found by its key."""
    entries = _load().get("vaults", {})
    entry = entries.get(vault_id) if vault_id else None
    if entry is None:
        same_key = [e for e in entries.values() if e.get("key") == key_fp]
        entry = max(same_key, key=lambda e: int(e.get("generation", 0)), default=None)
    if entry is None:
        return None
    seen = int(entry.get("generation", 0))
    retired = key_fp in entry.get("retired", []) and entry.get("key") != key_fp
    if generation < seen or retired:
        return Rollback(generation, seen, retired)
    return None


def known_slots() -> tuple[set[str], float]:
    """Fingerprints of passphrase slots unlocked here, and the weighted work of the costliest."""
    data = _load()
    try:
        normal = float(data.get("normal_work", 0.0))
    except (TypeError, ValueError):
        normal = 0.0
    return {str(s) for s in data.get("slots", [])}, normal


def note(
    vault_id: str | None,
    generation: int,
    key_fp: str,
    *,
    accept: bool = False,
    slot: str | None = None,
    slot_work: float = 0.0,
) -> bool:
    """Raise the record to this save (or, with accept, set it: a deliberate restore), and
    remember `slot` as one that unlocked here. Returns True when the key was one retired
    before (a restore brought it back)."""
    brought_back = False
    with _locked() as data:
        if data is None:
            return False
        if slot:
            slots = [s for s in data.get("slots", []) if s != slot] + [slot]
            data["slots"] = slots[-SLOTS_KEPT:]
            data["normal_work"] = max(slot_work, float(data.get("normal_work", 0.0) or 0.0))
        if not vault_id:
            return False
        entry = data.setdefault("vaults", {}).setdefault(vault_id, {"generation": -1})
        retired = set(entry.get("retired", []))
        old_key = entry.get("key")
        if old_key and old_key != key_fp:
            brought_back = key_fp in retired
            retired.add(old_key)
            retired.discard(key_fp)
        newest = max(generation, int(entry.get("generation", -1)))
        entry["generation"] = generation if accept else newest
        entry.update(key=key_fp, retired=sorted(retired))
    return brought_back


def _load() -> dict[str, Any]:
    try:
        data = json.loads(record_path().read_text("utf-8"))
    except (OSError, ValueError, PeerDeskError):
        return {}
    return data if isinstance(data, dict) else {}


@contextlib.contextmanager
def _locked() -> Any:
    """Read-modify-write under a short lock, so two PeerDesk processes never lose an update."""
    try:
        path = record_path()
    except OSError:
        yield None
        return
    lock = VaultLock(path)
    for _ in range(20):
        with contextlib.suppress(PeerDeskError, OSError):
            lock.acquire()
            break
        time.sleep(0.05)
    if not lock.held:
        yield None
        return
    try:
        data = _load()
        yield data
        _write(path, data)
    finally:
        lock.release()


def _write(path: Path, data: dict[str, Any]) -> None:
    """Private temp file, then an atomic rename. No fsync: this runs at every save, and a
    record a power cut set back by one save only means one warning fewer."""
    with contextlib.suppress(OSError):
        tmp = atomic.temp_name(path)
        try:
            fd = os.open(
                tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
            )
            with os.fdopen(fd, "wb") as out:
                out.write(json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
