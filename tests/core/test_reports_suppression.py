"""Property tests: no count below k can be read or worked out from any published report."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.core.reports_helpers import END, START, assert_protected, contact_strategy, true_counts

from peerdesk.core.errors import InvalidInput
from peerdesk.core.reports import build_report, to_csv_text, to_dict
from peerdesk.core.reports.figures import SHOWN, SMALL, Figure, narrow, protect_table

counts = st.lists(st.integers(0, 30), min_size=1, max_size=8)


@settings(max_examples=400, deadline=None)
@given(cells=counts, k=st.integers(3, 8))
def test_a_table_with_a_total_never_gives_a_small_cell_away(cells: list[int], k: int) -> None:
    total_value = sum(cells)
    status = SHOWN if total_value >= k else SMALL
    total = Figure(total_value, total_value, status) if status == SHOWN else Figure(0, k - 1, SMALL)
    table = protect_table("t", {str(i): (v, v) for i, v in enumerate(cells)}, total, k)
    published = [(f.low, f.high) for _, f in table.cells]
    worked_out, _ = narrow(published, (total.low, total.high))
    assert worked_out == published  # nothing more can be derived than what is stated
    for value, (_, figure), (low, high) in zip(cells, table.cells, worked_out, strict=True):
        assert figure.low <= value <= figure.high
        if value < k:
            assert figure.status != SHOWN
            assert low < high
        elif figure.status == SHOWN:
            assert figure.text(k) == str(value)


@settings(max_examples=150, deadline=None)
@given(contacts=st.lists(contact_strategy(), max_size=45), k=st.integers(3, 7))
def test_reports_of_random_contacts_are_protected(contacts, k) -> None:
    report = build_report(contacts, START, END, k=k)
    doc = to_dict(report)
    assert_protected(doc, true_counts(contacts), k)
    n = len(contacts)
    summary = doc["summary"]
    if n < k:
        assert summary["contacts"]["value"] == f"<{k}"
        assert summary["duration_total_min"]["status"] == "withheld"
        assert summary["duration_mean_min"] is None
    else:
        assert summary["contacts"]["value"] == n
        assert summary["duration_total_min"]["value"] == sum(c.duration_min for c in contacts)


@settings(max_examples=80, deadline=None)
@given(contacts=st.lists(contact_strategy(), max_size=45), k=st.integers(3, 7))
def test_csv_never_shows_a_small_count(contacts, k) -> None:
    truth = true_counts(contacts)
    rows = list(csv.reader(io.StringIO(to_csv_text(build_report(contacts, START, END, k=k)))))
    assert rows[0] == ["table", "category", "value"]
    for table, category, value in rows[1:]:
        if table in truth and category != "total":
            true_value = truth[table].get(category, 0)
            assert value == str(true_value) or value in (f"<{k}", "withheld")
            if true_value < k:
                assert value in (f"<{k}", "withheld")


def test_one_small_cell_beside_a_shown_total_takes_a_second_cell_with_it() -> None:
    total = Figure(20, 20, SHOWN)
    table = protect_table("t", {"a": (12, 12), "b": (6, 6), "c": (2, 2)}, total, 5)
    assert table.cell("a").text(5) == "12"
    assert table.cell("b").text(5) == "withheld"  # the next smallest goes too
    assert table.cell("c").text(5) == "<5"
    # 20 - 12 leaves 8 for b and c; b is at least 5, so c is at most 3: still not pinned down.
    assert (table.cell("c").low, table.cell("c").high) == (0, 3)
    assert (table.cell("b").low, table.cell("b").high) == (5, 8)


def test_zeros_are_small_counts_too() -> None:
    total = Figure(13, 13, SHOWN)
    table = protect_table("t", {"a": (13, 13), "b": (0, 0)}, total, 5)
    assert table.cell("b").text(5) == "<5"
    assert table.cell("a").text(5) == "withheld"


def test_a_table_where_every_cell_is_small_is_withheld_whole() -> None:
    total = Figure(8, 8, SHOWN)
    table = protect_table("t", {"a": (4, 4), "b": (4, 4)}, total, 5)
    assert [f.text(5) for _, f in table.cells] == ["withheld", "withheld"]
    assert all((f.low, f.high) == (0, 8) for _, f in table.cells)


def test_multi_select_tables_have_no_total_and_need_no_complement() -> None:
    table = protect_table("topic", {"a": (9, 9), "b": (1, 1)}, None, 5)
    assert table.cell("a").text(5) == "9"
    assert table.cell("b").text(5) == "<5"


@pytest.mark.parametrize("k", [0, 2, -1, 1001, True])
def test_k_below_three_is_refused(k: int) -> None:
    with pytest.raises(InvalidInput) as err:
        build_report([], START, END, k=k)
    assert err.value.field == "k"
