"""Core's and the CLI's own sentences: every one has its French, placeholders survive, plurals."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.core import language as lang
from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import Labels, day_month_year, number, say, say_n
from peerdesk.core.messages_fr import FRENCH

SRC = Path(__file__).parents[2] / "src" / "peerdesk"
SCANNED = [SRC / "core", SRC / "storage", SRC / "cli"]


def _said() -> dict[str, tuple[str, ...]]:
    """Every literal text passed to say()/say_n() (say_n keyed by its plural), with its place."""
    found: dict[str, tuple[str, ...]] = {}
    for folder in SCANNED:
        for path in sorted(folder.rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                    continue
                texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
                if node.func.id == "say" and texts and isinstance(texts[0], str):
                    found[texts[0]] = (path.name, "one")
                elif node.func.id == "say_n" and len(texts) >= 2:
                    found[texts[1]] = (path.name, "plural", texts[0])
                elif node.func.id in ("Labels", "LabelList") and node.args:
                    table = node.args[0]
                    values = table.values if isinstance(table, ast.Dict) else table.elts
                    for value in values:
                        found[ast.literal_eval(value)] = (path.name, "label")
    return found


@pytest.fixture
def french():
    lang.set_current(lang.FRENCH)
    yield
    lang.set_current(lang.ENGLISH)


def test_every_sentence_of_core_storage_and_the_cli_has_its_french():
    said = _said()
    assert len(said) > 100  # the scan finds them
    missing = {text: where for text, where in said.items() if text not in FRENCH}
    assert not missing, "\n".join(f"{w[0]}: {t!r}" for t, w in missing.items())
    plurals = [t for t, w in said.items() if w[1] == "plural"]
    assert all(isinstance(FRENCH[t], tuple) for t in plurals)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_french_keeps_every_placeholder_and_nothing_is_left_unused():
    said = _said()
    for english, french in FRENCH.items():
        assert english in said, f"not used any more: {english!r}"
        for form in (french,) if isinstance(french, str) else french:
            assert _fields(form) == _fields(english) or "{n}" in english, english
            assert " ?" not in form and " !" not in form and " ;" not in form, form


def test_english_is_the_default_and_french_is_picked_by_the_current_language(french):
    assert say("The vault is locked. Unlock it first.").startswith("Le coffre-fort est verrouil")
    assert str(InvalidInput("x", field="date")) == "date: x"  # the field is a code
    lang.set_current(lang.ENGLISH)
    assert say("The vault is locked. Unlock it first.") == "The vault is locked. Unlock it first."
    assert say("Never catalogued {x}", x=1) == "Never catalogued 1"


def test_numbers_dates_and_labels_follow_the_language(french):
    from datetime import date

    assert number(2.5) == "2,5" and day_month_year(date(2026, 8, 3)) == "3 août 2026"
    labels = Labels({"4w": "Last 4 weeks"})
    assert labels["4w"] == "4 dernières semaines"
    lang.set_current(lang.ENGLISH)
    assert number(2.5) == "2.5" and labels["4w"] == "Last 4 weeks"


def test_plurals_take_the_french_singular_for_zero_and_one(french):
    one, many = "Exported {n} file to {to}.", "Exported {n} files to {to}."
    assert say_n(one, many, 0, to="d") == "0 fichier exporté dans d."
    assert say_n(one, many, 1, to="d") == "1 fichier exporté dans d."
    assert say_n(one, many, 2, to="d") == "2 fichiers exportés dans d."
    lang.set_current(lang.ENGLISH)
    assert say_n(one, many, 0, to="d") == "Exported 0 files to d."
    assert say_n(one, many, 1, to="d") == "Exported 1 file to d."


@given(st.text(max_size=30))
def test_pseudo_locale_keeps_placeholders(value):
    lang.set_current(lang.PSEUDO)
    try:
        text = say("No vault at {path}. Create one with 'peerdesk init'.", path=value)
        assert value in text and text.startswith(lang.PSEUDO_OPEN)
    finally:
        lang.set_current(lang.ENGLISH)


def test_an_import_report_reads_in_french(french):
    from peerdesk.core.resources.importer import read_import

    sample = Path(__file__).parents[1] / "fixtures" / "openreferral" / "hsds1_sample"
    report = read_import(sample)
    lines = "\n".join(report.summary_lines())
    assert "Services prêts à importer\u00a0: 10" in lines
    assert "Lignes laissées de côté\u00a0: 3" in lines
    assert "gardé tel qu'écrit, marqué non vérifié" in lines
    assert "phones.csv, ligne 3, colonne number" in lines
    assert report.to_dict()["errors"] == [] and "services" in report.to_dict()  # keys stay English


def test_data_warnings_read_in_the_language_at_hand(french):
    from peerdesk.core import data_texts, passphrase

    assert data_texts.EXPORT_WARNING.startswith("Ceci écrit TOUT le contenu")
    assert passphrase.KEEPS_DATA_KEY.startswith("Une nouvelle phrase de passe")
    lang.set_current(lang.ENGLISH)
    assert data_texts.EXPORT_WARNING.startswith("This writes EVERYTHING")
