"""The allocator keeps a save's large buffers for the next save instead of faulting them in."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

_CHILD = textwrap.dedent(
    """
    import resource, sys
    from peerdesk.storage import allocator
    if sys.argv[1] == "tuned":
        assert allocator.keep_large_buffers()
    size = 40 * 1024 * 1024  # past glibc's 32 MiB ceiling for its own adaptive threshold
    faults = []
    for _ in range(4):
        before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
        buffer = bytearray(size)  # zero-filled: every page is touched
        buffer[::4096] = b"x" * len(buffer[::4096])
        del buffer
        faults.append(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
    print(min(faults[1:]))
    """
)


def _faults(mode: str) -> int:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, mode], capture_output=True, text=True, check=True
    )
    return int(out.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc tuning is Linux only")
def test_large_buffers_are_reused_after_tuning():
    pages = 40 * 1024 * 1024 // 4096
    assert _faults("default") > pages // 2  # each buffer is a fresh mapping, faulted afresh
    assert _faults("tuned") < pages // 10  # the freed buffer is reused from the heap


def test_other_platforms_are_left_alone(monkeypatch):
    from peerdesk.storage import allocator

    monkeypatch.setattr(sys, "platform", "darwin")
    assert allocator.keep_large_buffers() is False
