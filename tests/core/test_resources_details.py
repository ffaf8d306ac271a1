"""The detail pane's steady order, unchecked numbers, and "open now" from weekly hours."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from peerdesk.core.resources.details import UNCHECKED, contact_rows, open_now, sections
from peerdesk.core.resources.entity import resource_from_dict

ORDER = ["Please note", "What it is", "Who it is for", "Cost", "How to apply", "When it is open",
         "Languages", "Accessibility", "Where", "Source and date"]  # fmt: skip
MONDAY = datetime(2026, 11, 30, 12, 0)  # a Monday


def _service(**extra):
    data = {"id": "s-1", "name": "Example service", "website": "https://example.org"} | extra
    return resource_from_dict(data, "imported", [])


def test_sections_follow_the_steady_order_and_skip_what_is_missing():
    details = {"alert": "Moved online", "eligibility": "Adults", "fees": "Free",
               "application": "Call first", "accessibility": "Step-free", "address": "1 Main St",
               "interpretation": "Urdu", "funding": "City grant"}  # fmt: skip
    full = _service(description="Talk it through", details=details, languages=["ur"],
                    opening=[["MO", "09:00", "17:00"]], hours="MO 09:00-17:00")  # fmt: skip
    assert [h for h, _ in sections(full, MONDAY)] == ORDER
    bare = _service()
    assert [h for h, _ in sections(bare, MONDAY)] == ["Source and date"]


def test_unchecked_numbers_say_so():
    service = _service(country="US", phones=["(223) 346 12361", "212-555-0173"])
    phones = dict(contact_rows(service))["Phone"].splitlines()
    assert phones[0].endswith(UNCHECKED) and not phones[1].endswith(UNCHECKED)


def test_open_now_from_weekly_hours():
    service = _service(opening=[["MO", "09:00", "17:00"], ["FR", "22:00", "02:00"]])
    assert open_now(service, MONDAY) is True
    assert open_now(service, MONDAY.replace(hour=17)) is False
    assert open_now(service, MONDAY + timedelta(days=4, hours=11)) is True  # Friday 23:00
    assert open_now(service, MONDAY + timedelta(days=5, hours=-11)) is True  # Saturday 01:00
    assert open_now(_service(), MONDAY) is None  # no hours: nothing claimed
    assert open_now(_service(open_24_7=True), MONDAY) is True


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
    st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]),
    st.integers(0, 22),
    st.integers(1, 23),
)
def test_open_now_matches_a_plain_reading_of_the_hours(now, day, start, length):
    end = min(start + length, 23)
    if end <= start:
        return
    service = _service(opening=[[day, f"{start:02d}:00", f"{end:02d}:00"]])
    expected = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][now.weekday()] == day and (
        start <= now.hour < end
    )
    assert open_now(service, now) is expected
