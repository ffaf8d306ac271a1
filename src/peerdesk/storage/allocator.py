"""glibc malloc tuning so a save at 50,000 contacts does not page-fault its buffers afresh."""

from __future__ import annotations

import contextlib
import sys

_M_TRIM_THRESHOLD = -1  # <malloc.h>
_M_MMAP_THRESHOLD = -3
# A save allocates about six buffers the size of the database image or its file (the
# serialized image, the compressed payload, the ciphertext, the file, the read-back). Past
# 32 MiB glibc serves each with a fresh mmap and returns it at once, so every save zero-fills
# and faults in ~110 MiB again: half the save time at 50,000 contacts (205 -> 102 ms).
# Below 64 MiB, the smallest Argon2 memory PeerDesk uses, so the KDF's buffer is still
# mapped apart and handed back to the system as soon as the key is derived.
MMAP_THRESHOLD = 48 * 1024 * 1024
TRIM_THRESHOLD = 128 * 1024 * 1024  # keep what one save frees for the next one


def keep_large_buffers() -> bool:
    """Tune glibc's allocator (Linux); other C libraries keep their own policy. True if set."""
    if not sys.platform.startswith("linux"):
        return False
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt  # missing on musl: AttributeError, nothing changes
        return bool(
            mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
            and mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)
        )
    return False
