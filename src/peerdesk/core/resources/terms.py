"""Search words that understand needs: stems, a curated related-terms table and close spellings."""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from peerdesk.core import language as lang
from peerdesk.core.content import resource_path

MIN_LEN = 3  # the trigram index cannot look up anything shorter


@cache
def _stemmer(language: str = "english") -> Any:
    import snowballstemmer  # ~20 ms (it loads every language): only on the first search

    return snowballstemmer.stemmer(language)


def stem(word: str, language: str = "english") -> str:
    """The Snowball stem cut to a prefix of the word (grieving -> griev, safety -> safet).

    Search matches substrings, so a stem must be a prefix of the words it stands for; Snowball's
    y -> i (safeti) is not, hence the common prefix. Words of three letters or fewer stay whole.
    `language` is "english" or "french" (endeuillés -> endeuill; dettes -> dettes).
    """
    word = word.lower()
    if len(word) <= MIN_LEN:
        return word
    stemmed = str(_stemmer(language).stemWord(word))
    pairs = enumerate(zip(word, stemmed, strict=False))
    found = word[: next((i for i, (a, b) in pairs if a != b), len(stemmed))]
    # French stems run short (dette -> det, perte -> pert) and would match English words
    # (detail, expert): below five letters the whole word is searched instead.
    shortest = MIN_LEN if language == "english" else 5
    return found if len(found) >= shortest else word


def word_stems(word: str) -> set[str]:
    """A typed word's English and French stems: a query's language is not known."""
    return {stem(word), stem(word, "french")}


