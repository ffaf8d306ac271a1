"""Varied valid reports for merge tests: 1 month to 10 years, empty, small, huge, many k."""

from __future__ import annotations

import copy
import hashlib
import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from tests.core.reports_helpers import CANARIES, build

from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import Contact, Referral
from peerdesk.core.errors import InvalidInput
from peerdesk.core.reports import (
    Report,
    Source,
    Table,
    Training,
    load_reports,
    merge_reports,
    to_dict,
)
from peerdesk.core.reports.model import TABLES, band, months_between
from peerdesk.core.reports.period import MAX_MONTHS, last_day
from peerdesk.core.reports.schema import MAX_COUNT

# Only what load_reports reads: titles, labels and sentences are left out to keep fixtures small.
_UNREAD = ("accuracy", "notes", "title", "label")


def _split(rng: random.Random, total: int, cells: int, k: int) -> list[int]:
    """`cells` counts, each 0 or at least k, adding up to `total` (itself 0 or at least k)."""
    out = [0] * cells
    if total == 0:
        return out
    used = rng.sample(range(cells), rng.randint(1, min(cells, total // k)))
    for i in used:
        out[i] = k
    for _ in range(min(total - k * len(used), 40)):  # a few random shares, then the rest
        out[rng.choice(used)] += 1
    out[used[0]] += total - sum(out)
    return out


def _count(rng: random.Random, k: int, most: int, empty: float) -> int:
    return 0 if most < k or rng.random() < empty else rng.randint(k, most)


def _month(rng: random.Random, k: int, most: int) -> dict[str, dict[str, int]]:
    """One month's published figures, consistent as protect_month makes them."""
    contacts = _count(rng, k, most, 0.25)
    figures: dict[str, dict[str, int]] = {"": {"contacts": contacts}}
    for name, (_, labels, kind) in TABLES.items():
        codes = list(labels or {})
        if name == "month":
            continue
        if kind == "contacts":
            figures[name] = dict(zip(codes, _split(rng, contacts, len(codes), k), strict=True))
        elif kind == "multi":
            figures[name] = {c: _count(rng, k, contacts, 0.5) for c in codes}
        else:
            own = _count(rng, k, contacts, 0.3)
            figures[name] = dict(zip(codes, _split(rng, own, len(codes), k), strict=True))
    figures[""]["hours"] = rng.randint(0, contacts)
    figures[""]["incidents"] = _count(rng, k, contacts, 0.4)
    figures[""]["people"] = rng.choice((0, 0, rng.randint(1, 3000))) if contacts else 0
    return figures


def _hex(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def synthetic_report(rng: random.Random, first: date, months: int, k: int, source: str) -> Report:
    """A report made directly from random published month figures (any size the format allows)."""
    names = months_between(first, first + timedelta(days=31 * (months - 1)))[:months]
    scale = rng.choice((0, k + 3, 60, 5_000, MAX_COUNT // months))
    per = [_month(rng, k, scale) for _ in names]
    tables = [
        Table("month", tuple((m, f[""]["contacts"]) for m, f in zip(names, per, strict=True)), None)
    ]
    for name, (_, codes, kind) in list(TABLES.items())[1:]:
        cells = tuple((c, sum(f[name][c] for f in per)) for c in codes or {})
        tables.append(Table(name, cells, None if kind == "multi" else sum(v for _, v in cells)))
    contacts = sum(v for _, v in tables[0].cells)
    tables[0] = Table("month", tables[0].cells, contacts)
    report_id = _hex(rng)
    training = rng.choice((None, Training(round(rng.uniform(0, 900), 2), rng.randint(0, 40))))
    return Report(
        k=k,
        from_month=names[0],
        to_month=names[-1],
        report_id=report_id,
        contacts=contacts,
        hours=sum(f[""]["hours"] for f in per),
        incidents=sum(f[""]["incidents"] for f in per),
        people_reached=band(sum(f[""]["people"] for f in per)),
        tables=tuple(tables),
        sources=(Source(report_id, source, names[0], names[-1]),),
        training=training,
    )


def built_report(rng: random.Random, first: date, months: int, k: int, source: str) -> Report:
    """A report built from random contacts by PeerDesk itself (custom topics count as other)."""
    end = last_day(first.year, first.month)
    for _ in range(months - 1):
        end = last_day((end + timedelta(days=1)).year, (end + timedelta(days=1)).month)
    days = (end - first).days
    topics = [*vocab.DEFAULT_TOPICS, CANARIES[3], "Ünïcode topic ☂"]
    contacts = [
        Contact(
            when=datetime.combine(
                first + timedelta(days=rng.randint(0, days)), datetime.min.time()
            ),
            duration_min=rng.randint(1, 600),
            channel=rng.choice(list(vocab.CHANNELS)),
            kind=rng.choice(list(vocab.KINDS)),
            risk=rng.choice(list(vocab.RISKS)),
            topics=tuple(rng.sample(topics, rng.randint(0, 3))),
            signs=tuple(rng.sample(list(vocab.SIGNS), rng.randint(0, 2))),
            referrals=tuple(
                Referral(
                    label=CANARIES[2],
                    category=rng.choice(list(vocab.REFERRAL_CATEGORIES)),
                    declined=rng.random() < 0.3,
                )
                for _ in range(rng.randint(0, 2))
            ),
            group_size=rng.choice((None, rng.randint(2, 80))),
            incident_ref=rng.choice((None, f"i{rng.randint(0, 9)}")),
            followup_due=rng.choice((None, first)),
            followup_done=rng.random() < 0.5,
        )
        for _ in range(rng.randint(0, 150))
    ]
    return build(
        contacts, first, end, k=k, source_id=source, report_id=_hex(rng), seed=rng.randint(0, 99)
    )


def _fresh(value: str, seen: set[str]) -> str:
    while value in seen:
        value = hashlib.sha256(value.encode()).hexdigest()[:32]
    seen.add(value)
    return value


def _distinct(report: Report, seen: set[str], same_vault: bool = False) -> Report:
    """Distinct report and vault ids (a seeded random, as hypothesis gives, may repeat one)."""
    report_id, source_id = report.report_id, report.sources[0].source_id
    report_id = _fresh(report_id, seen)
    source_id = source_id if same_vault else _fresh(source_id, seen)
    source = replace(report.sources[0], report_id=report_id, source_id=source_id)
    return replace(report, report_id=report_id, sources=(source,))


def random_case(rng: random.Random, most: int = 12) -> tuple[list[Report], int | None]:
    """Reports to merge: some from one supporter (months never overlapping), varied k and length."""
    reports = []
    ks = rng.choice(((3,), (5,), (3, 5, 10), (5, 100), tuple(range(3, 101))))
    for _ in range(rng.randint(1, most)):
        months = rng.choice((1, 1, 3, 12, 24, 61, MAX_MONTHS, rng.randint(1, MAX_MONTHS)))
        first = date(rng.randint(2015, 2030), rng.randint(1, 12), 1)
        k = rng.choice(ks)
        make = synthetic_report if rng.random() < 0.7 else built_report
        reports.append(make(rng, first, months, k, _hex(rng)))
    seen: set[str] = set()
    reports = [_distinct(r, seen) for r in reports]
    if rng.random() < 0.5:  # the same vault again, for months after the first report's
        after = date(int(reports[0].to_month[:4]) + 1, 1, 1)
        again = synthetic_report(rng, after, rng.randint(1, 24), reports[0].k,
                                 reports[0].sources[0].source_id)  # fmt: skip
        reports.append(_distinct(again, seen, same_vault=True))
    rng.shuffle(reports)
    return reports, rng.choice((None, None, 3, rng.randint(3, 100)))


def slim(value: Any) -> Any:
    """A report document without what load_reports never reads."""
    if isinstance(value, dict):
        return {key: slim(v) for key, v in value.items() if key not in _UNREAD}
    if isinstance(value, list):
        return [slim(v) for v in value]
    return value


def documents(reports: list[Report]) -> list[dict[str, Any]]:
    return [slim(to_dict(r)) for r in reports]


def outcome(docs: list[dict[str, Any]], k: int | None) -> dict[str, Any]:
    """The merged document (its own random id left out), or the refusal's words."""
    named = [(f"r{i}.json", copy.deepcopy(d)) for i, d in enumerate(docs)]
    try:
        merged = to_dict(merge_reports(load_reports(named), k=k))
    except InvalidInput as err:
        return {"refused": err.message, "field": err.field}
    del merged["report_id"]
    return {"merged": merged}
