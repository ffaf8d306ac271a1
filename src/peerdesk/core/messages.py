"""PeerDesk's own sentences outside the window (errors, summaries, the CLI) in the current language.

Core and the CLI have no Qt, so they cannot use the window's catalogues. Each sentence is
written in English at the place it is used, `say("No vault at {path}.", path=p)`, and looked up
in one French catalogue, peerdesk.core.messages_fr (read only when PeerDesk speaks French, so an
English start-up costs nothing). tests/core/test_messages.py finds every say()/say_n() text in
core, storage and the CLI and fails on any without a French entry.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from functools import cache
from typing import overload

from peerdesk.core import language as lang


@cache
def _french() -> Mapping[str, str | tuple[str, str]]:
    from peerdesk.core.messages_fr import FRENCH

    return FRENCH


def _fill(text: str, fields: Mapping[str, object]) -> str:
    # str.format only when there are fields: a sentence may hold literal braces otherwise.
    return text.format(**fields) if fields else text


def _french_spaces(text: str) -> str:
    """A colon or % never starts a line (the catalogue is typed with plain spaces)."""
    return text.replace(" :", "\u00a0:").replace(" %", "\u00a0%")


def say(english: str, /, **fields: object) -> str:
    """`english` in the current language with its {fields} filled in; English if untranslated."""
    language = lang.current()
    if language == lang.FRENCH:
        found = _french().get(english, english)
        text = _french_spaces(found if isinstance(found, str) else found[1])
    elif language == lang.PSEUDO:
        text = lang.pseudo_text(english)
    else:
        text = english
    return _fill(text, fields)


def say_n(one: str, many: str, n: int, /, **fields: object) -> str:
    """A sentence about `n` things; {n} is filled in. French uses the singular for 0 and 1."""
    language = lang.current()
    if language == lang.FRENCH:
        found = _french().get(many)
        forms = found if isinstance(found, tuple) else (one, many)
        text = _french_spaces(forms[0] if n < 2 else forms[1])
    elif language == lang.PSEUDO:
        text = lang.pseudo_text(one if n == 1 else many)
    else:
        text = one if n == 1 else many
    return text.format(n=n, **fields)


def number(value: float) -> str:
    """A short number as people read it: 2.5 in English, 2,5 in French (no thousands here)."""
    text = f"{value:g}"
    return text.replace(".", ",") if lang.current() == lang.FRENCH else text


def decimal(value: float) -> str:
    """A number written as Python writes it (2.0 stays 2.0), with a decimal comma in French."""
    text = str(value)
    return text.replace(".", ",") if lang.current() == lang.FRENCH else text


_MONTHS_FR = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juill.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)  # fmt: skip  (abbreviations of the Office québécois de la langue française)


_MONTH_NAMES = {
    lang.ENGLISH: ("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"),
    lang.FRENCH: ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre"),
}  # fmt: skip


def month_name(month: int) -> str:
    """'March' or 'mars' (1 = January)."""
    return _MONTH_NAMES.get(lang.current(), _MONTH_NAMES[lang.ENGLISH])[month - 1]


def day_month_year(day: date) -> str:
    """'3 Mar 2026' in English, '3 mars 2026' in French."""
    if lang.current() == lang.FRENCH:
        return f"{day.day} {_MONTHS_FR[day.month - 1]} {day.year}"
    return f"{day.day} {day:%b %Y}"


class Labels(Mapping[str, str]):
    """A code -> label table read in the current language at each lookup (not at import)."""

    def __init__(self, english: Mapping[str, str]) -> None:
        self.english = dict(english)

    def __getitem__(self, key: str) -> str:
        return say(self.english[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.english)

    def __len__(self) -> int:
        return len(self.english)


class LabelList(Sequence[str]):
    """A tuple of labels read in the current language at each lookup."""

    def __init__(self, english: Sequence[str]) -> None:
        self.english = tuple(english)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [say(text) for text in self.english[index]]
        return say(self.english[index])

    def __len__(self) -> int:
        return len(self.english)
