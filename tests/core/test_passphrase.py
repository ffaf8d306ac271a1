"""Passphrase policy: length, blocklist, no composition rules, Unicode, strength."""

from __future__ import annotations

import pytest

from peerdesk.core.passphrase import MIN_LENGTH, check, normalize


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
