"""`peerdesk guard`: check a text on standard input for identifiers before it is used."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from peerdesk.cli.common import print_json
from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say

MAX_CHARS = 200_000  # a long training handout; anything bigger is almost surely a wrong file


def register(sub: Any) -> None:
    help_text = "check a text on standard input for names, numbers and other identifiers"
    parser = sub.add_parser("guard", help=help_text, description=help_text)
    parser.add_argument("--json", action="store_true", help=say("print the findings as JSON"))
    parser.add_argument(
        "--region",
        metavar="CC",
        help=say("your country first for phone numbers: CA US GB IE AU NZ"),
    )
    parser.add_argument(
        "--redact", action="store_true", help=say("print the text with placeholders instead")
    )
    parser.set_defaults(func=_guard)


def _guard(args: argparse.Namespace) -> int:
    from peerdesk.core import deid

    region = _region(args.region)
    text = _read_stdin()
    findings = deid.scan(text, region=region)
    if args.redact:
        sys.stdout.write(deid.redact(text, findings))
    elif args.json:
        print_json([_as_dict(text, f) for f in findings])
    else:
        _print_findings(text, findings)
    return 0


def _region(given: str | None) -> str | None:
    from peerdesk.core.deid import phones

    if given is None:
        return None
    code = given.strip().upper()
    if phones.regions_for(code)[0] != code.replace("UK", "GB"):
        choices = ", ".join(phones.SUPPORTED_REGIONS)
        raise InvalidInput(
            say(
                "--region {given!r} is not one PeerDesk knows; use one of {choices}.",
                given=given,
                choices=choices,
            )
        )
    return code


def _read_stdin() -> str:
    if sys.stdin is None or sys.stdin.isatty():
        raise InvalidInput(say("Give the text on standard input, e.g. peerdesk guard < note.txt"))
    raw = getattr(sys.stdin, "buffer", None)
    try:  # decode the bytes ourselves: a terminal's lenient decoding would hide bad input
        text = raw.read(MAX_CHARS * 4 + 1).decode("utf-8-sig") if raw else sys.stdin.read()
    except UnicodeDecodeError as err:
        raise InvalidInput(
            say("The text is not UTF-8 ({reason}); save it as UTF-8.", reason=err.reason)
        ) from err
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        raise InvalidInput(say("The text is not UTF-8; save it as UTF-8 and try again."))
    if len(text) > MAX_CHARS:
        raise InvalidInput(
            say("The text is over {most} characters; check it in parts.", most=f"{MAX_CHARS:,}")
        )
    if not text.strip():
        raise InvalidInput(say("The text on standard input is empty: nothing to check."))
    return text


def _as_dict(text: str, finding: Any) -> dict[str, Any]:
    line, column = _position(text, finding.start)
    return {
        "start": finding.start,
        "end": finding.end,
        "line": line,
        "column": column,
        "kind": finding.kind,
        "soft": finding.soft,
        "text": finding.text,
        "replacement": finding.replacement,
    }


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _print_findings(text: str, findings: list[Any]) -> None:
    from peerdesk.core.deid import LABELS

    if not findings:
        print(say("No identifiers found."))
        return
    hard = [f for f in findings if not f.soft]
    soft = len(findings) - len(hard)
    print(say("Likely identifiers: {hard}. Details to review: {soft}.", hard=len(hard), soft=soft))
    for finding in findings:
        line, column = _position(text, finding.start)
        where = {"line": line, "column": column, "kind": LABELS[finding.kind], "text": finding.text}
        if finding.soft:
            print(
                say(
                    "  line {line}, col {column}: {kind}: {text!r}  (could identify: worth a "
                    "second look)",
                    **where,
                )
            )
        else:
            print(say("  line {line}, col {column}: {kind}: {text!r}", **where))
