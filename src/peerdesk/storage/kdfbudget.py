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

BUDGET_S = 2 * crypto.DEFAULT_UNLOCK_MS / 1000 + 1.0
_PROBE = (16 * crypto.MIB, 1, 4)  # about 50 ms: small enough to run before an unknown slot
_GIB_KIB = 1024 * crypto.MIB


def slot_fingerprint(slot: Slot) -> str:
    """Names a slot (salt and costs) in the record; says nothing about any key."""
    p = slot.params
    raw = slot.salt + f"{p.memory_kib}/{p.iterations}/{p.lanes}".encode()
    return hashlib.sha256(b"peerdesk/v1/slot" + raw).hexdigest()[:32]


def check(header: Header, known: set[str], allow_slow: bool = False) -> None:
    """Raise UnlockTooCostly when unknown Argon2id slots would take longer than the budget."""
    unknown = [
        s for s in header.slots if s.kdf_id == KDF_ARGON2ID and slot_fingerprint(s) not in known
    ]
    if allow_slow or not unknown:
        return
    floor = crypto.KDF_FLOOR
    if sum(s.params.memory_kib * s.params.iterations for s in unknown) <= (
        floor.memory_kib * floor.iterations
    ):
        return  # no vault costs less than the floor: nothing to estimate
    estimate = sum(_seconds(s) for s in unknown)
    if estimate > BUDGET_S:
        raise UnlockTooCostly(estimate, BUDGET_S)


def _seconds(slot: Slot) -> float:
    p = slot.params
    # Large memory runs slower per KiB than the small probe (page faults, caches): at 1 GiB
    # about half as fast here, so the estimate doubles there and errs towards refusing.
    penalty = 1.0 + p.memory_kib / _GIB_KIB
    return p.memory_kib * p.iterations / _throughput() * penalty


@functools.cache
def _throughput() -> float:
    """KiB x passes per second of Argon2id on this computer, now (measured once per process)."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    memory, passes, lanes = _PROBE
    start = time.perf_counter()
    Argon2id(
        salt=os.urandom(16), length=32, iterations=passes, lanes=lanes, memory_cost=memory
    ).derive(b"probe")
    return memory * passes / max(time.perf_counter() - start, 1e-4)
