"""Coordinator merge: refuse double counting, add up the published figures, protect again."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say
from peerdesk.core.reports.build import check_k, new_report_id
from peerdesk.core.reports.model import TABLES, Report, Source, Table, Training, month_range
from peerdesk.core.reports.ptable import fit, fraction
from peerdesk.core.reports.schema import check_version, from_dict


def load_reports(documents: Sequence[tuple[str, Any]]) -> list[tuple[str, Report]]:
    """Validate parsed JSON documents (named by their file); refuse unknown versions."""
    if not documents:
        raise InvalidInput(say("give at least one report to merge"), field="reports")
    for name, doc in documents:
        check_version(doc, name)
    return [(name, from_dict(doc, name)) for name, doc in documents]


def _overlap(a: Source, b: Source) -> bool:
    return a.from_month <= b.to_month and b.from_month <= a.to_month


def check_no_double_counting(named: Sequence[tuple[str, Report]]) -> None:
    """The same report twice, or the same supporter's months twice, would be counted twice.

    Each source is checked against the earlier ones with the same report id or the same vault
    only (found by id, not by comparing every pair), and the earliest clash is the one named.
    """
    seen: list[tuple[str, Source]] = []
    by_report: dict[str, int] = {}
    by_vault: dict[str, list[int]] = {}
    for name, report in named:
        for source in report.sources:
            same = by_vault.setdefault(source.source_id, [])
            clashes = [i for i in same if _overlap(source, seen[i][1])]
            if source.report_id in by_report:
                clashes.append(by_report[source.report_id])
            if clashes:
                _refuse(name, source, *seen[min(clashes)])
            by_report[source.report_id] = len(seen)
            same.append(len(seen))
            seen.append((name, source))


def _refuse(name: str, source: Source, other_name: str, other: Source) -> None:
    where = (
        say("{first} and {second}", first=other_name, second=name)
        if other_name != name
        else say("{name} (twice)", name=name)
    )
    if source.report_id == other.report_id:
        raise InvalidInput(_same_report(where, source), field="reports")
    raise InvalidInput(_same_months(where, source, other), field="reports")


def _same_report(where: str, source: Source) -> str:
    return say(
        "{where} contain the same report (made for {from_month} to {to_month}); each report can "
        "be merged only once.",
        where=where,
        from_month=source.from_month,
        to_month=source.to_month,
    )


def _same_months(where: str, source: Source, other: Source) -> str:
    return say(
        "{where} both count months from {first} to {last} from the same supporter's PeerDesk, so "
        "those contacts would be counted twice. Merge reports of months that do not overlap, or "
        "only the longer report.",
        where=where,
        first=max(source.from_month, other.from_month),
        last=min(source.to_month, other.to_month),
    )


class _Reprotect:
    """Counts from reports made with a smaller k may add up to less than the merge's k: those
    become 0 or k, at random but always the same way for the same reports (keyed by their ids)."""

    def __init__(self, reports: Sequence[Report], k: int) -> None:
        self._seed = "|".join(sorted(s.report_id for r in reports for s in r.sources))
        self.k = k

    def __call__(self, value: int, *where: str) -> int:
        if value == 0 or value >= self.k:
            return value
        digest = hashlib.sha256("|".join((self._seed, *where)).encode()).digest()
        return self.k if fraction(int.from_bytes(digest[:4], "big")) < value / self.k else 0


def _sums(reports: Sequence[Report]) -> dict[str, dict[str, int]]:
    """Each table's cells and total added up over the reports, in one pass over their cells."""
    sums: dict[str, dict[str, int]] = {name: {} for name in TABLES}
    for report in reports:
        for table in report.tables:
            into = sums[table.name]
            for category, value in table.cells:
                into[category] = into.get(category, 0) + value
            into[""] = into.get("", 0) + (table.total or 0)
    return sums


def _tables(reports: Sequence[Report], months: list[str], protect: _Reprotect) -> list[Table]:
    sums = _sums(reports)
    month_cells = tuple((m, protect(sums["month"].get(m, 0), "month", m)) for m in months)
    contacts = sum(v for _, v in month_cells)
    out = [Table("month", month_cells, contacts)]
    for name, (_, codes, kind) in TABLES.items():
        if name == "month":
            continue
        summed = [sums[name][c] for c in codes or {}]
        values = [protect(v, name, c) for v, c in zip(summed, codes or {}, strict=True)]
        if kind == "contacts":
            total: int | None = contacts
        elif kind == "own":
            total = protect(sums[name][""], name, "")
            total = min(total, contacts) if name == "followup" else (total if contacts else 0)
        else:
            total, values = None, [min(v, contacts) for v in values]
        if total is not None:
            values = fit(values, total, protect.k)
        out.append(Table(name, tuple(zip(codes or {}, values, strict=True)), total))
    return out


def _training(reports: Sequence[Report]) -> Training | None:
    included = [r.training for r in reports if r.training is not None]
    if not included:
        return None
    return Training(
        hours=round(sum(t.hours for t in included), 2),
        modules_completed=sum(t.modules_completed for t in included),
        reports_included=sum(t.reports_included for t in included),
    )


def merge_reports(named: Sequence[tuple[str, Report]], k: int | None = None) -> Report:
    """One team report. k is at least the largest k of the inputs: a merge never loosens it."""
    if not named:
        raise InvalidInput(say("give at least one report to merge"), field="reports")
    check_no_double_counting(named)
    reports = [r for _, r in named]
    k = check_k(max([r.k for r in reports] + ([k] if k is not None else [])))
    protect = _Reprotect(reports, k)
    months = month_range(min(r.from_month for r in reports), max(r.to_month for r in reports))
    tables = _tables(reports, months, protect)
    contacts = tables[0].total or 0
    incidents = protect(sum(r.incidents for r in reports), "incidents")
    return Report(
        k=k,
        from_month=months[0],
        to_month=months[-1],
        report_id=new_report_id(),
        contacts=contacts,
        hours=sum(r.hours for r in reports) if contacts else 0,
        incidents=min(incidents, contacts),
        people_reached=(
            sum(r.people_reached[0] for r in reports) if contacts else 0,
            sum(r.people_reached[1] for r in reports) if contacts else 0,
        ),
        tables=tuple(tables),
        sources=tuple(s for r in reports for s in r.sources),
        training=_training(reports),
    )
