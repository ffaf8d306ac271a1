"""Personal names: listed names in name-like places, plus context rules for names not listed."""

from __future__ import annotations

import re
from typing import NamedTuple

from peerdesk.core.deid.lists import NameLists, fold
from peerdesk.core.deid.vocab import (
    HUMAN_VERBS,
    MONTHS,
    MOTION,
    NOT_NAMES,
    NOT_PERSON_BEFORE,
    PERSON_BEFORE,
    PERSON_NOUNS,
    PLACE_AFTER,
    PLACE_BEFORE,
    SPOKE,
    STATE_VERBS,
    TEXT_SPEAK,
    TIME_WORDS,
    TITLES,
    UNIT_NOUNS,
)

Span = tuple[int, int]
_WORD = re.compile(r"[^\W\d_][\w'’-]*(?<!['’-])|[^\W\d_]")
_SENTENCE_END = '.!?:;"“”(\n•*–'
_AND = frozenset(["and", "n", "&", "or", "an"])


class Token(NamedTuple):
    """One word of the note (a tuple: a 2,000-character note has ~400 of them per scan)."""

    start: int
    end: int  # without a possessive "'s"
    word: str  # text[start:end]
    key: str  # folded, lower case
    possessive: bool
    cap: bool  # Capitalised (not ALL CAPS)
    first: bool  # starts a sentence or the note


def names(text: str, lists: NameLists) -> list[Span]:
    """Spans of likely personal names in `text`."""
    tokens = _tokens(text)
    flags = [_is_name(text, tokens, i, lists) for i in range(len(tokens))]
    for _round in range(2):  # a neighbour of a name is part of it ("Will Okonkwo-Reyes")
        for i, tok in enumerate(tokens):
            if not flags[i] and _joinable(tok, lists) and _joined_to_flag(text, tokens, flags, i):
                flags[i] = True
    spans = _merge(text, [(t.start, t.end) for t, flag in zip(tokens, flags, strict=True) if flag])
    return [_with_initials(text, start, end) for start, end in spans]


_INITIALS = re.compile(r"(?:\b[A-Z]\.\s?){1,2}$")


def _with_initials(text: str, start: int, end: int) -> Span:
    """'J. Smith', 'A.B. Patel': initials before a name belong to it."""
    found = _INITIALS.search(text, max(0, start - 6), start)
    return (found.start(), end) if found else (start, end)


def _tokens(text: str) -> list[Token]:
    out: list[Token] = []
    keys: dict[str, str] = {}  # a note repeats its words: fold each one once
    for m in _WORD.finditer(text):
        word, start, end, possessive = m.group(), m.start(), m.end(), False
        if word[-1] in "s'’":  # only then can it end in a possessive
            for suffix in ("'s", "’s", "'", "’"):
                if word.endswith(suffix) and len(word) > len(suffix):
                    word, end, possessive = word[: -len(suffix)], end - len(suffix), True
                    break
        key = keys.get(word)
        if key is None:
            key = keys[word] = fold(word)
        cap = word[0].isupper() and (len(word) == 1 or not word.isupper())
        out.append(Token(start, end, word, key, possessive, cap, _starts(text, start)))
    return out


