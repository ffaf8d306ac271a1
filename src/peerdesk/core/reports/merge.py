"""Coordinator merge: add up exported reports (suppressed cells as ranges), then suppress again."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from peerdesk.core.errors import InvalidInput
from peerdesk.core.reports.build import duration_figures
from peerdesk.core.reports.figures import Bounds, Figure, Table, check_k, narrow, protect_table
from peerdesk.core.reports.figures import protect_total as _protect_total
from peerdesk.core.reports.model import (
    CONTACT_TOTAL_TABLES,
    SCHEMA_VERSION,
    TABLES,
    Report,
    Training,
    month_range,
)
from peerdesk.core.reports.schema import check_version as _check_version
from peerdesk.core.reports.schema import from_dict


def load_reports(documents: Sequence[tuple[str, Any]]) -> list[Report]:
    """Validate parsed JSON documents (named by their source); refuse mixed or unknown versions."""
    if not documents:
        raise InvalidInput("give at least one report to merge", field="reports")
    versions = {src: doc.get("schema_version") for src, doc in documents if isinstance(doc, dict)}
    if len({repr(v) for v in versions.values()}) > 1:
        listing = ", ".join(f"{src}: {v!r}" for src, v in versions.items())
        raise InvalidInput(
            f"the reports use different schema versions ({listing}); "
            f"export them all again with the same PeerDesk (version {SCHEMA_VERSION})",
            field="schema_version",
        )
    for src, doc in documents:
        _check_version(doc, src)
    return [from_dict(doc, src) for src, doc in documents]


def _add(a: Bounds, b: Bounds) -> Bounds:
    return (a[0] + b[0], a[1] + b[1])


def _sum(figures: Sequence[Figure]) -> Bounds:
    return (sum(f.low for f in figures), sum(f.high for f in figures))


def _merged_cells(
    reports: Sequence[Report], name: str, categories: Sequence[str]
) -> dict[str, Bounds]:
    # A category a report does not list (a month outside its period) counts as an exact zero.
    cells = dict.fromkeys(categories, (0, 0))
    for report in reports:
        for category, figure in report.table(name).cells:
            cells[category] = _add(cells[category], (figure.low, figure.high))
    return cells


def _contacts(reports: Sequence[Report], cells: dict[str, dict[str, Bounds]]) -> Bounds:
    """Total contacts, narrowed by every table that adds up to it."""
    low, high = _sum([r.contacts for r in reports])
    for name in CONTACT_TOTAL_TABLES:
        _, bounds = narrow(list(cells[name].values()), (low, high))
        assert bounds is not None
        low, high = bounds
    return low, high


def _tables(
    reports: Sequence[Report], cells: dict[str, dict[str, Bounds]], contacts: Figure, k: int
) -> tuple[Table, ...]:
    tables = []
    for name, (_, _, has_total) in TABLES.items():
        total = None
        if name in CONTACT_TOTAL_TABLES:
            total = contacts
        elif has_total:
            summed = _sum([t for r in reports if (t := r.table(name).total) is not None])
            _, bounds = narrow(list(cells[name].values()), summed)
            assert bounds is not None
            total = _protect_total(bounds, k)
        tables.append(protect_table(name, cells[name], total, k))
    return tuple(tables)


def _training(reports: Sequence[Report]) -> Training | None:
    included = [r.training for r in reports if r.training is not None]
    if not included:
        return None
    return Training(
        hours=round(sum(t.hours for t in included), 2),
        modules_completed=sum(t.modules_completed for t in included),
        reports_included=sum(t.reports_included for t in included),
    )


def merge_reports(reports: Sequence[Report], k: int | None = None) -> Report:
    """One team report. k is at least the largest k of the inputs: a merge never loosens it."""
    if not reports:
        raise InvalidInput("give at least one report to merge", field="reports")
    k = check_k(max([r.k for r in reports] + ([k] if k is not None else [])))
    first = min(r.from_month for r in reports)
    last = max(r.to_month for r in reports)
    months = month_range(first, last)
    cells = {
        name: _merged_cells(reports, name, months if codes is None else list(codes))
        for name, (_, codes, _) in TABLES.items()
    }
    contacts = _protect_total(_contacts(reports, cells), k)
    duration, mean = duration_figures(contacts, _sum([r.duration_total_min for r in reports]))
    return Report(
        k=k,
        from_month=first,
        to_month=last,
        contacts=contacts,
        duration_total_min=duration,
        duration_mean_min=mean,
        tables=_tables(reports, cells, contacts, k),
        training=_training(reports),
        reports_merged=sum(r.reports_merged for r in reports),
    )
