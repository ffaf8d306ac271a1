"""The guard's shipped word lists (resources/deid/names.json) and the accent folding they use."""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass

from peerdesk.core.content import resource_path
from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say

NAMES_FILE = "names.json"
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "ß": "ss", "’": "'"})


@dataclass(frozen=True)
class NameLists:
    """Folded, lower-case word sets; see docs/deid-names.md for where each comes from."""

    given: frozenset[str]
    surnames: frozenset[str]
    ambiguous: frozenset[str]  # also everyday words or places: flagged only in name-like spots
    common_words: frozenset[str] = frozenset()  # frequent English words that are not names
    places: frozenset[str] = frozenset()  # countries, states, counties: names only if titled

    def listed(self, key: str) -> bool:
        return key in self.given or key in self.surnames


def fold(word: str) -> str:
    """Lower case without accents, so Siobhán, Björn and Tāne match siobhan, bjorn and tane."""
    plain = unicodedata.normalize("NFKD", word.lower().translate(_FOLD))
    if plain.isascii():
        return plain
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


@functools.cache
def name_lists() -> NameLists:
    """The shipped name lists, validated once per process."""
    source = resource_path("deid", NAMES_FILE)
    return parse_name_lists(source.read_text(encoding="utf-8"), f"deid/{NAMES_FILE}")


def parse_name_lists(raw: str, where: str) -> NameLists:
    """Validate the JSON described in docs/deid-names.md; errors name the file and the field."""
    try:
        data = json.loads(raw)
    except ValueError as err:
        raise InvalidInput(
            say("{where} is not valid JSON ({err})", where=where, err=err), field="names"
        ) from err
    if not isinstance(data, dict) or data.get("version") not in (1, 2):
        raise InvalidInput(
            say("{where}: expected an object with version 1 or 2", where=where), field="version"
        )
    v2 = data["version"] == 2
    return NameLists(
        given=_word_set(data, "given_names", where),
        surnames=_word_set(data, "surnames", where),
        ambiguous=_word_set(data, "ambiguous", where),
        common_words=_word_set(data, "common_words", where) if v2 else frozenset(),
        places=_word_set(data, "places", where) if v2 else frozenset(),
    )


_NAME_SHAPE = re.compile(r"[a-z][a-z' -]*")


def _word_set(data: dict[str, object], field: str, where: str) -> frozenset[str]:
    words = data.get(field)
    if not isinstance(words, list) or not words:
        raise InvalidInput(
            say("{where}: {field} must be a non-empty list", where=where, field=field), field=field
        )
    for word in words:
        if not isinstance(word, str) or not _NAME_SHAPE.fullmatch(word):
            raise InvalidInput(
                say(
                    "{where}: {field} holds {word!r}, not a lower-case name",
                    where=where,
                    field=field,
                    word=word,
                ),
                field=field,
            )
    return frozenset(words)
