"""Report <-> JSON document (schema_version 1, see docs/report-format.md) and tidy CSV rows."""

from __future__ import annotations

import re
from typing import Any

from peerdesk.core.errors import InvalidInput
from peerdesk.core.reports.figures import STATUSES, UNBOUNDED, Figure, Table, check_k, narrow
from peerdesk.core.reports.model import (
    FORMAT_NAME,
    SCHEMA_VERSION,
    TABLES,
    Report,
    Training,
    label,
    month_range,
    title,
)

MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def figure_dict(figure: Figure, k: int) -> dict[str, Any]:
    value: int | str = figure.low if figure.exact else figure.text(k)
    return {"value": value, "low": figure.low, "high": figure.high, "status": figure.status}


def _table_dict(table: Table, k: int) -> dict[str, Any]:
    return {
        "name": table.name,
        "title": title(table.name),
        "total": figure_dict(table.total, k) if table.total is not None else None,
        "cells": [
            {"category": c, "label": label(table.name, c), **figure_dict(f, k)}
            for c, f in table.cells
        ],
    }


def to_dict(report: Report) -> dict[str, Any]:
    """The JSON document; every number in it is already suppressed."""
    k = report.k
    training = report.training
    return {
        "format": FORMAT_NAME,
        "schema_version": report.schema_version,
        "k": k,
        "period": {"from_month": report.from_month, "to_month": report.to_month},
        "reports_merged": report.reports_merged,
        "summary": {
            "contacts": figure_dict(report.contacts, k),
            "duration_total_min": figure_dict(report.duration_total_min, k),
            "duration_mean_min": report.duration_mean_min,
        },
        "tables": [_table_dict(t, k) for t in report.tables],
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
    k = report.k
    rows = [
        ("report", "schema_version", str(report.schema_version)),
        ("report", "k", str(k)),
        ("report", "from_month", report.from_month),
        ("report", "to_month", report.to_month),
        ("report", "reports_merged", str(report.reports_merged)),
        ("summary", "contacts", report.contacts.text(k)),
        ("summary", "duration_total_min", report.duration_total_min.text(k)),
        ("summary", "duration_mean_min", _optional(report.duration_mean_min)),
    ]
    for table in report.tables:
        rows.extend((table.name, c, f.text(k)) for c, f in table.cells)
        if table.total is not None:
            rows.append((table.name, "total", table.total.text(k)))
    if report.training is not None:
        rows.append(("training", "hours", f"{report.training.hours:g}"))
        rows.append(("training", "modules_completed", str(report.training.modules_completed)))
    return rows


def _optional(value: int | None) -> str:
    return "" if value is None else str(value)


# --- reading a document back (for merging) -------------------------------------------------


def check_version(data: Any, source: str) -> int:
    """The schema version of a document, refusing anything this PeerDesk does not know."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise InvalidInput(f"{source} is not a PeerDesk report", field="format")
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise InvalidInput(
            f"{source} uses report schema version {version!r}; this PeerDesk reads version "
            f"{SCHEMA_VERSION} only. Export the report again with a matching PeerDesk.",
            field="schema_version",
        )
    return SCHEMA_VERSION


def _get(data: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise InvalidInput("is missing or has the wrong type", field=f"{where}.{key}".lstrip("."))
    return value


def _figure(data: Any, where: str) -> Figure:
    low = _get(data, "low", int, where)
    high = _get(data, "high", int, where)
    status = _get(data, "status", str, where)
    if status not in STATUSES or not 0 <= low <= high < UNBOUNDED:
        raise InvalidInput("has an impossible range or status", field=where)
    return Figure(low, high, status)


def _check_category(table: str, category: Any, where: str) -> str:
    codes = TABLES[table][1]
    ok = isinstance(category, str) and (
        MONTH.match(category) if codes is None else category in codes
    )
    if not ok:
        raise InvalidInput(f"unknown category {category!r}", field=where)
    return str(category)


def _table(data: Any, where: str) -> Table:
    name = _get(data, "name", str, where)
    if name not in TABLES:
        raise InvalidInput(f"unknown table {name!r}", field=f"{where}.name")
    total = None if data.get("total") is None else _figure(data["total"], f"{where}.total")
    if (total is None) == TABLES[name][2]:
        raise InvalidInput("total present where none belongs, or missing", field=f"{where}.total")
    cells = []
    for i, cell in enumerate(_get(data, "cells", list, where)):
        at = f"{where}.cells[{i}]"
        category = _check_category(name, _get(cell, "category", str, at), at)
        cells.append((category, _figure(cell, at)))
    if len({c for c, _ in cells}) != len(cells):
        raise InvalidInput("a category appears twice", field=f"{where}.cells")
    codes = TABLES[name][1]
    if codes is not None and [c for c, _ in cells] != list(codes):
        raise InvalidInput("must list every category once, in order", field=f"{where}.cells")
    _check_adds_up(cells, total, where)
    return Table(name, tuple(cells), total)


def _check_adds_up(cells: list[tuple[str, Figure]], total: Figure | None, where: str) -> None:
    bounds, t_bounds = narrow([(f.low, f.high) for _, f in cells], _bounds(total))
    if any(lo > hi for lo, hi in [*bounds, t_bounds or (0, 0)]):
        raise InvalidInput("the cells cannot add up to the total", field=where)


def _bounds(figure: Figure | None) -> tuple[int, int] | None:
    return None if figure is None else (figure.low, figure.high)


def _training(data: Any) -> Training | None:
    if data is None:
        return None
    hours = _get(data, "hours", (int, float), "training")
    modules = _get(data, "modules_completed", int, "training")
    included = _get(data, "reports_included", int, "training")
    if hours < 0 or modules < 0 or included < 1:
        raise InvalidInput("must not be negative", field="training")
    return Training(float(hours), modules, included)


def from_dict(data: Any, source: str) -> Report:
    """Read and validate an exported report; errors name the file and the field."""
    check_version(data, source)
    try:
        return _report(data)
    except InvalidInput as err:
        raise InvalidInput(f"{source}: {err.message}", field=None) from None


def _report(data: dict[str, Any]) -> Report:
    period = _get(data, "period", dict, "report")
    months = [_get(period, key, str, "period") for key in ("from_month", "to_month")]
    if not all(MONTH.match(m) for m in months) or months[0] > months[1]:
        raise InvalidInput("must be two months YYYY-MM in order", field="period")
    summary = _get(data, "summary", dict, "report")
    mean = summary.get("duration_mean_min")
    if mean is not None and (not isinstance(mean, int) or isinstance(mean, bool) or mean < 0):
        raise InvalidInput("must be a whole number or null", field="summary.duration_mean_min")
    tables = tuple(_table(t, f"tables[{i}]") for i, t in enumerate(_get(data, "tables", list, "")))
    if [t.name for t in tables] != list(TABLES):
        raise InvalidInput(f"must be exactly the tables {', '.join(TABLES)}", field="tables")
    if [c for c, _ in tables[0].cells] != month_range(*months):
        raise InvalidInput("must list every month of the period once", field="tables[0].cells")
    return Report(
        k=check_k(_get(data, "k", int, "report")),
        from_month=months[0],
        to_month=months[1],
        contacts=_figure(summary.get("contacts"), "summary.contacts"),
        duration_total_min=_figure(summary.get("duration_total_min"), "summary.duration_total_min"),
        duration_mean_min=mean,
        tables=tables,
        training=_training(data.get("training")),
        reports_merged=_get(data, "reports_merged", int, "report"),
    )
