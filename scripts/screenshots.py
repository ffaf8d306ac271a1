"""Render the unlock screen and every main page of the demo vault to PNG files.

Usage: python scripts/screenshots.py [OUTPUT_FOLDER]   (default: docs/screenshots/)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))


def _wait(app: object, predicate: object, timeout: float = 15.0) -> None:
    end = time.monotonic() + timeout
    while not predicate() and time.monotonic() < end:  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="peerdesk-shots-") as home:
        os.environ["PEERDESK_HOME"] = home  # never touch the real settings or vault
        shoot(out, Path(home))
    return 0


def shoot(out: Path, home: Path) -> None:
    from peerdesk.core.settings import LocalSettings
    from peerdesk.demo import make_demo
    from peerdesk.ui.shared import i18n
    from peerdesk.ui.shell import application
    from peerdesk.ui.shell.mainwindow import MainWindow
    from peerdesk.ui.shell.pages import PAGES

    app = application.create_application()
    application.apply_look(app, "light", 1.0)  # as the program starts: PeerDesk's style
    i18n.install(app, "en")  # English, with its plural forms ("4 follow-ups")
    vault_path, passphrase = make_demo(home)
    window = MainWindow(vault_path, LocalSettings(home / "settings.json"))
    window.flow.set_demo_passphrase(passphrase)
    window.resize(1100, 720)
    window.show()
    app.processEvents()
    window.grab().save(str(out / "unlock.png"))
    window.flow.unlock_screen.field.setText(passphrase)
    window.flow.unlock_screen.unlock_button.click()
    _wait(app, lambda: window.session is not None)
    for spec in PAGES:
        page = window.go(spec.key)
        # Pages that count in the background say so with `loading` or `busy`: wait for them.
        _wait(app, lambda p=page: not getattr(p, "loading", False), timeout=5)
        _wait(app, lambda p=page: not getattr(p, "busy", False), timeout=5)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / f"{spec.key}.png"))
        print(out / f"{spec.key}.png")
    _extra_shots(app, window, out)
    window.close()


def _extra_shots(app: object, window: object, out: Path) -> None:
    """The quick log form, and the dashboard and contact log in the dark theme (night shifts)."""
    from peerdesk.ui.shell import theme

    page = window.go("contacts")  # type: ignore[attr-defined]
    page.new_contact()
    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]
    window.grab().save(str(out / "contact-form.png"))  # type: ignore[attr-defined]
    page.form.discard_draft()
    theme.apply_theme(app, "dark")  # type: ignore[arg-type]
    for key in ("dashboard", "contacts"):
        window.go(key)  # type: ignore[attr-defined]
        for _ in range(10):
            app.processEvents()  # type: ignore[attr-defined]
        window.grab().save(str(out / f"{key}-dark.png"))  # type: ignore[attr-defined]
        print(out / f"{key}-dark.png")
    theme.apply_theme(app, "system")  # type: ignore[arg-type]
    print(out / "contact-form.png")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
