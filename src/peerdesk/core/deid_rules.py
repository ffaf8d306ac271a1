"""The de-identification guard's detectors: each returns (start, end) spans of one kind."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peerdesk.core.deid import NameLists

Span = tuple[int, int]

_PLACEHOLDER = re.compile(r"\[(?:NAME|EMAIL|PHONE|ADDRESS|DATE|ID)\]")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

_STREET = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Court|Ct|Crescent|Cres|Way|"
    r"Place|Pl|Boulevard|Blvd|Terrace|Grove|Gardens|Parade|Highway|Hwy|Square|Row|Mews)\b"
)
_ADDRESS = re.compile(
    rf"\b\d{{1,5}}[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\s+){{1,3}}{_STREET}"  # 12 Elm Tree Road
    rf"|\b(?:[A-Z][a-z'’-]+\s+){{1,3}}{_STREET}"  # Elm Tree Road
    r"|\b(?:Flat|Apt|Apartment)\s+\d+[A-Za-z]?\b"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"  # UK postcode
    r"|\bP\.?O\.?\s?Box\s+\d+\b"
)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?P<y1>\d{4}|\d{2})"
    r"|(?P<y2>\d{4})-\d{2}-\d{2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?,?\s+(?P<y3>\d{{4}})"
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<y4>\d{{4}})"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)\b"
)
_BIRTH_CUE = re.compile(
    r"(?:\bborn\b|\bd\.?o\.?b\b|date of birth|birthday)\W{0,3}(?:\w+\W+){0,2}$", re.I
)

_ID = re.compile(
    r"\b\d{3}-\d{2}-\d{4}\b"  # US social security style
    r"|\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b"  # UK national insurance style
    r"|\b\d{6,}\b"  # long digit runs
    r"|\b(?=[A-Z0-9-]*\d{3})(?=[A-Z0-9-]*[A-Z])[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){3,}\b"
)
# Shorter numbers count only after a word that announces an identifier ("badge 4471").
_ID_CUED = re.compile(
    r"\b(?:badge|employee|staff|payroll|service|collar|warrant|member|id|pin|case)"
    r"\s*(?:no\.?|number|#)?\s*:?\s*(?P<v>\d{3,})\b",
    re.IGNORECASE,
)

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "sgt",
        "sergeant",
        "officer",
        "constable",
        "capt",
        "captain",
        "lt",
        "lieutenant",
        "nurse",
        "sister",
        "father",
        "pastor",
        "rev",
    ]
)
# Words before an ambiguous capitalised word that make it a thing, not a person ("the Green team").
_NOT_PERSON_BEFORE = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "our",
        "their",
        "his",
        "her",
        "in",
        "on",
        "by",
        "since",
        "until",
        "of",
        "from",
        "last",
        "next",
        "every",
        "per",
        "early",
        "late",
        "mid",
    ]
)
_MONTHS = frozenset(["april", "may", "june", "august"])
_TIME_WORDS = frozenset(
    ["for", "in", "since", "until", "till", "by", "before", "after", "during", "of", "from", "to"]
)
_SENTENCE_END = '.!?:;"“”(\n•*-–'


def placeholder_spans(text: str) -> list[Span]:
    return [m.span() for m in _PLACEHOLDER.finditer(text)]


def emails(text: str) -> list[Span]:
    return [m.span() for m in _EMAIL.finditer(text)]


def phones(text: str, regions: tuple[str, ...]) -> list[Span]:
    """Phone numbers found by the phonenumbers library: one lenient pass, then checks per region.

    A single matcher pass costs ~2 ms per 2,000 characters; one strict pass per region would
    cost five times that. Fictional-range numbers (07700 900…, 555-…) are not "valid" yet still
    identify someone, so a long number written the way phone numbers are written also counts.
    """
    if sum(ch.isdigit() for ch in text) < 6:
        return []  # nothing that could be a number: skip the matcher
    import phonenumbers

    spans: list[Span] = []
    lenient = phonenumbers.Leniency.POSSIBLE
    for match in phonenumbers.PhoneNumberMatcher(text, regions[0], leniency=lenient):
        if _DATE_LIKE.match(match.raw_string):
            continue  # 1985-06-22 is a date, reported as one by birth_dates()
        if _valid_somewhere(match.raw_string, regions) or _phone_shaped(match.raw_string):
            spans.append((match.start, match.end))
    return spans


def _valid_somewhere(raw: str, regions: tuple[str, ...]) -> bool:
    import phonenumbers

    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(raw, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _phone_shaped(raw: str) -> bool:
    digits = sum(ch.isdigit() for ch in raw)
    return digits >= 9 and raw.lstrip()[:1] in ("+", "0", "(")


_DATE_LIKE = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$")


def addresses(text: str) -> list[Span]:
    return [m.span() for m in _ADDRESS.finditer(text) if not _title_not_street(text, m)]


_TITLE_AFTER = re.compile(r"\s+[A-Z]")


def _title_not_street(text: str, match: re.Match[str]) -> bool:
    """'Called Dr Patel' or 'at St Mary's': a title before a name, not 'Dr'ive or 'St'reet.

    Only the bare two-letter forms are ambiguous, and only without a house number."""
    found = match.group()
    ends_with_title = found.endswith((" Dr", " St"))
    return (
        ends_with_title and not found[0].isdigit() and bool(_TITLE_AFTER.match(text, match.end()))
    )


def birth_dates(text: str, this_year: int) -> list[Span]:
    """Dates with a cue ("born", "DOB", "birthday") or a year old enough to be a birth year."""
    spans: list[Span] = []
    for m in _DATE.finditer(text):
        year_text = m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4")
        cue = _BIRTH_CUE.search(text[max(0, m.start() - 40) : m.start()])
        if cue or (year_text and _birth_year(year_text, this_year)):
            spans.append(m.span())
    return spans


def _birth_year(year_text: str, this_year: int) -> bool:
    year = int(year_text)
    if len(year_text) == 2:
        return False  # "3/4/21" is more often a recent date than a birth date
    return 1920 <= year <= this_year - 15


def id_numbers(text: str) -> list[Span]:
    spans = {m.span() for m in _ID.finditer(text)}
    spans.update(m.span("v") for m in _ID_CUED.finditer(text))
    return sorted(spans)


def names(text: str, lists: NameLists) -> list[Span]:
    """Personal names: listed names in name-like places, plus their neighbours and titled words."""
    tokens = [(m.start(), _bare_end(m), m.group()) for m in _WORD.finditer(text)]
    flags = [_is_name(text, tokens, i, lists) for i in range(len(tokens))]
    for _round in range(2):  # a neighbour of a name is part of it ("Will Okonkwo-Reyes")
        for i, (_start, _end, word) in enumerate(tokens):
            if not flags[i] and _capitalised(word) and _joined_to_flag(text, tokens, flags, i):
                flags[i] = True
    return _merge(text, [(s, e) for (s, e, _w), flag in zip(tokens, flags, strict=True) if flag])


def _bare_end(m: re.Match[str]) -> int:
    """End of a word without a possessive "'s" or trailing apostrophe/hyphen."""
    word = m.group()
    for suffix in ("'s", "’s", "'", "’", "-"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return m.end() - len(suffix)
    return m.end()


def _capitalised(word: str) -> bool:
    return word[0].isupper() and not word.isupper()


def _is_name(text: str, tokens: list[tuple[int, int, str]], i: int, lists: NameLists) -> bool:
    start, end, word = tokens[i]
    key = text[start:end].lower()
    known = key in lists.given or key in lists.surnames or key in lists.ambiguous
    if i > 0 and tokens[i - 1][2].lower().rstrip(".") in _TITLES and _capitalised(word):
        return _adjacent(text, tokens[i - 1][1], start)
    if not _capitalised(word):
        # lower-case given names ("spoke with sarah") unless they double as everyday words
        return key in lists.given and key not in lists.ambiguous and len(key) >= 4
    if not known or _near_digit(text, start, end):
        return False
    if key not in lists.ambiguous:
        return True
    previous = tokens[i - 1][2].lower() if i > 0 else ""
    if key in _MONTHS and previous in _TIME_WORDS:
        return False  # "planned for April", "since May"
    return not _sentence_start(text, start) and previous not in _NOT_PERSON_BEFORE


def _joined_to_flag(
    text: str, tokens: list[tuple[int, int, str]], flags: list[bool], i: int
) -> bool:
    start, end, _word = tokens[i]
    before = i > 0 and flags[i - 1] and _adjacent(text, tokens[i - 1][1], start)
    after = i + 1 < len(tokens) and flags[i + 1] and _adjacent(text, end, tokens[i + 1][0])
    if after and tokens[i][2].lower() in _NOT_PERSON_BEFORE:
        return False
    if after and not before and _sentence_start(text, start):
        return False  # "Met John Smith": an unlisted first word is capitalised by position only
    return bool(before or after)


def _adjacent(text: str, left_end: int, right_start: int) -> bool:
    """Two words separated by spaces or a hyphen only (not across a sentence or a line)."""
    gap = text[left_end:right_start]
    return 0 < len(gap) <= 2 and gap.strip(" -") == ""


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_END


def _near_digit(text: str, start: int, end: int) -> bool:
    """'May 12' or '3 June' is a date, not a person."""
    return bool(
        re.match(r"\s*\d", text[end : end + 3])
        or re.search(r"\d\s*$", text[max(0, start - 3) : start])
    )


def _merge(text: str, spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in spans:
        if merged and _adjacent(text, merged[-1][1], start):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
