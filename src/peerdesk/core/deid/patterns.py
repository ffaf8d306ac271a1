"""Pattern detectors of the guard: each returns (start, end) spans of one kind of identifier."""

from __future__ import annotations

import re

from peerdesk.core.deid.runs import emails as _emails
from peerdesk.core.deid.runs import id_numbers as _id_numbers

Span = tuple[int, int]

_PLACEHOLDER = re.compile(r"\[(?:NAME|EMAIL|PHONE|ADDRESS|POSTCODE|PLATE|HANDLE|DATE|ID|DETAIL)\]")
# A handle starts at "@" not glued to a word before it (that would be an e-mail address).
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
# Without "@", after the platform's name: "her insta is mel.nights", "tiktok: jay_99".
_HANDLE_CUED = re.compile(
    r"\b(?i:insta(?:gram)?|ig|tiktok|snap(?:chat)?|twitter|handle|username|discord|reddit)"
    # a handle has a digit, "_" or an inner "." ("handle them." is an everyday verb)
    # "is", ":" or nothing between: one way to read the spaces, or a long run of them costs O(n²)
    r"(?:\s*(?:is|as|:|=|-)\s+|\s+)(?P<v>(?=[A-Za-z0-9_.]*(?:[_0-9]|\.[A-Za-z0-9_]))"
    r"[A-Za-z0-9_][A-Za-z0-9_.]{2,29})\b"
)

_STREET = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Court|Ct|Crescent|Cres|Way|"
    r"Place|Pl|Boulevard|Blvd|Terrace|Tce|Grove|Gardens|Parade|Highway|Hwy|Square|Row|Mews)\b"
)
_UNIT = r"(?:Flat|Apt|Apartment|Unit|Suite|Ste)\.?\s*#?\d+[A-Za-z]?"
_HOUSE = (
    rf"\d{{1,5}}[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\s+){{1,3}}{_STREET}"
    # text speak: "12 kowhai st"; only street words that are never everyday words
    r"|\d{1,5}[A-Za-z]?,?\s+(?:[A-Za-z][\w'’-]*\s+){1,2}"
    r"(?i:street|st|road|rd|avenue|ave|crescent|cres|terrace|tce|boulevard|blvd)\b"
)
_ADDRESS = re.compile(
    rf"\b(?i:{_UNIT})(?:\s*[,/]\s*|\s+){_HOUSE}"  # Unit 6, 90 Granville Avenue / 9/14 Banksia Road
    rf"|\b{_HOUSE}"  # 12 Elm Tree Road
    rf"|\b(?!(?:The|A|An|My|Our|Your|This|That)\s)(?:[A-Z][a-z'’-]+\s+){{1,3}}{_STREET}"
    r"|\b(?i:Flat|Apt|Apartment)\.?\s*#?\d+[A-Za-z]?\b"  # a bare "Unit 3" is usually a vehicle
    r"|\bP\.?O\.?\s?Box\s+\d+\b"
)
_STATES = (
    r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|"
    r"NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)"
)
_POSTCODE = re.compile(
    r"\b[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d\b"  # Canada: B3H 4R2
    r"|\b(?:GIR\s?0AA|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b"  # UK: M14 5TQ, SW1A 1AA
    rf"|\b{_STATES}\s+\d{{5}}(?:-\d{{4}})?\b"  # US: MA 02139
    r"|\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\s+\d{4}\b"  # Australia: NSW 2150
)
_POSTCODE_CUED = re.compile(
    r"\b(?i:zip(?:\s?code)?|post(?:al)?\s?code)(?:\s+is)?:?\s+"
    r"(?P<v>[A-Z0-9]{3,5}(?:[\s-][A-Z0-9]{3,4})?)\b"
)
# Plates: the UK form stands alone; other shapes need letters and digits, and a space or
# hyphen form needs a vehicle word nearby ("NHS 111" is a service, "reg BGT 4471" a car).
_PLATE_UK = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b")
_PLATE_TIGHT = re.compile(r"\b(?=[A-Z0-9]{5,8}\b)(?=[A-Z0-9]*\d)(?=(?:[0-9]*[A-Z]){2})[A-Z0-9]+\b")
_PLATE_SPACED = re.compile(
    r"\b(?:[A-Z]{1,4}[\s-]?\d{2,4}[A-Z]?|\d[A-Z]{2,4}[\s-]?\d{2,4}|[A-Z]{2,3}\d[\s-]?\d{2}[A-Z])\b"
)
_VEHICLE = re.compile(
    r"\b(?:plates?|rego|reg|registration|licen[cs]e|tags?|car|truck|ute|van|vehicle|suv|bike|"
    r"motorbike|wagon|jeep)\b",
    re.IGNORECASE,
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
    r"(?:\bborn\b|\bd\.?o\.?b\b|date of birth|b-?day|birthday)\W{0,3}(?:\w+\W+){0,2}$", re.I
)

