"""An unlocked vault: the in-memory database, the data key and crash-safe saves."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag

from peerdesk.core.errors import (
    CopyFailed,
    InvalidInput,
    PeerDeskError,
    SaveFailed,
    VaultDamaged,
    VaultLocked,
)
from peerdesk.core.messages import say
from peerdesk.core.passphrase import check as check_passphrase
from peerdesk.storage import atomic, crypto, keys, payload, vaultfile
from peerdesk.storage.database import wrap
from peerdesk.storage.filelock import VaultLock

DEFAULT_BACKUPS_KEPT = 5
# The rollback record outside the vault is raised at most this often while saving, and always
# at close (lock, quit) and after a key change. It cost 2-4 ms of every autosave; a copy put
# back in place of the vault is still noticed unless it is from the last half minute of saves.
RECORD_EVERY_S = 30.0


@dataclass(frozen=True)
class Snapshot:
    """A consistent serialized image taken on the caller's thread, written by write_snapshot."""

    image: bytes
    changes: int


class Vault:
    """An unlocked vault. Holds the data key and the in-memory database until close()."""

    def __init__(self, path: Path, conn: sqlite3.Connection, dek: bytearray, header: Any) -> None:
        self.path = path
        self.backups_kept = DEFAULT_BACKUPS_KEPT
        self._conn: sqlite3.Connection | None = conn
        self._dek: bytearray | None = dek
        self._header: vaultfile.Header = header
        self._db: Any = None
        self._saved_changes = -1  # a new or migrated vault starts dirty
        self._write_lock = threading.Lock()
        self._file_lock: VaultLock | None = None
        self._chunks = payload.ChunkCache()  # the last image's zstd frames, reused when unchanged
        self.vault_id: str | None = None
        self.rollback: Any = None  # seen.Rollback when this copy is older than one seen here
        self.track_saves = False  # raise the rollback record at each save (not while unaccepted)
        self._recorded_at = float("-inf")  # monotonic time the rollback record was last raised
        self._record_pending = False

    # -- state --------------------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @property
    def db(self) -> Any:
        """sqlite-utils Database over the in-memory connection (imported on first use)."""
        if self._db is None:
            self._db = wrap(self.conn)
        return self._db

    @property
    def generation(self) -> int:
        return self._header.generation

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def dirty(self) -> bool:
        return self._conn is not None and self._conn.total_changes != self._saved_changes

    def _key(self) -> bytearray:
        if self._dek is None:
            raise VaultLocked()
        return self._dek

    # -- saving -------------------------------------------------------------------------------
    def prepare_save(self) -> Snapshot:
        """Commit and serialize (fast; call it on the thread that writes to the database)."""
        conn = self.conn
        conn.commit()
        return Snapshot(conn.serialize(), conn.total_changes)

    def write_snapshot(self, snap: Snapshot) -> None:
        """Encrypt and write a snapshot (slow part; safe to run on a worker thread)."""
        with self._write_lock:
            dek = self._key()
            generation = self._header.generation + 1
            salt = os.urandom(32)
            key, nonce, commitment = crypto.payload_keys(dek, salt)
            plain = self._chunks.encode(snap.image)
            header = vaultfile.Header(
                self._header.slots, generation, salt, commitment, len(plain) + 16
            )
            ciphertext = crypto.encrypt_payload(key, nonce, plain, header.payload_aad())
            blob = vaultfile.build(header, dek, ciphertext)
            self._write_file(blob, lambda data: same_bytes(data, blob))
            self._header = header
            self._saved_changes = snap.changes
            self._record_pending = True
            if time.monotonic() - self._recorded_at >= RECORD_EVERY_S:
                self.note_seen()

    def note_seen(self, *, accept: bool = False) -> bool:
        """Raise the rollback record to this save (accept: set it, after a deliberate choice).
        Returns True when that brought back a data key retired on this computer."""
        from peerdesk.storage import kdfbudget, seen

        if accept:
            self.rollback, self.track_saves = None, True
        self._recorded_at, self._record_pending = time.monotonic(), False
        own = self._passphrase_slot()
        slot, work = kdfbudget.slot_fingerprint(own), kdfbudget.weighted_work(own)
        if not self.track_saves:  # the slot unlocked, so its cost is fine; the rest waits
            return seen.note(None, 0, "", slot=slot, slot_work=work)
        fingerprint = seen.key_fingerprint(self._key())
        return seen.note(
            self.vault_id, self.generation, fingerprint, accept=accept, slot=slot, slot_work=work
        )

    def save(self) -> None:
        self.write_snapshot(self.prepare_save())

    def save_if_dirty(self) -> bool:
        if not self.dirty:
            return False
        self.save()
        return True

    def _write_file(self, blob: bytes, verify: Any, backup: bool = True) -> None:
        exists = self.path.exists()
        try:
            atomic.replace_atomically(
                self.path,
                blob,
                verify,
                backup_generation=self._header.generation if backup and exists else None,
                keep_backups=self.backups_kept,
            )
        except OSError as exc:
            raise SaveFailed(describe_os_error(exc)) from None
        except (VaultDamaged, InvalidTag):
            raise SaveFailed(say("the written file did not read back correctly")) from None

    # -- keys ---------------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the data key only: the encrypted payload stays byte-for-byte the same.

        Older backups still open with the old passphrase; use rotate_data_key() if the old one
        may have leaked.
        """
        require_policy(new_passphrase)
        params = self._passphrase_slot().params
        new_slot = keys.passphrase_slot(new_passphrase, self._key(), params)
        self._rewrite_header(lambda s: new_slot if s.slot_type == vaultfile.SLOT_PASSPHRASE else s)
        self.note_seen()  # the new slot (new salt) is one this computer knows

    def reset_recovery_key(self) -> str:
        """Replace the recovery key (the old one stops working for this file, not for backups)."""
        recovery = crypto.new_recovery_key()
        new_slot = keys.recovery_slot(recovery, self._key())
        self._rewrite_header(lambda s: new_slot if s.slot_type == vaultfile.SLOT_RECOVERY else s)
        return recovery

    def rotate_data_key(self, passphrase: str, snapshot: Snapshot | None = None) -> str:
        """New data key, new slots, full re-encryption, and the old backups deleted.

        Returns the new recovery key (the old one can no longer open anything). Give a
        `snapshot` taken with prepare_save() on the database's thread to run this on a worker.
        """
        require_policy(passphrase)
        params = self._passphrase_slot().params
        snap = snapshot if snapshot is not None else self.prepare_save()
        with self._write_lock:
            new_dek = crypto.new_data_key()
            recovery = crypto.new_recovery_key()
            slots = (
                keys.passphrase_slot(passphrase, new_dek, params),
                keys.recovery_slot(recovery, new_dek),
            )
            old_dek, self._dek = self._dek, new_dek
            self._header = vaultfile.with_slots(self._header, slots)
            crypto.zero(old_dek)
        self._write_rotated(snap)
        self.note_seen()  # the record learns the new key at once, not within RECORD_EVERY_S
        return recovery

    def _write_rotated(self, snap: Snapshot) -> None:
        kept, self.backups_kept = self.backups_kept, 0  # no backup of a file under the old key
        try:
            self.write_snapshot(snap)
        finally:
            self.backups_kept = kept
        for old in atomic.list_backups(self.path):
            old.path.unlink(missing_ok=True)

    def _passphrase_slot(self) -> vaultfile.Slot:
        return next(s for s in self._header.slots if s.slot_type == vaultfile.SLOT_PASSPHRASE)

    def _rewrite_header(self, swap: Any) -> None:
        with self._write_lock:
            dek = self._key()
            current = vaultfile.parse(self.path.read_bytes())
            header = vaultfile.with_slots(
                current.header, tuple(swap(s) for s in current.header.slots)
            )
            blob = vaultfile.build(header, dek, current.ciphertext)
            self._write_file(blob, lambda data: _check_mac(data, dek))
            self._header = header

    # -- other --------------------------------------------------------------------------------
    def backup_to(self, dest: Path) -> None:
        """Copy the saved vault to dest (e.g. a USB stick) and check the copy opens."""
        self.save_if_dirty()
        self.copy_saved_to(dest)

    def copy_saved_to(self, dest: Path) -> None:
        """backup_to() without the save: touches no connection, so a worker thread may run it."""
        dest = Path(dest)
        if dest.resolve() == self.path.resolve():
            raise InvalidInput(say("choose a file other than the vault itself"), field="--to")
        if not dest.parent.is_dir():
            raise InvalidInput(
                say(
                    "the folder {folder} does not exist (is the drive plugged in?); "
                    "nothing was written and your vault is unchanged",
                    folder=dest.parent,
                ),
                field="--to",
            )
        with self._write_lock:  # not while a save replaces the file
            dek = self._key()
            blob = self.path.read_bytes()
        try:
            atomic.replace_atomically(dest, blob, lambda d: check_payload(d, dek), None, 0)
        except OSError as exc:
            raise CopyFailed(describe_os_error(exc)) from None

    def info(self) -> dict[str, Any]:
        """Format and schema versions, KDF costs and row counts: never any content."""
        conn = self.conn
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        slot = self._passphrase_slot().params
        return {
            "path": str(self.path),
            "format_version": self._header.version,
            "schema_version": conn.execute("PRAGMA user_version").fetchone()[0],
            "generation": self.generation,
            "kdf": {
                "name": "argon2id",
                "memory_mib": slot.memory_kib // 1024,
                "iterations": slot.iterations,
                "lanes": slot.lanes,
            },
            "rows": {
                t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in sorted(tables)
                if not t.startswith("sqlite_") and "_fts_" not in t
            },
        }

    def close(self) -> None:
        """Drop the connection and every reference to key material; release the writer lock."""
        if self._record_pending and self._dek is not None:
            with contextlib.suppress(PeerDeskError, OSError):
                self.note_seen()  # the saves since the record was last raised
        with self._write_lock:
            if self._conn is not None:
                self._conn.close()
            self._conn = None
            self._db = None
            self._chunks.clear()
            crypto.zero(self._dek)
            self._dek = None
            if self._file_lock is not None:
                self._file_lock.release()
                self._file_lock = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def same_bytes(data: bytes, written: bytes) -> None:
    """What reached the disk is byte for byte what was built. Comparing costs a memcmp where
    decrypting again cost a full AES-GCM pass (about 16 ms at 50,000 contacts); the bytes were
    encrypted a moment ago under a fresh key, and every test that saves then opens checks that
    this path decrypts."""
    if data != written:
        raise VaultDamaged()


def _check_mac(data: bytes, dek: bytearray) -> vaultfile.Parsed:
    parsed = vaultfile.parse(data)
    if not crypto.macs_equal(
        crypto.header_mac(dek, parsed.header.hashed_part() + parsed.header_hash), parsed.mac
    ):
        raise VaultDamaged()
    return parsed


def check_payload(data: bytes, dek: bytearray, chunks: payload.ChunkCache | None = None) -> bytes:
    """Authenticate a whole file with the data key and return the plaintext database image
    (`chunks`, if given, keeps a format-2 file's frames for the next save to reuse)."""
    header, plain = decrypt_payload(data, dek)
    if header.version < 2:
        return plain  # format 1: the image itself, uncompressed
    return chunks.decode(plain) if chunks is not None else payload.decode(plain)


def decrypt_payload(data: bytes, dek: bytearray) -> tuple[vaultfile.Header, bytes]:
    """Check the header MAC and key commitment, then decrypt and authenticate the payload."""
    parsed = _check_mac(data, dek)
    header = parsed.header
    key, nonce, commitment = crypto.payload_keys(dek, header.payload_salt)
    if not crypto.macs_equal(commitment, header.commitment):
        raise VaultDamaged()
    try:
        return header, crypto.decrypt_payload(key, nonce, parsed.ciphertext, header.payload_aad())
    except InvalidTag:
        raise VaultDamaged() from None


def require_policy(passphrase: str) -> None:
    result = check_passphrase(passphrase)
    if not result.ok:
        raise InvalidInput(" ".join(result.messages), field="passphrase")


def describe_os_error(exc: OSError) -> str:
    reasons = {
        errno.ENOSPC: say("the disk is full"),
        errno.EDQUOT: say("the disk quota is used up"),
        errno.EACCES: say("permission denied"),
        errno.EPERM: say("permission denied"),
        errno.EROFS: say("the disk is read-only"),
    }
    return reasons.get(exc.errno or 0, exc.strerror or exc.__class__.__name__)
