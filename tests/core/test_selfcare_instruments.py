"""Instrument definitions: shipped files load, and each broken file names the file and the field."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from peerdesk.core.errors import InvalidInput
from peerdesk.core.selfcare.instruments import (
    builtin_instruments,
    load_folder,
    load_instrument_file,
)

VALID: dict[str, Any] = {
    "format": 1,
    "id": "team_pulse",
    "name": "Team pulse",
    "kind": "organisation",
    "purpose": "A short pulse our team uses.",
    "credit": "Our peer support team.",
    "scale": {"min": 1, "max": 3, "labels": {"1": "low", "2": "mid", "3": "high"}},
    "items": [
        {"number": 1, "key": "rested", "text": "I feel rested."},
        {"number": 2, "key": "tense", "text": "I feel tense."},
    ],
    "reverse_items": [2],
    "subscales": [
        {
            "id": "pulse",
            "name": "Pulse",
            "items": [1, 2],
            "higher_is": "better",
            "bands": [
                {"id": "low", "label": "Low", "min": 2, "max": 3, "concern": 1, "message": "m"},
                {"id": "ok", "label": "Okay", "min": 4, "max": 6, "concern": 0, "message": "m"},
            ],
        }
    ],
}


def _write(folder: Path, data: Any, name: str = "team_pulse.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def test_builtin_instruments_load() -> None:
    found = builtin_instruments()
    assert set(found) >= {"quick_checkin", "monthly_reflection", "proqol5", "who5"}
    assert found["proqol5"].item_count == 30
    assert found["who5"].item_count == 5
    assert [s.id for s in found["proqol5"].subscales] == ["cs", "bo", "sts"]
    assert found["quick_checkin"].items[0].labels[1].startswith("1")


def test_valid_organisation_file_loads(tmp_path: Path) -> None:
    _write(tmp_path, VALID)
    found = load_folder(tmp_path)
    inst = found["team_pulse"]
    assert inst.reverse_items == {2}
    assert inst.subscale("pulse").bands[1].label == "Okay"


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        if value is _DELETE:
            del target[path[-1]]
        else:
            target[path[-1]] = value

    return change


_DELETE = object()
SUB = ["subscales", 0]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (_set(["credit"], _DELETE), "credit"),
        (_set(["format"], 2), "format"),
        (_set(["kind"], "clinical"), "kind"),
        (_set(["id"], "Team Pulse"), "id"),
        (_set(["scale", "max"], 1), "scale.max"),
        (_set(["scale", "labels"], {"1": "low", "2": "mid"}), "scale.labels"),
        (_set(["scale", "labels", "7"], "huh"), "scale.labels.7"),
        (_set(["items", 1, "number"], 3), "items[1].number"),
        (_set(["items", 0, "text"], 5), "items[0].text"),
        (_set(["items", 1, "key"], "rested"), "items[1].key"),
        (_set(["reverse_items"], [9]), "reverse_items[0]"),
        (_set([*SUB, "items"], [1, 4]), "subscales[0].items[1]"),
        (_set([*SUB, "higher_is"], "up"), "subscales[0].higher_is"),
        (_set([*SUB, "bands", 0, "min"], "2"), "subscales[0].bands[0].min"),
        (_set([*SUB, "bands", 0, "concern"], 3), "subscales[0].bands[0].concern"),
        (_set([*SUB, "bands", 0, "message"], _DELETE), "subscales[0].bands[0].message"),
        (_set([*SUB, "bands", 0, "max"], 2), "subscales[0].bands"),  # the score 3 is in no band
        (_set([*SUB, "bands", 1, "min"], 3), "subscales[0].bands"),  # 3 is in two bands
        (_set([*SUB, "multiplier"], 0), "subscales[0].multiplier"),
        (_set(["subscales"], []), "subscales"),
    ],
)
def test_each_error_names_file_and_field(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], field: str
) -> None:
    data = copy.deepcopy(VALID)
    change(data)
    path = _write(tmp_path, data)
    with pytest.raises(InvalidInput) as err:
        load_instrument_file(path)
    assert err.value.field == f"team_pulse.json: {field}"
    assert "team_pulse.json" in err.value.message
    assert field in err.value.message


def test_third_party_file_with_wording_is_refused(tmp_path: Path) -> None:
    data = copy.deepcopy(VALID)
    data["kind"] = "third_party"
    with pytest.raises(InvalidInput) as err:
        load_instrument_file(_write(tmp_path, data))
    assert err.value.field == "team_pulse.json: items"
    assert "wording" in err.value.message


def test_items_and_item_count_together_are_refused(tmp_path: Path) -> None:
    data = copy.deepcopy(VALID)
    data["item_count"] = 2
    with pytest.raises(InvalidInput) as err:
        load_instrument_file(_write(tmp_path, data))
    assert err.value.field == "team_pulse.json: items"


def test_broken_json_names_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as err:
        load_instrument_file(_write(tmp_path, '{"format": 1,\n "id": }'))
    assert err.value.field == "team_pulse.json: (file)"
    assert "line 2" in err.value.message


def test_id_must_match_file_name(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as err:
        load_instrument_file(_write(tmp_path, VALID, name="other.json"))
    assert err.value.field == "other.json: id"


def test_true_is_not_a_number(tmp_path: Path) -> None:
    data = copy.deepcopy(VALID)
    data["scale"]["min"] = True
    with pytest.raises(InvalidInput) as err:
        load_instrument_file(_write(tmp_path, data))
    assert err.value.field == "team_pulse.json: scale.min"
    assert "true/false" in err.value.message


def test_shipped_instruments_are_parsed_once_per_language(monkeypatch) -> None:
    """Kept per language for the process (the prewarm thread parses them while the passphrase
    is typed); every call still gets its own dict, in the language asked for."""
    from peerdesk.core.selfcare import instruments

    monkeypatch.setattr(instruments, "_builtin", {})
    parsed: list[str] = []
    real = instruments._parse_builtin
    monkeypatch.setattr(
        instruments, "_parse_builtin", lambda code: parsed.append(code) or real(code)
    )
    first = instruments.builtin_instruments("en")
    first.clear()  # a caller changing its dict changes nobody else's
    again = instruments.builtin_instruments("en")
    french = instruments.builtin_instruments("fr")
    assert parsed == ["en", "fr"]
    assert again and set(again) == set(french)
    assert {i.language for i in french.values()} == {"fr"}
