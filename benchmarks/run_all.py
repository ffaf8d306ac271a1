"""Run every benchmark in this folder, one after another, each printing its own table.

python benchmarks/run_all.py [name-filter]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main() -> int:
    pattern = sys.argv[1] if len(sys.argv) > 1 else ""
    failed = 0
    for script in sorted(Path(__file__).parent.glob("bench_*.py")):
        if pattern not in script.stem or script.stem == "bench_bundle":
            continue  # the bundle benchmark builds with PyInstaller: run it on its own
        print(f"\n=== {script.stem} ===", flush=True)
        failed += subprocess.run([sys.executable, str(script)], check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
