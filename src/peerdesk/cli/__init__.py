"""The `peerdesk` subcommands, on core and storage alone (the window is peerdesk.app's part)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from peerdesk import __version__
from peerdesk.cli.common import UsageParser, add_slow_unlock_arg, ends_quietly, report_errors
from peerdesk.core.messages import say
from peerdesk.storage.hardening import harden_process

# Each module exposes register(subparsers); keep this list in the order `--help` shows it.
COMMAND_MODULES = [
    "peerdesk.cli.vault_cmds",
    "peerdesk.cli.data_cmds",
    "peerdesk.cli.log_cmds",
    "peerdesk.cli.training_cmds",
    "peerdesk.cli.checkin_cmds",
    "peerdesk.cli.resources_cmds",
    "peerdesk.cli.report_cmds",
    "peerdesk.cli.guard_cmds",
]
# Which module registers each command: running one command imports its module only, not every
# command's parser and dependencies (tests/cli/test_imports.py checks this table).
COMMANDS = {
    **dict.fromkeys(
        ("init", "verify", "passwd", "recover", "rotate-key", "backup", "backups", "restore"),
        "peerdesk.cli.vault_cmds",
    ),
    **dict.fromkeys(("export", "import-data", "erase"), "peerdesk.cli.data_cmds"),
    "log": "peerdesk.cli.log_cmds",
    "training": "peerdesk.cli.training_cmds",
    "checkin": "peerdesk.cli.checkin_cmds",
    "resources": "peerdesk.cli.resources_cmds",
    "report": "peerdesk.cli.report_cmds",
    "guard": "peerdesk.cli.guard_cmds",
}
_TOP_OPTIONS_WITH_VALUE = ("--vault",)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The full parser, or (given argv naming a command) one with only that command's module."""
    import importlib

    parser = UsageParser(
        prog="peerdesk",
        description=say(
            "PeerDesk: a private, offline desk for peer supporters. With no command, the "
            "window opens.",
        ),
        epilog=say(
            "Exit codes: 0 ok, 2 wrong passphrase, 3 damaged vault, 4 vault in use, 5 "
            "newer format, 6 save failed, 7 no vault, 8 invalid input, 9 vault exists, 11 "
            "unlock far costlier than usual (refused), 64 usage, 141 output closed early "
            "(e.g. by head).",
        ),
    )
    parser.add_argument("--version", action="version", version=f"PeerDesk {__version__}")
    parser.add_argument("--vault", metavar="PATH", help=say("use this vault file, not the default"))
    parser.add_argument("--demo", action="store_true", help=say("try PeerDesk on sample data"))
    parser.add_argument(
        "--self-test", action="store_true", help=say("check crypto, Qt and resources")
    )
    add_slow_unlock_arg(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _modules_for(argv):
        importlib.import_module(name).register(sub)
    return parser


def _modules_for(argv: Sequence[str] | None) -> list[str]:
    """Help, no command or an unknown one need every module (to list them); else just one."""
    if argv is None:
        return COMMAND_MODULES
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help", "--"):
            return COMMAND_MODULES
        if word in _TOP_OPTIONS_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return [COMMANDS[word]] if word in COMMANDS else COMMAND_MODULES
    return COMMAND_MODULES


def set_language() -> str:
    """Content (questionnaires) in the language of the setting, else of LANGUAGE/LC_ALL/LANG."""
    from peerdesk import paths
    from peerdesk.core import language
    from peerdesk.core.settings import LocalSettings

    if language.pseudo_enabled():
        chosen = language.PSEUDO
    else:
        choice = str(LocalSettings(paths.local_settings_path()).get("language"))
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
    harden_process()  # before any secret is read: no core file, private files
    return ends_quietly(lambda: _main(argv))


def _main(argv: Sequence[str] | None) -> int:
    set_language()
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 64
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
