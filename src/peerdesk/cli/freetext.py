"""Free text (notes, incident numbers, course names) never travels as a command-line argument.

Arguments are visible to every local user in the process list while a command waits for its
passphrase, and the shell writes them to its history file. So `--note TEXT` is refused;
`--note -` reads standard input (after the passphrase lines when it is not a terminal) and
`--note-file PATH` reads a file the user chose.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say

STDIN = "-"
MAX_TEXT_BYTES = 1024 * 1024  # far above any note; stops a wrong file (a video) from loading
_TERMINAL_END = "Ctrl+Z then Enter" if sys.platform == "win32" else "Ctrl+D"


def add_text_option(
    parser: argparse.ArgumentParser, flag: str, help_text: str, *, required: bool = False
) -> None:
    """Add `flag` (accepting only '-') and `flag-file PATH`; read them with `TextInputs`."""
    dest = flag.lstrip("-").replace("-", "_")
    group = parser.add_mutually_exclusive_group(required=required)
    group.add_argument(
        flag,
        dest=dest,
        metavar="-",
        help=say("{help_text}: '-' reads it from standard input", help_text=help_text),
    )
    group.add_argument(
        f"{flag}-file",
        dest=f"{dest}_file",
        metavar="PATH",
        help=say("{help_text}: read from a file", help_text=help_text),
    )


@dataclass
class TextInputs:
    """Free-text options checked up front (before any passphrase), read when needed.

    One option given '-' reads all that is left on standard input (several lines are fine);
    several options given '-' read one line each, in the order the command lists them.
    """

    texts: dict[str, str] = field(default_factory=dict)
    from_stdin: list[str] = field(default_factory=list)  # option names, in reading order
    labels: dict[str, str] = field(default_factory=dict)

    @classmethod
    def check(cls, args: argparse.Namespace, *flags: str) -> TextInputs:
        """Refuse text given as an argument; read named files now, so a bad path costs no
        passphrase prompt."""
        found = cls()
        for flag in flags:
            dest = flag.lstrip("-").replace("-", "_")
            found.labels[dest] = flag
            value, path = getattr(args, dest, None), getattr(args, f"{dest}_file", None)
            if path is not None:
                found.texts[dest] = read_text_file(Path(path).expanduser(), f"{flag}-file")
            elif value == STDIN:
                found.from_stdin.append(dest)
            elif value is not None:
                raise InvalidInput(refusal(flag), field=flag.lstrip("-"))
        return found

    def get(self, dest: str, default: str | None = None) -> str | None:
        """The text for `dest`; standard input is read at the first call (after the secrets)."""
        if self.from_stdin:
            pending, self.from_stdin = self.from_stdin, []
            if len(pending) == 1:
                self.texts[pending[0]] = read_stdin_text(self.labels[pending[0]])
            for name in pending if len(pending) > 1 else []:
                self.texts[name] = read_stdin_line(self.labels[name])
        return self.texts.get(dest, default)


def refusal(flag: str) -> str:
    return (
        f"for your privacy, {flag} does not take text on the command line: other people on "
        "this computer can see a running command's arguments, and your shell saves them in "
        f"its history. Use '{flag} -' to type or pipe the text in, or '{flag}-file PATH' to "
        "read it from a file. Nothing was saved."
    )


def read_text_file(path: Path, label: str) -> str:
    try:
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise InvalidInput(
                say("{path} is larger than 1 MiB; is it the right file?", path=path), label
            )
        raw = path.read_bytes()
    except IsADirectoryError:
        raise InvalidInput(say("{path} is a folder, not a text file", path=path), label) from None
    except FileNotFoundError:
        raise InvalidInput(say("there is no file at {path}", path=path), label) from None
    except OSError as exc:
        raise InvalidInput(
            say("could not read {path} ({strerror})", path=path, strerror=exc.strerror), label
        ) from None
    return _decode(raw, label)


def read_stdin_text(flag: str) -> str:
    """Everything left on standard input; on a terminal, a prompt and text up to end-of-file."""
    stream = sys.stdin
    if stream is None:
        raise InvalidInput(
            say("there is no standard input to read the text from"), flag.lstrip("-")
        )
    if stream.isatty():
        print(
            say(
                "Type the text for {flag}; end with {end} on a line of its own:",
                flag=flag,
                end=_TERMINAL_END,
            ),
            file=sys.stderr,
        )
    return str(stream.read()).rstrip("\r\n")


def read_stdin_line(flag: str) -> str:
    stream = sys.stdin
    if stream is not None and stream.isatty():
        print(f"{flag}: ", end="", file=sys.stderr, flush=True)
    line = stream.readline() if stream is not None else ""
    if not line:
        raise InvalidInput(say("expected one more line on standard input"), flag.lstrip("-"))
    return str(line).rstrip("\r\n")


def _decode(raw: bytes, label: str) -> str:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(
            say("the file is not UTF-8 text; save it as UTF-8 and try again"), label
        ) from None
    return text.rstrip("\r\n")
