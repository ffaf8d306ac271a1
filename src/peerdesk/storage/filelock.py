"""One writer per vault: an OS lock on a file beside it, released by the OS if the process dies."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from peerdesk.core.errors import VaultInUse


class VaultLock:
    """Exclusive, non-blocking lock on `<vault>.lock`; a lock left by a dead process is free."""

    def __init__(self, vault_path: Path) -> None:
        self.path = vault_path.with_name(vault_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise VaultInUse(self.path.with_suffix("")) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        os.close(self._fd)
        self._fd = None
        # The lock file stays: unlinking it would let two later openers lock different inodes.

    @property
    def held(self) -> bool:
        return self._fd is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        # flock, not fcntl locks: per open file, so a second open in one process conflicts too.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
