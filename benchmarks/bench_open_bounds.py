"""Worst-case open: a normal unlock next to crafted files (issue 16's bound).

Target: no crafted file or backup folder makes one open take more than about twice a normal
unlock plus a second. Prints each case's wall time and whether it is within that target.

    python benchmarks/bench_open_bounds.py
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

PASSPHRASE = "correct horse battery staple"
GIB = 1024 * 1024  # KiB


def _crafted(n_slots: int, memory_kib: int, iterations: int) -> bytes:
    """A header whose hash is right (so it parses) but whose slots open nothing."""
    from peerdesk.storage import crypto, vaultfile

    params = crypto.KdfParams(memory_kib, iterations, 4)
    slots = tuple(
        vaultfile.Slot(
            vaultfile.SLOT_PASSPHRASE, vaultfile.KDF_ARGON2ID, params, os.urandom(16),
            os.urandom(12), os.urandom(48),
        )
        for _ in range(n_slots)
    )  # fmt: skip
    header = vaultfile.Header(slots, 9, os.urandom(32), os.urandom(32), 16)
    return vaultfile.build(header, os.urandom(32), os.urandom(16))


def _timed_open(path: Path) -> tuple[float, str]:
    from peerdesk.core.errors import PeerDeskError
    from peerdesk.storage.vault import open_vault

    start = time.perf_counter()
    try:
        open_vault(path, passphrase=PASSPHRASE).close()
        outcome = "opened"
    except PeerDeskError as err:
        outcome = type(err).__name__
    return time.perf_counter() - start, outcome


def _damaged_with_crafted_backups(folder: Path) -> Path:
    from peerdesk.storage.vault import create_vault

    vault, _ = create_vault(folder / "d.peerdesk", PASSPHRASE)
    vault.close()
    backups = folder / "backups"
    backups.mkdir(exist_ok=True)
    for i in range(10):
        (backups / f"d.g{i + 1:010d}.peerdesk").write_bytes(_crafted(1, GIB, 4))
    blob = bytearray(vault.path.read_bytes())
    blob[-3] ^= 1
    vault.path.write_bytes(bytes(blob))
    return vault.path


def _worst_accepted() -> tuple[int, int]:
    """The costliest single slot the budget lets through on this computer, right now."""
    from peerdesk.core.errors import UnlockTooCostly
    from peerdesk.storage import crypto, kdfbudget, seen, vaultfile

    best = (crypto.KDF_FLOOR.memory_kib, crypto.KDF_FLOOR.iterations)
    for memory in (64 * 1024, 128 * 1024, 256 * 1024, 512 * 1024, GIB):
        for passes in range(3, 17):
            params = crypto.KdfParams(memory, passes, 4)
            slot = vaultfile.Slot(1, 1, params, os.urandom(16), b"", b"")
            try:
                kdfbudget.check(vaultfile.Header((slot,), 0, b"", b"", 0), *seen.known_slots())
            except UnlockTooCostly:
                continue
            if memory * passes <= crypto.KDF_MAX_WORK:
                best = max(best, (memory, passes), key=lambda mp: mp[0] * mp[1])
    return best


def main() -> None:
    from peerdesk.storage.vault import create_vault

    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-") as tmp:
        folder = Path(tmp)
        vault, _ = create_vault(folder / "v.peerdesk", PASSPHRASE)  # calibrated to ~0.7 s
        vault.close()
        normal = statistics.median(_timed_open(vault.path)[0] for _ in range(3))
        target = 2 * normal + 1
        memory, passes = _worst_accepted()
        cases = {
            f"worst accepted ({memory // 1024} MiB, t={passes})": _crafted(1, memory, passes),
            "one slot at the ceiling (1 GiB, t=4)": _crafted(1, GIB, 4),
            "two slots, 0.5 GiB t=4 each": _crafted(2, GIB // 2, 4),
            "four slots at the ceiling": _crafted(4, GIB, 4),
        }
        print(f"normal unlock: {normal:.2f} s; target for any crafted file: {target:.2f} s\n")
        for name, blob in cases.items():
            path = folder / "crafted.peerdesk"
            path.write_bytes(blob)
            spent, outcome = _timed_open(path)
            verdict = "ok" if spent <= target else "OVER"
            print(f"{name:<44} {spent:6.2f} s  {outcome:<16} {verdict}")
        spent, outcome = _timed_open(_damaged_with_crafted_backups(folder))
        verdict = "ok" if spent <= target else "OVER"
        print(f"{'damaged vault + 10 crafted backups':<44} {spent:6.2f} s  {outcome:<16} {verdict}")


if __name__ == "__main__":
    main()
