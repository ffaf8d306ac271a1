"""The identifier guard on notes it was not tuned on: corpus split, floors, and each class."""

from __future__ import annotations

import ast
import itertools
import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.core import deid
from peerdesk.core.content import resource_path
from peerdesk.core.deid import phones
from peerdesk.core.deid.vocab import NOT_NAMES, TITLES
from peerdesk.core.errors import InvalidInput

sys.path.insert(0, str(Path(__file__).parent / "deid_eval"))
import corpus

DEV, TEST = corpus.load("dev"), corpus.load("test")


def _found(text: str, **kwargs: object) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in deid.scan(text, **kwargs)]  # type: ignore[arg-type]


# -- the corpus and the figures ---------------------------------------------------------------
def test_corpus_is_large_varied_and_split_by_file():
    assert len(DEV) + len(TEST) >= 600
    dev_files = {n.source.split(":")[0] for n in DEV}
    test_files = {n.source.split(":")[0] for n in TEST}
    assert not dev_files & test_files and len(dev_files) >= 4 and len(test_files) >= 4
    for notes in (DEV, TEST):
        kinds = {kind for note in notes for *_span, kind in note.gold}
        assert kinds == set(corpus.KINDS)
        assert sum(not n.gold for n in notes) >= 80  # clean notes full of false-alarm traps


def test_test_set_identifiers_do_not_appear_in_dev():
    """The held-out set uses other names, streets, plates and handles than the tuning set."""
    dev = {n.text[s:e].lower() for n in DEV for s, e, _k in n.gold}
    test = {n.text[s:e].lower() for n in TEST for s, e, _k in n.gold}
    assert not dev & test


@pytest.mark.parametrize("notes", [DEV, TEST], ids=["dev", "test"])
def test_guard_meets_the_targets(notes):
    summary = corpus.score(notes, deid.scan).summary()
    print(summary)
    assert summary["recall_flagged"] >= 0.95
    assert summary["recall_covered"] >= 0.90
    assert summary["precision"] >= 0.92
    assert summary["clean_flagged"] <= 0.05


def test_corpus_marks_are_parsed_exactly():
    note = corpus.parse_line("Met {name:Siobhán} at {address:12 Elm Road}.", "x")
    assert note.text == "Met Siobhán at 12 Elm Road."
    assert [note.text[s:e] for s, e, _k in note.gold] == ["Siobhán", "12 Elm Road"]
    with pytest.raises(ValueError):
        corpus.parse_line("{nickname:Bo}", "x")


# -- names ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Handover with Dr. Farouk went fine.", "Farouk"),
        ("Insp. Quintero asked for a welfare check.", "Quintero"),
        ("Sgt Mbeki and the crew were shaken.", "Mbeki"),
        ("Spoke with Zoë after the late shift.", "Zoë"),
        ("Søren has not slept since the crash.", "Søren"),
        ("Łukasz asked for the card.", "Łukasz"),
        ("Rewi rang me at home.", "Rewi"),
        ("Faith told me she is leaving.", "Faith"),
        ("Will said he feels numb.", "Will"),
        ("Kasimir's partner called the station.", "Kasimir"),
        ("Sat with Oyelowo-Tanaka in the van.", "Oyelowo-Tanaka"),
        ("talked w ngaire tonight, rough", "ngaire"),
        ("Met J. Smith at the depot.", "J. Smith"),
        ("O'Donoghue asked for the card.", "O'Donoghue"),
        ("McAllister was on the same job.", "McAllister"),
        ("Jean-Luc rang after the call.", "Jean-Luc"),
        ("Yutong said the calls were hard.", "Yutong"),
        ("Spoke to Grace today; she slept better.", "Grace"),
        ("She said that Jordan keeps making jokes.", "Jordan"),
    ],
)
def test_names_in_many_forms(text, name):
    assert ("name", name) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Will you be on the late shift?",
        "Hope the new roster helps.",
        "There is a grace period for the forms.",
        "Mark the date in the diary.",
        "Boxing Day and Father's Day are hard for the crew.",
        "Met at Tim Hortons after the debrief.",
        "Moved from Halifax to Regina last spring.",
        "The Captain called a stand-down.",
        "Texas has different rules for transfers.",
        "Zoom was down so we used the phone.",
        "Beyond Blue was suggested for the partner.",
        "The Dr on call was kind.",
        "Post-job debrief and a follow-up call.",
        "A 2 hour drive to the course.",
        "The insta post about the crash upset them.",
        "Moved to Preston after the wedding.",
        "He asked whether counselling would show up on his record.",
        "Money worries since the rent went up.",
        "Kerry was the county where they grew up.",
        "A brief ‘I’ve had something similar’ can build connection.",
        "Don’t say that! Let me check you’re okay.",
        "We closed with clear information and follow-up.",
    ],
)
def test_false_alarm_traps_stay_clean(text):
    assert _found(text) == []


