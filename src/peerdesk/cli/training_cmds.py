"""`peerdesk training …`: list modules with status, validate a pack, log an external training."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from peerdesk.cli.common import add_command, print_json, print_table, unlocked_desk
from peerdesk.cli.freetext import TextInputs, add_text_option
from peerdesk.core import language as lang
from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import decimal, say, say_n

INVALID_EXIT = InvalidInput.exit_code  # 8, as documented for invalid input


def register(sub: Any) -> None:
    training = sub.add_parser(
        "training",
        help=say("training modules and your training log"),
        description=say("Training modules."),
    )
    commands = training.add_subparsers(dest="training_command", metavar="ACTION", required=True)

    listing = add_command(commands, "list", say("list the training modules with your progress"))
    listing.add_argument("--json", action="store_true", help=say("print JSON instead of a table"))
    listing.set_defaults(func=_list)

    validate = commands.add_parser(
        "validate",
        help=say(
            "check a module pack (zip or folder), or the shipped modules, and print every problem",
        ),
    )
    validate.add_argument(
        "path",
        metavar="PATH",
        type=Path,
        nargs="?",
        help=say(
            "a .zip file or a folder; without it the shipped modules are checked with the "
            "shipped-module rules",
        ),
    )
    validate.add_argument(
        "--strict",
        action="store_true",
        help=say(
            "also apply the shipped-module rules (answer positions and lengths, role-play "
            "endings, plausible time estimates)",
        ),
    )
    validate.set_defaults(func=_validate)

    log_add = add_command(commands, "log-add", say("add an external training to your training log"))
    add_text_option(log_add, "--course", say("name of the course"), required=True)
    add_text_option(log_add, "--provider", say("who gave it"), required=True)
    log_add.add_argument("--date", required=True, type=_date, help=say("YYYY-MM-DD"))
    log_add.add_argument("--hours", required=True, type=float, help=say("hours attended, e.g. 3.5"))
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
        say(
            "Training hours credited: {modules} from completed modules (their estimated "
            "time), {external} external. Time actually spent in modules: {spent} h.",
            modules=decimal(hours["modules"]),
            external=decimal(hours["external"]),
            spent=decimal(hours["spent"]),
        )
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
        shipped = load_catalogue(language=lang.ENGLISH)
        report = PackReport("training", list(shipped.modules.values()), shipped.problems)
    elif not path.exists():
        print(say("peerdesk: PATH: nothing at {path}", path=path), file=sys.stderr)
        return INVALID_EXIT
    else:
        report = read_pack(path, lang.ENGLISH)
    if path is None or args.strict:
        report.problems.extend(catalogue_problems(report.modules))
        report.problems.extend(_other_languages(path, report.modules))
    for problem in report.problems:
        print(f"error: {problem}", file=sys.stderr)
    if report.problems or not report.modules:
        where = "the pack cannot be imported" if path else "fix them before shipping"
        print(f"{len(report.problems)} problem(s); {where}.", file=sys.stderr)
        return INVALID_EXIT
    for module in report.modules:
        print(
            say(
                "ok: {id} (version {version}) — {title}",
                id=module.id,
                version=module.version,
                title=module.title,
            )
        )
    count = len(report.modules)
    if path is None or args.strict:
        done = say_n(
            "{n} module valid under the shipped-module rules.",
            "{n} modules valid under the shipped-module rules.",
            count,
        )
    else:
        done = say_n(
            "{n} module valid under the module format.",
            "{n} modules valid under the module format.",
            count,
        )
    print(done)
    return 0


def _other_languages(path: Path | None, modules: list[Any]) -> list[Any]:
    """Translations complete and of the same shape; the quality rules again in each language."""
    from peerdesk.core.training.languages import languages_of, translation_problems
    from peerdesk.core.training.loader import load_catalogue
    from peerdesk.core.training.model import LoadProblem
    from peerdesk.core.training.packs import read_pack
    from peerdesk.core.training.quality import catalogue_problems

    found = [problem for module in modules for problem in translation_problems(module)]
    present = set().union(*(languages_of(m) for m in modules)) if modules else set()
    for code in sorted(present - {lang.ENGLISH}):
        if path is None:
            translated = list(load_catalogue(language=code).modules.values())
        else:
            translated = read_pack(path, code).modules
        found += [
            LoadProblem(p.source, f"[{code}] {p.field}", p.message)
            for p in catalogue_problems(translated)
        ]
    return found


def _log_add(args: argparse.Namespace) -> int:
    texts = TextInputs.check(args, "--course", "--provider")
    with unlocked_desk(args) as desk:
        course, provider = texts.get("course", "") or "", texts.get("provider", "") or ""
        entry = desk.training.add_external(course, provider, args.date, args.hours)
        total = desk.training.hours()["total"]
    print(
        say(
            "Added external training #{id} ({hours} h). Total training hours: {total}.",
            id=entry.id,
            hours=decimal(entry.hours),
            total=total,
        )
    )
    return 0
