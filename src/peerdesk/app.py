"""Composition root: the `peerdesk` program, which runs a command or opens the window."""

from __future__ import annotations

import argparse
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peerdesk.core.reports import Report


def main(argv: Sequence[str] | None = None) -> int:
    """The entry point: a subcommand runs on core and storage; none opens the window."""
    from peerdesk.cli.common import ends_quietly
    from peerdesk.storage.hardening import harden_process

    harden_process()  # before any secret is read: no core file, private files
    return ends_quietly(lambda: _program(argv))


def _program(argv: Sequence[str] | None) -> int:
    import sys

    from peerdesk import cli

    cli.set_language()  # before the parser: `checkin add --help` lists the questions
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = cli.build_parser(argv)  # only the named command's module (import time)
    args = parser.parse_args(argv)
    if args.command in (None, "report"):
        register_qt_renderers()  # this program has Qt: `report --format pdf` can use it
    if args.command is not None:
        return cli.run(args)
    if args.self_test:
        from peerdesk.selftest import run_self_test

        return run_self_test()
    return gui_main(args)


def register_qt_renderers() -> None:
    """Offer the Qt PDF writer to the report exporter, without loading Qt until it is used."""
    from peerdesk.core.reports import register_renderer

    register_renderer("pdf", _render_pdf)


def _render_pdf(report: Report, path: Path) -> None:
    from peerdesk.ui.reports.pdf import render_pdf

    render_pdf(report, path)


def gui_main(args: argparse.Namespace) -> int:
    """Show the unlock window first; heavy modules load after it is on screen."""
    from peerdesk.storage.hardening import harden_process

    harden_process()  # again (idempotent): this may be entered without the command line
    from peerdesk import paths
    from peerdesk.core.settings import LocalSettings
    from peerdesk.ui.shell import application

    _remember_early_quit()  # Ctrl+C or SIGTERM while starting up still ends cleanly
    app = application.create_application()
    application.install_message_handler()
    application.install_excepthook()
    local = LocalSettings(paths.config_dir() / "settings.json")
    application.apply_look(app, str(local.get("theme")), float(local.get("font_scale")))
    from peerdesk.ui.shared import i18n

    # Before any window exists: widgets read their text once, when they are built.
    i18n.install(app, str(local.get("language")))
    demo_dir: Path | None = None
    demo_passphrase: str | None = None
    if getattr(args, "demo", False):
        from peerdesk.demo import make_demo

        demo_dir = Path(tempfile.mkdtemp(prefix="peerdesk-demo-"))
        vault_path, demo_passphrase = make_demo(demo_dir)
    elif getattr(args, "vault", None):
        vault_path = Path(args.vault).expanduser()
    else:
        vault_path = paths.default_vault_path()
    try:
        return _run(app, vault_path, local, demo_passphrase)
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


def _run(app: object, vault_path: Path, local: object, demo_passphrase: str | None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from peerdesk.ui.shell.mainwindow import MainWindow

    window = MainWindow(vault_path, local)
    window.flow.set_demo_passphrase(demo_passphrase)
    window.show()
    # After the first paint: load sqlite-utils (~100 ms) on a worker so unlocking feels instant.
    QTimer.singleShot(0, lambda: window.runner.run(_warm_up))
    assert isinstance(app, QApplication)
    _quit_on_signals(app, window)
    return int(app.exec())


_EARLY_QUIT: list[int] = []  # signals that arrived before the window could handle them


def _remember_early_quit() -> None:
    import signal

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda signum, _frame: _EARLY_QUIT.append(signum))


def _quit_on_signals(app: object, window: object) -> None:
    """Ctrl+C or SIGTERM close the window the normal way: save, lock, delete the demo folder."""
    import signal

    from PySide6.QtCore import QTimer

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: window.close())  # type: ignore[attr-defined]
    if _EARLY_QUIT:
        QTimer.singleShot(0, window.close)  # type: ignore[attr-defined]
    # Python runs signal handlers only between bytecodes: wake it up now and then.
    ticker = QTimer(app)  # type: ignore[arg-type]
    ticker.timeout.connect(lambda: None)
    ticker.start(300)


def _warm_up() -> None:
    from peerdesk.storage import assembly  # noqa: F401  (every repository and service)
    from peerdesk.storage.database import load_sqlite_utils

    load_sqlite_utils()  # without numpy/pandas, and thread-safe (the unlock screen may too)
    from peerdesk.core import deid

    deid.name_lists()  # ~0.3 s of word lists: load them here, not on the first keystroke
