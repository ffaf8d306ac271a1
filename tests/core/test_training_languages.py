"""Training modules in two languages: picking, falling back, and checking translations."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.core import language
from peerdesk.core.training.languages import (
    languages_of,
    missing_language,
    translation_problems,
)
from peerdesk.core.training.loader import builtin_folder, load_catalogue, parse_bytes
from peerdesk.core.training.packs import module_to_json
from peerdesk.core.training.quality import catalogue_problems

FILES = sorted(e.name for e in builtin_folder().iterdir() if e.name.endswith(".json"))
GOOD = json.loads(builtin_folder().joinpath("01-peer-support-basics.json").read_text("utf-8"))


def parse(data, lang, source="m.json"):
    return parse_bytes(json.dumps(data).encode(), source, language=lang)


def english_only(data):
    """The module with every {"en", "fr"} block reduced to its English text."""
    if isinstance(data, list):
        return [english_only(item) for item in data]
    if isinstance(data, dict):
        if set(data) == {"en", "fr"}:
            return data["en"]
        return {key: english_only(value) for key, value in data.items()}
    return data


@pytest.fixture
def french():
    language.set_current(language.FRENCH)
    yield
    language.set_current(language.ENGLISH)


@pytest.mark.parametrize("name", FILES)
def test_every_shipped_module_has_french_for_every_text(name):
    module, problems = parse_bytes(builtin_folder().joinpath(name).read_bytes(), name)
    assert problems == [] and module is not None
    assert missing_language(module, language.FRENCH) == []
    assert languages_of(module) == {language.ENGLISH, language.FRENCH}
    assert translation_problems(module) == []  # same Markdown shape in both languages
    texts = [t for t in module.texts.values() if t["fr"].strip() == t["en"].strip()]
    # names (Sam, Priya…) and a few words such as "Module" read the same in both languages
    assert all(len(t["en"]) < 20 for t in texts), texts


def test_french_modules_meet_the_shipped_rules():
    catalogue = load_catalogue(language=language.FRENCH)
    assert catalogue.problems == []
    modules = list(catalogue.modules.values())
    assert len(modules) == len(FILES)
    assert catalogue_problems(modules) == []


def test_a_french_module_loads_under_the_french_language(french):
    catalogue = load_catalogue()  # no language given: the current one
    english = load_catalogue(language=language.ENGLISH)
    module = catalogue.get("peer-support-basics")
    assert module is not None and module.title.startswith("Ce qu’est le soutien par les pairs")
    assert module.lessons[0].body.startswith("## Un ou une collègue")
    for ident, mine in catalogue.modules.items():
        theirs = english.modules[ident]
        assert [c.id for c in mine.checks] == [c.id for c in theirs.checks]
        assert [len(c.options) for c in mine.checks] == [len(c.options) for c in theirs.checks]
        assert [o.correct for c in mine.checks for o in c.options] == [
            o.correct for c in theirs.checks for o in c.options
        ]
        assert mine.scenarios[0].nodes.keys() == theirs.scenarios[0].nodes.keys()
        assert mine.title != theirs.title


def test_english_is_the_fallback_for_a_missing_french_text():
    data = copy.deepcopy(GOOD)
    data["title"] = {"en": "Only English here"}
    data["summary"] = "A plain text is English."
    module, problems = parse(data, language.FRENCH)
    assert problems == [] and module is not None
    assert module.title == "Only English here" and module.summary == "A plain text is English."
    assert module.lessons[0].title == GOOD["lessons"][0]["title"]["fr"]  # the rest is French
    assert "title" in missing_language(module, language.FRENCH)
    listed = [str(p) for p in translation_problems(module)]
    assert listed == ["m.json: (module): has no 'fr' text for title, summary"]


def test_an_english_only_pack_still_loads_in_french():
    module, problems = parse(english_only(GOOD), language.FRENCH)
    assert problems == [] and module is not None
    assert module.title == GOOD["title"]["en"]
    assert translation_problems(module) == []  # no translation at all is not a broken one


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"en": "Title", "de": "Titel"}, "title.de: is not a language PeerDesk ships"),
        ({"fr": "Titre"}, "title: needs an English text ('en') to fall back on"),
        ({"en": "Title", "fr": ""}, "title.fr: must not be empty"),
        ({"en": "Title", "fr": 7}, "title.fr: must be text, not a number"),
        (["Title"], "title: must be text, not a list"),
    ],
)
def test_bad_language_blocks_are_named(value, message):
    data = copy.deepcopy(GOOD)
    data["title"] = value
    module, problems = parse(data, language.FRENCH)
    assert module is None
    assert any(message in str(p) for p in problems), [str(p) for p in problems]


def test_a_translation_that_drops_a_list_item_or_a_paragraph_is_caught():
    data = copy.deepcopy(GOOD)
    body = data["lessons"][0]["body"]
    body["fr"] = body["fr"].replace("\n- **De la curiosité.**", " **De la curiosité.**")
    data["lessons"][1]["body"]["fr"] = data["lessons"][1]["body"]["fr"].replace("\n\n", " ", 1)
    module, problems = parse(data, language.ENGLISH)
    assert problems == [] and module is not None
    found = [str(p) for p in translation_problems(module)]
    assert "m.json: lessons[0].body.fr: has 3 list items, the English has 4" in found
    assert any(p.startswith("m.json: lessons[1].body.fr: has 7 paragraphs") for p in found)


def test_the_longest_answer_rule_is_checked_in_french_too():
    data = copy.deepcopy(GOOD)
    for check in data["checks"]:
        if check["kind"] == "single":
            for option in check["options"]:
                text = option["text"]
                text["fr"] = (
                    ("Une réponse très longue et juste " * 4) if option["correct"] else "Non"
                )
    english, _ = parse(data, language.ENGLISH)
    french, _ = parse(data, language.FRENCH)
    assert catalogue_problems([english]) == []
    found = [str(p) for p in catalogue_problems([french])]
    assert any("the right answer is the longest option" in p for p in found), found
    assert any("much shorter than the right answer" in p for p in found), found


def test_an_installed_pack_keeps_every_language():
    module, _ = parse(GOOD, language.FRENCH, "org.json")
    assert module is not None
    reread = json.loads(module_to_json(module))
    assert reread["title"] == GOOD["title"] and "texts" not in reread
    back, problems = parse(reread, language.ENGLISH, "org.json")
    assert problems == [] and back is not None and back.title == GOOD["title"]["en"]
    assert (
        back.scenarios[0].nodes["n1"].responses[0].text
        == (GOOD["scenarios"][0]["nodes"][0]["responses"][0]["text"]["en"])
    )


def test_the_pseudo_locale_marks_the_english_text():
    module, _ = parse(GOOD, language.PSEUDO)
    assert module is not None
    assert module.title == language.pseudo_text(GOOD["title"]["en"])


@settings(max_examples=60, deadline=None)
@given(
    st.text(min_size=1, max_size=300).filter(str.strip),
    st.text(min_size=1, max_size=300).filter(str.strip),
)
def test_any_text_is_picked_in_its_language(en, fr):
    data = copy.deepcopy(GOOD)
    data["summary"] = {"en": en, "fr": fr}
    data["reflections"][0]["prompt"] = {"fr": fr, "en": en}
    for lang, expected in ((language.ENGLISH, en), (language.FRENCH, fr)):
        module, problems = parse(data, lang)
        assert problems == [] and module is not None
        assert module.summary == expected and module.reflections[0].prompt == expected


def test_shipped_modules_are_parsed_once_per_language(monkeypatch):
    """The unlock window's prewarm thread parses them; the unlock reuses that work, and each
    language keeps its own texts."""
    from peerdesk.core.training import loader

    english = load_catalogue(language=language.ENGLISH)
    french = load_catalogue(language="fr")

    def no_second_parse(*_a, **_k):
        raise AssertionError("shipped modules parsed again")

    monkeypatch.setattr(loader, "parse_bytes", no_second_parse)
    again = load_catalogue(language=language.ENGLISH)
    assert list(again.modules) == list(english.modules)
    assert again is not english and again.modules is not english.modules  # a fresh catalogue
    first = next(iter(english.modules))
    assert again.modules[first].title == english.modules[first].title
    assert load_catalogue(language="fr").modules[first].title == french.modules[first].title
    assert french.modules[first].title != english.modules[first].title