def _starts(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1  # walk back over spaces; slicing the text each time would cost O(n²)
    if i >= 1 and text[i] == "." and _abbreviation(text, i):
        return False  # "J. Smith", "Dr. Okafor": the full stop ends an initial or a title
    return i < 0 or text[i] in _SENTENCE_END


def _abbreviation(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:dot]
    return (len(word) == 1 and word.isupper()) or word.lower() in TITLES


def _is_name(text: str, tokens: list[Token], i: int, lists: NameLists) -> bool:
    tok = tokens[i]
    if not tok.cap and (tok.key in lists.common_words or len(tok.key) < 3):
        return False  # most words of a note: decided without looking at neighbours
    before = tokens[i - 1] if i > 0 else None
    prev = before if before and _close(text, before.end, tok.start, 3) else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and not _close(text, tok.end, nxt.start, 3 + 2 * tok.possessive):
        nxt = None
    if _never_name(text, tok, prev, lists) or _acronym(tok, prev, nxt):
        return False
    titled = before is not None and (before.key in TITLES or _initial(text, before))
    if titled and before and tok.cap and _title_gap(text, before, tok):
        return tok.key not in lists.common_words or _known(tok.key, lists)
    if _spoken_to(tokens, i, prev) and tok.cap:
        return tok.key not in lists.common_words or _known(tok.key, lists)
    if _place_context(tok, prev, nxt, tokens, i):
        return False
    return _by_list(text, tok, prev, nxt, lists)


def _spoken_to(tokens: list[Token], i: int, prev: Token | None) -> bool:
    """'Spoke to Grace', 'talked to Will': a person, even when the name is also a word."""
    return prev is not None and prev.key == "to" and i >= 2 and tokens[i - 2].key in SPOKE


def _initial(text: str, tok: Token) -> bool:
    """'J.' in 'J. Smith' (a capital letter with a full stop, not the pronoun I)."""
    return (
        len(tok.word) == 1
        and tok.word.isupper()
        and tok.word != "I"
        and text[tok.end : tok.end + 1] == "."
    )


_CONTRACTION = re.compile(r"[a-z]+(?:'(?:ve|m|re|ll|d|t)|n't)")


def _never_name(text: str, tok: Token, prev: Token | None, lists: NameLists) -> bool:
    """Holidays, brands, titles, contractions ("I've", "Don't"), 'May 12', 'Boxing Day'."""
    if tok.key in NOT_NAMES or tok.key in TITLES or len(tok.key) < 2:
        return True
    if "'" in tok.key and _CONTRACTION.fullmatch(tok.key):
        # "Askol'd" and "Leopol'd" are given names that merely look like "she'd"
        return not (tok.cap and tok.key in lists.given)
    return _near_digit(text, tok.start, tok.end) or (
        tok.key in PLACE_AFTER and prev is not None and prev.cap
    )


def _acronym(tok: Token, prev: Token | None, nxt: Token | None) -> bool:
    """'PFA', 'CISM', 'NICE' in ordinary text are initialisms; a name in capitals is only kept
    when the words around it are in capitals too (a note typed with Caps Lock on)."""
    if not (tok.word.isupper() and tok.word.isalpha() and 2 <= len(tok.word) <= 6):
        return False
    shouting = any(t is not None and t.word.isupper() and len(t.word) > 1 for t in (prev, nxt))
    return not shouting


def _by_list(
    text: str, tok: Token, prev: Token | None, nxt: Token | None, lists: NameLists
) -> bool:
    """Decide by what the lists say the word is: place, lower-case, ambiguous, name, unknown."""
    if tok.key in lists.places and tok.key not in lists.given:  # "Texas has", "Kerry said"
        return tok.cap and _person_context(tok, prev, nxt, states=False)
    if not tok.cap:
        return _lower_case_name(text, tok, prev, nxt, lists)
    if tok.key in lists.ambiguous:  # a given name that is also a country ("Jordan") is a name
        return _ambiguous_name(text, tok, prev, nxt)
    if tok.key in lists.places and tok.first and nxt is not None and nxt.key in STATE_VERBS:
        return _pronoun_follows(text, nxt.end)  # "Kerry was the county" / "Jordan is off sick"
    if lists.listed(tok.key) or _name_shaped(tok, lists):
        return True
    everyday = tok.key in lists.common_words or _compound_of_words(tok, lists)
    return not everyday and _unknown_name(text, tok, prev, nxt)


_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|iao|ian|ang|eng|ing|ong|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in"
    r"|ua|uo|ui|un|a|o|e|i|u|v)"
)
# Chinese two-part given names written as one word (Zihan, Yutong, Junjie) are rarely listed.
PINYIN_PAIR = re.compile(rf"{_SYLLABLE}{_SYLLABLE}")


_SURNAME_PREFIX = re.compile(r"(?:O['’]|D['’]|Ma?c)[A-Z][a-z]")


def _name_shaped(tok: Token, lists: NameLists) -> bool:
    """O'Brien, D'Souza, McAllister; Jean-Luc, Okonkwo-Reyes (a listed part, no common word)."""
    if _SURNAME_PREFIX.match(tok.word):
        return True
    if "-" not in tok.key:
        return False
    parts = [p for p in tok.key.split("-") if p]
    words = _word_parts(parts, lists)
    if all(words):
        return False  # "Post-job", "Co-worker"
    return any(lists.listed(p) and not word for p, word in zip(parts, words, strict=True))


_SHORT_PARTS = frozenset(["co", "re", "ex", "de", "un", "in", "up", "on", "of", "by", "to", "x"])


