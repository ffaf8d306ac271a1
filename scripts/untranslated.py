"""List every visible window string that does not go through the translator, surface by surface.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python3 scripts/untranslated.py [--surfaces]

`--layout` adds the labels and buttons too narrow for their (lengthened) text.
Builds each page (over an empty throw-away vault in a temporary folder), each unlock screen,
the window's menus and every dialog under the pseudo-locale, and prints what is still plain.
`--surfaces` prints only the allow-list lines (tests/ui/untranslated_allowlist.txt) that the
current code needs. Nothing is written outside the temporary folder, which is deleted.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery staple"


def _cheap_keys() -> None:
    """The vault is empty and deleted at the end: skip the slow key derivation."""
    from peerdesk.storage import crypto

    cheap = crypto.KdfParams(memory_kib=64, iterations=1, lanes=1)
    crypto.KDF_FLOOR = cheap
    crypto.calibrate = lambda _target_ms=0: cheap


def surfaces(home: Path) -> Iterator[tuple[str, Any]]:
    from tests.ui.i18n_walk import dialog_builders
    from tests.ui.sync_runner import SyncRunner

    from peerdesk.core.settings import LocalSettings
    from peerdesk.storage.assembly import open_desk
    from peerdesk.storage.directory import Directory
    from peerdesk.storage.vault import create_vault
    from peerdesk.ui.shared.clipboard import SecureClipboard
    from peerdesk.ui.shared.page import UiContext
    from peerdesk.ui.shared.settings import AppSettings
    from peerdesk.ui.shell.mainwindow import MainWindow
    from peerdesk.ui.shell.pages import PAGES, build_page

    local = LocalSettings(home / "settings.json")
    window = MainWindow(home / "new.peerdesk", local)
    window.show()
    for index in range(window.flow.count()):
        window.flow.setCurrentIndex(index)
        yield f"unlock:{type(window.flow.currentWidget()).__name__}", window.flow.currentWidget()
    yield "window:menus", window.menuBar()
    yield "window:status", window.statusBar()
    vault, _ = create_vault(home / "pages.peerdesk", PASSPHRASE)
    desk = open_desk(vault)
    clipboard = SecureClipboard()
    settings = AppSettings(local, desk.settings)
    ctx = UiContext(desk, SyncRunner(), clipboard, settings, lambda _t: None, lambda: None)
    for page in PAGES:
        yield f"page:{page.key}", build_page(page.key, ctx)
    directory = Directory.open(home / "directory.sqlite")
    for name, build in dialog_builders(directory, SyncRunner(), clipboard).items():
        yield f"dialog:{name}", build()
    vault.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--surfaces", action="store_true", help="print allow-list lines only")
    parser.add_argument(
        "--layout", action="store_true", help="also list labels and buttons too narrow for text"
    )
    args = parser.parse_args(argv)
    sys.path[:0] = [str(ROOT), str(ROOT / "src")]
    with tempfile.TemporaryDirectory(prefix="peerdesk-i18n-") as tmp:
        os.environ["PEERDESK_HOME"] = tmp  # nothing of the user's is read or touched
        from PySide6.QtWidgets import QApplication
        from tests.ui.i18n_walk import clipped, load_allowlist, untranslated

        from peerdesk.ui.shared import i18n

        app = QApplication.instance() or QApplication([])
        i18n.install(app, "system", pseudo=True)
        _cheap_keys()
        allowed, total = load_allowlist(), 0
        for surface, widget in surfaces(Path(tmp)):
            widget.resize(1000, 700)
            widget.show()
            app.processEvents()
            found = untranslated(widget, allowed)
            total += len(found)
            if found and args.surfaces:
                print(f"surface: {surface}")
            elif found:
                print(f"\n{surface}: {len(found)} untranslated")
                print("\n".join(f"  {line}" for line in found))
            cut = clipped(widget) if args.layout else []
            if cut:
                print(f"\n{surface}: {len(cut)} too narrow for their text")
                print("\n".join(f"  {line}" for line in cut))
            widget.close()
        if not args.surfaces:
            print(f"\n{total} untranslated strings in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
