"""De-identification guard: finds likely identifiers in free text and replaces them on request."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from peerdesk.core.content import resource_path
from peerdesk.core.errors import InvalidInput

PLACEHOLDERS: dict[str, str] = {
    "name": "[NAME]",
    "email": "[EMAIL]",
    "phone": "[PHONE]",
    "address": "[ADDRESS]",
    "date": "[DATE]",
    "id": "[ID]",
}
# When two findings overlap, the more specific kind wins (a phone number is not also an ID).
_PRIORITY = {"email": 0, "phone": 1, "address": 2, "date": 3, "id": 4, "name": 5}
PHONE_REGIONS = ("GB", "US", "AU", "IE", "NZ")
NAMES_FILE = "names.json"


@dataclass(frozen=True)
class Finding:
    """A likely identifier at text[start:end] and the placeholder that would replace it."""

    start: int
    end: int
    kind: str
    text: str
    replacement: str


@dataclass(frozen=True)
class NameLists:
    given: frozenset[str]
    surnames: frozenset[str]
    ambiguous: frozenset[str]  # also everyday words or places: flagged only in name-like spots


def scan(text: str) -> list[Finding]:
    """Every likely identifier in `text`, sorted by position, never overlapping."""
    from peerdesk.core import deid_rules as rules  # the detectors; split out to keep files short

    found: list[Finding] = []
    for kind, spans in (
        ("email", rules.emails(text)),
        ("phone", rules.phones(text, PHONE_REGIONS)),
        ("address", rules.addresses(text)),
        ("date", rules.birth_dates(text, date.today().year)),
        ("id", rules.id_numbers(text)),
        ("name", rules.names(text, name_lists())),
    ):
        found += [_finding(text, start, end, kind) for start, end in spans]
    return _without_overlaps(found, rules.placeholder_spans(text))


def redact(text: str, findings: Iterable[Finding]) -> str:
    """Replace each finding by its placeholder; a finding overlapping an earlier one is skipped."""
    parts: list[str] = []
    cursor = 0
    for item in sorted(findings, key=lambda f: f.start):
        if item.start < cursor:
            continue
        parts += [text[cursor : item.start], item.replacement]
        cursor = item.end
    parts.append(text[cursor:])
    return "".join(parts)


def _finding(text: str, start: int, end: int, kind: str) -> Finding:
    return Finding(start, end, kind, text[start:end], PLACEHOLDERS[kind])


def _without_overlaps(found: list[Finding], protected: list[tuple[int, int]]) -> list[Finding]:
    kept: list[Finding] = []
    for item in sorted(found, key=lambda f: (_PRIORITY[f.kind], f.start, -f.end)):
        spans = [(k.start, k.end) for k in kept] + protected
        if not any(item.start < end and start < item.end for start, end in spans):
            kept.append(item)
    return sorted(kept, key=lambda f: f.start)


@functools.cache
def name_lists() -> NameLists:
    """The shipped name lists (resources/deid/names.json), validated once per process."""
    source = resource_path("deid", NAMES_FILE)
    return parse_name_lists(source.read_text(encoding="utf-8"), f"deid/{NAMES_FILE}")


def parse_name_lists(raw: str, where: str) -> NameLists:
    """Validate the JSON described in docs/deid-names.md; errors name the file and the field."""
    try:
        data = json.loads(raw)
    except ValueError as err:
        raise InvalidInput(f"{where} is not valid JSON ({err})", field="names") from err
    if not isinstance(data, dict) or data.get("version") != 1:
        raise InvalidInput(f"{where}: expected an object with version 1", field="version")
    return NameLists(
        given=_word_set(data, "given_names", where),
        surnames=_word_set(data, "surnames", where),
        ambiguous=_word_set(data, "ambiguous", where),
    )


def _word_set(data: dict[str, object], field: str, where: str) -> frozenset[str]:
    words = data.get(field)
    if not isinstance(words, list) or not words:
        raise InvalidInput(f"{where}: {field} must be a non-empty list", field=field)
    for word in words:
        if not isinstance(word, str) or not re.fullmatch(r"[a-z][a-z'-]*", word):
            raise InvalidInput(
                f"{where}: {field} holds {word!r}, not a lower-case name", field=field
            )
    return frozenset(words)
