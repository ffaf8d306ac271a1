"""Report content, formats and privacy: whole months, cell-key figures, no free text anywhere."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.core.reports_helpers import (
    CANARIES,
    END,
    START,
    build,
    contact_strategy,
    keyed,
    published_cells,
)

from peerdesk.core.contacts.model import Contact, Referral
from peerdesk.core.errors import InvalidInput
from peerdesk.core.reports import (
    Training,
    accuracy_sentence,
    build_report,
    export,
    render,
    to_csv_text,
    to_json_text,
)
from peerdesk.core.reports.model import TABLES
from peerdesk.core.reports.schema import from_dict


def _contacts(n: int, **fields) -> list[Contact]:
    base = {
        "duration_min": 30,
        "channel": "phone",
        "topics": ("work_stress", CANARIES[3]),
        "note": CANARIES[0],
        "incident_ref": CANARIES[1],
        "referrals": (Referral(label=CANARIES[2], category="eap"),),
    }
    base.update(fields)
    return [Contact(when=datetime(2024, 1 + i % 3, 1 + i % 27, 9, 15), **base) for i in range(n)]


def test_counts_for_a_busy_period_are_close_and_add_up() -> None:
    contacts = _contacts(60) + _contacts(30, channel="video", risk="some_concern")
    report = build(contacts, training=Training(hours=6.5, modules_completed=2))
    assert abs(report.contacts - 90) <= 3 * 2  # three months, each off by at most 2
    assert abs(report.table("channel").cell("phone") - 60) <= 6
    assert report.table("channel").cell("email") == 0  # true zeros stay zero
    assert sum(v for _, v in report.table("channel").cells) == report.contacts
    assert sum(v for _, v in report.table("month").cells) == report.contacts
    assert report.table("topic").cell("other") <= report.contacts  # the custom topic folds in
    assert abs(report.hours - 45) <= 3  # 90 half hours, whole hours a month
    assert report.incidents in (0, 5, 10, 15)  # one reference, counted in each month (<5 each)
    assert report.training == Training(hours=6.5, modules_completed=2)


def test_same_contacts_always_publish_the_same_figures() -> None:
    contacts, keys = keyed(_contacts(23) + _contacts(4, channel="video"))
    first = build_report(contacts, START, END, keys=keys, source_id="1" * 32)
    again = build_report(list(reversed(contacts)), START, END, keys=keys, source_id="1" * 32)
    assert first.report_id != again.report_id  # a new random id each time…
    assert replace(first, report_id="", sources=()) == replace(again, report_id="", sources=())


def test_other_record_keys_give_other_small_figures() -> None:
    """The keys, not the content, decide how a small count is shown."""
    seen = {build(_contacts(2), seed=s).contacts for s in range(40)}
    assert seen >= {0, 5}


@settings(max_examples=60, deadline=None)
@given(st.lists(contact_strategy(), max_size=60), st.integers(3, 12))
def test_every_figure_is_zero_or_at_least_k_and_consistent(contacts, k) -> None:
    report = build(contacts, k=k)
    for (table, category), value in published_cells(report).items():
        if table != "summary" or category != "hours":
            assert value == 0 or value >= k, (table, category, value)
    for table in report.tables:
        kind = TABLES[table.name][2]
        if kind == "contacts":
            assert table.total == report.contacts
        if kind != "multi":
            assert sum(v for _, v in table.cells) == table.total
        else:
            assert all(v <= report.contacts for _, v in table.cells)
    if report.contacts == 0:
        assert report.hours == 0 and report.incidents == 0 and report.people_reached == (0, 0)


@pytest.mark.parametrize(
    ("start", "end", "field", "words"),
    [
        (date(2024, 1, 18), END, "from", "middle of January"),
        (START, date(2024, 3, 19), "to", "middle of March"),
        (date(2024, 3, 1), date(2024, 1, 31), "to", "before the first month"),
        (date(2010, 1, 1), date(2020, 12, 31), "to", "at most 120 months"),
    ],
)
def test_only_whole_months_up_to_ten_years(start, end, field, words) -> None:
    with pytest.raises(InvalidInput, match=words) as err:
        build([], start, end)
    assert err.value.field == field


def test_contacts_outside_the_period_and_missing_keys() -> None:
    outside = [Contact(when=datetime(2023, 12, 31, 23, 59), duration_min=5, note="x")]
    assert build(outside).contacts == 0
    contacts, _keys = keyed(_contacts(3))
    with pytest.raises(InvalidInput, match="no record key"):
        build_report(contacts, START, END, keys={}, source_id="1" * 32)
    with pytest.raises(InvalidInput, match="unknown code"):
        build([replace(contacts[0], channel="pigeon")])
    with pytest.raises(InvalidInput, match="from 3 to 100"):
        build([], k=2)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_canaries_never_reach_a_report(tmp_path, fmt: str) -> None:
    path = tmp_path / f"r.{fmt}"
    render(build(_contacts(40)), fmt, path)
    text = path.read_text(encoding="utf-8")
    assert len(text) > 200
    for canary in CANARIES:
        assert canary.lower() not in text.lower()
    # Nothing finer than a month: no day, no time, no minutes.
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)
    assert not re.search(r"\d{1,2}:\d{2}", text)
    assert "duration" not in text and "minutes" not in text  # hours only, never minutes


def test_every_report_says_how_far_off_it_may_be() -> None:
    report = build(_contacts(40))
    sentence = accuracy_sentence(report)
    assert "off by up to 4" in sentence and "3 months" in sentence
    assert json.loads(to_json_text(report))["accuracy"] == sentence
    assert f"report,accuracy,{sentence}" in to_csv_text(report).replace('"', "")
    one = build(_contacts(40), START, date(2024, 1, 31))
    assert "each count may be off by up to 4" in accuracy_sentence(one)


def test_json_round_trips_through_the_reader() -> None:
    report = build(_contacts(17), k=4)
    again = from_dict(json.loads(to_json_text(report)), "r.json")
    assert replace(again, grain="") == replace(report, grain="")


def test_csv_is_tidy_and_groups_by_quarter_when_asked() -> None:
    report = build(_contacts(90), START, date(2024, 12, 31))
    lines = to_csv_text(replace(report, grain="quarter")).splitlines()
    assert lines[0] == "table,category,value"
    assert "report,schema_version,2" in lines
    quarters = [line for line in lines if line.startswith("quarter,")]
    assert [q.split(",")[1] for q in quarters] == ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]
    assert sum(int(q.split(",")[2]) for q in quarters) == report.contacts


def test_pdf_without_a_registered_renderer_says_so(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(export, "_RENDERERS", {})
    with pytest.raises(InvalidInput, match="PDF needs the desktop components"):
        render(build([]), "pdf", tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


def test_a_registered_pdf_renderer_is_used(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(export, "_RENDERERS", {})
    seen = []
    export.register_renderer("pdf", lambda report, path: seen.append((report.k, path)))
    render(build([]), "pdf", tmp_path / "r.pdf")
    assert seen == [(5, tmp_path / "r.pdf")]


def test_unknown_format_is_refused(tmp_path) -> None:
    with pytest.raises(InvalidInput) as err:
        render(build([]), "docx", tmp_path / "r.docx")
    assert err.value.field == "format"


def test_new_indicators_are_counted() -> None:
    group = [
        Contact(when=datetime(2024, 1, 1 + i, 9), duration_min=60, kind="group_debrief",
                group_size=30, started_by="after_incident", relationship="family_member",
                incident_ref=f"CANARY-INC-{i % 3}", note="x")
        for i in range(20)
    ]  # fmt: skip
    report = build(group, START, date(2024, 1, 31))
    assert report.people_reached == (500, 999)  # 600 people, as a band
    assert abs(report.table("started_by").cell("after_incident") - 20) <= 2
    assert abs(report.table("relationship").cell("family_member") - 20) <= 2
    assert report.incidents in (0, 5)  # 3 distinct incidents: a small count
    assert "CANARY-INC" not in to_json_text(report)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=30))
def test_incident_references_in_any_script_are_counted_never_published(texts) -> None:
    """Odd Unicode (combining marks, right-to-left, emoji) counts once per distinct reference."""
    refs = [f"CANARY-{t}" for t in texts]
    contacts = [
        Contact(when=datetime(2024, 1, 1 + i % 28, 9), duration_min=10, incident_ref=ref, note="x")
        for i, ref in enumerate(refs)
    ]
    report = build(contacts, START, date(2024, 1, 31))
    assert report.incidents == 0 or report.incidents >= 5
    assert report.incidents <= report.contacts
    if len(set(refs)) >= 7:  # large enough to be shown: within the table's noise
        assert abs(report.incidents - len(set(refs))) <= 2
    assert "CANARY" not in to_json_text(report) + to_csv_text(report)


def test_the_desk_reports_service_counts_through_the_other_services(desk) -> None:
    """desk.reports reads contacts and training through their services, never their tables."""
    from peerdesk.core.contacts.model import Contact

    for day in range(1, 13):
        desk.contacts.add(
            Contact(when=datetime(2024, 3, day, 10, 0), duration_min=30, topics=("conflict",))
        )
    desk.training.add_external("Refresher", "Our EAP", date(2024, 3, 5), 2.0)
    inputs = desk.reports.gather(date(2024, 3, 1), date(2024, 3, 31), include_training=True)
    assert len(inputs.contacts) == 12 and set(inputs.keys) == {c.id for c in inputs.contacts}
    assert inputs.training is not None and inputs.training.hours == 2.0
    assert inputs.source_id == desk.contacts.report_source_id()
    report = desk.reports.build(date(2024, 3, 1), date(2024, 3, 31), k=5)
    assert report.contacts == inputs.build(5).contacts  # same contacts, same published figure
