"""An attacker holding many reports of one vault, or a merge and its inputs, tries to single out
one contact: differencing overlapping periods, inverting the documented perturbation table (rule
inference), and subtracting inputs from a merge. None of it may pin a small count in any cell.

"Pinned" means the attacker can prove that some cell of some span of months holds between 1 and
k-1 contacts: then those few contacts are known to be there. Counts of k or more, or 0, pin no
one. Every published figure is a sum of protected month figures (each 0 or at least k, and
consistent with each other), so the attacker can never rule out that they are the truth.
"""

from __future__ import annotations

import itertools
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.core.reports_helpers import build, contact_strategy, published_cells

from peerdesk.core.reports import merge_reports, to_dict
from peerdesk.core.reports.model import TABLES, Report, month_range
from peerdesk.core.reports.period import last_day
from peerdesk.core.reports.ptable import could_be
from peerdesk.core.reports.schema import from_dict

MONTHS = month_range("2024-01", "2024-03")
keys = st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=80)
periods = st.lists(
    st.tuples(st.integers(0, 2), st.integers(0, 2)).map(sorted), min_size=2, max_size=4
)


def _report(contacts, span, k: int, key_list, source: str = "5" * 32) -> Report:
    first, last = MONTHS[span[0]], MONTHS[span[1]]
    start = date(int(first[:4]), int(first[5:]), 1)
    end = last_day(int(last[:4]), int(last[5:]))
    return build(contacts, start, end, k=k, key_list=key_list, source_id=source)


def _is_pinned(value: int, months: int, k: int) -> bool:
    if value < 0:
        return True  # figures that contradict each other would tell more than each alone
    if months == 1:  # rule inference: every count the table could have turned into `value`
        counts = could_be(value, k)
        return not counts or (min(counts) >= 1 and max(counts) <= k - 1)
    return 1 <= value <= k - 1


def _derived(reports: list[Report], k: int) -> list[str]:
    """Every sum and difference of up to four reports whose months form a plain span: what it
    shows for each cell, for a cell minus the rest of its table, and what that can mean."""
    found = []
    cells = [published_cells(r) for r in reports]
    spans = [set(month_range(r.from_month, r.to_month)) for r in reports]
    for coefs in itertools.product((-1, 0, 1), repeat=len(reports)):
        if not any(coefs):
            continue
        weight = {m: sum(c for c, s in zip(coefs, spans, strict=True) if m in s) for m in MONTHS}
        if set(weight.values()) - {0, 1} or not any(weight.values()):
            continue  # not a plain set of months
        months = sum(weight.values())
        every = {key for cs in cells for key in cs}
        values = {key: sum(c * cs.get(key, 0) for c, cs in zip(coefs, cells, strict=True))
                  for key in every}  # fmt: skip
        for (table, category), value in values.items():
            if category == "hours":
                continue
            if _is_pinned(value, months, k):
                found.append(f"{coefs} {table}/{category} = {value}")
            kind = TABLES.get(table, ("", {}, "multi"))[2]
            if kind != "multi" and category != "total":
                # "none 12 of 13": the contacts' total for breakdowns of contacts.
                whole = ("summary", "contacts") if kind == "contacts" else (table, "total")
                rest = values[whole] - value
                if _is_pinned(rest, months, k):
                    found.append(f"{coefs} {table} total minus {category} = {rest}")
    return found


@settings(max_examples=40, deadline=None)
@given(st.lists(contact_strategy(), max_size=40), keys, periods, st.integers(3, 7))
def test_no_combination_of_reports_from_one_vault_pins_a_contact(contacts, key_list, spans, k):
    reports = [_report(contacts, span, k, key_list) for span in spans]
    assert _derived(reports, k) == []


@settings(max_examples=30, deadline=None)
@given(st.lists(contact_strategy(), max_size=30), keys, st.integers(3, 7))
def test_a_year_minus_its_months_gives_back_the_months_exactly(contacts, key_list, k):
    """Differencing returns published month figures and nothing finer."""
    whole = _report(contacts, (0, 2), k, key_list)
    months = [_report(contacts, (i, i), k, key_list) for i in range(3)]
    for key, value in published_cells(whole).items():
        if key[0] != "summary" or key[1] != "hours":
            assert value == sum(published_cells(m).get(key, 0) for m in months), key


vaults = st.lists(
    st.tuples(st.lists(contact_strategy(), max_size=25), keys, st.tuples(st.integers(0, 2),
              st.integers(0, 2)).map(sorted)),
    min_size=2, max_size=4,
)  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(vaults, st.integers(3, 7))
def test_no_merge_minus_one_of_its_inputs_pins_a_contact(sources, k):
    inputs = [
        _report(contacts, span, k, key_list, source=f"{i:032x}")
        for i, (contacts, key_list, span) in enumerate(sources)
    ]
    named = [(f"r{i}.json", from_dict(to_dict(r), f"r{i}.json")) for i, r in enumerate(inputs)]
    team = merge_reports(named)
    merged = published_cells(team)
    for _, left_out in named:
        others = [r for _, r in named if r is not left_out]
        months = len(set().union(*(month_range(r.from_month, r.to_month) for r in [left_out])))
        mine = published_cells(left_out)
        for key, value in merged.items():
            if key[1] == "hours":
                continue
            if key[0] == "month" and key[1] not in mine:
                continue
            rest = value - mine.get(key, 0)
            assert not _is_pinned(rest, months if others else 1, k), (key, rest)
            assert not _is_pinned(value, 2, k), (key, value)


def test_the_attacker_does_find_a_table_that_does_not_add_up(monkeypatch):
    """The check has teeth: without fitting tables to their totals, "none 12 of 13" is back."""
    from datetime import datetime

    from peerdesk.core.contacts.model import Contact
    from peerdesk.core.reports import build as build_module

    contacts = [
        Contact(when=datetime(2024, 1, 2 + i, 9), duration_min=20, note="x",
                risk="escalated" if i == 0 else "none")
        for i in range(13)
    ]  # fmt: skip
    monkeypatch.setattr(build_module, "fit", lambda values, *_args, **_kw: list(values))
    found = []
    for seed in range(60):
        report = build(contacts, date(2024, 1, 1), date(2024, 1, 31), seed=seed)
        found += _derived([report], 5)
    assert any("risk total minus none" in f for f in found)
