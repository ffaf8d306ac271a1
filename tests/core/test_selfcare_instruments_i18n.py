"""Instruments in several languages: the loader picks the user's language, else English."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.core.test_selfcare_instruments import VALID

from peerdesk.core import language
from peerdesk.core.errors import InvalidInput
from peerdesk.core.selfcare.instruments import (
    builtin_instruments,
    load_folder,
    parse_instrument,
)
from peerdesk.core.selfcare.scoring import score

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "instruments"


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    language.set_current(language.ENGLISH)


def texts(inst: Any) -> list[str]:
    """Every text a person reads, in a fixed order."""
    found = [inst.name, inst.short_name, inst.purpose, inst.credit, inst.timeframe]
    for item in inst.items:
        found += [item.text, *item.labels.values()]
    for sub in inst.subscales:
        found += [sub.name, sub.unit]
        found += [t for b in sub.bands for t in (b.label, b.message)]
    return found


def test_every_shipped_text_has_french():
    for inst in builtin_instruments("fr").values():
        assert inst.language == "fr"
        assert inst.fallbacks == (), f"{inst.source}: English only at {inst.fallbacks}"


def test_french_reads_differently_but_scores_the_same():
    english, french = builtin_instruments("en"), builtin_instruments("fr")
    assert english.keys() == french.keys()
    for key, en in english.items():
        fr = french[key]
        changed = [a for a, b in zip(texts(en), texts(fr), strict=True) if a != b]
        assert len(changed) >= len(texts(en)) // 2, key  # names like "WHO-5" may stay
        assert [i.key for i in en.items] == [i.key for i in fr.items]
        assert en.reverse_items == fr.reverse_items
        for answer in (en.scale_min, en.scale_max):
            answers = [answer] * en.item_count
            pairs = zip(score(en, answers).values(), score(fr, answers).values(), strict=True)
            assert all((a.value, a.band.id) == (b.value, b.band.id) for a, b in pairs)
        bands_en = [(b.id, b.min, b.max, b.concern) for s in en.subscales for b in s.bands]
        assert bands_en == [(b.id, b.min, b.max, b.concern) for s in fr.subscales for b in s.bands]


def test_quick_checkin_in_french_reads_as_french():
    quick = builtin_instruments("fr")["quick_checkin"]
    assert quick.name == "Bilan rapide"
    assert quick.items[1].text == "Comment dormez-vous ces temps-ci?"
    assert quick.items[0].labels[1] == "1 – à plat"


def test_the_current_language_is_the_default():
    language.set_current(language.FRENCH)
    assert builtin_instruments()["who5"].subscales[0].name == "Bien-être"
    language.set_current(language.ENGLISH)
    assert builtin_instruments()["who5"].subscales[0].name == "Wellbeing"


def test_english_only_organisation_file_falls_back_and_says_where(tmp_path):
    (tmp_path / "team_pulse.json").write_text(json.dumps(VALID), encoding="utf-8")
    inst = load_folder(tmp_path, "fr")["team_pulse"]
    assert inst.name == "Team pulse"
    assert "name" in inst.fallbacks
    assert "items[0].text" in inst.fallbacks
    assert load_folder(tmp_path, "en")["team_pulse"].fallbacks == ()


def test_a_missing_french_text_falls_back_to_english():
    data = copy.deepcopy(VALID)
    data["name"] = {"en": "Team pulse", "fr": "Pouls de l'équipe"}
    data["purpose"] = {"en": "A short pulse our team uses."}
    inst = parse_instrument(data, "team_pulse.json", "fr")
    assert inst.name == "Pouls de l'équipe"
    assert inst.purpose == "A short pulse our team uses."
    assert inst.fallbacks.count("purpose") == 1


@pytest.mark.parametrize(
    ("value", "field", "message"),
    [
        ({"fr": "Pouls"}, "name", "English text ('en')"),
        ({"en": "Pulse", "french": "Pouls"}, "name.french", "two-letter language"),
        ({"en": "Pulse", "fr": 3}, "name.fr", "expected text"),
        (["Pulse"], "name", "expected text or an object"),
        (7, "name", "expected text or an object"),
    ],
)
def test_bad_language_texts_name_the_field(value, field, message):
    data = copy.deepcopy(VALID)
    data["name"] = value
    with pytest.raises(InvalidInput) as caught:
        parse_instrument(data, "team_pulse.json", "fr")
    assert caught.value.field == f"team_pulse.json: {field}"
    assert message in caught.value.message


def test_labels_and_bands_take_languages_too():
    data = copy.deepcopy(VALID)
    data["scale"]["labels"]["1"] = {"en": "low", "fr": "bas"}
    data["subscales"][0]["bands"][0]["message"] = {"en": "Take care.", "fr": "Prenez soin de vous."}
    inst = parse_instrument(data, "team_pulse.json", "fr")
    assert inst.items[0].labels[1] == "bas"
    assert inst.subscales[0].bands[0].message == "Prenez soin de vous."
    assert parse_instrument(data, "team_pulse.json", "en").items[0].labels[1] == "low"


@given(st.text(min_size=1, max_size=60), st.text(min_size=1, max_size=60))
def test_any_unicode_text_comes_through_as_written(english, french):
    data = copy.deepcopy(VALID)
    data["items"][0]["text"] = {"en": english, "fr": french}
    assert parse_instrument(data, "t.json", "fr").items[0].text == french
    assert parse_instrument(data, "t.json", "en").items[0].text == english
    pseudo = parse_instrument(data, "t.json", language.PSEUDO).items[0].text
    assert pseudo.startswith(language.PSEUDO_OPEN)


def test_shipped_files_keep_english_for_every_text():
    """The fallback language must always be there, even in files edited for French."""
    for path in SHIPPED.glob("*.json"):
        parse_instrument(json.loads(path.read_text(encoding="utf-8")), path.name, "en")
