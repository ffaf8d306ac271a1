"""PeerDesk's own simple CSV template for a list of services (see docs/directory-format.md)."""

from __future__ import annotations

import re
from typing import Any

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say
from peerdesk.core.resources.entity import resource_from_dict
from peerdesk.core.resources.reading import csv_rows, decode
from peerdesk.core.resources.report import ImportReport, Progress

COLUMNS = (
    "id", "name", "organisation", "description", "categories", "country", "region", "phones",
    "text_codes", "hours", "open_24_7", "languages", "channels", "website", "source",
    "last_verified", "status",
)  # fmt: skip
NUMBERS = ("phones", "text_codes")
HIDE = ("hidden", "hide", "inactive")  # status values that hide a built-in entry with that id
REQUIRED = ("id", "name")
_TEXT_CODE = re.compile(r"^\s*(?:(?P<keyword>\S+)\s+to\s+)?(?P<number>[+\d][\d\s-]*)\s*$", re.I)


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _text_codes(value: str) -> list[dict[str, str]]:
    codes = []
    for part in _split(value):
        match = _TEXT_CODE.match(part)
        if not match:
            raise InvalidInput(
                say("{part!r} should look like 'HOME to 741741' or '741741'", part=part),
                "text_codes",
            )
        codes.append({"number": match["number"].strip(), "keyword": match["keyword"] or ""})
    return codes


def row_to_dict(row: dict[str, str], default_country: str | None) -> dict[str, Any]:
    data: dict[str, Any] = {key: row.get(key, "") for key in COLUMNS}
    for key in ("categories", "languages", "channels"):
        data[key] = _split(data[key])
    data["phones"] = [{"number": n} for n in _split(data["phones"])]
    data["text_codes"] = _text_codes(data["text_codes"])
    data["country"] = data["country"] or default_country or ""
    data["last_verified"] = data["last_verified"] or None
    return data


def import_template(
    data: bytes, name: str, report: ImportReport, default_country: str | None,
    progress: Progress | None = None,
) -> None:  # fmt: skip
    report.kind = "peerdesk-csv"
    text = decode(data, name, report)
    if text is None:
        return
    header, rows = csv_rows(text, name, report)
    report.table_rows[name] = len(rows)
    for column in header:
        if column not in COLUMNS:
            report.error(
                name,
                1,
                column,
                say("unknown column; the template has: {items}", items=", ".join(COLUMNS)),
            )
    for column in REQUIRED:
        if header and column not in header:
            report.error(name, 1, column, say("required column is missing"))
    if report.errors:
        return
    seen: set[str] = set()
    for index, (number, row) in enumerate(rows, start=1):
        if progress and index % 500 == 0:
            progress(index, len(rows), "Checking rows")
        _add_row(report, name, number, row, default_country, seen)


def _add_row(
    report: ImportReport, name: str, number: int, row: dict[str, str],
    default_country: str | None, seen: set[str],
) -> None:  # fmt: skip
    """One row into the report; a bad row is skipped and listed, the rest still imports."""
    if row.get("status", "").strip().lower() in HIDE and row.get("id"):
        report.hide_requests.append(row["id"].strip())
        return
    problems: list[InvalidInput] = []
    try:
        resource = resource_from_dict(row_to_dict(row, default_country), "imported", problems)
    except InvalidInput as err:
        field = (err.field or "").split("[", 1)[0] or None
        message = say("{message}; this row was skipped", message=err.detail)
        report.skip(name, number, field, message)
        return
    if resource.id in seen:
        report.skip(name, number, "id", say("{id!r} appears twice; skipped", id=resource.id))
        return
    for problem in problems:
        field = (problem.field or "").split("[", 1)[0] or None
        if field in NUMBERS:
            message = say("{message}; kept as written, marked unchecked", message=problem.detail)
        else:
            message = say("{message}; left out", message=problem.detail)
        report.warn(name, number, field, message)
    seen.add(resource.id)
    report.resources.append(resource)