def _word_parts(parts: list[str], lists: NameLists) -> list[bool]:
    """Which parts of a hyphenated word are everyday words ("Ji-woo": "ji" is not)."""
    return [p in _SHORT_PARTS or p in lists.common_words or p in lists.ambiguous for p in parts]


def _compound_of_words(tok: Token, lists: NameLists) -> bool:
    """'Self-care', 'Follow-up': a hyphenated compound of everyday words."""
    return "-" in tok.key and all(_word_parts([p for p in tok.key.split("-") if p], lists))


def _unknown_name(text: str, tok: Token, prev: Token | None, nxt: Token | None) -> bool:
    """A capitalised word in no list: a name only where a person is meant."""
    if len(tok.key) < 3:
        return False
    if len(tok.key) >= 4 and PINYIN_PAIR.fullmatch(tok.key):
        return True
    if tok.first and nxt is not None and nxt.key in STATE_VERBS:
        return _pronoun_follows(text, nxt.end)  # "Zoom was down" vs "Kaia is off, she…"
    return _person_context(tok, prev, nxt, states=True)


def _known(key: str, lists: NameLists) -> bool:
    return lists.listed(key) or key in lists.ambiguous


def _ambiguous_name(text: str, tok: Token, prev: Token | None, nxt: Token | None) -> bool:
    """'Grace said' and 'told Grace' are people; 'Grace period' and 'Will you' are not."""
    if tok.key in MONTHS and prev is not None and prev.key in TIME_WORDS:
        return False  # "planned for April", "since May"
    if _person_context(tok, prev, nxt, states=False) or _crew_member(text, tok):
        return True
    if tok.first and nxt is not None and nxt.key in STATE_VERBS:
        return _pronoun_follows(text, nxt.end)  # "Joy was tearful … her divorce"
    if tok.first or prev is None or prev.key in NOT_PERSON_BEFORE:
        return False
    return tok.key not in MONTHS


def _lower_case_name(
    text: str, tok: Token, prev: Token | None, nxt: Token | None, lists: NameLists
) -> bool:
    """Text-speak notes write names in lower case: 'spoke w jess', 'huong is ok'."""
    if tok.key in lists.common_words or tok.key in TEXT_SPEAK or len(tok.key) < 3:
        return False
    if tok.key in PERSON_NOUNS:
        return False  # "mum is in hosp": a relative, not a name
    if tok.key in lists.ambiguous:  # "closed with clear information" is not a person
        after_verb = prev is not None and prev.key in PERSON_BEFORE and prev.key != "with"
        if after_verb or (tok.first and _crew_member(text, tok)):
            return True
        return tok.first and _person_context(tok, prev, nxt, states=False)
    if tok.key in lists.given and len(tok.key) >= 4:
        return True
    # "huong is ok" at the start of a note; mid-sentence "her reg is" needs a human verb
    context = _person_context(tok, prev, nxt, states=tok.first)
    return context and (tok.first or _known(tok.key, lists))