# ID numbers (ID_FIXED and ID_BODY in runs.py): SSN and NI styles, long digit runs, EMP-20417.
# Shorter numbers count only after a word that announces an identifier ("badge 4471").
_ID_CUED = re.compile(
    r"\b(?:badge|employee|staff|payroll|service|collar|warrant|member|id|pin|case)"
    # each run of spaces read one way: three optional runs in a row cost O(n³) on "badge     …"
    r"\s*(?:(?:no\.?|number|#)\s*)?(?::\s*)?(?P<v>\d{3,})\b",
    re.IGNORECASE,
)


def placeholder_spans(text: str) -> list[Span]:
    return [m.span() for m in _PLACEHOLDER.finditer(text)]


def emails(text: str) -> list[Span]:
    return _emails(text)


def handles(text: str) -> list[Span]:
    spans = {m.span() for m in _HANDLE.finditer(text) if len(m.group()) > 2}
    spans.update(m.span("v") for m in _HANDLE_CUED.finditer(text))
    return sorted(spans)


def addresses(text: str) -> list[Span]:
    return [m.span() for m in _ADDRESS.finditer(text) if not _title_not_street(text, m)]


_TITLE_AFTER = re.compile(r"\.?\s+[A-Z]")


def _title_not_street(text: str, match: re.Match[str]) -> bool:
    """'Called Dr Patel' or 'at St Mary's': a title before a name, not 'Dr'ive or 'St'reet.

    Only the bare two-letter forms are ambiguous, and only without a house number."""
    found = match.group()
    ends_with_title = found.endswith((" Dr", " St"))
    return (
        ends_with_title and not found[0].isdigit() and bool(_TITLE_AFTER.match(text, match.end()))
    )


def postcodes(text: str) -> list[Span]:
    spans = {m.span() for m in _POSTCODE.finditer(text)}
    spans.update(m.span("v") for m in _POSTCODE_CUED.finditer(text))
    return sorted(spans)


def plates(text: str) -> list[Span]:
    """Licence plates of the supported countries (UK AB12 CDE; 7ABC123, ABC-1234, ABC 123…)."""
    spans = {m.span() for m in _PLATE_UK.finditer(text)}
    spans.update(m.span() for m in _PLATE_TIGHT.finditer(text) if _vehicle_near(text, m.start()))
    for m in _PLATE_SPACED.finditer(text):
        if _vehicle_near(text, m.start()) and sum(c.isalpha() for c in m.group()) >= 2:
            spans.add(m.span())
    return sorted(spans)


def _vehicle_near(text: str, start: int) -> bool:
    return bool(_VEHICLE.search(text, max(0, start - 25), start))


_BORN_YEAR = re.compile(r"\bborn\s+(?:in\s+)?(?P<v>(?:19|20)\d\d)\b", re.IGNORECASE)


def birth_dates(text: str, this_year: int) -> list[Span]:
    """Dates with a cue ("born", "DOB", "birthday") or a year old enough to be a birth year."""
    spans: list[Span] = [m.span("v") for m in _BORN_YEAR.finditer(text)]
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
    spans = set(_id_numbers(text))
    spans.update(m.span("v") for m in _ID_CUED.finditer(text))
    return sorted(spans)
