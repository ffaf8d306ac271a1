"""Phone numbers, read in the user's region first, and the service numbers never flagged."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from typing import Any

from peerdesk.core.content import resource_path

Span = tuple[int, int]
SUPPORTED_REGIONS = ("CA", "US", "GB", "IE", "AU", "NZ")
_NANP = frozenset(["CA", "US"])
_ALIASES = {"UK": "GB"}
_DATE_LIKE = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$")
# Written the way phone numbers are written even when the number is fictional (555-0164).
_SHAPED = re.compile(
    r"^(?:\+|0|\(|1[\s.-]?\(?\d{3})"  # +44…, 07700…, (604)…, 1-902…
    r"|^\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}$"  # 902-555-0178
)


def regions_for(region: str | None) -> tuple[str, ...]:
    """The user's region first, then every other supported region."""
    first = _ALIASES.get((region or "").upper(), (region or "").upper())
    rest = tuple(r for r in SUPPORTED_REGIONS if r != first)
    return (first, *rest) if first in SUPPORTED_REGIONS else SUPPORTED_REGIONS


def phones(text: str, regions: tuple[str, ...]) -> list[Span]:
    """Phone numbers found by the phonenumbers library, one lenient pass per numbering family.

    A North American pass finds "1-902-…"; a pass in the first non-North-American region finds
    "07700 900…" and "0412 …". Each distinct candidate is parsed once per region and judged once
    per scan: a note that repeats a number (or a run of digits) pays for it once."""
    if sum(map(str.isdigit, text)) < 6:
        return []  # nothing that could be a number: skip the matcher
    passes = [regions[0]]
    passes.append(next(r for r in regions if (r in _NANP) != (regions[0] in _NANP)))
    spans: set[Span] = set()
    parsed: dict[tuple[str | None, str], Any] = {}
    verdicts: dict[str, bool] = {}
    for region in passes:
        for match in _matcher_type()(text, region, parsed):
            raw = match.raw_string
            if _DATE_LIKE.match(raw):
                continue  # 1985-06-22 is a date, reported as one by birth_dates()
            if raw not in verdicts:  # the cheap shape test first: fictional numbers are common
                verdicts[raw] = _phone_shaped(raw) or _valid_somewhere(
                    raw, match.number, region, regions
                )
            if verdicts[raw]:
                spans.add((match.start, match.end))
    return _outermost(spans)


@functools.cache
def _matcher_type() -> Any:
    """PhoneNumberMatcher that parses each distinct candidate once per scan.

    At the POSSIBLE leniency the library's verdict on a candidate depends on the candidate's
    text and the region alone, never on the text around it, so it can be remembered. Should a
    later phonenumbers rename `_parse_and_verify`, the override is never called: slower, same
    results. Imported on first use, as the library was before."""
    from phonenumbers import Leniency, PhoneNumberMatch, PhoneNumberMatcher

    class Matcher(PhoneNumberMatcher):
        def __init__(self, text: str, region: str, memo: dict[tuple[str | None, str], Any]) -> None:
            super().__init__(text, region, leniency=Leniency.POSSIBLE)
            self._memo = memo

        def _parse_and_verify(self, candidate: str, offset: int) -> Any:
            key = (self.preferred_region, candidate)
            if key not in self._memo:
                found = super()._parse_and_verify(candidate, offset)
                self._memo[key] = None if found is None else found.number
            number = self._memo[key]
            return None if number is None else PhoneNumberMatch(offset, candidate, number)

    return Matcher


def _outermost(spans: set[Span]) -> list[Span]:
    """Spans not inside another one; by position, one pass (a 2,000-digit note has hundreds)."""
    kept: list[Span] = []
    reach = -1
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if end > reach:  # no earlier span (starting at or before this one) reaches its end
            kept.append((start, end))
        reach = max(reach, end)
    return kept


def _valid_somewhere(raw: str, number: Any, parsed_in: str, regions: tuple[str, ...]) -> bool:
    """Valid as the matcher parsed it in `parsed_in` (`number`), or in another supported region."""
    import phonenumbers

    if phonenumbers.is_valid_number(number):
        return True
    for region in regions:
        if region == parsed_in:
            continue  # that reading is `number`
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(raw, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _phone_shaped(raw: str) -> bool:
    digits = sum(map(str.isdigit, raw))
    stripped = raw.strip()
    return (digits >= 9 and bool(_SHAPED.match(stripped))) or (
        digits == 7 and bool(re.fullmatch(r"\d{3}-\d{4}", stripped))
    )


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


@functools.cache
def directory_numbers() -> frozenset[str]:
    """Digits of every service number in the shipped directory (resources/directory/*.json)."""
    found: set[str] = set()
    for path in sorted(resource_path("directory").glob("*.json")):
        _collect_numbers(json.loads(path.read_text(encoding="utf-8")), found)
    return frozenset(d for d in found if d)


@functools.cache
def directory_names() -> tuple[str, ...]:
    """Names of services and organisations in the shipped directory ("Beyond Blue"), longest
    first, split at brackets, colons and commas ("1737, Need to talk?" -> "Need to talk?")."""
    found: set[str] = set()
    for path in sorted(resource_path("directory").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for item in data.get("resources", []):
            for field in ("name", "organisation"):
                found.update(_name_parts(str(item.get(field, ""))))
    return tuple(sorted(found, key=len, reverse=True))


def _name_parts(name: str) -> list[str]:
    parts = re.split(r"\s*[(),:;]\s*|\s+and\s+", name)
    return [p.strip() for p in parts if len(p.strip()) >= 4 and not p.strip().isdigit()]


def _collect_numbers(data: object, found: set[str]) -> None:
    """Every "number" value anywhere in a directory file (calls and text lines alike)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "number" and isinstance(value, (str, int)):
                found.add(digits_of(str(value)))
            else:
                _collect_numbers(value, found)
    elif isinstance(data, list):
        for value in data:
            _collect_numbers(value, found)


def is_service_number(found: str, known: Iterable[str]) -> bool:
    """True when `found` is a listed service number, written with or without a country code
    or trunk prefix ("+44 800 555 0199" and "0800 555 0199" are one number)."""
    digits = digits_of(found).lstrip("0")
    if not digits:
        return False
    exact, tails, long_cores = _number_index(frozenset(known))
    if digits in exact or digits in tails:
        return True
    # up to three more digits in front of a listed number of 7 or more: a country code
    return any(digits[cut:] in long_cores for cut in (1, 2, 3))


@functools.lru_cache(maxsize=16)
def _number_index(known: frozenset[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Known numbers without trunk zeros; their tails of 7+ digits missing up to 3 leading
    digits; those of 7+ digits. Built once per set of numbers, not once per finding."""
    cores = [number.lstrip("0") for number in known]
    tails = {core[cut:] for core in cores for cut in range(4) if len(core) - cut >= 7}
    return frozenset(cores), frozenset(tails), frozenset(c for c in cores if len(c) >= 7)
