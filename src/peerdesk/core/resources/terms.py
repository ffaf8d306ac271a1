"""Search words that understand needs: stems, a curated related-terms table and close spellings."""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from peerdesk.core.content import resource_path

MIN_LEN = 3  # the trigram index cannot look up anything shorter


@cache
def _stemmer() -> Any:
    import snowballstemmer  # ~20 ms (it loads every language): only on the first search

    return snowballstemmer.stemmer("english")


def stem(word: str) -> str:
    """The Snowball English stem cut to a prefix of the word (grieving -> griev, safety -> safet).

    Search matches substrings, so a stem must be a prefix of the words it stands for; Snowball's
    y -> i (safeti) is not, hence the common prefix. Words of three letters or fewer stay whole.
    """
    word = word.lower()
    if len(word) <= MIN_LEN:
        return word
    stemmed = str(_stemmer().stemWord(word))
    pairs = enumerate(zip(word, stemmed, strict=False))
    found = word[: next((i for i, (a, b) in pairs if a != b), len(stemmed))]
    return found if len(found) >= MIN_LEN else word


@dataclass(frozen=True)
class RelatedTerms:
    groups: tuple[tuple[str, tuple[str, ...]], ...]  # (need, terms)
    by_stem: dict[str, tuple[int, ...]]  # stem of a one-word term -> its groups
    need_by_term: dict[str, str]  # every term -> the need of its first group

    def related(self, word: str) -> set[str]:
        """The word's stem plus every term of every group the word belongs to."""
        out = {stem(word)}
        for index in self.by_stem.get(stem(word), ()):
            out.update(self.groups[index][1])
        return out

    def vocabulary(self) -> list[str]:
        return sorted({term for _, terms in self.groups for term in terms})


def parse_terms(data: bytes) -> RelatedTerms:
    doc = json.loads(data.decode("utf-8"))
    if doc.get("format") != "peerdesk-related-terms/1" or not isinstance(doc.get("groups"), list):
        raise ValueError("related-terms.json must have format peerdesk-related-terms/1 and groups")
    groups: list[tuple[str, tuple[str, ...]]] = []
    by_stem: dict[str, list[int]] = {}
    for index, group in enumerate(doc["groups"]):
        terms = tuple(str(t).lower() for t in group["terms"])
        groups.append((str(group["need"]), terms))
        for term in terms:
            if " " not in term and "-" not in term:
                by_stem.setdefault(stem(term), []).append(index)
    needs: dict[str, str] = {}
    for need, terms in groups:
        for term in terms:
            needs.setdefault(term, need)
    return RelatedTerms(tuple(groups), {k: tuple(v) for k, v in by_stem.items()}, needs)


@cache
def related_terms() -> RelatedTerms:
    return parse_terms(resource_path("search", "related-terms.json").read_bytes())


def fold(text: str) -> str:
    """One spelling for searching: no accents, no case, compatibility forms unfolded.

    The index and the typed words both go through it, so "İ", "café" or "ﬁre" match however they
    were typed (Python's lower() turns "İ" into two characters that SQLite's tokenizer never
    makes).
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare.casefold())


def query_words(query: str) -> list[str]:
    return [w for w in re.findall(r"\w+", fold(query)) if w]


def alternatives(word: str) -> list[str]:
    """What to look for in place of one typed word: its stem and related terms, each ≥ 3 chars.

    A typo of a known term (greif, bereavment) counts as that term.
    """
    table = related_terms()
    found = table.related(word)
    if len(found) == 1 and len(word) >= 4:
        close = difflib.get_close_matches(word, table.vocabulary(), n=1, cutoff=0.8)
        if close:
            found |= table.related(close[0]) | {close[0]}
    out = {stem(term) if " " not in term else term for term in found}
    return sorted(t for t in out if len(t) >= MIN_LEN)


def closest_needs(query: str, categories: list[str], limit: int = 4) -> list[str]:
    """Needs or categories nearest to what was typed, for a 'did you mean' line."""
    table = related_terms()
    choices = dict(table.need_by_term)
    choices.update({c: c for c in categories})
    picked: dict[str, None] = {}
    for word in query_words(query) or [query.lower()]:
        for match in difflib.get_close_matches(word, list(choices), n=limit, cutoff=0.6):
            picked.setdefault(choices[match], None)
    if not picked:  # nothing close: offer the broad needs people most often look for
        picked = dict.fromkeys(["mental health", "crisis", "counselling"])
    return list(picked)[:limit]
