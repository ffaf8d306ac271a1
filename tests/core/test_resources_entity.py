"""Shipped directory entries and the Resource entity's validation."""

from __future__ import annotations

import json
from datetime import date

import phonenumbers
import pytest
from phonenumbers import shortnumberinfo

from peerdesk.core.errors import InvalidInput
from peerdesk.core.resources.entity import resource_from_dict
from peerdesk.core.resources.shipped import load_shipped, parse_shipped, shipped_files

REQUIRED_COUNTRIES = {"CA", "US", "GB", "IE", "AU", "NZ"}


def test_every_shipped_entry_validates_with_source_and_date():
    resources = load_shipped()
    assert {r.country for r in resources} >= REQUIRED_COUNTRIES
    for r in resources:
        assert r.origin == "shipped"
        assert r.source and r.description and r.last_verified is not None
        assert date(2026, 11, 25) <= r.last_verified <= date.today()  # checked, never ahead
        assert r.phones or r.text_codes


def test_entries_checked_for_issue_17_cite_the_page_and_date():
    shipped = {r.id: r for r in load_shipped()}
    for rid in ("pd-us-disaster-distress", "pd-us-copline", "pd-gb-ni-lifeline",
                "pd-nz-suicide-crisis-helpline"):  # fmt: skip
        assert "checked 2026-12-02" in shipped[rid].source
    assert shipped["pd-nz-suicide-crisis-helpline"].open_24_7
    assert not shipped["pd-us-copline"].open_24_7  # its own page states no hours


def test_every_shipped_number_dials_in_its_country():
    for r in load_shipped():
        assert r.country is not None
        for contact in (*r.phones, *r.text_codes):
            parsed = phonenumbers.parse(contact.number, r.country)
            assert phonenumbers.is_valid_number(
                parsed
            ) or shortnumberinfo.is_valid_short_number_for_region(parsed, r.country), (
                r.id,
                contact.number,
            )


def test_key_crisis_numbers_are_present_exactly():
    by_id = {r.id: r for r in load_shipped()}
    expected = {
        "pd-ca-988": "988", "pd-us-988": "988", "pd-gb-samaritans": "116 123",
        "pd-ie-samaritans": "116 123", "pd-au-lifeline": "13 11 14", "pd-nz-1737": "1737",
    }  # fmt: skip
    for rid, number in expected.items():
        assert number in [p.number for p in by_id[rid].phones]
    assert by_id["pd-us-crisis-text-line"].text_codes[0].keyword == "HOME"
    assert by_id["pd-us-crisis-text-line"].text_codes[0].dial == "741741"


def test_each_country_lists_its_emergency_number():
    emergency = {"CA": "911", "US": "911", "GB": "999", "IE": "112", "AU": "000", "NZ": "111"}
    resources = load_shipped()
    for country, number in emergency.items():
        dials = {p.dial for r in resources if r.country == country for p in r.phones}
        assert number in dials
        assert shortnumberinfo.is_emergency_number(number, country)


def test_shipped_file_errors_name_file_and_entry():
    name, data = shipped_files()[0]
    doc = json.loads(data)
    doc["resources"][0]["phones"] = [{"number": "12"}]
    with pytest.raises(InvalidInput) as err:
        parse_shipped(name, json.dumps(doc).encode())
    assert name in err.value.message and doc["resources"][0]["id"] in err.value.message
    with pytest.raises(InvalidInput, match="format"):
        parse_shipped(name, b'{"resources": []}')


def _base(**changes):
    data = {"id": "x-1", "name": "Example", "country": "CA", "phones": ["416-555-0100"]}
    return data | changes


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "name"),
        ({"phones": ["12"]}, "phones[0].number"),
        ({"country": "Canada"}, "country"),
        ({"channels": ["pigeon"]}, "channels"),
        ({"website": "example.com"}, "website"),
        ({"last_verified": "25/11/2026"}, "last_verified"),
        ({"id": "bad id!"}, "id"),
        ({"phones": [], "website": ""}, "phones"),
    ],
)
def test_bad_fields_are_named(changes, field):
    with pytest.raises(InvalidInput) as err:
        resource_from_dict(_base(**changes), "user")
    assert err.value.field == field


def test_shipped_entries_need_source_and_date():
    with pytest.raises(InvalidInput) as err:
        resource_from_dict(_base(source="x"), "shipped")
    assert err.value.field == "last_verified"


def test_possibly_out_of_date_after_twelve_months():
    r = resource_from_dict(_base(last_verified="2025-11-01"), "user")
    assert r.possibly_out_of_date(date(2026, 11, 25))
    assert not r.possibly_out_of_date(date(2026, 6, 1))
    assert resource_from_dict(_base(), "user").possibly_out_of_date(date(2026, 1, 1))


def test_contact_text_copies_every_contact():
    r = resource_from_dict(
        _base(text_codes=[{"number": "686868", "keyword": "CONNECT"}], website="https://x.org"),
        "user",
    )
    assert r.contact_text().splitlines() == [
        "Example",
        "Call: 416-555-0100",
        "Text CONNECT to 686868",
        "https://x.org",
    ]
