"""Every page on one simulated screen, in a process of its own (the scale factor must be set
before Qt starts), checked as tests/ui/test_screenshots.py checks the usual sizes.

    python -m tests.ui.layout_child --scale 2 --screen 1600x1200 --sizes 800x600 --shots DIR

`--screen` is in physical pixels, `--sizes` are window sizes in Qt's (logical) pixels. Prints
one JSON object: {"problems": [...], "screen": [w, h], "ratio": r, "shots": n}. Run with the
`offscreen` platform; nothing is written outside the temporary folder and DIR.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path


def start_qt(scale: float, screen: str, shots: Path) -> None:
    """Set up the simulated screen, then import Qt (the order matters)."""
    width, height = (int(n) for n in screen.split("x"))
    config = {"screens": [{"name": "sim", "x": 0, "y": 0, "width": width, "height": height}]}
    config["screens"][0].update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
    path = shots / "screen.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={path}"
    os.environ["QT_SCALE_FACTOR"] = str(scale)


def cheap_keys() -> None:
    """The demo vault is thrown away at the end: skip the slow key derivation."""
    from peerdesk.storage import crypto

    cheap = crypto.KdfParams(memory_kib=64, iterations=1, lanes=1)
    crypto.KDF_FLOOR = cheap
    crypto.calibrate = lambda _target_ms=0: cheap


def check(home: Path, sizes: list[tuple[int, int]], shots: Path) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication
    from tests.ui.test_screenshots import page_problems

    from peerdesk.core.settings import LocalSettings
    from peerdesk.demo import make_demo
    from peerdesk.ui.shell import theme
    from peerdesk.ui.shell.mainwindow import MainWindow

    app = QApplication([])
    vault_path, passphrase = make_demo(home)
    window = MainWindow(vault_path, LocalSettings(home / "settings.json"))
    window.show()
    window.flow.unlock_screen.field.setText(passphrase)
    window.flow.unlock_screen.unlock_button.click()
    while window.session is None:
        app.processEvents()
    problems: list[str] = []
    count = 0
    for scheme in ("light", "dark"):
        theme.apply_theme(app, scheme)
        for width, height in sizes:
            found, shot_count = page_problems(window, (width, height), scheme, shots)
            problems += found
            count += shot_count
    screen = app.primaryScreen()
    window.session.vault.close()
    window.session = None
    return {
        "problems": problems,
        "screen": [screen.availableGeometry().width(), screen.availableGeometry().height()],
        "ratio": screen.devicePixelRatio(),
        "shots": count,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--screen", default="1920x1080")
    parser.add_argument("--sizes", nargs="+", default=["800x600"])
    parser.add_argument("--shots", type=Path, required=True)
    args = parser.parse_args(argv)
    args.shots.mkdir(parents=True, exist_ok=True)
    start_qt(args.scale, args.screen, args.shots)
    sizes = [tuple(int(n) for n in size.split("x")) for size in args.sizes]
    with tempfile.TemporaryDirectory(prefix="peerdesk-layout-") as home:
        os.environ["PEERDESK_HOME"] = home  # never the real settings or vault
        cheap_keys()
        result = check(Path(home), sizes, args.shots)  # type: ignore[arg-type]
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
