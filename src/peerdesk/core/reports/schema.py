"""Report <-> JSON document (schema_version 2, see docs/report-format.md) and tidy CSV rows."""

from __future__ import annotations

import re
from typing import Any

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say
from peerdesk.core.reports.accuracy import accuracy_sentence
from peerdesk.core.reports.build import check_k
from peerdesk.core.reports.model import (
    FORMAT_NAME,
    SCHEMA_VERSION,
    TABLES,
    Report,
    Source,
    Table,
    Training,
    label,
    month_range,
    title,
)
from peerdesk.core.reports.period import GRAINS, regroup

MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
ID = re.compile(r"^[0-9a-f]{32}$")
MAX_COUNT = 10**9


def people_text(people: tuple[int, int]) -> str:
    low, high = people
    if high == 0:
        return "0"
    if high >= 10**9:
        return f"{low:,} or more"
    return f"{low:,}–{high:,}"


def _table_dict(table: Table) -> dict[str, Any]:
    return {
        "name": table.name,
        "title": title(table.name),
        "total": table.total,
        "cells": [
            {"category": c, "label": label(table.name, c), "value": v} for c, v in table.cells
        ],
    }


def _source_dict(source: Source) -> dict[str, str]:
    return {
        "report_id": source.report_id,
        "source_id": source.source_id,
        "from_month": source.from_month,
        "to_month": source.to_month,
    }


def to_dict(report: Report) -> dict[str, Any]:
    """The JSON document; every number in it is already protected."""
    training = report.training
    low, high = report.people_reached
    return {
        "format": FORMAT_NAME,
        "schema_version": report.schema_version,
        "k": report.k,
        "report_id": report.report_id,
        "period": {"from_month": report.from_month, "to_month": report.to_month},
        "reports_merged": report.reports_merged,
        "sources": [_source_dict(s) for s in report.sources],
        "accuracy": accuracy_sentence(report),
        "notes": list(report.notes),
        "grain": report.view_grain,
        "summary": {
            "contacts": report.contacts,
            "hours": report.hours,
            "incidents": report.incidents,
            "people_reached": {
                "low": low,
                "high": high,
                "text": people_text(report.people_reached),
            },
        },
        "tables": [_table_dict(t) for t in report.tables],
        "training": None
        if training is None
        else {
            "hours": training.hours,
            "modules_completed": training.modules_completed,
            "reports_included": training.reports_included,
        },
    }


def csv_rows(report: Report) -> list[tuple[str, str, str]]:
    """Tidy rows (table, category, value) with the values exactly as a reader sees them."""
    rows = [
        ("report", "schema_version", str(report.schema_version)),
        ("report", "k", str(report.k)),
        ("report", "report_id", report.report_id),
        ("report", "from_month", report.from_month),
        ("report", "to_month", report.to_month),
        ("report", "reports_merged", str(report.reports_merged)),
        ("report", "accuracy", accuracy_sentence(report)),
        ("summary", "contacts", str(report.contacts)),
        ("summary", "hours", str(report.hours)),
        ("summary", "incidents", str(report.incidents)),
        ("summary", "people_reached", people_text(report.people_reached)),
    ]
    if report.view_grain != "month":
        by = regroup(report.table("month").cells, report.view_grain)
        rows.extend((report.view_grain, period, str(v)) for period, v in by)
    for table in report.tables:
        rows.extend((table.name, c, str(v)) for c, v in table.cells)
        if table.total is not None:
            rows.append((table.name, "total", str(table.total)))
    if report.training is not None:
        rows.append(("training", "hours", f"{report.training.hours:g}"))
        rows.append(("training", "modules_completed", str(report.training.modules_completed)))
    return rows


# --- reading a document back (for merging) -------------------------------------------------