# -- numbers ----------------------------------------------------------------------------------
@pytest.mark.parametrize("region", [None, "GB", "CA", "AU", "NZ", "IE", "US"])
def test_phones_of_every_region_are_found_whatever_the_users_region(region):
    text = "Ring 1-902-555-0143 or 07700 900461 or 0412 555 019 or +64 21 555 0192."
    kinds = [k for k, _t in _found(text, region=region)]
    assert kinds == ["phone"] * 4


def test_region_order_puts_the_users_country_first():
    assert phones.regions_for("nz")[0] == "NZ"
    assert phones.regions_for("UK")[0] == "GB"
    assert set(phones.regions_for(None)) == set(phones.SUPPORTED_REGIONS)
    assert phones.regions_for("FR") == phones.SUPPORTED_REGIONS


def _directory_numbers() -> list[str]:
    found: list[str] = []
    for path in sorted(resource_path("directory").glob("*.json")):
        text = path.read_text(encoding="utf-8")
        found += [v for k, v in _pairs(json.loads(text)) if k == "number"]
    return found


def _pairs(data: object):
    if isinstance(data, dict):
        for key, value in data.items():
            yield (key, value) if isinstance(value, str) else ("", "")
            yield from _pairs(value)
    elif isinstance(data, list):
        for value in data:
            yield from _pairs(value)


@pytest.mark.parametrize("number", _directory_numbers())
def test_numbers_of_directory_services_are_never_flagged(number):
    assert _found(f"Gave them {number} to call any time.") == []
    assert _found(f"Number for the line: {number}.") == []


def test_numbers_of_the_users_own_resources_are_never_flagged():
    text = "Our EAP line is 0800 555 0199 and her mobile 07700 900 314."
    assert [k for k, _t in _found(text)] == ["phone", "phone"]
    assert _found(text, service_numbers=["0800-555-0199"]) == [("phone", "07700 900 314")]
    deid.configure(region="GB", service_numbers=["+44 800 555 0199"])
    try:
        assert _found(text) == [("phone", "07700 900 314")]
    finally:
        deid.configure()


# -- other kinds ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("Her car, reg MV63 TRK, was keyed.", "plate", "MV63 TRK"),
        ("Plate 6XYZ204 on the ticket.", "plate", "6XYZ204"),
        ("His ute rego QWE-882 was photographed.", "plate", "QWE-882"),
        ("She posts as @quiet_medic.22 online.", "handle", "@quiet_medic.22"),
        ("Postcode G2 4PP was on the letter.", "postcode", "G2 4PP"),
        ("Postal code H2X 1Y4 on the form.", "postcode", "H2X 1Y4"),
        ("Sent to VIC 3000 by mistake.", "postcode", "VIC 3000"),
        ("He lives at Apt 9C, 310 Dundas Street now.", "address", "Apt 9C, 310 Dundas Street"),
        ("Moved to Unit 4/22 Acacia Road.", "address", "Unit 4/22 Acacia Road"),
        ("she's at 9 rimu st now", "address", "9 rimu st"),
        ("her insta is kay.on.nights fyi", "handle", "kay.on.nights"),
        ("He was born in 1971, he said.", "date", "1971"),
    ],
)
def test_other_kinds(text, kind, found):
    assert (kind, found) in _found(text)


def test_unit_numbers_of_vehicles_and_services_are_not_addresses():
    assert _found("Unit 3 is back in service and NHS 111 was busy.") == []


def test_could_identify_is_a_softer_finding_replaced_by_detail():
    text = "the only woman on Green watch at Station 9 feels left out."
    findings = deid.scan(text)
    assert [(f.kind, f.soft) for f in findings] == [("could_identify", True)]
    assert findings[0].text == "the only woman on Green watch at Station 9"
    assert deid.redact(text, findings) == "[DETAIL] feels left out."
    assert deid.scan("The captain on B shift was fair.") == []
    mine = deid.scan("our only Sikh officer at Northgate station left early.")
    assert [f.kind for f in mine] == ["could_identify"]


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        (
            "the sole call-taker on the night line was exhausted",
            "the sole call-taker on the night line",
        ),
        ("the newest dispatcher on nights is struggling", "the newest dispatcher on nights"),
        (
            "He is the one trans officer in the Traffic unit.",
            "the one trans officer in the Traffic unit",
        ),
    ],
)
def test_could_identify_shapes(text, detail):
    assert [(f.kind, f.text) for f in deid.scan(text)] == [("could_identify", detail)]


@pytest.mark.parametrize(
    "text",
    ["The first call on my shift was a cardiac arrest.", "The first patient on the ward was fine."],
)
def test_things_are_not_roles(text):
    assert deid.scan(text) == []


