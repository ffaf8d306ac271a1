"""`peerdesk resources …`: search, list and import the referral directory (no passphrase needed)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from peerdesk.cli.common import print_json, print_table
from peerdesk.core.messages import say, say_n
from peerdesk.core.resources.texts import text_code_line

COLUMNS = ["id", "name", "country", "contact", "hours"]


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "resources", help=say("search and import the referral directory"),
        description=say("The referral directory lives outside the vault: no passphrase needed."),
    )  # fmt: skip
    inner = parser.add_subparsers(dest="resources_command", metavar="ACTION", required=True)
    search = inner.add_parser("search", help=say("find services by words and filters"))
    search.add_argument(
        "query", nargs="?", default="", help=say("words to look for (typos are fine)")
    )
    _add_filters(search)
    search.set_defaults(func=_search)
    listing = inner.add_parser("list", help=say("list every entry, optionally for one country"))
    listing.add_argument("--country", metavar="CC", help=say("two-letter country code, e.g. CA"))
    listing.add_argument("--json", action="store_true", help=say("print JSON instead of a table"))
    listing.set_defaults(func=_list)
    importing = inner.add_parser(
        "import", help=say("import an HSDS package/JSON or a PeerDesk CSV")
    )
    importing.add_argument("path", help=say("folder or .zip with datapackage.json, .json or .csv"))
    importing.add_argument(
        "--country", metavar="CC", help=say("country for phone numbers that do not say (e.g. US)")
    )
    importing.add_argument(
        "--dry-run", action="store_true", help=say("show the report, import nothing")
    )
    importing.add_argument("--json", action="store_true", help=say("print the report as JSON"))
    importing.set_defaults(func=_import)


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--country", metavar="CC", help=say("two-letter country code, e.g. GB"))
    parser.add_argument("--region", help=say("province, state or area"))
    parser.add_argument("--category", help=say("e.g. crisis, youth, veterans"))
    parser.add_argument("--language", metavar="CODE", help=say("language code, e.g. fr"))
    parser.add_argument("--channel", choices=["call", "text", "chat", "web", "email", "in_person"])
    parser.add_argument(
        "--open-24-7", action="store_true", help=say("only services open around the clock")
    )
    parser.add_argument(
        "--limit", type=int, default=20, help=say("most results to show (default 20)")
    )
    parser.add_argument("--json", action="store_true", help=say("print JSON instead of a table"))


def _open() -> Any:
    from peerdesk.storage.directory import Directory

    return Directory.open()


def _row(resource: Any) -> dict[str, Any]:
    contact = [p.number + ("" if p.checked else " (unchecked)") for p in resource.phones]
    # The same words as the window's card, in the language the command runs in.
    contact += [text_code_line(c.keyword, c.number) for c in resource.text_codes]
    flag = " (check: possibly out of date)" if resource.possibly_out_of_date() else ""
    return {
        "id": resource.id,
        "name": resource.name + flag,
        "country": resource.country or "",
        "contact": ", ".join(contact) or resource.website,
        "hours": "24/7" if resource.open_24_7 else resource.hours[:30],
    }


def _show(resources: list[Any], as_json: bool) -> None:
    if as_json:
        print_json(
            [r.to_dict() | {"possibly_out_of_date": r.possibly_out_of_date()} for r in resources]
        )
    else:
        print_table([_row(r) for r in resources], COLUMNS)


def _search(args: argparse.Namespace) -> int:
    directory = _open()
    try:
        found = directory.search(
            args.query, limit=args.limit, country=args.country, region=args.region,
            category=args.category, language=args.language, channel=args.channel,
            open_24_7=args.open_24_7,
        )  # fmt: skip
        _show(found, args.json)
        if not found and args.query.strip() and not args.json:
            needs = ", ".join(directory.closest_needs(args.query))
            print(
                say("No services match that. Closest needs in the directory: {needs}.", needs=needs)
            )
    finally:
        directory.close()
    return 0


def _list(args: argparse.Namespace) -> int:
    directory = _open()
    try:
        _show(directory.list(country=args.country), args.json)
    finally:
        directory.close()
    return 0


def _progress(done: int, total: int, what: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{what} {done}/{total}".ljust(60), end="", file=sys.stderr, flush=True)


def _import(args: argparse.Namespace) -> int:
    from peerdesk.core.resources.report import ImportRejected

    directory = _open()
    try:
        if args.dry_run:
            report = directory.preview_import(args.path, default_country=args.country)
        else:
            try:
                report = directory.import_path(
                    args.path, default_country=args.country, progress=_progress
                )
            except ImportRejected as err:
                _print_report(err.report, args.json, imported=False)
                raise
        _print_report(report, args.json, imported=not args.dry_run and report.ok)
    finally:
        directory.close()
    return 0 if report.ok else 8


def _print_report(report: Any, as_json: bool, imported: bool) -> None:
    if as_json:
        print_json(report.to_dict() | {"imported": imported})
        return
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print("\n".join(report.summary_lines()))
    print_table(report.preview(), ["id", "name", "country", "phones"])
    if imported:
        count = len(report.resources)
        print(
            say_n(
                "Imported {n} service ({new} new, {updated} updated).",
                "Imported {n} services ({new} new, {updated} updated).",
                count,
                new=report.new,
                updated=report.updated,
            )
        )
    else:
        print(say("Nothing was imported."))
