"""Start-up and size of the built bundle (run packaging/build.sh first): prints a table."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "PeerDesk"
PROGRAM = BUNDLE / ("peerdesk-cli.exe" if sys.platform == "win32" else "peerdesk")
RUNS = 5
TARGETS = {"--version": 0.5, "--self-test": 2.0, "window": 1.0}  # seconds
SIZE_BUDGET_MB = 140.0


def timed(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    out = subprocess.run([str(PROGRAM), *args], capture_output=True, text=True, env=env, check=True)
    return time.perf_counter() - started, out.stdout


def main() -> int:
    if not PROGRAM.exists():
        print(f"no bundle at {PROGRAM}: run packaging/build.sh first")
        return 1
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PEERDESK_HOME=home)
        version = [timed(["--version"], env)[0] for _ in range(RUNS)]
        runs = [timed(["--self-test"], env) for _ in range(RUNS)]
    found = (re.search(r"([\d.]+) s since the process started", out) for _t, out in runs)
    window = [float(m.group(1)) for m in found if m]
    size = sum(p.lstat().st_size for p in BUNDLE.rglob("*") if p.is_file() or p.is_symlink())
    rows = [
        ("--version", version, TARGETS["--version"]),
        ("--self-test", [t for t, _out in runs], TARGETS["--self-test"]),
        ("start -> unlock window", window, TARGETS["window"]),
    ]
    print(f"{'measure':<24}{'min s':>8}{'median s':>10}{'target s':>10}")
    for name, values, target in rows:
        if values:
            print(f"{name:<24}{min(values):>8.2f}{statistics.median(values):>10.2f}{target:>10.1f}")
    print(f"{'size MB':<24}{size / 1e6:>8.1f}{'':>10}{SIZE_BUDGET_MB:>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