# Identifiers the lessons hold on purpose: they cite researchers by name, and two of them show
# what a bad note looks like. Flagging them is right.
MEANT_TO_BE_FOUND = {"John Mayer", "Peter Salovey", "Susan David", "J. Ruiz",
                     "Parker Street", "Mill Road"}  # fmt: skip
# Known false alarms in 170,000 characters of lessons, kept visible here so the list only shrinks.
KNOWN_FALSE_ALARMS = {"debriefings", "NG116"}


def test_shipped_training_text_flags_only_names_and_what_it_shows_on_purpose():
    """Lessons written by other people: contractions, quotes, roles, initialisms (PFA, CISM)."""
    for path in sorted(resource_path("training").glob("*.json")):
        module = json.loads(path.read_text(encoding="utf-8"))
        module.pop("sources", None)  # a bibliography: authors' names and link ids, rightly found
        text = json.dumps(module, ensure_ascii=False)
        for item in deid.scan(text.replace("\\n", " ")):
            allowed = item.kind == "name" and item.text not in KNOWN_FALSE_ALARMS
            allowed = allowed or item.text in MEANT_TO_BE_FOUND | KNOWN_FALSE_ALARMS
            assert allowed, (path.name, item)


def test_initialisms_and_everyday_handle_words_are_not_identifiers():
    for text in ("PFA is not counselling.", "CISM works alongside the crew.", "Never handle them."):
        assert deid.scan(text) == [], text
    assert [f.text for f in deid.scan("SPOKE TO DAVE TODAY")] == ["DAVE"]  # Caps Lock notes


def test_every_placeholder_scans_clean():
    text = " ".join(deid.PLACEHOLDERS.values()) + " said it was fine."
    assert deid.scan(text) == []


# -- robustness -------------------------------------------------------------------------------
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_text_gives_ordered_exact_non_overlapping_findings(text):
    findings = deid.scan(text)
    for item in findings:
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start : item.end] == item.text and item.kind in deid.PLACEHOLDERS
    for left, right in itertools.pairwise(findings):
        assert left.end <= right.start
    redacted = deid.redact(text, findings)
    assert all(
        f.kind != "name" or f.text not in deid.PLACEHOLDERS.values() for f in deid.scan(redacted)
    )


_LISTS = deid.name_lists()
# Every listed given name except those the guard deliberately reads as something else
# (ambiguous words, places, holidays and brands, titles such as "Nana").
_GIVEN = sorted(_LISTS.given - _LISTS.ambiguous - _LISTS.places - NOT_NAMES - TITLES)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(_GIVEN),
    st.sampled_from(
        ["Spoke with {} today.", "{} said the shift was long.", "Call back {} on Monday."]
    ),
)
def test_listed_given_names_are_flagged_in_plain_sentences(key, template):
    name = key[0].upper() + key[1:]
    text = template.format(name)
    assert any(f.kind == "name" and name in f.text for f in deid.scan(text)), text


# -- lists and layout -------------------------------------------------------------------------
def test_version_2_lists_need_common_words_and_places():
    raw = {"version": 2, "given_names": ["ann"], "surnames": ["bo"], "ambiguous": ["will"]}
    with pytest.raises(InvalidInput) as err:
        deid.parse_name_lists(json.dumps(raw), "x.json")
    assert err.value.field == "common_words"
    lists = deid.parse_name_lists(
        json.dumps({**raw, "common_words": ["the"], "places": ["ohio"]}), "x"
    )
    assert lists.places == frozenset(["ohio"])


def test_submodules_never_import_the_package_they_belong_to():
    """The old deid <-> deid_rules cycle: submodules import siblings only, never the package."""
    folder = Path(deid.__file__).parent
    for path in folder.glob("*.py"):
        if path.name == "__init__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert node.module != "peerdesk.core.deid", path.name
                assert not (
                    node.module == "peerdesk.core" and any(a.name == "deid" for a in node.names)
                )


def test_accent_folding():
    assert deid.fold("Siobhán") == "siobhan" and deid.fold("Łukasz") == "lukasz"
    assert deid.fold("Tāne") == "tane" and deid.fold("Bjørn") == "bjorn"


def test_given_names_shaped_like_contractions_are_names_and_contractions_are_not() -> None:
    """Found by the property test above: "Askol'd" was read as a contraction like "she'd"."""
    for text, name in (("Spoke with Askol'd today.", "Askol'd"), ("Leopol'd rang.", "Leopol'd")):
        assert [f.text for f in deid.scan(text) if f.kind == "name"] == [name]
    assert deid.scan("I'd say she'd had enough. They'd call. He'd rung. Don't.") == []
