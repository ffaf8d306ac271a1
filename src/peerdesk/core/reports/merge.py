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
    """The same report twice, or the same supporter's months twice, would be counted twice."""
    seen: list[tuple[str, Source]] = []
    for name, report in named:
        for source in report.sources:
            for other_name, other in seen:
                where = (
                    say("{first} and {second}", first=other_name, second=name)
                    if other_name != name
                    else say("{name} (twice)", name=name)
                )
                if source.report_id == other.report_id:
                    raise InvalidInput(_same_report(where, source), field="reports")
                if source.source_id == other.source_id and _overlap(source, other):
                    raise InvalidInput(_same_months(where, source, other), field="reports")
            seen.append((name, source))


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


def _tables(reports: Sequence[Report], months: list[str], protect: _Reprotect) -> list[Table]:
    per_month = dict.fromkeys(months, 0)
    for report in reports:
        for month, value in report.table("month").cells:
            per_month[month] += value
    month_cells = tuple((m, protect(v, "month", m)) for m, v in per_month.items())
    contacts = sum(v for _, v in month_cells)
    out = [Table("month", month_cells, contacts)]
    for name, (_, codes, kind) in TABLES.items():
        if name == "month":
            continue
        summed = [sum(r.table(name).cell(c) for r in reports) for c in codes or {}]
        values = [protect(v, name, c) for v, c in zip(summed, codes or {}, strict=True)]
        if kind == "contacts":
            total: int | None = contacts
        elif kind == "own":
            total = protect(sum(r.table(name).total or 0 for r in reports), name, "")
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
