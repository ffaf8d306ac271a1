"""Run every benchmark in this folder, one after another; each prints its figures beside their
targets, and a last table says which met them.

    python benchmarks/run_all.py [name-filter]

Children run as an installed PeerDesk does: with compiled bytecode (kept under a temp folder,
not in the source tree), since a source checkout with PYTHONDONTWRITEBYTECODE=1 recompiles
every module on each start. The bundle benchmark builds with PyInstaller: run it on its own.
On a shared machine figures vary run to run; every benchmark reports medians.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    pattern = sys.argv[1] if len(sys.argv) > 1 else ""
    env = dict(os.environ, PYTHONPATH=str(HERE.parent / "src"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "peerdesk-bench-pycache")
    outcomes = []
    for script in sorted(HERE.glob("bench_*.py")):
        if pattern not in script.stem or script.stem == "bench_bundle":
            continue
        print(f"\n=== {script.stem} ===", flush=True)
        start = time.perf_counter()
        code = subprocess.run([sys.executable, str(script)], env=env, check=False).returncode
        outcomes.append((script.stem, code, time.perf_counter() - start))
    print("\n=== summary ===")
    for name, code, seconds in outcomes:
        verdict = "all targets met" if code == 0 else "A TARGET WAS MISSED (see above)"
        print(f"{name:24} {verdict:34} {seconds:6.0f} s")
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 1 if any(code for _, code, _ in outcomes) else 0


if __name__ == "__main__":
    raise SystemExit(main())
