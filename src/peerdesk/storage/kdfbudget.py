"""How much key-derivation work one open may cost, checked before any KDF runs.

The per-slot ceiling (1 GiB, memory x passes <= 4 GiB) still lets a crafted header cost many
times a normal unlock on a slow or busy computer. So a slot this computer has not unlocked
before is estimated first, from a small timed probe: more than about twice a normal unlock plus
a second and the open is refused, unless the person says they expect a slow unlock.
"""

from __future__ import annotations

import functools
import hashlib
import os
import time

from peerdesk.core.errors import UnlockTooCostly
from peerdesk.storage import crypto
from peerdesk.storage.vaultfile import KDF_ARGON2ID, Header, Slot

DEFAULT_NORMAL_S = crypto.DEFAULT_UNLOCK_MS / 1000  # what a new vault is calibrated to
MARGIN_S = 1.0
_PROBE = (16 * crypto.MIB, 1, 4)  # tens of ms: small enough to run before an unknown slot
_GIB_KIB = 1024 * crypto.MIB


def slot_fingerprint(slot: Slot) -> str:
    """Names a slot (salt and costs) in the record; says nothing about any key."""
    p = slot.params
    raw = slot.salt + f"{p.memory_kib}/{p.iterations}/{p.lanes}".encode()
    return hashlib.sha256(b"peerdesk/v1/slot" + raw).hexdigest()[:32]


def weighted_work(slot: Slot) -> float:
    """Memory x passes, weighted for large memory, which runs slower per KiB than the small
    probe (page faults, caches: about half as fast at 1 GiB here), so estimates err high."""
    p = slot.params
    return p.memory_kib * p.iterations * (1.0 + p.memory_kib / _GIB_KIB)


def check(header: Header, known: set[str], normal: float, allow_slow: bool = False) -> None:
    """Raise UnlockTooCostly when the Argon2id slots this computer has not unlocked before
    would take longer than twice a normal unlock plus a second.

    `normal` is the weighted work of the costliest slot unlocked here (0: none yet, then a
    new vault's calibrated time stands in). Comparing work, not seconds, keeps the rule the
    same on a busy computer, where a normal unlock is slow too.
    """
    unknown = [
        s for s in header.slots if s.kdf_id == KDF_ARGON2ID and slot_fingerprint(s) not in known
    ]
    if allow_slow or not unknown:
        return
    work = sum(weighted_work(s) for s in unknown)
    floor = crypto.KDF_FLOOR
    if work <= floor.memory_kib * floor.iterations * 2:
        return  # about the cheapest any vault can be: not worth a probe
    speed = _throughput()
    normal_work = normal or DEFAULT_NORMAL_S * speed
    if work > 2 * normal_work + MARGIN_S * speed:
        raise UnlockTooCostly(work / speed, (2 * normal_work + MARGIN_S * speed) / speed)


@functools.cache
def _throughput() -> float:
    """Weighted KiB x passes per second of Argon2id on this computer (measured once)."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    memory, passes, lanes = _PROBE
    start = time.perf_counter()
    Argon2id(
        salt=os.urandom(16), length=32, iterations=passes, lanes=lanes, memory_cost=memory
    ).derive(b"probe")
    return memory * passes * (1.0 + memory / _GIB_KIB) / max(time.perf_counter() - start, 1e-4)
