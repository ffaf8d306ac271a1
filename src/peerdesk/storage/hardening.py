"""Process hardening for the unlocked vault, first at every entry point: private files, no dumps."""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass

from peerdesk.storage.allocator import keep_large_buffers

PRIVATE_UMASK = 0o077
_PR_SET_DUMPABLE = 4  # <linux/prctl.h>


@dataclass(frozen=True)
class Hardened:
    """What took effect; a platform without a step reports False rather than failing."""

    umask: bool
    no_core_file: bool
    not_dumpable: bool


def harden_process() -> Hardened:
    """Call before any secret is read: files private to the user, and no process image on disk.

    A core dump (or another process of the same user reading our memory through ptrace or
    /proc/PID/mem) would hold the decrypted database and the keys; umask 077 keeps every file
    PeerDesk creates, even one made by a library, readable by this user only.
    """
    os.umask(PRIVATE_UMASK)
    keep_large_buffers()  # not hardening, but every entry point passes here before a vault opens
    return Hardened(umask=True, no_core_file=_no_core_file(), not_dumpable=_not_dumpable())


def _no_core_file() -> bool:
    try:
        import resource
    except ImportError:  # Windows: no core files; Windows Error Reporting is per-user opt-in
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return True


def _not_dumpable() -> bool:
    """PR_SET_DUMPABLE 0: no core even through a core_pattern pipe, and no ptrace by peers."""
    if not sys.platform.startswith("linux"):
        return False  # macOS and Windows: the core limit above is the best we can do
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)) == 0
    return False
