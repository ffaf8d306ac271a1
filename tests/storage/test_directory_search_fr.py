"""French queries find the right services: stems, a French related-terms table, accents optional."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.storage.search_fr_eval import fill, load, scores

from peerdesk.core import language as lang
from peerdesk.storage.directory import Directory


@pytest.fixture(scope="module")
def directory(tmp_path_factory):
    d = Directory.open(tmp_path_factory.mktemp("fr") / "directory.sqlite")
    fill(d, load())
    yield d
    d.close()


def ids(directory, query):
    return {r.id for r in directory.search(query, limit=50)}


def test_recall_on_the_dev_and_held_out_french_queries(directory):
    # dev was tuned on (1.00 within Canada); test was written at the same time and never tuned
    # on (0.89 within Canada).
    dev, _ = scores(directory, load(), "dev")
    test, missed = scores(directory, load(), "test")
    assert dev >= 0.95, scores(directory, load(), "dev")[1]
    assert test >= 0.85, missed


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("deuil", {"s-griefgroup", "s-widowed", "s-endeuilles", "pd-au-suicide-call-back"}),
        ("suicide", {"s-suicideline", "s-cps", "pd-ca-988"}),
        ("toxicomanie", {"s-recovery", "s-gambling", "s-readaptation", "pd-us-samhsa-helpline"}),
        ("dépendance", {"s-recovery", "s-gambling", "s-readaptation"}),
        ("violence conjugale", {"s-dvshelter", "s-menline", "s-hebergement"}),
        ("aide financière", {"s-credit", "s-grants", "s-budget"}),
    ],
)
def test_the_issue_s_french_needs_find_english_and_french_services(directory, query, expected):
    assert expected <= ids(directory, query)


@pytest.mark.parametrize(
    ("plain", "accented"),
    [("depression", "dépression"), ("itinerance", "itinérance"), ("endeuille", "ENDEUILLÉ")],
)
def test_accents_and_case_are_optional(directory, plain, accented):
    assert ids(directory, plain) == ids(directory, accented) != set()


def test_little_french_words_do_not_narrow_a_query(directory):
    assert ids(directory, "aide aux employés") >= {"s-eap", "s-pae"}
    assert ids(directory, "les dettes") == ids(directory, "dettes")


def test_closest_needs_are_named_in_french_when_peerdesk_speaks_french(directory):
    lang.set_current(lang.FRENCH)
    try:
        assert directory.closest_needs("endetement")[0] == "argent et dettes"
        assert directory.closest_needs("zzzz") == ["santé mentale", "crise", "consultation"]
    finally:
        lang.set_current(lang.ENGLISH)
    assert directory.closest_needs("zzzz") == ["mental health", "crisis", "counselling"]


@settings(
    deadline=None, max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_odd_unicode_never_crashes_search(directory, query):
    found = directory.search(query, limit=5)
    assert len(found) <= 5
    assert isinstance(list(directory.closest_needs(query)), list)
