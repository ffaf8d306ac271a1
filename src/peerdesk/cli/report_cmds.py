"""`peerdesk report …`: a de-identified report of a period, and the coordinator's merge."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from peerdesk.cli.common import add_command, unlocked_desk
from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say, say_n
from peerdesk.core.reports.period import GRAINS, check_whole_months, parse_bound

FORMATS = ("csv", "json", "pdf")


def register(sub: Any) -> None:
    report = add_command(
        sub,
        "report",
        say(
            "write a de-identified report of a period (or merge reports: report merge)",
        ),
    )
    report.add_argument(
        "--from", dest="from_date", metavar="MONTH", help=say("first month, YYYY-MM (whole months)")
    )
    report.add_argument(
        "--to", dest="to_date", metavar="MONTH", help=say("last month, YYYY-MM (whole months)")
    )
    report.add_argument(
        "--by", choices=GRAINS, help=say("contacts per month, quarter or year (default: by length)")
    )
    report.add_argument("--format", choices=FORMATS, help=say("default: from the file name"))
    report.add_argument("--out", type=Path, metavar="FILE", help=say("file to write"))
    report.add_argument(
        "--k", type=int, default=5, help=say("smallest count shown; smaller ones become 0 or k")
    )
    report.add_argument(
        "--include-training", action="store_true", help=say("add your training hours and modules")
    )
    report.set_defaults(func=_report, report_parser=report)
    actions = report.add_subparsers(dest="report_command", metavar="ACTION")
    merge = actions.add_parser(
        "merge",
        help=say("combine supporters' JSON reports into one team report"),
        description=say(
            "Add up exported JSON reports (none counted twice) and protect them again.",
        ),
    )
    merge.add_argument("reports", nargs="+", type=Path, metavar="REPORT.json")
    merge.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help=say("team.json|csv|pdf")
    )
    merge.add_argument("--format", choices=FORMATS, help=say("default: from the file name"))
    merge.add_argument(
        "--k", type=int, default=5, help=say("smallest count shown (at least the inputs')")
    )
    merge.set_defaults(func=_merge)


def period_of(first: str, last: str) -> tuple[date, date]:
    """Whole months from the command line: "2024-03", or a month's first and last day."""
    start = parse_bound(first, "from", last=False)
    end = parse_bound(last, "to", last=True)
    check_whole_months(start, end)
    return start, end


def _report(args: argparse.Namespace) -> int:
    from peerdesk.core.reports import accuracy_sentence, render
    from peerdesk.core.reports.build import check_k
    from peerdesk.core.reports.export import format_for

    missing = [f"--{n}" for n in ("from", "to", "out") if _arg(args, n) is None]
    if missing:
        args.report_parser.error(f"the following arguments are required: {', '.join(missing)}")
    # Refuse a bad format, period or k before asking for the passphrase.
    fmt = format_for(args.out, args.format)
    start, end = period_of(args.from_date, args.to_date)
    check_k(args.k)
    with unlocked_desk(args) as desk:
        inputs = desk.reports.gather(start, end, include_training=args.include_training)
    report = inputs.build(args.k, args.by or "")
    render(report, fmt, args.out)
    print(
        say_n(
            "Report written to {out} ({n} contact).",
            "Report written to {out} ({n} contacts).",
            report.contacts,
            out=args.out,
        )
    )
    print(accuracy_sentence(report))
    return 0


def _arg(args: argparse.Namespace, name: str) -> Any:
    return getattr(args, {"from": "from_date", "to": "to_date"}.get(name, name))


def _merge(args: argparse.Namespace) -> int:
    from peerdesk.core.reports import accuracy_sentence, load_reports, merge_reports, render
    from peerdesk.core.reports.export import format_for

    fmt = format_for(args.out, args.format)
    documents = [(path.name, _read_json(path)) for path in args.reports]
    team = merge_reports(load_reports(documents), k=args.k)
    render(team, fmt, args.out)
    print(
        say_n(
            "Merged {n} report into {out}.",
            "Merged {n} reports into {out}.",
            team.reports_merged,
            out=args.out,
        )
    )
    print(accuracy_sentence(team))
    return 0


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInput(say("no such file: {path}", path=path), field="reports") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InvalidInput(
            say("{name} is not a readable JSON report ({err})", name=path.name, err=err),
            field="reports",
        ) from None
