"""`peerdesk training …`: list modules with status, validate a pack, log an external training."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from peerdesk.cli.common import add_command, print_json, print_table, unlocked_desk
from peerdesk.cli.freetext import TextInputs, add_text_option
from peerdesk.core.errors import InvalidInput

INVALID_EXIT = InvalidInput.exit_code  # 8, as documented for invalid input


def register(sub: Any) -> None:
    training = sub.add_parser(
        "training", help="training modules and your training log", description="Training modules."
    )
    commands = training.add_subparsers(dest="training_command", metavar="ACTION", required=True)

    listing = add_command(commands, "list", "list the training modules with your progress")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(func=_list)

    validate = commands.add_parser(
        "validate",
        help="check a module pack (zip or folder), or the shipped modules, and print every problem",
    )
    validate.add_argument(
        "path", metavar="PATH", type=Path, nargs="?", help="a .zip file or a folder; "
        "without it the shipped modules are checked with the shipped-module rules"
    )  # fmt: skip
    validate.add_argument(
        "--strict", action="store_true", help="also apply the shipped-module rules (answer "
        "positions and lengths, role-play endings, plausible time estimates)"
    )  # fmt: skip
    validate.set_defaults(func=_validate)

    log_add = add_command(commands, "log-add", "add an external training to your training log")
    add_text_option(log_add, "--course", "name of the course", required=True)
    add_text_option(log_add, "--provider", "who gave it", required=True)
    log_add.add_argument("--date", required=True, type=_date, help="YYYY-MM-DD")
    log_add.add_argument("--hours", required=True, type=float, help="hours attended, e.g. 3.5")
    log_add.set_defaults(func=_log_add)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def _list(args: argparse.Namespace) -> int:
    with unlocked_desk(args) as desk:
        rows = [_status_row(status) for status in desk.training.modules()]
        hours = desk.training.hours()
    if args.json:
        print_json({"modules": rows, "hours": hours})
        return 0
    columns = ["id", "title", "status", "minutes", "spent_minutes", "best_percent", "refresher_due"]
    print_table(rows, columns)
    print(
        f"Training hours credited: {hours['modules']} from completed modules (their estimated "
        f"time), {hours['external']} external. Time actually spent in modules: {hours['spent']} h."
    )
    return 0


def _status_row(status: Any) -> dict[str, Any]:
    return {
        "id": status.module_id,
        "title": status.title,
        "status": str(status.status),
        "minutes": status.estimated_minutes,
        "spent_minutes": status.spent_minutes,
        "best_percent": "" if status.best_percent is None else status.best_percent,
        "completed_on": status.completed_on.isoformat() if status.completed_on else "",
        "refresher_due": status.refresher_due.isoformat() if status.refresher_due else "",
    }


def _validate(args: argparse.Namespace) -> int:
    from peerdesk.core.training.loader import load_catalogue
    from peerdesk.core.training.packs import PackReport, read_pack
    from peerdesk.core.training.quality import catalogue_problems

    path: Path | None = args.path
    if path is None:
        shipped = load_catalogue()
        report = PackReport("training", list(shipped.modules.values()), shipped.problems)
    elif not path.exists():
        print(f"peerdesk: PATH: nothing at {path}", file=sys.stderr)
        return INVALID_EXIT
    else:
        report = read_pack(path)
    if path is None or args.strict:
        report.problems.extend(catalogue_problems(report.modules))
    for problem in report.problems:
        print(f"error: {problem}", file=sys.stderr)
    if report.problems or not report.modules:
        where = "the pack cannot be imported" if path else "fix them before shipping"
        print(f"{len(report.problems)} problem(s); {where}.", file=sys.stderr)
        return INVALID_EXIT
    for module in report.modules:
        print(f"ok: {module.id} (version {module.version}) — {module.title}")
    rules = "the shipped-module rules" if path is None or args.strict else "the module format"
    print(f"{len(report.modules)} module(s) valid under {rules}.")
    return 0


def _log_add(args: argparse.Namespace) -> int:
    texts = TextInputs.check(args, "--course", "--provider")
    with unlocked_desk(args) as desk:
        course, provider = texts.get("course", "") or "", texts.get("provider", "") or ""
        entry = desk.training.add_external(course, provider, args.date, args.hours)
        total = desk.training.hours()["total"]
    print(f"Added external training #{entry.id} ({entry.hours} h). Total training hours: {total}.")
    return 0
