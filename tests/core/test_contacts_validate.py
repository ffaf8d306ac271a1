"""Validation of the contact record: each bad input is refused with its field named."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import Contact, Referral
from peerdesk.core.contacts.service import months_before, normalised
from peerdesk.core.contacts.validate import problems, validate
from peerdesk.core.errors import InvalidInput

NOW = datetime(2024, 6, 1, 12, 0)
TOPICS = set(vocab.DEFAULT_TOPICS)
GOOD = Contact(when=datetime(2024, 5, 31, 9, 30), duration_min=30, topics=("work_stress",))


def test_good_contact_passes():
    assert problems(GOOD, TOPICS, NOW) == []
    validate(GOOD, TOPICS, NOW)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"duration_min": -5}, "duration_min"),
        ({"duration_min": 0}, "duration_min"),
        ({"duration_min": 1441}, "duration_min"),
        ({"when": datetime(2024, 6, 2, 8, 0)}, "when"),
        ({"channel": "pigeon"}, "channel"),
        ({"kind": "lecture"}, "kind"),
        ({"started_by": "nobody"}, "started_by"),
        ({"relationship": "cousin"}, "relationship"),
        ({"risk": "high"}, "risk"),
        ({"topics": ("astrology",)}, "topics"),
        ({"signs": ("sneezing",)}, "signs"),
        ({"group_size": 5}, "group_size"),  # one_to_one is not a group kind
        ({"kind": "group_debrief", "group_size": 1}, "group_size"),
        ({"affect": 6}, "affect"),
        ({"followup_due": date(2024, 5, 1)}, "followup_due"),
        ({"referrals": (Referral(label="", category="eap"),)}, "referrals[1]"),
        ({"referrals": (Referral(label="X", category="magic"),)}, "referrals[1]"),
        ({"note": "x" * 20_001}, "note"),
        ({"incident_ref": "9" * 65}, "incident_ref"),
    ],
)
def test_each_bad_input_names_its_field(change, field):
    bad = replace(GOOD, **change)
    with pytest.raises(InvalidInput) as err:
        validate(bad, TOPICS, NOW)
    assert err.value.field == field
    assert err.value.message.startswith(f"{field}: ")
    assert err.value.exit_code == 8


def test_empty_contact_is_refused():
    empty = Contact(when=datetime(2024, 5, 31, 9, 30), duration_min=10)
    with pytest.raises(InvalidInput) as err:
        validate(empty, TOPICS, NOW)
    assert err.value.field == "contact"
    validate(replace(empty, note="Short chat."), TOPICS, NOW)  # a note alone is enough


def test_group_kind_accepts_a_count():
    validate(replace(GOOD, kind="group_debrief", group_size=12), TOPICS, NOW)


def test_normalised_rounds_to_minutes_and_dedupes():
    raw = replace(GOOD, when=datetime(2024, 5, 31, 9, 30, 59), topics=("conflict", "conflict"),
                  incident_ref="  ", note="  text  ")  # fmt: skip
    clean = normalised(raw)
    assert clean.when == datetime(2024, 5, 31, 9, 30)
    assert clean.topics == ("conflict",)
    assert clean.incident_ref is None
    assert clean.note == "text"


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2024, 6, 15), 6, date(2023, 12, 15)),
        (date(2024, 3, 31), 1, date(2024, 2, 29)),
        (date(2024, 1, 10), 24, date(2022, 1, 10)),
    ],
)
def test_months_before(day, months, expected):
    assert months_before(day, months) == expected


def test_lookup_code_accepts_codes_and_labels_in_any_case():
    assert vocab.lookup_code(vocab.CHANNELS, "Text / chat") == "text_chat"
    assert vocab.lookup_code(vocab.CHANNELS, "E-MAIL") == "email"
    assert vocab.lookup_code(vocab.CHANNELS, "in_person") == "in_person"
    assert vocab.lookup_code(vocab.DEFAULT_TOPICS, "work stress") == "work_stress"
    assert vocab.lookup_code(vocab.CHANNELS, "carrier pigeon") is None
    assert vocab.lookup_code(vocab.CHANNELS, "  ") is None
