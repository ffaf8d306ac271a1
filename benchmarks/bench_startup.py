"""Start-up benchmark on a vault of 10,000 real contacts (built by corpus.py through PeerDesk's
schema and repository, KDF at the floor): process start → unlock window shown; unlock →
dashboard shown with the KDF excluded (its key is derived once beforehand, which is also the
moment of the KDF's memory peak); resident memory once the dashboard has settled.

Run: python benchmarks/bench_startup.py [runs]   (offscreen)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = str(Path(__file__).resolve().parent.parent / "src")
CONTACTS = 10_000
TARGETS = {"shown": 0.8, "unlock": 0.3, "settled": 150.0}  # s, s, MiB
TYPING_S = 1.5


def _mib(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process, in MiB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child(vault: str) -> None:
    """The real start path of `peerdesk`, then an unlock; prints two timings."""
    sys.path.insert(0, SRC)
    from peerdesk.core.settings import LocalSettings
    from peerdesk.ui.shell import application

    app = application.create_application()
    local = LocalSettings(Path(os.environ["PEERDESK_HOME"]) / "settings.json")
    application.apply_look(app, "system", 1.0)
    from peerdesk.ui.shell.mainwindow import MainWindow

    window = MainWindow(Path(vault), local)
    window.show()
    app.processEvents()
    print("shown", flush=True)
    _unlock_timing(app, window)


def _derive_once() -> None:
    """Run the vault's KDF now (its memory peak), then let the unlock reuse the key: the
    unlock timing then excludes the KDF exactly instead of subtracting a noisy estimate."""
    from peerdesk.storage import crypto

    real = crypto.derive_passphrase_key
    done: dict[bytes, bytearray] = {}

    def cached(secret: str, salt: bytes, params: crypto.KdfParams) -> bytearray:
        if salt not in done:
            done[salt] = real(secret, salt, params)
        return bytearray(done[salt])

    crypto.derive_passphrase_key = cached
    from peerdesk.storage import keys, vaultfile

    header = vaultfile.parse(Path(sys.argv[2]).read_bytes()).header
    slot = next(s for s in header.slots if s.slot_type == vaultfile.SLOT_PASSPHRASE)
    keys.KekCache().get(slot, PASSPHRASE)


def _unlock_timing(app: object, window: object) -> None:
    typing_until = time.perf_counter() + float(sys.argv[3])
    _derive_once()
    print(f"kdfpeak {_mib('VmHWM'):.1f}", flush=True)
    while time.perf_counter() < typing_until:  # the person typing their passphrase
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.005)
    start = time.perf_counter()
    window.flow.unlock_screen.field.setText(PASSPHRASE)  # type: ignore[attr-defined]
    window.flow.unlock_screen.unlock_button.click()  # type: ignore[attr-defined]
    deadline = start + 60
    while window.session is None:  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        if time.perf_counter() > deadline:
            raise SystemExit("the vault did not open within 60 s")
    app.processEvents()  # type: ignore[attr-defined]
    dashboard = window.session.view.current_page()  # type: ignore[attr-defined]
    assert dashboard is not None and dashboard.isVisible()
    total = time.perf_counter() - start
    print(f"unlock {total:.4f}", flush=True)
    settle = time.perf_counter() + 1.5
    while time.perf_counter() < settle:  # deferred page loads and timers run, then memory
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)
    import gc

    gc.collect()
    print(f"settled {_mib('VmRSS'):.1f}", flush=True)
    window.close()  # type: ignore[attr-defined]


def make_vault(folder: Path) -> Path:
    path = folder / "bench.peerdesk"
    build_vault(path, CONTACTS)
    return path


def one_run(vault: Path, home: str, typing_s: float) -> tuple[float, float, float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PEERDESK_HOME=home)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", str(vault), str(typing_s)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    found = dict.fromkeys(("shown", "unlock", "kdfpeak", "settled"), float("nan"))
    for line in proc.stdout:
        word = line.split()[0] if line.split() else ""
        if word == "shown":
            found["shown"] = time.perf_counter() - start
        elif word in found:
            found[word] = float(line.split()[1])
    proc.wait()
    return found["shown"], found["unlock"], found["kdfpeak"], found["settled"]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with tempfile.TemporaryDirectory() as home:
        vault = make_vault(Path(home))
        results, hasty = [], []
        for _ in range(runs):  # alternated, so noise on the shared machine hits both
            results.append(one_run(vault, home, TYPING_S))
            hasty.append(one_run(vault, home, 0.0))
    print(f"{'phase':52} {'median':>8} {'min':>8} {'max':>8}  target")
    rows = (
        ("process start -> unlock window shown (s)", results, 0, TARGETS["shown"]),
        (f"unlock -> dashboard, {CONTACTS:,} contacts, no KDF (s)", results, 1, TARGETS["unlock"]),
        ("  the same, Enter pressed the instant it shows (s)", hasty, 1, None),
        ("resident memory after unlock settled (MiB)", results, 3, TARGETS["settled"]),
        ("peak memory, Qt + the KDF (MiB, by design)", results, 2, None),
    )
    failed = False
    for name, runs_, index, limit in rows:
        values = [r[index] for r in runs_]
        med = statistics.median(values)
        target = "(reported)" if limit is None else f"≤ {limit:g}"
        print(f"{name:52} {med:8.3f} {min(values):8.3f} {max(values):8.3f}  {target}")
        failed |= limit is not None and not med <= limit
    print(f"runs: {runs} of each, offscreen, medians; Argon2id at the floor (64 MiB, t=3, p=4).")
    print(f"Enter is pressed {TYPING_S} s after the window shows (typing 15+ characters takes")
    print("longer); meanwhile the window imports what the desk needs (ui/unlock/flow.py).")
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus import PASSPHRASE, build_vault

    if len(sys.argv) > 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        main()
