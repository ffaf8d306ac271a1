"""Count a supporter's contacts into a report protected by the cell-key method, month by month.

Every month is protected on its own (see ptable.py); a longer period publishes the sums of its
months. So any two reports from one vault, however their periods overlap, are sums of the same
protected month figures: subtracting them gives back month figures, never one contact.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import Contact
from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say
from peerdesk.core.reports.model import (
    TABLES,
    Report,
    Source,
    Table,
    Training,
    band,
    months_between,
)
from peerdesk.core.reports.period import check_whole_months
from peerdesk.core.reports.ptable import fit, perturb, random_round

MIN_K, MAX_K = 3, 100
MonthFigures = dict[str, dict[str, int]]  # table -> category -> published count
_TOTAL = ("", "")  # the month's own cell: all its contacts
_INCIDENTS = ("incidents", "")  # contacts with an incident reference (for the cell key)
_GROUP_KINDS = [k for k in vocab.KINDS if k in vocab.GROUP_KINDS]


def check_k(k: int) -> int:
    """Small counts become 0 or k; below 3 a pair of cells could reveal each other."""
    if isinstance(k, bool) or not isinstance(k, int) or not MIN_K <= k <= MAX_K:
        raise InvalidInput(
            say("must be a whole number from {least} to {most}", least=MIN_K, most=MAX_K),
            field="k",
        )
    return k


def new_report_id() -> str:
    return secrets.token_hex(16)


def new_source_id() -> str:
    """Made once per vault and kept in it: lets a merge refuse the same months twice."""
    return secrets.token_hex(16)


# Every cell a contact can count in gets a number, so counting is one list update per cell.
_CELLS: list[tuple[str, str]] = [_TOTAL, _INCIDENTS, ("referral", ""), ("referral_declined", "")]
_CELLS += [("followup", "")]
_CELLS += [(t, c) for t, (_, codes, _) in TABLES.items() for c in (codes or {})]
_INDEX = {cell: i for i, cell in enumerate(_CELLS)}
_SINGLE = ("channel", "kind", "started_by", "relationship", "risk")
_BY_CODE = {t: {c: _INDEX[(t, c)] for c in TABLES[t][1] or {}} for t in TABLES if t != "month"}
_TOPIC = {t: _INDEX[("topic", t)] for t in vocab.DEFAULT_TOPICS}
_REF = {
    declined: {c: _INDEX[(t, c)] for c in vocab.REFERRAL_CATEGORIES}
    for declined, t in ((False, "referral"), (True, "referral_declined"))
}
_FOLLOWUP = {True: _INDEX[("followup", "completed")], False: _INDEX[("followup", "open")]}


class MonthCounts:
    """Exact counts of one month with their cell keys (never published as they are)."""

    def __init__(self, counts: list[int], keys: list[int]) -> None:
        self.counts, self.keys = counts, keys
        self.minutes = self.people = self.people_key = 0
        self.incident_refs: set[str] = set()

    def get(self, cell: tuple[str, str]) -> tuple[int, int]:
        i = _INDEX[cell]
        return self.counts[i], self.keys[i]


_N = len(_CELLS)
_CH, _KD, _SB, _RL, _RK = (_BY_CODE[t] for t in _SINGLE)
_SIGN, _OTHER_TOPIC = _BY_CODE["sign"], _TOPIC["other"]
_REF_TOTAL = {False: _INDEX[("referral", "")], True: _INDEX[("referral_declined", "")]}
_PLANNED = _INDEX[("followup", "")]


def count_months(
    contacts: Iterable[Contact], months: Sequence[str], keys: Mapping[int, int]
) -> dict[str, MonthCounts]:
    """Per month: exact counts with their cell keys, and distinct incidents (never published).

    One flat pass with every lookup inlined: this loop is the whole cost of a large report.
    """
    found = {m: MonthCounts([0] * _N, [0] * _N) for m in months}
    bases = {int(m[:4]) * 12 + int(m[5:]): i * _N for i, m in enumerate(months)}
    owner = {i * _N: found[m] for i, m in enumerate(months)}
    n, s = [0] * (_N * len(months)), [0] * (_N * len(months))
    try:
        for c in contacts:
            mb = bases.get(c.when.year * 12 + c.when.month)
            if mb is None:
                continue
            key = keys[c.id]  # type: ignore[index]  # a contact without id has no key: refused
            cells = [mb, mb + _CH[c.channel], mb + _KD[c.kind], mb + _SB[c.started_by],
                     mb + _RL[c.relationship], mb + _RK[c.risk]]  # fmt: skip
            if c.topics:  # custom topics could name someone: they count as "other"
                cells += {mb + _TOPIC.get(t, _OTHER_TOPIC) for t in c.topics}
            if c.signs:
                cells += {mb + _SIGN[x] for x in c.signs}
            for ref in c.referrals:
                table = _REF[ref.declined]
                cells += (
                    mb + _REF_TOTAL[ref.declined],
                    mb + table.get(ref.category, table["other"]),
                )
            if c.followup_due is not None or c.followup_done:
                cells += (mb + _PLANNED, mb + _FOLLOWUP[bool(c.followup_done)])
            month = owner[mb]
            if c.incident_ref:
                cells.append(mb + 1)
                month.incident_refs.add(c.incident_ref)
            for i in cells:
                n[i] += 1
                s[i] += key
            month.minutes += c.duration_min
            if c.group_size and c.kind in vocab.GROUP_KINDS:
                month.people += c.group_size
                month.people_key += key
    except KeyError as err:
        if err.args and isinstance(err.args[0], int | type(None)):  # keys[c.id]
            raise InvalidInput(
                say("a contact has no record key; open the vault again"), "keys"
            ) from None
        raise InvalidInput(
            say("a contact has an unknown code {value!r}", value=err.args[0]), "contact"
        ) from None
    for base, month in owner.items():
        month.counts, month.keys = n[base : base + _N], s[base : base + _N]
    return found


def _p(cells: MonthCounts, where: tuple[str, str], k: int) -> int:
    return perturb(*cells.get(where), k)


def _fitted(cells: MonthCounts, table: str, total: int, k: int) -> dict[str, int]:
    codes = list(TABLES[table][1] or {})
    raw = [cells.get((table, c)) for c in codes]
    fitted = fit([perturb(n, key, k) for n, key in raw], total, k, [n for n, _ in raw])
    return dict(zip(codes, fitted, strict=True))


def protect_month(cells: MonthCounts, k: int) -> tuple[MonthFigures, dict[str, int]]:
    """One month's published figures. Every count is 0 or at least k, and they are consistent:
    each breakdown adds up to its total, no topic exceeds the contacts, and a month showing 0
    contacts shows 0 everywhere. So the published figures could themselves be the truth."""
    total = _p(cells, _TOTAL, k)
    tables: MonthFigures = {}
    for name, (_, codes, kind) in TABLES.items():
        if name == "month":
            continue
        if kind == "contacts":
            tables[name] = _fitted(cells, name, total, k)
        elif kind == "multi":
            tables[name] = {c: min(_p(cells, (name, c), k), total) for c in codes or {}}
        else:
            own = _p(cells, (name, ""), k)
            own = min(own, total) if name == "followup" else (own if total else 0)
            tables[name] = {"": own, **_fitted(cells, name, own, k)}
    key = cells.get(_TOTAL)[1]
    grouped = sum(tables["kind"][g] for g in _GROUP_KINDS)
    incidents = perturb(len(cells.incident_refs), cells.get(_INCIDENTS)[1], k)
    extra = {
        "contacts": total,
        "hours": random_round(cells.minutes / 60, key) if total else 0,
        "people": random_round(cells.people, cells.people_key, 5) if grouped else 0,
        "incidents": min(incidents, total),
    }
    return tables, extra


def _sum_months(published: dict[str, tuple[MonthFigures, dict[str, int]]]) -> tuple[Table, ...]:
    months = list(published)
    out = [Table("month", tuple((m, published[m][1]["contacts"]) for m in months), None)]
    for name, (_, codes, kind) in TABLES.items():
        if name == "month":
            continue
        cells = tuple((c, sum(published[m][0][name][c] for m in months)) for c in codes or {})
        total = None if kind == "multi" else sum(v for _, v in cells)
        out.append(Table(name, cells, total))
    contacts = sum(v for _, v in out[0].cells)
    out[0] = Table("month", out[0].cells, contacts)
    return tuple(out)


def build_report(
    contacts: Sequence[Contact],
    start: date,
    end: date,
    *,
    keys: Mapping[int, int],
    source_id: str,
    k: int = 5,
    training: Training | None = None,
    report_id: str | None = None,
) -> Report:
    """The report for the whole months `start`..`end` (inclusive); `keys` are record keys."""
    check_k(k)
    check_whole_months(start, end)
    months = months_between(start, end)
    counted = count_months(contacts, months, keys)
    published = {m: protect_month(cells, k) for m, cells in counted.items()}
    report_id = report_id or new_report_id()
    people = sum(p[1]["people"] for p in published.values())
    return Report(
        k=k,
        from_month=months[0],
        to_month=months[-1],
        report_id=report_id,
        contacts=sum(p[1]["contacts"] for p in published.values()),
        hours=sum(p[1]["hours"] for p in published.values()),
        incidents=sum(p[1]["incidents"] for p in published.values()),
        people_reached=band(people),
        tables=_sum_months(published),
        sources=(Source(report_id, source_id, months[0], months[-1]),),
        training=training,
    )