def check_version(data: Any, source: str) -> int:
    """The schema version of a document, refusing anything this PeerDesk does not know."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise InvalidInput(say("{source} is not a PeerDesk report", source=source), field="format")
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise InvalidInput(
            say(
                "{source} uses report schema version {version!r}; this PeerDesk reads version "
                "{ours} only. Ask for the report to be made again with a matching "
                "PeerDesk (older reports were protected differently and cannot be merged "
                "safely).",
                source=source,
                version=version,
                ours=SCHEMA_VERSION,
            ),
            field="schema_version",
        )
    return SCHEMA_VERSION


def _get(data: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise InvalidInput(
            say("is missing or has the wrong type"), field=f"{where}.{key}".lstrip(".")
        )
    return value


def _count(data: Any, key: str, where: str, k: int) -> int:
    value = _get(data, key, int, where)
    if not 0 <= value <= MAX_COUNT:
        raise InvalidInput(say("must be a count from 0"), field=f"{where}.{key}")
    if 0 < value < k:
        raise InvalidInput(
            say(
                "is {value}, below {k}: PeerDesk never publishes such a small count, so the "
                "file was changed after it was made",
                value=value,
                k=k,
            ),
            field=f"{where}.{key}",
        )
    return int(value)


def _months(data: Any, where: str) -> tuple[str, str]:
    first = _get(data, "from_month", str, where)
    last = _get(data, "to_month", str, where)
    if not (MONTH.match(first) and MONTH.match(last)) or first > last:
        raise InvalidInput(say("must be two months YYYY-MM in order"), field=where)
    return first, last


def _source(data: Any, where: str) -> Source:
    ids = [_get(data, key, str, where) for key in ("report_id", "source_id")]
    if not all(ID.match(i) for i in ids):
        raise InvalidInput(say("must be 32 hexadecimal characters"), field=where)
    return Source(ids[0], ids[1], *_months(data, where))


def _table(data: Any, where: str, k: int) -> Table:
    name = _get(data, "name", str, where)
    if name not in TABLES:
        raise InvalidInput(say("unknown table {name!r}", name=name), field=f"{where}.name")
    has_total = TABLES[name][2] != "multi"
    total = _count(data, "total", where, k) if has_total else None
    if not has_total and data.get("total") is not None:
        raise InvalidInput(say("has a total where none belongs"), field=f"{where}.total")
    cells = _cells(_get(data, "cells", list, where), where, k)
    codes = TABLES[name][1]
    if codes is not None and [c for c, _ in cells] != list(codes):
        raise InvalidInput(say("must list every category once, in order"), field=f"{where}.cells")
    if total is not None and sum(v for _, v in cells) != total:
        raise InvalidInput(say("the cells do not add up to the total"), field=where)
    return Table(name, tuple(cells), total)


def _cells(raw: list[Any], where: str, k: int) -> list[tuple[str, int]]:
    """The cells of a table: a cell that is plainly right is taken as it is (the many cells of
    a merge); at the first doubt every cell is checked again one by one, to name what is wrong."""
    cells = []
    for cell in raw:
        if type(cell) is dict:
            category, value = cell.get("category"), cell.get("value")
            if (
                type(category) is str
                and type(value) is int
                and (value == 0 or k <= value <= MAX_COUNT)
            ):
                cells.append((category, value))
                continue
        return _checked_cells(raw, where, k)
    return cells


def _checked_cells(raw: list[Any], where: str, k: int) -> list[tuple[str, int]]:
    cells = []
    for i, cell in enumerate(raw):
        at = f"{where}.cells[{i}]"
        cells.append((_get(cell, "category", str, at), _count(cell, "value", at, k)))
    return cells


def _hours(summary: Any) -> int:
    hours = _get(summary, "hours", int, "summary")
    if not 0 <= hours <= MAX_COUNT:
        raise InvalidInput(say("must be whole hours from 0"), field="summary.hours")
    return int(hours)


def _training(data: Any) -> Training | None:
    if data is None:
        return None
    hours = _get(data, "hours", (int, float), "training")
    modules = _get(data, "modules_completed", int, "training")
    included = _get(data, "reports_included", int, "training")
    if not 0 <= hours < 10**6 or modules < 0 or included < 1:
        raise InvalidInput(say("must not be negative"), field="training")
    return Training(float(hours), modules, included)


def from_dict(data: Any, source: str) -> Report:
    """Read and validate an exported report; errors name the file and the field."""
    check_version(data, source)
    try:
        return _report(data)
    except InvalidInput as err:
        if err.field:
            text = say(
                "{source} ({field}): {message}", source=source, field=err.field, message=err.message
            )
        else:
            text = say("{source}: {message}", source=source, message=err.message)
        raise InvalidInput(text, field="reports") from None


def _report(data: dict[str, Any]) -> Report:
    k = check_k(_get(data, "k", int, "report"))
    first, last = _months(_get(data, "period", dict, "report"), "period")
    sources = tuple(
        _source(s, f"sources[{i}]") for i, s in enumerate(_get(data, "sources", list, "report"))
    )
    if not sources or any(s.from_month < first or s.to_month > last for s in sources):
        raise InvalidInput(
            say("must list where the figures came from, inside the period"), "sources"
        )
    summary = _get(data, "summary", dict, "report")
    people = _get(summary, "people_reached", dict, "summary")
    low, high = (_get(people, key, int, "summary.people_reached") for key in ("low", "high"))
    tables = tuple(
        _table(t, f"tables[{i}]", k) for i, t in enumerate(_get(data, "tables", list, "report"))
    )
    if [t.name for t in tables] != list(TABLES):
        raise InvalidInput(
            say("must be exactly the tables {items}", items=", ".join(TABLES)), field="tables"
        )
    if [c for c, _ in tables[0].cells] != month_range(first, last):
        raise InvalidInput(say("must list every month of the period once"), field="tables[0].cells")
    contacts = _count(summary, "contacts", "summary", k)
    for table in tables:
        bad = table.total != contacts if TABLES[table.name][2] == "contacts" else False
        if bad or any(v > contacts for _, v in table.cells if TABLES[table.name][2] == "multi"):
            raise InvalidInput(say("does not agree with the number of contacts"), field=table.name)
    if not 0 <= low <= high:
        raise InvalidInput(say("must be a range low..high"), field="summary.people_reached")
    return Report(
        k=k,
        from_month=first,
        to_month=last,
        report_id=_source({"report_id": _get(data, "report_id", str, "report"),
                           "source_id": "0" * 32, "from_month": first, "to_month": last},
                          "report_id").report_id,
        contacts=contacts,
        hours=_hours(summary),
        incidents=_count(summary, "incidents", "summary", k),
        people_reached=(low, high),
        tables=tables,
        sources=sources,
        training=_training(data.get("training")),
        grain=data["grain"] if data.get("grain") in GRAINS else "",
    )  # fmt: skip
