"""Shared pieces of the command line: secrets, opening the vault, errors to exit codes, output."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peerdesk.core.errors import PeerDeskError
from peerdesk.core.messages import Labels, say

USAGE_EXIT = 64
CLOSED_PIPE_EXIT = 141  # 128 + SIGPIPE: what a shell reports when a reader stops early


class UsageParser(argparse.ArgumentParser):
    """argparse exits with 2 on bad usage; 2 already means 'wrong passphrase' here."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        text = say("{prog}: error: {message}", prog=self.prog, message=_argparse_message(message))
        self.exit(USAGE_EXIT, text + "\n")

    def format_usage(self) -> str:
        return _argparse_words(super().format_usage())

    def format_help(self) -> str:
        return _argparse_words(super().format_help())


def _argparse_message(message: str) -> str:
    """The commonest argparse errors in the current language; others stay as argparse says them."""
    if found := re.fullmatch(r"the following arguments are required: (.*)", message):
        return say("the following arguments are required: {names}", names=found[1])
    if found := re.fullmatch(r"unrecognized arguments: (.*)", message):
        return say("unrecognized arguments: {names}", names=found[1])
    if found := re.fullmatch(r"argument (.+?): invalid choice: (.*)", message):
        return say("argument {name}: invalid choice: {detail}", name=found[1], detail=found[2])
    return message


def _argparse_words(text: str) -> str:
    """argparse's own headings in the current language (its messages come without a catalogue)."""
    for english, said in (
        ("usage: ", say("usage: ")),
        ("positional arguments:", say("positional arguments:")),
        ("options:", say("options:")),
        ("show this help message and exit", say("show this help message and exit")),
        ("show program's version number and exit", say("show program's version number and exit")),
    ):
        text = text.replace(english, said)
    return text


def add_command(sub: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    """A subcommand parser that also accepts --vault after the command name."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    add_vault_arg(parser)
    return parser


def add_vault_arg(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps a --vault given before the subcommand from being reset to None.
    parser.add_argument(
        "--vault",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=say("vault file (default: per-user)"),
    )
    add_slow_unlock_arg(parser)


def add_slow_unlock_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-slow-unlock",
        action="store_true",
        default=argparse.SUPPRESS,
        help=say("unlock even when the file asks for far more work than usual"),
    )


def vault_path(args: argparse.Namespace) -> Path:
    from peerdesk import paths

    given = getattr(args, "vault", None)
    return Path(given).expanduser() if given else paths.default_vault_path()


def read_secret(prompt: str) -> str:
    """Prompt without echo on a terminal; otherwise read exactly one line from stdin."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise PeerDeskError(
            say("Expected a line on standard input for: {prompt}", prompt=prompt.strip(": \u00a0"))
        )
    return line.rstrip("\r\n")


def open_vault(args: argparse.Namespace, *, recovery: bool = False) -> Any:
    """Unlock the vault named by args, prompting for the passphrase (or recovery key)."""
    from peerdesk.storage.vault import open_vault as _open

    path = vault_path(args)
    slow = bool(getattr(args, "allow_slow_unlock", False))
    if recovery:
        vault = _open(path, recovery_key=read_secret(say("Recovery key: ")), allow_slow_unlock=slow)
    else:
        vault = _open(path, passphrase=read_secret(say("Passphrase: ")), allow_slow_unlock=slow)
    if vault.rollback is not None and not getattr(args, "accept_this_copy", False):
        print(say(
"peerdesk: warning: {problem} Going on with this copy; 'peerdesk verify "
"--accept-this-copy' makes it the expected one.",
problem=vault.rollback.message(),
),
              file=sys.stderr)  # fmt: skip
    return vault


@contextlib.contextmanager
def unlocked_desk(args: argparse.Namespace) -> Iterator[Any]:
    """Yield the Desk facade of the unlocked vault; save (if changed) and lock on the way out."""
    from peerdesk.storage.assembly import open_desk

    vault = open_vault(args)
    try:
        yield open_desk(vault)
        vault.save_if_dirty()
    finally:
        vault.close()


@dataclass
class Outcome:
    code: int = 0


@contextlib.contextmanager
def report_errors() -> Iterator[Outcome]:
    """Turn PeerDesk's typed errors into a clear message and their exit code, never a traceback."""
    outcome = Outcome()
    try:
        yield outcome
    except PeerDeskError as err:
        print(f"peerdesk: {err.message}", file=sys.stderr)
        outcome.code = err.exit_code
    except KeyboardInterrupt:
        print(say("peerdesk: interrupted; the last completed step is saved."), file=sys.stderr)
        outcome.code = 130
    except BrokenPipeError:
        outcome.code = quiet_closed_pipe()


def ends_quietly(body: Callable[[], int]) -> int:
    """Run body; when the reader of our output has gone, end quietly instead of a traceback."""
    try:
        try:
            code = body()
        finally:
            flush_stdout()  # a closed pipe shows up here, not as noise at interpreter exit
    except BrokenPipeError:
        return quiet_closed_pipe()
    return code


def flush_stdout() -> None:
    if sys.stdout is not None:
        sys.stdout.flush()


def quiet_closed_pipe() -> int:
    """The reader (e.g. `head -1`) has gone: end without a traceback, as Python's docs advise.

    Later writes and the flush at exit go to the null device instead of raising again.
    """
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return CLOSED_PIPE_EXIT


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


# Column headings of the terminal tables (the JSON keys stay as they are).
HEADINGS = Labels(
    {
        "id": "ID",
        "when": "WHEN",
        "instrument": "INSTRUMENT",
        "scores": "SCORES",
        "note": "NOTE",
        "minutes": "MINUTES",
        "channel": "CHANNEL",
        "kind": "KIND",
        "topics": "TOPICS",
        "risk": "RISK",
        "follow_up": "FOLLOW_UP",
        "name": "NAME",
        "country": "COUNTRY",
        "contact": "CONTACT",
        "hours": "HOURS",
        "phones": "PHONES",
        "title": "TITLE",
        "status": "STATUS",
        "spent_minutes": "SPENT_MINUTES",
        "best_percent": "BEST_PERCENT",
        "refresher_due": "REFRESHER_DUE",
    }
)


def print_table(rows: list[dict[str, Any]], columns: list[str]) -> None:
    """A plain aligned table for terminals; empty input prints a short note instead."""
    if not rows:
        print(say("(nothing to show)"))
        return
    heads = {c: HEADINGS.get(c, c.upper()) for c in columns}
    widths = {c: max(len(heads[c]), *(len(str(r.get(c, ""))) for r in rows)) for c in columns}
    print("  ".join(heads[c].ljust(widths[c]) for c in columns))
    for row in rows:
        print("  ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns))
