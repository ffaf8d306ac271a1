"""Report content, formats and privacy: counts, months only, no free text in any format."""

from __future__ import annotations

import json
import re
from datetime import date, datetime

import pytest
from tests.core.reports_helpers import CANARIES, END, START

from peerdesk.core.contacts.model import Contact, Referral
from peerdesk.core.errors import InvalidInput
from peerdesk.core.reports import Training, build_report, export, render, to_csv_text, to_json_text
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


def test_counts_for_a_busy_period() -> None:
    contacts = _contacts(30) + _contacts(6, channel="video", risk="some_concern")
    report = build_report(contacts, START, END, training=Training(hours=6.5, modules_completed=2))
    assert report.contacts.text(5) == "36"
    assert report.duration_total_min.text(5) == str(36 * 30)
    assert report.duration_mean_min == 30
    assert report.table("channel").cell("phone").text(5) == "30"
    # The three channels nobody used are zeros, shown as "<5"; with only phone and video shown
    # they would add up to the total and so read as 0: video, the smaller, is withheld with them.
    assert report.table("channel").cell("video").text(5) == "withheld"
    assert report.table("channel").cell("email").text(5) == "<5"
    assert report.table("month").cell("2024-02").text(5) == "12"
    assert report.table("topic").cell("work_stress").text(5) == "36"
    assert report.table("topic").cell("other").text(5) == "36"  # the custom topic folds in
    assert report.table("referral").cell("eap").text(5) == "withheld"  # zeros beside it
    assert report.training == Training(hours=6.5, modules_completed=2)


def test_contacts_outside_the_period_are_left_out() -> None:
    outside = [Contact(when=datetime(2023, 12, 31, 23, 59), duration_min=5)]
    report = build_report(_contacts(5) + outside, START, END)
    assert report.contacts.text(5) == "5"


def test_a_small_period_shows_nothing_but_small_counts() -> None:
    report = build_report(_contacts(3), START, END)
    doc = json.loads(to_json_text(report))
    assert doc["summary"]["contacts"]["value"] == "<5"
    assert doc["summary"]["duration_mean_min"] is None
    for table in doc["tables"]:
        assert all(c["status"] != "shown" for c in table["cells"]), table["name"]


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_canaries_never_reach_a_report(tmp_path, fmt: str) -> None:
    path = tmp_path / f"r.{fmt}"
    render(build_report(_contacts(40), START, END), fmt, path)
    text = path.read_text(encoding="utf-8")
    assert len(text) > 200
    for canary in CANARIES:
        assert canary.lower() not in text.lower()
    # Nothing finer than a month: no day, no time.
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)
    assert not re.search(r"\d{1,2}:\d{2}", text)


def test_json_round_trips_through_the_reader() -> None:
    report = build_report(_contacts(17), START, END, k=4)
    again = from_dict(json.loads(to_json_text(report)), "r.json")
    assert again == report


def test_csv_is_tidy() -> None:
    lines = to_csv_text(build_report(_contacts(9), START, END)).splitlines()
    assert lines[0] == "table,category,value"
    assert "report,schema_version,1" in lines
    assert "month,2024-01,withheld" in lines  # 3 a month: every cell small, table withheld
    assert all(line.count(",") == 2 for line in lines)


def test_pdf_without_a_registered_renderer_says_so(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(export, "_RENDERERS", {})
    with pytest.raises(InvalidInput, match="PDF needs the desktop components"):
        render(build_report([], START, END), "pdf", tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


def test_a_registered_pdf_renderer_is_used(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(export, "_RENDERERS", {})
    seen = []
    export.register_renderer("pdf", lambda report, path: seen.append((report.k, path)))
    render(build_report([], START, END), "pdf", tmp_path / "r.pdf")
    assert seen == [(5, tmp_path / "r.pdf")]


def test_unknown_format_and_reversed_dates_are_refused(tmp_path) -> None:
    with pytest.raises(InvalidInput) as err:
        render(build_report([], START, END), "docx", tmp_path / "r.docx")
    assert err.value.field == "format"
    with pytest.raises(InvalidInput) as err:
        build_report([], date(2024, 3, 1), date(2024, 2, 1))
    assert err.value.field == "to"
