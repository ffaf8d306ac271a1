"""The `peerdesk` subcommands, on core and storage alone (the window is peerdesk.app's part)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from peerdesk import __version__
from peerdesk.cli.common import UsageParser, report_errors

# Each module exposes register(subparsers); keep this list in the order `--help` shows it.
COMMAND_MODULES = [
    "peerdesk.cli.vault_cmds",
    "peerdesk.cli.data_cmds",
    "peerdesk.cli.log_cmds",
    "peerdesk.cli.training_cmds",
    "peerdesk.cli.checkin_cmds",
    "peerdesk.cli.resources_cmds",
    "peerdesk.cli.report_cmds",
]


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = UsageParser(
        prog="peerdesk",
        description="PeerDesk: a private, offline desk for peer supporters. "
        "With no command, the window opens.",
        epilog="Exit codes: 0 ok, 2 wrong passphrase, 3 damaged vault, 4 vault in use, "
        "5 newer format, 6 save failed, 7 no vault, 8 invalid input, 9 vault exists, 64 usage.",
    )
    parser.add_argument("--version", action="version", version=f"PeerDesk {__version__}")
    parser.add_argument("--vault", metavar="PATH", help="use this vault file, not the default")
    parser.add_argument("--demo", action="store_true", help="try PeerDesk on sample data")
    parser.add_argument("--self-test", action="store_true", help="check crypto, Qt and resources")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def set_language() -> str:
    """Content (questionnaires) in the language of the setting, else of LANGUAGE/LC_ALL/LANG."""
    from peerdesk import paths
    from peerdesk.core import language
    from peerdesk.core.settings import LocalSettings

    if language.pseudo_enabled():
        chosen = language.PSEUDO
    else:
        choice = str(LocalSettings(paths.config_dir() / "settings.json").get("language"))
        chosen = language.resolve(choice, language.environment_tags())
    language.set_current(chosen)
    return chosen


def run(args: argparse.Namespace) -> int:
    """Run a parsed subcommand; errors become their documented exit codes."""
    with report_errors() as outcome:
        outcome.code = int(args.func(args) or 0)
    return outcome.code


def main(argv: Sequence[str] | None = None) -> int:
    """The command line alone (the `peerdesk` program, peerdesk.app.main, adds the window)."""
    set_language()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 64
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
