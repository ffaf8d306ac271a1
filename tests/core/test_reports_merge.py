"""Coordinator merge: sums of exported figures, suppression again, version refusal, speed-free."""

from __future__ import annotations

import copy
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.core.reports_helpers import END, START, assert_protected, contact_strategy, true_counts

from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import Contact
from peerdesk.core.errors import InvalidInput
from peerdesk.core.reports import Training, build_report, load_reports, merge_reports, to_dict

CHANNELS = list(vocab.CHANNELS)


def _doc(n: int, channel: str = "phone", start: date = START, end: date = END, **kw) -> dict:
    """n contacts on `channel`, or spread evenly over every channel when channel is "all"."""
    contacts = [
        Contact(
            when=datetime(start.year, start.month, 1 + i % 27, 10, 0),
            duration_min=20,
            channel=CHANNELS[i % 5] if channel == "all" else channel,
            topics=("work_stress",),
        )
        for i in range(n)
    ]
    return to_dict(build_report(contacts, start, end, **kw))


def _merge(*docs: dict, k: int | None = None):
    return merge_reports(load_reports([(f"r{i}.json", d) for i, d in enumerate(docs)]), k=k)


def test_shown_counts_add_up_exactly() -> None:
    team = _merge(_doc(25, channel="all"), _doc(30, channel="all"), _doc(12, channel="video"))
    assert team.reports_merged == 3
    assert team.contacts.text(5) == "67"
    assert team.table("topic").cell("work_stress").text(5) == "67"
    # The video-only report withheld its other channels as 0..4 each, so phone becomes a range.
    assert team.table("channel").cell("phone").text(5) == "11–15"
    assert (
        _merge(_doc(25, channel="all"), _doc(30, channel="all"))
        .table("channel")
        .cell("phone")
        .text(5)
        == "11"
    )
    assert team.duration_total_min.text(5) == str(67 * 20)
    assert team.duration_mean_min == 20


def test_withheld_cells_merge_as_ranges_that_hold_the_truth() -> None:
    # Each single-channel report withholds its channel (its zeros would give it away).
    team = _merge(_doc(10), _doc(7))
    phone = team.table("channel").cell("phone")
    assert phone.low <= 17 <= phone.high
    assert phone.low < phone.high


def test_small_counts_are_carried_as_ranges_and_suppressed_again() -> None:
    team = _merge(_doc(3), _doc(4), _doc(20))
    # Two "<5" (each 0..4) and 20: somewhere from 20 to 28, which is safe to show as a range.
    assert (team.contacts.low, team.contacts.high) == (20, 28)
    assert team.contacts.text(5) == "20–28"
    assert team.duration_mean_min is None
    only_small = _merge(_doc(3), _doc(4))
    assert only_small.contacts.text(5) == "withheld"  # could be anything from 0 to 8
    assert only_small.table("channel").cell("video").status != "shown"


def test_merge_never_lowers_k() -> None:
    team = _merge(_doc(10, k=7), _doc(10), k=3)
    assert team.k == 7


def test_training_is_summed_over_the_reports_that_include_it() -> None:
    a = _doc(5, training=Training(hours=2.5, modules_completed=1))
    b = _doc(5, training=Training(hours=4.0, modules_completed=3))
    team = _merge(a, b, _doc(5))
    assert team.training == Training(hours=6.5, modules_completed=4, reports_included=2)


def test_periods_join_month_by_month() -> None:
    team = _merge(
        _doc(6, start=date(2024, 1, 1), end=date(2024, 1, 31)),
        _doc(8, start=date(2024, 3, 1), end=date(2024, 3, 31)),
    )
    months = [m for m, _ in team.table("month").cells]
    assert months == ["2024-01", "2024-02", "2024-03"]
    assert (team.from_month, team.to_month) == ("2024-01", "2024-03")


def test_mixed_versions_are_refused_with_a_clear_message() -> None:
    newer = _doc(6)
    newer["schema_version"] = 2
    with pytest.raises(InvalidInput, match="different schema versions") as err:
        load_reports([("a.json", _doc(6)), ("b.json", newer)])
    assert "a.json: 1" in err.value.message and "b.json: 2" in err.value.message


def test_unknown_version_is_refused() -> None:
    newer = _doc(6)
    newer["schema_version"] = 99
    with pytest.raises(InvalidInput, match="version 99") as err:
        load_reports([("only.json", newer)])
    assert err.value.field == "schema_version"


@pytest.mark.parametrize(
    ("damage", "field"),
    [
        (lambda d: d["tables"][1]["cells"][0].update(category="a colleague's name"), "category"),
        (lambda d: d["summary"]["contacts"].update(low=9, high=3), "summary.contacts"),
        (lambda d: d["tables"][1]["cells"][0].update(low=500, high=500), "add up"),
        (lambda d: d.update(format="something else"), "not a PeerDesk report"),
        (lambda d: d["tables"].pop(), "tables"),
    ],
)
def test_damaged_reports_are_refused_naming_file_and_field(damage, field) -> None:
    doc = copy.deepcopy(_doc(12))
    damage(doc)
    with pytest.raises(InvalidInput, match=r"bad\.json") as err:
        load_reports([("bad.json", doc)])
    assert field in err.value.message


@settings(max_examples=40, deadline=None)
@given(
    groups=st.lists(st.lists(contact_strategy(), max_size=25), min_size=1, max_size=5),
    k=st.integers(3, 6),
)
def test_merged_reports_never_reveal_a_small_team_count(groups, k) -> None:
    docs = [to_dict(build_report(g, START, END, k=k)) for g in groups]
    team = _merge(*docs)
    everyone = [c for g in groups for c in g]
    assert_protected(to_dict(team), true_counts(everyone), k)
    assert team.contacts.low <= len(everyone) <= team.contacts.high
