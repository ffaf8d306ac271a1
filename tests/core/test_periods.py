"""Report period presets: always whole calendar months, in order, containing the right days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.core.periods import CUSTOM, PRESETS, matching_preset, preset_months

days = st.dates(min_value=date(1901, 2, 1), max_value=date(9998, 11, 30))


@given(days, st.sampled_from(sorted(PRESETS)))
def test_every_preset_is_whole_months_in_order(today, preset):
    first, last = preset_months(preset, today)
    assert first.day == 1 and last.day == 1
    assert first <= last
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    assert months == {"this_month": 1, "last_month": 1, "this_quarter": 3, "last_quarter": 3,
                      "this_year": 12, "last_year": 12, "last_3_months": 3}[preset]  # fmt: skip


@given(days)
def test_this_periods_contain_today_and_last_periods_end_just_before(today):
    for this, previous in (
        ("this_month", "last_month"),
        ("this_quarter", "last_quarter"),
        ("this_year", "last_year"),
    ):
        first, last = preset_months(this, today)
        assert first <= today and (last.year, last.month) >= (today.year, today.month)
        _, prev_last = preset_months(previous, today)
        assert prev_last + timedelta(days=31) >= first > prev_last  # the month right before
    assert preset_months("this_quarter", today)[0].month in (1, 4, 7, 10)


@pytest.mark.parametrize(
    ("today", "preset", "expected"),
    [
        (date(2026, 1, 15), "last_month", (date(2025, 12, 1), date(2025, 12, 1))),
        (date(2026, 1, 15), "last_quarter", (date(2025, 10, 1), date(2025, 12, 1))),
        (date(2026, 5, 31), "this_quarter", (date(2026, 4, 1), date(2026, 6, 1))),
        (date(2026, 3, 1), "last_3_months", (date(2026, 1, 1), date(2026, 3, 1))),
        (date(2024, 2, 29), "last_year", (date(2023, 1, 1), date(2023, 12, 1))),
    ],
)
def test_known_periods(today, preset, expected):
    assert preset_months(preset, today) == expected


@given(days, st.sampled_from(sorted(PRESETS)))
def test_months_read_back_as_their_preset_or_an_equal_one(today, preset):
    first, last = preset_months(preset, today)
    found = matching_preset(first, last, today)
    assert preset_months(found, today) == (first, last)


def test_other_months_are_custom_and_unknown_presets_refused():
    today = date(2026, 6, 10)
    assert matching_preset(date(2025, 2, 1), date(2025, 7, 1), today) == CUSTOM
    with pytest.raises(KeyError):
        preset_months("fortnight", today)
