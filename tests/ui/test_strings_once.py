"""Each user-visible text is written once: in one context of the window's catalogue, or in one
of core's text tables, never in two places that could drift apart (and be translated twice).

Scope: every message of resources/translations/peerdesk_fr_CA.ts (all window text goes
through it) and the keys of core's translation tables (module-level dicts named *FRENCH in
src/peerdesk/core; keys merged in with ** are counted where they are written). A message is
its source text plus its disambiguation: one English word with two meanings ("Hours" of
opening, "Hours" of training) is two messages, told apart by a disambiguation.

A text in two or more places is a duplicate. Short common words (three words or fewer) go to
the "Common" context (ui/shared/words.py); longer ones to one function in the module that owns
them. Pure patterns without words ("%1 (%2)") are not texts.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "peerdesk_fr_CA.ts"
CORE = ROOT / "src" / "peerdesk" / "core"
COMMON = "Common"
SHORT = 3  # words

Message = tuple[str, str]  # (source, disambiguation)


def catalogue_places(ts: Path) -> dict[Message, set[str]]:
    places: dict[Message, set[str]] = defaultdict(set)
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.get("type") in ("obsolete", "vanished"):
                continue
            key = (message.findtext("source", ""), message.findtext("comment", "") or "")
            places[key].add(name)
    return places


def core_places(folder: Path) -> dict[Message, set[str]]:
    places: dict[Message, set[str]] = defaultdict(set)
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            target = (
                node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
            )
            if not isinstance(target, ast.Name) or not target.id.endswith("FRENCH"):
                continue
            if not isinstance(node.value, ast.Dict):
                continue
            where = f"core/{path.relative_to(folder).as_posix()}:{target.id}"
            for key in node.value.keys:  # None for **merged tables: counted where written
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    places[(key.value, "")].add(where)
    return places


def is_text(source: str) -> bool:
    """Has a word of its own (placeholders, markup and punctuation are not words)."""
    bare = re.sub(r"%L?\d+|%n|<[^>]*>|&(?=\w)", "", source)
    return re.search(r"[^\W\d_]{2,}", bare) is not None


def word_count(source: str) -> int:
    """Words with a letter in them: "&&" (a shown "&") and mnemonic marks are not words."""
    return sum(1 for token in source.split() if re.search(r"[^\W\d_]", token))


def duplicates(places: dict[Message, set[str]]) -> list[str]:
    """One line per text written in more than one place, saying where."""
    lines = []
    for (source, comment), where in sorted(places.items()):
        if len(where) < 2 or not is_text(source):
            continue
        short = word_count(source) <= SHORT
        fix = f"move to the {COMMON!r} context" if short else "keep one definition, call it"
        told = f" [{comment}]" if comment else ""
        lines.append(f"{source!r}{told} in {', '.join(sorted(where))} ({fix})")
    return lines


def all_places() -> dict[Message, set[str]]:
    places = catalogue_places(CATALOGUE)
    for key, where in core_places(CORE).items():
        places[key] |= where
    return places


def test_each_text_is_written_once():
    found = duplicates(all_places())
    assert not found, f"{len(found)} texts written more than once:\n" + "\n".join(found)


def test_the_common_context_holds_only_short_words():
    places = catalogue_places(CATALOGUE)
    common = [source for (source, _), where in places.items() if COMMON in where]
    assert common, "the Common context is in the catalogue"
    long = [s for s in common if word_count(s) > SHORT]
    assert not long, long


# -- the rule itself, on catalogues it has never seen ---------------------------------------


def _ts(tmp_path: Path, contexts: dict[str, list[tuple[str, str]]]) -> Path:
    root = ET.Element("TS", version="2.1", language="fr_CA")
    for name, messages in contexts.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source, comment in messages:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            if comment:
                ET.SubElement(message, "comment").text = comment
            ET.SubElement(message, "translation").text = "x"
    path = tmp_path / "t.ts"
    ET.ElementTree(root).write(path, encoding="utf-8")
    return path


def test_a_duplicate_is_reported_with_its_contexts(tmp_path):
    ts = _ts(
        tmp_path,
        {
            "ImportDialog": [("Close", ""), ("Pick the file to import", "")],
            "AboutDialog": [("Close", ""), ("Hours", "opening hours")],
            "TrainingLog": [("Hours", "hours of training"), ("Pick the file to import", "")],
            "Format": [("%1 (%2)", "")],
            "ReportView": [("%1 (%2)", "")],
        },
    )
    found = duplicates(catalogue_places(ts))
    assert found == [
        "'Close' in AboutDialog, ImportDialog (move to the 'Common' context)",
        "'Pick the file to import' in ImportDialog, TrainingLog (keep one definition, call it)",
    ]


def test_core_tables_count_where_they_are_written(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "texts.py").write_text(
        "SHARED = {'Phone': 'Téléphone'}\n"
        "FRENCH = {**SHARED, 'Website': 'Site Web', 'Hours': 'Heures'}\n"
        "OTHER = {'Website': 'not a translation table'}\n",
        encoding="utf-8",
    )
    (tmp_path / "b.py").write_text("FRENCH: dict[str, str] = {'Website': 'Site'}\n", "utf-8")
    places = core_places(tmp_path)
    assert places[("Website", "")] == {"core/a/texts.py:FRENCH", "core/b.py:FRENCH"}
    assert places[("Hours", "")] == {"core/a/texts.py:FRENCH"}
    assert ("Phone", "") not in places  # SHARED is not named *FRENCH; merged keys not recounted


words = st.text(alphabet=st.characters(categories=("L",)), min_size=2, max_size=8)


@given(st.lists(words, min_size=1, max_size=6), st.sampled_from(["&", "%1 ", "<b>", ""]))
def test_word_counting_ignores_mnemonics_and_placeholders(parts, extra):
    source = extra + " ".join(parts)
    assert is_text(source)
    assert word_count(source) == len(parts)
    assert word_count(source.replace(" ", " && ", 1)) == len(parts)  # a shown "&" is no word
    assert not is_text("%1 (%2)") and not is_text("%1: %2") and not is_text("<b>%1</b>")
