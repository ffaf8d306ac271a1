"""Language choice: setting, desktop locale and environment; the pseudo-locale's marking."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.core import language

TAGS = st.text(alphabet=st.characters(codec="utf-8"), max_size=20)


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    language.set_current(language.ENGLISH)


@pytest.mark.parametrize(
    ("choice", "tags", "expected"),
    [
        ("fr", ["en_CA"], "fr"),
        ("en", ["fr_CA"], "en"),
        ("system", ["fr_CA"], "fr"),
        ("system", ["fr-BE", "en_GB"], "fr"),
        ("system", ["de_DE", "fr_FR"], "fr"),  # first *supported* preference wins
        ("system", ["de_DE", "es_ES"], "en"),
        ("system", ["C", "POSIX"], "en"),
        ("system", [], "en"),
        ("klingon", ["fr_CA"], "fr"),  # an unknown stored value behaves like "system"
    ],
)
def test_resolve(choice, tags, expected):
    assert language.resolve(choice, tags) == expected


@given(st.text(max_size=10), st.lists(TAGS, max_size=5))
def test_resolve_always_gives_a_supported_language(choice, tags):
    assert language.resolve(choice, tags) in language.SUPPORTED


@pytest.mark.parametrize(
    ("tag", "base"),
    [("fr_CA.UTF-8", "fr"), ("fr-CA", "fr"), ("FR", "fr"), ("en_US@euro", "en"), ("C", "")],
)
def test_base_language(tag, base):
    assert language.base_language(tag) == base


def test_environment_tags_follow_gettext_precedence():
    assert language.environment_tags({"LANG": "fr_CA.UTF-8"}) == ["fr_CA.UTF-8"]
    both = {"LANG": "en_CA.UTF-8", "LC_ALL": "fr_CA.UTF-8", "LANGUAGE": "de"}
    assert language.environment_tags(both) == ["fr_CA.UTF-8"]  # LC_ALL overrides all
    listed = {"LANG": "en_CA.UTF-8", "LANGUAGE": "fr:en"}
    assert language.environment_tags(listed) == ["fr", "en", "en_CA.UTF-8"]
    # gettext ignores LANGUAGE when no locale is set at all ("C").
    assert language.environment_tags({"LANG": "C", "LANGUAGE": "fr"}) == []
    assert language.environment_tags({}) == []


def test_set_current_refuses_an_unknown_language():
    with pytest.raises(ValueError, match="unsupported"):
        language.set_current("de")
    language.set_current(language.FRENCH)
    assert language.current() == "fr"


def test_pseudo_enabled():
    assert language.pseudo_enabled({"PEERDESK_PSEUDO": "1"})
    assert not language.pseudo_enabled({"PEERDESK_PSEUDO": "0"})
    assert not language.pseudo_enabled({})


KEEP = re.compile(r"%L?\d+|%n|<[^>]*>|&[#\w]+;|&&|\{[^}]*\}")


ACCENTED = str.maketrans("aceinouyACEINOUY", "àçéîñöûýÀÇÉÎÑÖÛÝ")


@given(st.text(max_size=80))
def test_pseudo_text_only_accents_letters_and_pads(text):
    out = language.pseudo_text(text)
    if not text:
        assert out == ""
        return
    assert out.startswith(language.PSEUDO_OPEN)
    assert out.endswith(language.PSEUDO_CLOSE)
    body = out[1:-1]
    padding = len(body) - len(text)
    assert padding >= 1
    assert body[len(text) :] == "~" * padding
    for before, after in zip(text, body, strict=False):
        assert after in (before, before.translate(ACCENTED))


@pytest.mark.parametrize(
    "text",
    [
        "Save %1 of %2",
        "%n contact(s)",
        "<b>Bold</b> and &amp; entity",
        "&Save",
        "{count} items",
        "Café déjà vu — 日本語 🙂",
    ],
)
def test_pseudo_text_examples(text):
    out = language.pseudo_text(text)
    for token in KEEP.findall(text):
        assert token in out
    letters = sum(ch.isalpha() for ch in KEEP.sub("", text))
    assert out.count("~") >= round(letters * 0.3)
    assert "&S" in language.pseudo_text("&Save")  # the mnemonic still marks the same letter


def test_a_bad_language_setting_is_refused_or_ignored(tmp_path):
    import json

    from peerdesk.core.errors import InvalidInput
    from peerdesk.core.settings import LocalSettings

    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": "klingon", "theme": "dark"}), encoding="utf-8")
    local = LocalSettings(path)
    assert local.get("language") == "system"  # a hand-edited value falls back, nothing lost
    assert local.get("theme") == "dark"
    with pytest.raises(InvalidInput) as caught:
        local.set("language", "de")
    assert caught.value.field == "Language"
    assert "system, en, fr" in caught.value.message
    assert local.set("language", "fr") == "fr"
    assert json.loads(path.read_text(encoding="utf-8"))["language"] == "fr"
