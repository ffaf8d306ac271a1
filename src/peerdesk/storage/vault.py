"""The vault's public API: create, open (unlock), list and restore backups."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from peerdesk.core.errors import (
    PeerDeskError,
    SaveFailed,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
)
from peerdesk.storage import (
    atomic,
    crypto,
    identity,
    kdfbudget,
    keys,
    migrations,
    payload,
    seen,
    vaultfile,
)
from peerdesk.storage.atomic import BackupInfo
from peerdesk.storage.database import open_memory, wrap
from peerdesk.storage.filelock import VaultLock
from peerdesk.storage.unlocked import (
    Snapshot,
    Vault,
    check_payload,
    describe_os_error,
    require_policy,
)

__all__ = [
    "BackupInfo",
    "Restored",
    "Snapshot",
    "Vault",
    "create_vault",
    "list_backups",
    "open_vault",
    "restore_backup",
]


def create_vault(
    path: Path | str,
    passphrase: str,
    *,
    unlock_time_ms: int = crypto.DEFAULT_UNLOCK_MS,
    kdf_params: crypto.KdfParams | None = None,
) -> tuple[Vault, str]:
    """Create a new vault; returns it unlocked and saved, plus the recovery key to show once."""
    path = Path(path)
    if path.exists():
        raise VaultExists(path)
    require_policy(passphrase)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = VaultLock(path)
    lock.acquire()
    try:
        atomic.remove_stale_temps(path)  # e.g. a vault an import was building when killed
        params = kdf_params or crypto.calibrate(unlock_time_ms)
        dek = crypto.new_data_key()
        recovery = crypto.new_recovery_key()
        slots = (keys.passphrase_slot(passphrase, dek, params), keys.recovery_slot(recovery, dek))
        header = vaultfile.Header(slots, 0, b"\0" * 32, b"\0" * 32, 0)
        conn = open_memory()
        migrations.migrate(wrap(conn))  # also sets user_version: an empty database cannot serialize
        vault = _adopt(path, conn, dek, header, lock)
        vault.vault_id, vault.track_saves = identity.vault_id(conn), True
        vault.save()
    except BaseException:
        lock.release()
        raise
    return vault, recovery


def open_vault(
    path: Path | str,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    allow_slow_unlock: bool = False,
) -> Vault:
    """Unlock with the passphrase or the recovery key (runs the KDF: keep off the GUI thread).

    A file whose unknown slots would take far longer than a normal unlock is refused before
    the KDF runs (UnlockTooCostly) unless allow_slow_unlock."""
    path = Path(path)
    if not path.exists():
        raise VaultNotFound(path)
    if (passphrase is None) == (recovery_key is None):
        raise ValueError("give exactly one of passphrase or recovery_key")
    secret = passphrase if passphrase is not None else str(recovery_key)
    lock = VaultLock(path)
    lock.acquire()
    cache = keys.KekCache()
    try:
        atomic.remove_stale_temps(path)
        vault = _unlock(path, secret, recovery_key is not None, cache, lock, allow_slow_unlock)
    except VaultDamaged as damaged:
        lock.release()
        # Backups are named, never tried: each could cost a full KDF run. Only an explicit
        # restore_backup() decrypts one, so a crafted folder cannot make an open slow.
        newest = atomic.list_backups(path)[:1]
        raise VaultDamaged(
            _base_message(damaged), newest_backup=newest[0].path if newest else None
        ) from None
    except BaseException:
        lock.release()
        raise
    finally:
        cache.clear()
    return vault


def _unlock(
    path: Path,
    secret: str,
    recovery: bool,
    cache: keys.KekCache,
    lock: VaultLock,
    allow_slow: bool = False,
) -> Vault:
    chunks = payload.ChunkCache()
    parsed, image, dek = _decrypt_file(path, secret, recovery, cache, chunks, allow_slow=allow_slow)
    conn = open_memory(image)
    del image  # the chunk cache keeps its own reference; SQLite holds a copy
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise VaultDamaged()
        start = conn.execute("PRAGMA user_version").fetchone()[0]
        if start != migrations.CURRENT_VERSION:  # only then load sqlite-utils and the steps
            start = migrations.migrate(wrap(conn))
    except sqlite3.DatabaseError:
        conn.close()
        raise VaultDamaged() from None
    except BaseException:
        conn.close()
        raise
    vault = _adopt(path, conn, dek, parsed.header, lock)
    vault._chunks = chunks
    added_id = start < migrations.IDENTITY_VERSION  # the id is new: the record is found by key
    if start == migrations.CURRENT_VERSION:
        vault._saved_changes = conn.total_changes  # nothing to save until something changes
    _check_rollback(vault, added_id)
    return vault


def _check_rollback(vault: Vault, added_id: bool) -> None:
    """Compare with the record outside the vault; an older copy is flagged, never refused."""
    vault.vault_id = identity.vault_id(vault.conn)
    fingerprint = seen.key_fingerprint(vault._key())
    # A file written before ids has only a fresh, unsaved id: its record is found by its key.
    stored_id = None if added_id else vault.vault_id
    vault.rollback = seen.check(stored_id, vault.generation, fingerprint)
    vault.track_saves = vault.rollback is None
    vault.note_seen()


def _decrypt_file(
    path: Path,
    secret: str,
    recovery: bool,
    cache: keys.KekCache,
    chunks: payload.ChunkCache | None = None,
    *,
    allow_slow: bool = False,
) -> tuple[vaultfile.Parsed, bytes, bytearray]:
    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise PeerDeskError(f"Could not read {path}: {describe_os_error(exc)}.") from None
    parsed = vaultfile.parse(blob)
    if not recovery:  # a recovery slot costs one HKDF: nothing to bound
        kdfbudget.check(parsed.header, *seen.known_slots(), allow_slow)
    dek = keys.unlock_dek(parsed.header, secret, recovery=recovery, cache=cache)
    try:
        return parsed, check_payload(blob, dek, chunks), dek
    except BaseException:
        crypto.zero(dek)
        raise


def _adopt(
    path: Path, conn: sqlite3.Connection, dek: bytearray, header: vaultfile.Header, lock: VaultLock
) -> Vault:
    vault = Vault(path, conn, dek, header)
    vault._file_lock = lock
    return vault


def _base_message(err: VaultDamaged) -> str:
    return err.message.split(" The newest backup")[0]


def list_backups(vault_path: Path | str) -> list[BackupInfo]:
    """The automatic rotating backups beside the vault, newest first."""
    return atomic.list_backups(Path(vault_path))


@dataclass(frozen=True)
class Restored:
    generation: int
    retired_key: bool  # the copy uses a data key that rotate-key had replaced on this computer


def restore_backup(
    vault_path: Path | str,
    backup_path: Path | str,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    allow_slow_unlock: bool = False,
) -> Restored:
    """Replace the vault with a backup that decrypts (checked first); the current file, if any,
    is kept as a backup. A deliberate restore resets the rollback record to this copy."""
    vault_path, backup_path = Path(vault_path), Path(backup_path)
    if not backup_path.exists():
        raise VaultNotFound(backup_path)
    secret = passphrase if passphrase is not None else str(recovery_key)
    cache = keys.KekCache()
    try:
        parsed, image, dek = _decrypt_file(
            backup_path, secret, recovery_key is not None, cache, allow_slow=allow_slow_unlock
        )
    finally:
        cache.clear()
    try:
        fingerprint = seen.key_fingerprint(dek)
    finally:
        crypto.zero(dek)
    lock = VaultLock(vault_path)
    lock.acquire()
    try:
        blob = backup_path.read_bytes()
        current = _current_generation(vault_path)
        atomic.replace_atomically(vault_path, blob, vaultfile.parse, current, 50)
    except OSError as exc:
        raise SaveFailed(describe_os_error(exc)) from None
    finally:
        lock.release()
    generation = parsed.header.generation
    retired = seen.note(_image_vault_id(image), generation, fingerprint, accept=True)
    return Restored(generation, retired)


def _image_vault_id(image: bytes) -> str | None:
    conn = open_memory(image)
    try:
        return identity.vault_id(conn)
    finally:
        conn.close()


def _current_generation(vault_path: Path) -> int | None:
    """Generation of the file being replaced, for its backup name (None if absent or unreadable)."""
    if not vault_path.exists():
        return None
    with contextlib.suppress(PeerDeskError, OSError):
        return vaultfile.parse(vault_path.read_bytes()).header.generation
    return None
