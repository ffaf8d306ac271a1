"""The shipped directory in French: per-language texts, fallbacks, bad input, completeness."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.core import language as lang
from peerdesk.core.errors import InvalidInput
from peerdesk.core.resources.shipped import (
    load_shipped,
    localize_entry,
    missing_texts,
    parse_shipped,
    shipped_files,
)

ENTRY = {
    "id": "pd-xx-line",
    "name": {"en": "Help line", "fr": "Ligne d'aide"},
    "description": "Only in English",
    "hours": {"en": "Weekdays", "fr": "En semaine"},
    "phones": [{"number": "1-800-668-6868", "label": {"en": "Call", "fr": "Appeler"}}],
    "country": "CA",
    "source": "test",
    "last_verified": "2026-11-25",
}


def _file(*entries: dict) -> bytes:
    doc = {"format": "peerdesk-directory/1", "country": "CA", "resources": list(entries)}
    return json.dumps(doc, ensure_ascii=False).encode()


def test_french_texts_are_picked_and_english_is_the_fallback():
    [fr] = parse_shipped("xx.json", _file(ENTRY), lang.FRENCH)
    assert (fr.name, fr.hours, fr.phones[0].label) == ("Ligne d'aide", "En semaine", "Appeler")
    assert fr.description == "Only in English"
    [en] = parse_shipped("xx.json", _file(ENTRY), lang.ENGLISH)
    assert (en.name, en.phones[0].label) == ("Help line", "Call")


def test_the_current_language_is_the_default(monkeypatch):
    monkeypatch.setitem(lang._state, "current", lang.FRENCH)
    assert parse_shipped("xx.json", _file(ENTRY))[0].name == "Ligne d'aide"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ({"fr": "Seulement"}, "English text ('en') is needed"),
        ({"en": "Line", "french": "Ligne"}, "two-letter language"),
        ({"en": "Line", "fr": 3}, "must be text"),
    ],
)
def test_bad_language_texts_name_the_file_entry_and_field(name, message):
    with pytest.raises(InvalidInput) as caught:
        parse_shipped("xx.json", _file(ENTRY | {"name": name}), lang.FRENCH)
    assert message in caught.value.message
    assert "xx.json: resource pd-xx-line" in str(caught.value)


@given(st.text(min_size=1, max_size=80).filter(str.strip), st.text(min_size=1, max_size=80))
def test_any_text_comes_through_unchanged(english, french):
    entry = ENTRY | {"organisation": {"en": english, "fr": french}}
    assert localize_entry(entry, lang.FRENCH)["organisation"] == french
    assert localize_entry(entry, lang.ENGLISH)["organisation"] == english
    assert localize_entry(entry, lang.PSEUDO)["organisation"] == lang.pseudo_text(english)


def test_every_canadian_entry_is_complete_in_french():
    [data] = [data for name, data in shipped_files() if name == "ca.json"]
    entries = json.loads(data)["resources"]
    assert len(entries) >= 4
    for entry in entries:
        assert missing_texts(entry, lang.FRENCH) == [], entry["id"]


def test_canadian_entries_use_each_organisation_french_name():
    names = {r.id: r.name for r in load_shipped(lang.FRENCH) if r.country == "CA"}
    assert names["pd-ca-988"] == "9-8-8 : Ligne d'aide en cas de crise de suicide"
    assert names["pd-ca-kids-help-phone"] == "Jeunesse, J'écoute"
    assert names["pd-ca-hope-for-wellness"] == "Ligne d'écoute d'espoir pour le mieux-être"
    assert names["pd-ca-911"] == "Services d'urgence (911)"
    english = {r.id: r.name for r in load_shipped(lang.ENGLISH)}
    assert english["pd-ca-kids-help-phone"] == "Kids Help Phone"


def test_other_countries_are_unchanged_in_french():
    english = {r.id: r for r in load_shipped(lang.ENGLISH) if r.country != "CA"}
    french = {r.id: r for r in load_shipped(lang.FRENCH) if r.country != "CA"}
    assert english == french