_CREW = re.compile(
    r"\s+(?:from|on|in|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:watch|shift|crew|team|station|ward|unit|desk|dispatch|platoon|squad|nights|days)\b"
)
# After "X is/was", what is said of a person: "Jaswinder is moving to days", "Abebe is off sick".
_PERSON_PREDICATE = re.compile(
    r"\s+(?:not\s+|still\s+|really\s+)?(?:off|back|moving|struggling|leaving|retiring|pregnant|"
    r"sick|tired|exhausted|burnt|burned|stressed|worried|upset|angry|scared|anxious|coping|"
    r"sleeping|grieving|drinking|crying|feeling|finding|thinking|going|quiet|shaken|ok|okay|"
    r"fine|good|better|worse|new|on\s+(?:nights|days|leave|lates|earlies))\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"[^.!?;\n]*?\b(?:he|she|his|her|him|hers|he's|she's)\b", re.IGNORECASE)


def _crew_member(text: str, tok: Token) -> bool:
    """'Dawn from Blue watch', 'Rusty on C shift': a word placed in a crew is a person."""
    return bool(_CREW.match(text, tok.end))


def _pronoun_follows(text: str, pos: int) -> bool:
    """After 'X is' at a sentence start: a pronoun later, or something said of a person."""
    if _PERSON_PREDICATE.match(text, pos):
        return True
    return bool(_PRONOUN.match(text, pos, min(len(text), pos + 80)))


def _person_context(tok: Token, prev: Token | None, nxt: Token | None, states: bool) -> bool:
    """A verb only people do after the word, a possessive before a relative, or 'met X'."""
    verbs = nxt is not None and not tok.possessive
    if verbs and nxt and (nxt.key in HUMAN_VERBS or (states and nxt.key in STATE_VERBS)):
        return True
    if tok.possessive and nxt is not None and nxt.key in PERSON_NOUNS:
        return True
    return prev is not None and prev.key in PERSON_BEFORE


def _place_context(
    tok: Token, prev: Token | None, nxt: Token | None, tokens: list[Token], i: int
) -> bool:
    """'in Halifax', 'Boxing Day', 'St Patrick's', 'Salvation Army': places and things."""
    named_thing = nxt is not None and nxt.key in PLACE_AFTER and not tok.possessive
    if named_thing and nxt and (nxt.cap or nxt.key in UNIT_NOUNS):
        return True  # "Boxing Day", "Green watch", "Dawn shift"
    if prev is not None and prev.cap and prev.key in ("st", "saint", "mount", "fort", "port"):
        return True
    if prev is not None and prev.key == "to" and i >= 2 and tokens[i - 2].key in MOTION:
        return True  # "moved to Preston", "flew to Lincoln"
    return prev is not None and prev.key in PLACE_BEFORE and not _followed_by_name(tokens, i)


def _followed_by_name(tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].cap and not tokens[i + 1].first


def _title_gap(text: str, title: Token, tok: Token) -> bool:
    gap = text[title.end : tok.start]
    return gap in (" ", ". ", ".", "  ", ".  ")


def _joinable(tok: Token, lists: NameLists) -> bool:
    if not tok.cap or tok.key in NOT_NAMES or tok.key in PLACE_AFTER or tok.key in TITLES:
        return False
    return tok.key not in lists.common_words or _known(tok.key, lists)


def _joined_to_flag(text: str, tokens: list[Token], flags: list[bool], i: int) -> bool:
    tok = tokens[i]
    before = i > 0 and flags[i - 1] and _adjacent(text, tokens[i - 1].end, tok.start)
    after = i + 1 < len(tokens) and flags[i + 1] and _adjacent(text, tok.end, tokens[i + 1].start)
    if after and (tok.key in NOT_PERSON_BEFORE or tok.key in TITLES):
        return False
    if after and not before and tok.first and not tok.possessive:
        return (
            tokens[i + 1].key not in HUMAN_VERBS
        )  # "Met John Smith": Met is capitalised by position
    if _coordinated(text, tokens, flags, i):
        return True
    return bool(before or after) and not (before and tokens[i - 1].possessive)


def _coordinated(text: str, tokens: list[Token], flags: list[bool], i: int) -> bool:
    """'Kofi and Ama both', 'Linh n Thuy': a capitalised word joined to a name by 'and'."""
    for j, k in ((i - 2, i - 1), (i + 2, i + 1)):
        if 0 <= j < len(tokens) and flags[j] and tokens[k].key in _AND:
            lo, hi = sorted((j, i))
            if _close(text, tokens[lo].end, tokens[hi].start, 6):
                return True
    return False


_BREAK = re.compile(r"[\n.!?;:,()\"]")


def _close(text: str, left_end: int, right_start: int, most: int) -> bool:
    if right_start - left_end > most:
        return False
    return not _BREAK.search(text, left_end, right_start)


def _adjacent(text: str, left_end: int, right_start: int) -> bool:
    """Two words separated by spaces or a hyphen only (not across a sentence or a line)."""
    gap = text[left_end:right_start]
    return 0 < len(gap) <= 2 and gap.strip(" -") == ""


def _near_digit(text: str, start: int, end: int) -> bool:
    """'May 12' or '3 June' is a date, not a person."""
    after = text[end : end + 3].lstrip()
    before = text[max(0, start - 3) : start].rstrip()
    return (after[:1].isdigit()) or (before[-1:].isdigit())


# Lower-case particles inside a full name: "Van der Merwe", "da Silva", "bin Rashid".
_PARTICLES = re.compile(
    r"\s+(?:(?:van|von|der|den|de|da|di|du|del|della|dos|das|le|la|bin|binti|ibn|al|el|ter|ten"
    r"|ap|mac|nic|y)\s+){1,2}"
)


def _merge(text: str, spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in spans:
        joined = merged and _PARTICLES.fullmatch(text, merged[-1][1], start)
        if merged and (joined or _adjacent(text, merged[-1][1], start)):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
