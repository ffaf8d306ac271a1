"""sqlite-utils loads once, whole, from any thread, and without numpy or pandas."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import importlib.util, sys, threading
    from peerdesk.storage.database import load_sqlite_utils

    barrier = threading.Barrier(6)
    got = []

    def worker():
        barrier.wait()
        got.append(hasattr(load_sqlite_utils(), "Database"))  # whole at the moment it returns

    threads = [threading.Thread(target=worker) for _ in range(5)]
    for t in threads:
        t.start()
    barrier.wait()
    got.append(hasattr(load_sqlite_utils(), "Database"))
    for t in threads:
        t.join()
    assert got == [True] * 6, got
    assert "numpy" not in sys.modules and "pandas" not in sys.modules
    if importlib.util.find_spec("numpy") is not None:
        import numpy  # the block was for sqlite-utils only: later imports still work
    print("ok")
""")


def test_concurrent_first_imports_get_the_whole_module():
    for _ in range(3):  # a race, so a few fresh interpreters
        out = subprocess.run(
            [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60
        )
        assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-1500:]
