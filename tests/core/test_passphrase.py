"""Passphrase policy: length, blocklist, no composition rules, Unicode, strength."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.core.passphrase import (
    COMMON,
    GUESSABLE,
    MAX_LENGTH,
    MIN_LENGTH,
    TOO_LONG,
    TOO_SHORT,
    check,
    normalize,
)


@pytest.mark.parametrize(
    "text",
    ["", "short", "fourteen chars", "password1234567890", "qwertyuiopasdfghjkl", "a" * 20],
)
def test_rejected(text):
    result = check(text)
    assert not result.ok and result.messages


@pytest.mark.parametrize(
    "text",
    [
        "correct horse battery staple",
        "all lowercase words no digits",  # no composition rules
        "Ünïcode lamp river tide",
        "the moonlit kettle sang softly while autumn rain tapped on the old greenhouse roof",
        "ملاحظة هادئة عن النهر والضوء",
    ],
)
def test_accepted(text):
    result = check(text)
    assert result.ok, result.messages
    assert result.score >= 2 and result.label


def test_length_counts_normalised_characters():
    assert len(normalize("ﬁ" * MIN_LENGTH)) == 2 * MIN_LENGTH
    assert "15 characters (5 so far)" in check("abcde").messages[0]


def test_strength_grows_with_length():
    assert check("tiny").score < check("harbour lantern violet quietly drifting").score


# --- the verdict as codes (a window puts them in its own words and language) ---------------
@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_each_problem_has_one_english_message_and_ok_means_none(text):
    result = check(text)
    assert len(result.problems) == len(result.messages)
    assert result.ok == (not result.problems)
    assert result.length == len(normalize(text))
    assert (TOO_SHORT in result.problems) == (result.length < MIN_LENGTH)
    assert not (COMMON in result.problems and GUESSABLE in result.problems)


@pytest.mark.parametrize(
    ("text", "problem"),
    [("abcde", TOO_SHORT), ("password1234567890", COMMON), ("x" * (MAX_LENGTH + 1), TOO_LONG)],
)
def test_problem_codes_name_what_is_wrong(text, problem):
    assert problem in check(text).problems


def test_a_long_but_guessable_passphrase_keeps_zxcvbn_advice_for_english():
    result = check("qwertyuiopasdfghjkl")
    assert GUESSABLE in result.problems and result.score <= 1
    assert result.messages[-1].startswith("This is too easy to guess.")
    assert result.hint and result.hint in result.messages[-1]
