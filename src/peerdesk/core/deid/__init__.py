"""De-identification guard: finds likely identifiers in free text and replaces them on request."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from peerdesk.core.deid import context, patterns, phones
from peerdesk.core.deid.lists import NAMES_FILE, NameLists, fold, name_lists, parse_name_lists
from peerdesk.core.deid.names import names
from peerdesk.core.deid.overlaps import without_overlaps

__all__ = [
    "NAMES_FILE",
    "PLACEHOLDERS",
    "SOFT_KINDS",
    "Finding",
    "NameLists",
    "configure",
    "fold",
    "name_lists",
    "parse_name_lists",
    "redact",
    "scan",
]

PLACEHOLDERS: dict[str, str] = {
    "name": "[NAME]",
    "email": "[EMAIL]",
    "phone": "[PHONE]",
    "address": "[ADDRESS]",
    "postcode": "[POSTCODE]",
    "plate": "[PLATE]",
    "handle": "[HANDLE]",
    "date": "[DATE]",
    "id": "[ID]",
    "could_identify": "[DETAIL]",
}
LABELS: dict[str, str] = {
    "name": "a name",
    "email": "an e-mail address",
    "phone": "a phone number",
    "address": "an address",
    "postcode": "a postcode",
    "plate": "a licence plate",
    "handle": "a social-media handle",
    "date": "a date of birth",
    "id": "an ID number",
    "could_identify": "a detail that could identify someone",
}
# Softer findings: shown in a gentler style, worth a second look rather than a must-fix.
SOFT_KINDS = frozenset(["could_identify"])
# When two findings overlap, the more specific kind wins (a phone number is not also an ID).
_PRIORITY = {
    "email": 0,
    "handle": 1,
    "phone": 2,
    "postcode": 3,
    "address": 4,
    "plate": 5,
    "date": 6,
    "id": 7,
    "name": 8,
    "could_identify": 9,
}
PHONE_REGIONS = phones.SUPPORTED_REGIONS
_settings: dict[str, object] = {"region": None, "numbers": frozenset()}


@dataclass(frozen=True)
class Finding:
    """A likely identifier at text[start:end] and the placeholder that would replace it."""

    start: int
    end: int
    kind: str
    text: str
    replacement: str

    @property
    def soft(self) -> bool:
        return self.kind in SOFT_KINDS


def configure(region: str | None = None, service_numbers: Iterable[str] = ()) -> None:
    """Set the user's country and their own resources' numbers for every later scan()."""
    _settings["region"] = region
    _settings["numbers"] = frozenset(phones.digits_of(n) for n in service_numbers) - {""}


def scan(
    text: str, region: str | None = None, service_numbers: Iterable[str] | None = None
) -> list[Finding]:
    """Every likely identifier in `text`, sorted by position, never overlapping.

    `region` (CA, US, GB, IE, AU, NZ) is tried first for phone numbers; numbers of services in
    the shipped directory, in `service_numbers` or given to configure() are never flagged."""
    regions = phones.regions_for(region or _region_setting())
    found: list[Finding] = []
    for kind, spans in (
        ("email", patterns.emails(text)),
        ("handle", patterns.handles(text)),
        ("phone", phones.phones(text, regions)),
        ("postcode", patterns.postcodes(text)),
        ("address", patterns.addresses(text)),
        ("plate", patterns.plates(text)),
        ("date", patterns.birth_dates(text, date.today().year)),
        ("id", patterns.id_numbers(text)),
        ("name", names(text, name_lists())),
        ("could_identify", context.could_identify(text)),
    ):
        found += [_finding(text, start, end, kind) for start, end in spans]
    known = _known_numbers(service_numbers)
    found = [f for f in found if not (_numeric(f) and phones.is_service_number(f.text, known))]
    protected = patterns.placeholder_spans(text) + _service_names(text)
    return without_overlaps(found, protected, lambda f: _PRIORITY[f.kind])


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


def _region_setting() -> str | None:
    region = _settings["region"]
    return region if isinstance(region, str) else None


def _known_numbers(extra: Iterable[str] | None) -> frozenset[str]:
    configured = _settings["numbers"]
    known = phones.directory_numbers() | (
        configured if isinstance(configured, frozenset) else set()
    )
    return known | {phones.digits_of(n) for n in extra or ()} - {""}


def _service_names(text: str) -> list[tuple[int, int]]:
    """Where the note names a service from the directory: never a person ("Beyond Blue").

    Longest names first; a place already taken by a longer name is skipped. The places taken
    are kept in order, so a note naming a service hundreds of times stays linear."""
    starts: list[int] = []
    ends: list[int] = []
    for name in phones.directory_names():
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            at = bisect.bisect_left(starts, end)  # taken places starting before this one ends
            if at == 0 or ends[at - 1] <= start:
                starts.insert(at, start)
                ends.insert(at, end)
            start = text.find(name, end)
    return list(zip(starts, ends, strict=True))


def _numeric(item: Finding) -> bool:
    return item.kind in ("phone", "id", "plate", "postcode")


def _finding(text: str, start: int, end: int, kind: str) -> Finding:
    return Finding(start, end, kind, text[start:end], PLACEHOLDERS[kind])
