"""The perturbation table, cell keys and fitting a table to its total (the cell-key method)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.core.reports import ptable

ks = st.integers(3, 40)


@given(st.integers(0, 5000), ks)
def test_every_row_publishes_zero_or_at_least_k_and_stays_close(count: int, k: int) -> None:
    row = ptable.row(count, k)
    assert len(row) == ptable.COLUMNS
    assert all(v == 0 or v >= k for v in row)
    if count == 0:
        assert set(row) == {0}
    elif count < k:
        assert set(row) <= {0, k}
        # Unbiased to within one column's share: small counts are not pushed up or down.
        assert abs(sum(row) / ptable.COLUMNS - count) <= k / ptable.COLUMNS
    else:
        assert all(abs(v - count) <= ptable.MAX_NOISE for v in row)
        assert count in row  # the true count itself is a possible published value


@settings(deadline=None)
@given(st.integers(0, 300), ks)
def test_a_reader_inverting_the_table_never_gets_a_small_count(count: int, k: int) -> None:
    """Rule inference: what a published value can stand for always holds 0 or a count >= k."""
    for published in set(ptable.row(count, k)):
        could_be = ptable.could_be(published, k)
        assert count in could_be
        assert 0 in could_be or max(could_be) >= k
        # Exactly the counts the table can turn into this value, no more and no fewer.
        exact = {n for n in range(max(published, k) + 10) if published in ptable.row(n, k)}
        assert exact == set(could_be)


def test_the_table_is_fixed_and_documented() -> None:
    """docs/report-format.md prints these rows; a change here must change the documentation."""
    assert ptable.row(2, 5).count(5) == 102 and ptable.row(2, 5).count(0) == 154
    assert [ptable.row(10, 5).count(v) for v in (8, 9, 10, 11, 12)] == [26, 51, 102, 51, 26]
    assert ptable.row(5, 5).count(5) == 26 + 51 + 102


@given(st.lists(st.integers(0, 2**32 - 1), max_size=50))
def test_cell_key_is_the_sum_of_record_keys(keys: list[int]) -> None:
    key = ptable.cell_key(keys)
    assert key == sum(keys) % 2**32
    assert 0 <= ptable.column(key) < ptable.COLUMNS
    assert key == ptable.cell_key(list(reversed(keys)))  # order never matters


def test_record_keys_are_random() -> None:
    keys = {ptable.new_record_key() for _ in range(200)}
    assert len(keys) == 200 and all(0 <= k < 2**32 for k in keys)


published = st.integers(3, 12).flatmap(
    lambda k: st.tuples(
        st.just(k),
        st.lists(st.sampled_from([0]) | st.integers(k, 200), min_size=1, max_size=9),
        st.sampled_from([0]) | st.integers(k, 400),
    )
)


@settings(max_examples=300)
@given(published, st.data())
def test_fit_adds_up_and_keeps_every_cell_zero_or_at_least_k(case, data) -> None:
    k, values, target = case
    truth = data.draw(st.lists(st.integers(0, 200), min_size=len(values), max_size=len(values)))
    fitted = ptable.fit(values, target, k, truth)
    assert sum(fitted) == target
    assert all(v == 0 or v >= k for v in fitted)
    if sum(values) == target:
        assert fitted == values  # a table that already adds up is left alone


def test_fit_moves_the_cell_furthest_off_first() -> None:
    # Total 5, every cell rounded down to 0: the 5 goes where there were most contacts.
    assert ptable.fit([0, 0, 0], 5, 5, truth=[1, 3, 1]) == [0, 5, 0]
    with pytest.raises(ValueError):
        ptable.fit([0, 0], 3, 5)  # a total below k is never published, so cannot be fitted


@given(st.floats(0, 500), st.integers(0, 2**32 - 1))
def test_random_rounding_goes_to_a_neighbour(value: float, key: int) -> None:
    rounded = ptable.random_round(value, key)
    assert rounded in (int(value), int(value) + 1)
    assert ptable.random_round(value, key, 5) % 5 == 0
