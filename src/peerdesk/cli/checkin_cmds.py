"""`peerdesk checkin add|list`: record a self-care check-in and review past ones."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from peerdesk.cli.common import add_command, add_vault_arg, print_json, print_table, unlocked_desk
from peerdesk.cli.freetext import TextInputs, add_text_option
from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say

QUICK = "quick_checkin"


def _quick_items() -> list[tuple[str, str]]:
    """(key, question) of the shipped quick check-in, so the options follow the data file."""
    from peerdesk.core.selfcare.instruments import builtin_instruments

    return [(item.key, item.text) for item in builtin_instruments()[QUICK].items]


def register(sub: Any) -> None:
    parser = add_command(sub, "checkin", say("Self-care check-ins: add one, or list past ones."))
    actions = parser.add_subparsers(dest="checkin_command", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add", help=say("record a check-in (the quick one unless --instrument)")
    )
    add_vault_arg(add)
    add.add_argument(
        "--instrument", default=QUICK, help=say("instrument id (default {quick})", quick=QUICK)
    )
    for key, question in _quick_items():
        add.add_argument(f"--{key.replace('_', '-')}", dest=f"item_{key}", type=int,
                         metavar="N", help=f"{question} (1–5)")  # fmt: skip
    add.add_argument(
        "--answers",
        metavar="LIST",
        help=say("answers in item order, e.g. 3,4,2,… (ProQOL 5, WHO-5, …)"),
    )
    add_text_option(add, "--note", "a private note (stays in the vault, never shown)")
    add.add_argument("--at", metavar="'YYYY-MM-DD HH:MM'", help=say("when (default: now)"))
    add.add_argument("--json", action="store_true", help=say("print the result as JSON"))
    add.set_defaults(func=_add)

    show = actions.add_parser(
        "list", help=say("list check-ins with their scores (notes never shown)")
    )
    add_vault_arg(show)
    show.add_argument("--instrument", help=say("only this instrument"))
    show.add_argument("--json", action="store_true", help=say("print as JSON"))
    show.set_defaults(func=_list)


def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput(say("use the form YYYY-MM-DD HH:MM"), field="at") from None


def _add(args: argparse.Namespace) -> int:
    from peerdesk.core.selfcare.checkins import parse_answer_list

    named = {k[5:]: v for k, v in vars(args).items() if k.startswith("item_") and v is not None}
    if args.answers and named:
        raise InvalidInput(
            say("give either --answers or the named items, not both"), field="answers"
        )
    when = _when(args.at)
    texts = TextInputs.check(args, "--note")
    with unlocked_desk(args) as desk:
        note = texts.get("note", "") or ""  # standard input is read after the passphrase
        service = desk.selfcare
        if args.answers is not None:
            answers = parse_answer_list(args.answers)
            checkin = service.add_checkin(args.instrument, answers, when, note)
        elif args.instrument == QUICK:
            checkin = service.add_by_keys(QUICK, named, when, note)
        else:
            raise InvalidInput(
                say("give the answers for {instrument} with --answers", instrument=args.instrument),
                "answers",
            )
        row = _row(service, checkin)
    if args.json:
        print_json(row)
    else:
        print(
            say(
                "Check-in {id} saved ({instrument}, {when}).",
                id=row["id"],
                instrument=row["instrument"],
                when=row["when"],
            )
        )
        for measure in row["measures"]:
            print(f"  {measure['name']}: {measure['value']} – {measure['band']}. "
                  f"{measure['message']}")  # fmt: skip
    return 0


def _list(args: argparse.Namespace) -> int:
    with unlocked_desk(args) as desk:
        service = desk.selfcare
        if args.instrument:
            service.instrument(args.instrument)  # an unknown id is an error, not an empty list
        rows = [_row(service, c) for c in service.checkins(args.instrument)]
    if args.json:
        for row in rows:
            for measure in row["measures"]:
                measure.pop("message")
        print_json(rows)
        return 0
    table = [
        {**r, "scores": "; ".join(f"{m['name']} {m['value']} ({m['band']})" for m in r["measures"]),
         "note": "yes" if r["has_note"] else ""}
        for r in rows
    ]  # fmt: skip
    print_table(table, ["id", "when", "instrument", "scores", "note"])
    return 0


def _row(service: Any, checkin: Any) -> dict[str, Any]:
    """A check-in as output: scores and bands, whether a note exists — never the note itself."""
    from peerdesk.core.selfcare.scoring import format_value

    measures = [
        {"measure": m.measure, "name": m.name, "raw": m.raw, "value": format_value(m),
         "band": m.band.label, "concern": m.band.concern, "message": m.band.message}
        for m in service.scores(checkin).values()
    ]  # fmt: skip
    return {
        "id": checkin.id,
        "when": checkin.taken_at.isoformat(sep=" ", timespec="minutes"),
        "instrument": checkin.instrument,
        "answers": list(checkin.answers),
        "measures": measures,
        "has_note": bool(checkin.note),
    }
