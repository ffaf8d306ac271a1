"""Shared pieces of the command line: secrets, opening the vault, errors to exit codes, output."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peerdesk.core.errors import PeerDeskError

USAGE_EXIT = 64
CLOSED_PIPE_EXIT = 141  # 128 + SIGPIPE: what a shell reports when a reader stops early


class UsageParser(argparse.ArgumentParser):
    """argparse exits with 2 on bad usage; 2 already means 'wrong passphrase' here."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(USAGE_EXIT, f"{self.prog}: error: {message}\n")


def add_command(sub: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    """A subcommand parser that also accepts --vault after the command name."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    add_vault_arg(parser)
    return parser


def add_vault_arg(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps a --vault given before the subcommand from being reset to None.
    parser.add_argument(
        "--vault", metavar="PATH", default=argparse.SUPPRESS, help="vault file (default: per-user)"
    )
    add_slow_unlock_arg(parser)


def add_slow_unlock_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-slow-unlock",
        action="store_true",
        default=argparse.SUPPRESS,
        help="unlock even when the file asks for far more work than usual",
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
        raise PeerDeskError(f"Expected a line on standard input for: {prompt.strip(': ')}")
    return line.rstrip("\r\n")


def open_vault(args: argparse.Namespace, *, recovery: bool = False) -> Any:
    """Unlock the vault named by args, prompting for the passphrase (or recovery key)."""
    from peerdesk.storage.vault import open_vault as _open

    path = vault_path(args)
    slow = bool(getattr(args, "allow_slow_unlock", False))
    if recovery:
        vault = _open(path, recovery_key=read_secret("Recovery key: "), allow_slow_unlock=slow)
    else:
        vault = _open(path, passphrase=read_secret("Passphrase: "), allow_slow_unlock=slow)
    if vault.rollback is not None and not getattr(args, "accept_this_copy", False):
        print(f"peerdesk: warning: {vault.rollback.message()} Going on with this copy; "
              "'peerdesk verify --accept-this-copy' makes it the expected one.",
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
        print("peerdesk: interrupted; the last completed step is saved.", file=sys.stderr)
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


def print_table(rows: list[dict[str, Any]], columns: list[str]) -> None:
    """A plain aligned table for terminals; empty input prints a short note instead."""
    if not rows:
        print("(nothing to show)")
        return
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in columns}
    print("  ".join(c.upper().ljust(widths[c]) for c in columns))
    for row in rows:
        print("  ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns))
