"""Rules for a module's translations: complete, and the same shape as the English text."""

from __future__ import annotations

import re
from collections.abc import Mapping

from peerdesk.core import language as lang
from peerdesk.core.training.model import LoadProblem, Module

# A lesson body's shape: its headings, list items and paragraphs must match across languages
# so that a translation cannot silently drop a step or a warning.
_HEADING = re.compile(r"^#{1,6}\s", re.MULTILINE)
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s", re.MULTILINE)
_PARAGRAPH = re.compile(r"\n\s*\n")
MAX_LISTED = 5  # a module missing every French text gets one line, not hundreds


def languages_of(module: Module) -> set[str]:
    """The languages any text of the module is written in."""
    return {code for texts in module.texts.values() for code in texts}


def translation_problems(module: Module) -> list[LoadProblem]:
    """A module either has no translation or a complete one of the same shape, per language."""
    found: list[tuple[str, str]] = []
    for code in sorted(languages_of(module) - {lang.ENGLISH}):
        missing = [where for where, texts in module.texts.items() if code not in texts]
        if missing:
            shown = ", ".join(missing[:MAX_LISTED])
            more = f" and {len(missing) - MAX_LISTED} more" if len(missing) > MAX_LISTED else ""
            found.append(("(module)", f"has no '{code}' text for {shown}{more}"))
        for where, texts in module.texts.items():
            if code in texts and where.endswith(".body"):
                found += _shape(where, texts, code)
    return [LoadProblem(module.source, where, message) for where, message in found]


def _shape(where: str, texts: Mapping[str, str], code: str) -> list[tuple[str, str]]:
    english, other = texts.get(lang.ENGLISH, ""), texts[code]
    found = []
    for name, pattern in (("headings", _HEADING), ("list items", _ITEM)):
        ours, theirs = len(pattern.findall(english)), len(pattern.findall(other))
        if ours != theirs:
            found.append((f"{where}.{code}", f"has {theirs} {name}, the English has {ours}"))
    paragraphs = len(_PARAGRAPH.split(english.strip())), len(_PARAGRAPH.split(other.strip()))
    if paragraphs[0] != paragraphs[1]:
        found.append(
            (f"{where}.{code}", f"has {paragraphs[1]} paragraphs, the English has {paragraphs[0]}")
        )
    return found


def missing_language(module: Module, code: str) -> list[str]:
    """Field paths of the texts that have nothing in `code` (they show in English)."""
    return [where for where, texts in module.texts.items() if code not in texts]
