"""Search terms: stems are prefixes, the related-terms table is well formed, needs are offered."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.core.content import resource_path
from peerdesk.core.resources.terms import (
    alternatives,
    closest_needs,
    parse_terms,
    related_terms,
    stem,
)


@settings(deadline=None)  # the first call loads the stemmer
@given(st.text(min_size=1, max_size=30))
def test_a_stem_is_always_a_prefix_of_the_word(word):
    assert word.lower().startswith(stem(word))


def test_the_shipped_table_is_well_formed():
    doc = json.loads(resource_path("search", "related-terms.json").read_text(encoding="utf-8"))
    needs = [group["need"] for group in doc["groups"]]
    assert len(needs) == len(set(needs))
    for group in doc["groups"]:
        assert group["terms"] and all(t == t.lower().strip() for t in group["terms"])
        assert len(group["terms"]) == len(set(group["terms"]))


@pytest.mark.parametrize(
    ("word", "expected"),
    [("grief", "bereav"), ("bereavement", "loss"), ("suicide", "crisi"),
     ("addiction", "substanc"), ("money", "debt"), ("violence", "abus")],
)  # fmt: skip
def test_the_issue_s_related_needs(word, expected):
    assert expected in alternatives(word)


def test_a_word_outside_the_table_keeps_only_its_stem():
    assert alternatives("harbour") == ["harbour"]
    assert alternatives("xy") == []  # too short for the index: the caller matches it otherwise


def test_a_broken_table_is_refused():
    with pytest.raises(ValueError):
        parse_terms(b'{"format": "something-else", "groups": []}')


def test_closest_needs_never_empty_and_prefers_near_spellings():
    assert closest_needs("finacial", [])[0] == "money and debt"
    assert closest_needs("zzzz", []) == ["mental health", "crisis", "counselling"]
    assert "veterans" in closest_needs("veterns", ["veterans"])
    assert len(related_terms().groups) >= 5


def test_the_french_table_joins_english_needs_and_has_labels():
    english = json.loads(resource_path("search", "related-terms.json").read_text(encoding="utf-8"))
    french = json.loads(
        resource_path("search", "related-terms-fr.json").read_text(encoding="utf-8")
    )
    needs = {group["need"] for group in english["groups"]}
    assert french["language"] == "fr"
    for group in french["groups"]:
        assert group["need"] in needs and group["label"]
        assert all(t == t.lower().strip() for t in group["terms"])


@pytest.mark.parametrize(
    ("word", "expected"),
    [("deuil", "bereav"), ("endeuillés", "grief"), ("toxicomanie", "addict"), ("dettes", "debt")],
)  # fmt: skip
def test_french_words_join_their_english_group(word, expected):
    assert expected in alternatives(word)


def test_english_words_bring_french_terms_only_when_peerdesk_speaks_french():
    from peerdesk.core import language as lang

    english = alternatives("bereavement")
    assert "deuil" not in english  # as many index passes as before the French table
    lang.set_current(lang.FRENCH)
    try:
        assert {"deuil", "perte"} <= set(alternatives("bereavement"))
    finally:
        lang.set_current(lang.ENGLISH)


@settings(deadline=None)
@given(st.text(min_size=1, max_size=30))
def test_a_french_stem_is_always_a_prefix_of_the_word(word):
    assert word.lower().startswith(stem(word, "french"))