# Little words a French (or English) query holds that say nothing about the need; dropped when
# the query has other words ("aide aux employés", "perte d'un proche").
STOP_WORDS = frozenset(
    {"a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "un", "une"}
    | {"ou", "pour", "sur", "avec", "dans", "chez", "par", "the", "and", "of", "for", "to", "with"}
)


@dataclass(frozen=True)
class RelatedTerms:
    groups: tuple[tuple[str, tuple[str, ...]], ...]  # (need, terms), accents folded
    by_stem: dict[str, tuple[int, ...]]  # stem of a one-word term -> its groups
    need_by_term: dict[str, str]  # every term -> the need of its first group
    french: frozenset[str] = frozenset()  # terms from the French table (stemmed in French)
    labels: dict[str, str] = field(default_factory=dict)  # need -> its French label
    french_only: frozenset[str] = frozenset()  # French terms the English table does not have
    french_keys: frozenset[str] = frozenset()  # how those are looked up (their stems, phrases)

    def related(self, word: str) -> set[str]:
        """The word's stems plus every term of every group the word (or phrase) belongs to.

        French terms join in when the word is French or PeerDesk speaks French: an English
        word in English looks for the English terms only, as many phrases as before (each
        one more is a pass over the index; issue 18's 20 ms per keystroke).
        """
        keys = {word} if " " in word or "-" in word else word_stems(word)
        out = set(keys)
        found = [index for key in keys for index in self.by_stem.get(key, ())]
        in_french = lang.current() == lang.FRENCH or not keys.isdisjoint(self.french_keys)
        for index in found:
            out.update(t for t in self.groups[index][1] if in_french or t not in self.french_only)
        return out

    def vocabulary(self) -> list[str]:
        return sorted({term for _, terms in self.groups for term in terms})

    def term_stem(self, term: str) -> str:
        """How a term is looked for: phrases as written, words by their own language's stem."""
        if " " in term or "-" in term:
            return term
        return stem(term, "french" if term in self.french else "english")

    def phrases(self) -> list[tuple[str, ...]]:
        """Every multi-word term as its words, longest first (matched before single words)."""
        split = {tuple(re.findall(r"\w+", t)) for t in self.vocabulary()}
        return sorted((p for p in split if len(p) > 1), key=len, reverse=True)


def _read_groups(data: bytes) -> tuple[list[dict[str, Any]], str]:
    doc = json.loads(data.decode("utf-8"))
    if doc.get("format") != "peerdesk-related-terms/1" or not isinstance(doc.get("groups"), list):
        raise ValueError("related-terms.json must have format peerdesk-related-terms/1 and groups")
    return doc["groups"], str(doc.get("language", "en"))


def parse_terms(data: bytes, *more: bytes) -> RelatedTerms:
    """One table from the English file and any other language's file (groups joined by need)."""
    merged: dict[str, list[str]] = {}
    french: set[str] = set()
    english: set[str] = set()
    labels: dict[str, str] = {}
    for chunk in (data, *more):
        groups, language = _read_groups(chunk)
        for group in groups:
            terms = [fold(str(t)) for t in group["terms"]]
            merged.setdefault(str(group["need"]), []).extend(terms)
            if language == "fr":
                french.update(terms)
                labels[str(group["need"])] = str(group.get("label", group["need"]))
            else:
                english.update(terms)
    table = RelatedTerms(tuple((n, tuple(dict.fromkeys(t))) for n, t in merged.items()), {}, {})
    by_stem: dict[str, list[int]] = {}
    needs: dict[str, str] = {}
    for index, (need, group_terms) in enumerate(table.groups):
        for term in group_terms:
            needs.setdefault(term, need)
            lang = "french" if term in french else "english"
            key = term if " " in term or "-" in term else stem(term, lang)
            by_stem.setdefault(key, []).append(index)
    stems = {k: tuple(dict.fromkeys(v)) for k, v in by_stem.items()}
    only = frozenset(french - english)
    keys = frozenset(t if " " in t or "-" in t else stem(t, "french") for t in only)
    return RelatedTerms(table.groups, stems, needs, frozenset(french), labels, only, keys)


@cache
def related_terms() -> RelatedTerms:
    return parse_terms(
        resource_path("search", "related-terms.json").read_bytes(),
        resource_path("search", "related-terms-fr.json").read_bytes(),
    )


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
    """The words of a query, folded; a multi-word term of the table stays one ("sans-abri")."""
    words = [w for w in re.findall(r"\w+", fold(query)) if w]
    phrases = _phrases() if len(words) > 1 else {}
    out: list[str] = []
    i = 0
    while i < len(words):
        match = next((p for p in phrases if tuple(words[i : i + len(p)]) == p), None)
        if match is None:
            out.append(words[i])
            i += 1
            continue
        out.append(phrases[match])
        i += len(match)
    kept = [w for w in out if w not in STOP_WORDS]
    return kept or out


@cache
def _phrases() -> dict[tuple[str, ...], str]:
    """Every multi-word term as its words -> the term as written, longest first."""
    table = related_terms()
    split = {tuple(re.findall(r"\w+", t)): t for t in table.vocabulary()}
    return {p: split[p] for p in table.phrases()}


def alternatives(word: str) -> list[str]:
    """What to look for in place of one typed word: its stems and related terms, each ≥ 3 chars.

    A typo of a known term (greif, bereavment) counts as that term.
    """
    table = related_terms()
    found = table.related(word)
    if len(found) <= 2 and len(word) >= 4 and not found & set(table.need_by_term):
        close = difflib.get_close_matches(word, table.vocabulary(), n=1, cutoff=0.8)
        if close:
            found |= table.related(close[0]) | {close[0]}
    out = {table.term_stem(term) if term in table.need_by_term else term for term in found}
    # A substring search for "financ" already finds "financial": fewer phrases, a faster match.
    kept: list[str] = []
    for term in sorted((t for t in out if len(t) >= MIN_LEN), key=len):
        if not any(shorter in term for shorter in kept):
            kept.append(term)
    return sorted(kept)


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
    if lang.current() == lang.FRENCH:  # each need in French; a category stays as written
        labels = {**FRENCH_BROAD, **table.labels}
        return list(dict.fromkeys(labels.get(n, n) for n in picked))[:limit]
    return list(picked)[:limit]


FRENCH_BROAD = {"crisis": "crise", "counselling": "consultation"}
