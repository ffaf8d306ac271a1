"""Crash-safe file replacement: temp file, fsync, verify, backup, atomic rename, fsync dir."""

from __future__ import annotations

import contextlib
import functools
import os
import secrets
import shutil
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

BACKUP_DIR = "backups"
_REPLACE_RETRIES = 10  # Windows: an antivirus or indexer may hold the target for a moment


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    generation: int
    modified: float


def temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")


def stale_temps(target: Path) -> list[Path]:
    """Temp files a crash may leave: beside the vault, and in backups/ (a kill between the
    link and the rename of a backup leaves a full encrypted copy there)."""
    found = list(target.parent.glob(f".{target.name}.*.tmp"))
    found += target.parent.glob(f".{target.name}.*.tmp.lock")  # a vault built under a temp name
    folder = backup_dir(target)
    if folder.is_dir():
        found += folder.glob(f".{target.stem}.g*{target.suffix}.*.tmp")
    return found


def remove_stale_temps(target: Path) -> int:
    """Temp files left by a crash hold only ciphertext; remove them at open."""
    removed = 0
    for stale in stale_temps(target):
        with contextlib.suppress(OSError):
            stale.unlink()
            removed += 1
    return removed


def write_new(path: Path, data: bytes) -> None:
    """Write a brand-new private file and make it durable (O_EXCL: never follow or reuse)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        _full_fsync(fd)
    finally:
        os.close(fd)


def replace_atomically(
    target: Path,
    data: bytes,
    verify: Callable[[bytes], object],
    backup_generation: int | None,
    keep_backups: int,
) -> None:
    """Write data over target without ever leaving target missing or half-written.

    `verify` re-reads what reached the disk and raises if it does not open: a good file is
    never replaced by one that does not decrypt. `backup_generation` names the backup of the
    file being replaced (None: no backup, e.g. the first save).
    """
    tmp = temp_name(target)
    try:
        write_new(tmp, data)
        verify(tmp.read_bytes())
        if backup_generation is not None and target.exists():
            _keep_backup(target, backup_generation, keep_backups)
        _replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(target.parent)


def publish_new(src: Path, dst: Path) -> None:
    """Give a finished file its final name, never over an existing one (FileExistsError)."""
    try:
        os.link(src, dst)  # fails if dst exists: no check-then-rename race
    except FileExistsError:
        raise
    except OSError:  # no hard links here (FAT, exFAT, some shares)
        if dst.exists():
            raise FileExistsError(dst) from None
        os.replace(src, dst)
        fsync_dir(dst.parent)
        return
    src.unlink()
    fsync_dir(dst.parent)


def backup_dir(target: Path) -> Path:
    return target.parent / BACKUP_DIR


def backup_path(target: Path, generation: int) -> Path:
    return backup_dir(target) / f"{target.stem}.g{generation:010d}{target.suffix}"


def list_backups(target: Path) -> list[BackupInfo]:
    """Rotating backups of target, newest generation first."""
    settle_backups()
    found = []
    folder = backup_dir(target)
    if not folder.is_dir():
        return []
    for path in folder.glob(f"{target.stem}.g*{target.suffix}"):
        gen = path.name[len(target.stem) + 2 :].split(".")[0]
        if gen.isdigit():
            found.append(BackupInfo(path, int(gen), path.stat().st_mtime))
    return sorted(found, key=lambda b: b.generation, reverse=True)


def _keep_backup(target: Path, generation: int, keep: int) -> None:
    if keep <= 0:
        return
    folder = backup_dir(target)
    folder.mkdir(mode=0o700, exist_ok=True)
    dest = backup_path(target, generation)
    try:
        os.link(target, dest)  # a hard link costs no copy, is atomic, and target never moves
    except FileExistsError:
        pass
    except OSError:  # FAT, exFAT and some network shares: no links, so copy under a temp name
        staging = temp_name(dest)
        shutil.copyfile(target, staging)
        _fsync_path(staging)
        os.replace(staging, dest)
    stale = [backup_path(target, old) for old in _generations(target)[keep:]]
    if stale:  # deleting a 2.6 MB file costs ext4 ~3 ms: the save need not wait for it
        _prune_later(stale)
    # No fsync of backups/: it runs at every save, and a power cut that forgets this link or
    # an unlink only changes which spare copies remain. The vault itself is made durable by
    # the fsync of its own folder after the rename.


_pruning: list[Future[None]] = []  # deletions of old backups not yet finished
_pruning_lock = threading.Lock()


@functools.cache
def _pruner() -> ThreadPoolExecutor:
    """One worker, made on first use: deletions run in order, off the saving thread."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="peerdesk-backups")


def _prune_later(paths: list[Path]) -> None:
    with _pruning_lock:
        _pruning.append(_pruner().submit(_remove_all, paths))


def _remove_all(paths: list[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


def settle_backups() -> None:
    """Wait for old backups still being deleted (before listing, restoring or erasing)."""
    with _pruning_lock:
        pending, _pruning[:] = list(_pruning), []
    for future in pending:
        future.result()


def _generations(target: Path) -> list[int]:
    """Generations in backups/, newest first, from the names alone (no stat per file)."""
    prefix, suffix = f"{target.stem}.g", target.suffix
    try:
        names = os.listdir(backup_dir(target))
    except OSError:
        return []
    ours = (n for n in names if n.startswith(prefix) and n.endswith(suffix))
    middles = (n[len(prefix) : len(n) - len(suffix)] for n in ours)
    return sorted((int(g) for g in middles if g.isdigit()), reverse=True)


def _replace(src: Path, dst: Path) -> None:
    for attempt in range(_REPLACE_RETRIES):
        try:
            os.replace(src, dst)  # never delete-then-rename: dst must always exist
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == _REPLACE_RETRIES - 1:
                raise
            time.sleep(0.1 * (attempt + 1))


def _full_fsync(fd: int) -> None:
    if sys.platform == "darwin":  # plain fsync does not reach the platter on macOS
        import fcntl

        with contextlib.suppress(OSError):
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
            return
    os.fsync(fd)


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        _full_fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open directories and needs no such step."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
