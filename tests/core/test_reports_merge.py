"""Coordinator merge: nothing counted twice, sums of published figures, protected again."""

from __future__ import annotations

import copy
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.core.reports_helpers import END, START, build, contact_strategy, published_cells

from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import Contact
from peerdesk.core.errors import InvalidInput
from peerdesk.core.reports import Training, load_reports, merge_reports, to_dict
from peerdesk.core.reports.model import TABLES

CHANNELS = list(vocab.CHANNELS)


def _doc(n: int, source: str = "a", start: date = START, end: date = END, **kw) -> dict:
    """n contacts spread over every channel, from the vault with source id `source`."""
    contacts = [
        Contact(when=datetime(start.year, start.month, 1 + i % 27, 10, 0), duration_min=20,
                channel=CHANNELS[i % 5], topics=("work_stress",))
        for i in range(n)
    ]  # fmt: skip
    return to_dict(build(contacts, start, end, source_id=source * 32, **kw))


def _merge(*docs: dict, k: int | None = None):
    return merge_reports(load_reports([(f"r{i}.json", d) for i, d in enumerate(docs)]), k=k)


def test_published_figures_add_up_exactly() -> None:
    docs = [_doc(25, "a"), _doc(30, "b"), _doc(12, "c")]
    team = _merge(*docs)
    assert team.reports_merged == 3
    assert team.contacts == sum(d["summary"]["contacts"] for d in docs)
    assert team.hours == sum(d["summary"]["hours"] for d in docs)
    phone = sum(d["tables"][1]["cells"][1]["value"] for d in docs)
    assert team.table("channel").cell("phone") == phone


def test_a_report_given_twice_is_refused() -> None:
    doc = _doc(20, "a")
    with pytest.raises(InvalidInput, match="same report") as err:
        _merge(doc, copy.deepcopy(doc), _doc(20, "b"))
    assert "r0.json and r1.json" in err.value.message


def test_overlapping_months_from_one_vault_are_refused() -> None:
    first = _doc(20, "a", START, date(2024, 2, 29))
    second = _doc(20, "a", date(2024, 2, 1), END)
    with pytest.raises(InvalidInput, match="2024-02 to 2024-02 from the same supporter"):
        _merge(first, second)
    # The same vault's months that do not overlap merge fine; so do other vaults' same months.
    later = _doc(20, "a", date(2024, 3, 1), END)
    assert _merge(first, later, _doc(20, "b")).reports_merged == 3


def test_a_team_report_cannot_be_merged_again_with_one_of_its_inputs() -> None:
    a, b = _doc(20, "a"), _doc(20, "b")
    team = to_dict(_merge(a, b))
    with pytest.raises(InvalidInput, match="same report"):
        _merge(team, b)
    assert _merge(team, _doc(9, "c")).reports_merged == 3


def test_a_larger_k_protects_the_merged_cells_again() -> None:
    docs = [_doc(n, chr(97 + i), k=3) for i, n in enumerate((4, 3, 7))]
    team = _merge(*docs, k=6)
    assert team.k == 6
    for (table, category), value in published_cells(team).items():
        if category != "hours":
            assert value == 0 or value >= 6, (table, category, value)
    assert sum(v for _, v in team.table("channel").cells) == team.contacts
    assert _merge(*docs, k=6).contacts == team.contacts  # the same inputs, the same result


def test_merge_never_lowers_k() -> None:
    assert _merge(_doc(10, "a", k=7), _doc(10, "b"), k=3).k == 7


def test_training_is_summed_over_the_reports_that_include_it() -> None:
    a = _doc(5, "a", training=Training(hours=2.5, modules_completed=1))
    b = _doc(5, "b", training=Training(hours=4.0, modules_completed=3))
    team = _merge(a, b, _doc(5, "c"))
    assert team.training == Training(hours=6.5, modules_completed=4, reports_included=2)


def test_periods_join_month_by_month() -> None:
    team = _merge(
        _doc(6, "a", date(2024, 1, 1), date(2024, 1, 31)),
        _doc(8, "b", date(2024, 3, 1), date(2024, 3, 31)),
    )
    assert [m for m, _ in team.table("month").cells] == ["2024-01", "2024-02", "2024-03"]
    assert (team.from_month, team.to_month) == ("2024-01", "2024-03")


def test_old_and_unknown_versions_are_refused() -> None:
    for version in (1, 99):
        doc = _doc(6)
        doc["schema_version"] = version
        with pytest.raises(InvalidInput, match=f"version {version}") as err:
            load_reports([("only.json", doc)])
        assert err.value.field == "schema_version"


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (lambda d: d["tables"][1]["cells"][0].update(category="a colleague's name"), "category"),
        (lambda d: d["summary"].update(contacts=3), "below 5"),
        (lambda d: d["tables"][1]["cells"][0].update(value=500), "add up"),
        (lambda d: d.update(format="something else"), "not a PeerDesk report"),
        (lambda d: d["tables"].pop(), "tables"),
        (lambda d: d["sources"][0].update(source_id="me"), "hexadecimal"),
        (lambda d: d["summary"].update(hours=-1), "whole hours"),
        (lambda d: d["summary"]["people_reached"].update(low=9, high=3), "low..high"),
    ],
)
def test_damaged_reports_are_refused_naming_file_and_field(damage, words) -> None:
    doc = copy.deepcopy(_doc(40))
    damage(doc)
    with pytest.raises(InvalidInput, match=r"bad\.json") as err:
        load_reports([("bad.json", doc)])
    assert words in err.value.message


@settings(max_examples=40, deadline=None)
@given(
    groups=st.lists(st.lists(contact_strategy(), max_size=25), min_size=1, max_size=5),
    k=st.integers(3, 6),
)
def test_merged_figures_stay_zero_or_at_least_k_and_consistent(groups, k) -> None:
    docs = [to_dict(build(g, START, END, k=k, source_id=f"{i:032x}")) for i, g in enumerate(groups)]
    team = _merge(*docs)
    for (_table, category), value in published_cells(team).items():
        if category != "hours":
            assert value == 0 or value >= k
    for table in team.tables:
        if TABLES[table.name][2] == "contacts":
            assert sum(v for _, v in table.cells) == team.contacts
