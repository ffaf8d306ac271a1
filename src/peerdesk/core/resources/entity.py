"""The Resource entity: one referral service in the directory, and its validation."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say
from peerdesk.core.resources.phones import check_number

ORIGINS = ("shipped", "imported", "user")
CHANNELS = ("call", "text", "chat", "web", "email", "in_person")
STALE_AFTER = timedelta(days=365)  # "possibly out of date" after 12 months without a check
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$")
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
_LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_TIME_RE = re.compile(r"^([01]\d|2[0-4]):[0-5]\d$")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# Details an import may carry; the detail pane groups them in this order (see details.py).
DETAIL_KEYS = (
    "alert", "eligibility", "ages", "required_documents", "fees", "payments", "application",
    "wait_time", "hours_note", "holidays", "interpretation", "accessibility", "address",
    "service_area", "email", "funding", "accreditations",
)  # fmt: skip
Problems = list[InvalidInput] | None  # lenient imports collect field problems here
T = TypeVar("T")


@dataclass(frozen=True)
class Phone:
    number: str  # as people read it, e.g. "1-800-668-6868"
    dial: str  # E.164 (+18006686868) or the short code digits (988); "" when unchecked
    label: str = ""
    checked: bool = True  # False: imported as written because it could not be parsed


@dataclass(frozen=True)
class TextCode:
    number: str
    dial: str
    keyword: str = ""  # e.g. HOME for "text HOME to 741741"; empty = any message
    label: str = ""
    checked: bool = True


@dataclass(frozen=True)
class Resource:
    id: str
    name: str
    origin: str
    organisation: str = ""
    description: str = ""
    categories: tuple[str, ...] = ()
    country: str | None = None
    region: str = ""
    phones: tuple[Phone, ...] = ()
    text_codes: tuple[TextCode, ...] = ()
    hours: str = ""
    open_24_7: bool = False
    languages: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    website: str = ""
    source: str = ""
    last_verified: date | None = None
    # Imported details (eligibility, fees, how to apply…) as (key, text) in DETAIL_KEYS order.
    details: tuple[tuple[str, str], ...] = ()
    opening: tuple[tuple[str, str, str], ...] = ()  # (day MO..SU, "09:00", "17:00")
    changed_by: str = ""  # set when an organisation's pack corrected a built-in entry
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    def detail(self, key: str) -> str:
        return dict(self.details).get(key, "")

    def possibly_out_of_date(self, today: date | None = None) -> bool:
        """True when nobody has checked this entry in the last 12 months (or ever)."""
        if self.last_verified is None:
            return True
        return (today or date.today()) - self.last_verified > STALE_AFTER

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["last_verified"] = self.last_verified.isoformat() if self.last_verified else None
        data.pop("extra")
        return data

    def contact_text(self) -> str:
        """The contact details on one line each, for copying to the clipboard."""
        from peerdesk.core.resources.texts import human, phone_line, text_code_line

        lines = [self.name]
        note = human(" (number not checked)")
        lines += [phone_line(p.label, p.number) + ("" if p.checked else note) for p in self.phones]
        lines += [text_code_line(code.keyword, code.number) for code in self.text_codes]
        if self.website:
            lines.append(self.website)
        return "\n".join(lines)


def _text(data: dict[str, Any], key: str, *, required: bool = False, limit: int = 4000) -> str:
    value = data.get(key)
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInput(say("must be text"), field=key)
    value = value.strip()
    if required and not value:
        raise InvalidInput(say("is required"), field=key)
    if len(value) > limit:
        raise InvalidInput(say("is longer than {limit} characters", limit=limit), field=key)
    return value


def _text_list(data: dict[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key) or []
    if isinstance(value, str):
        value = [v for v in re.split(r"[;|]", value)]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInput(say("must be a list of text values"), field=key)
    seen: dict[str, None] = {}
    for item in value:
        if item.strip():
            seen.setdefault(item.strip(), None)
    return tuple(seen)


def _country(data: dict[str, Any]) -> str | None:
    value = _text(data, "country").upper()
    if not value:
        return None
    if value in ("UK",):
        value = "GB"  # the everyday spelling; ISO 3166 says GB
    if not _COUNTRY_RE.match(value):
        raise InvalidInput(
            say("{value!r} is not a two-letter country code (e.g. CA, GB)", value=value), "country"
        )
    return value


def _date(data: dict[str, Any], key: str, required: bool) -> date | None:
    value = data.get(key)
    if value in (None, ""):
        if required:
            raise InvalidInput(say("is required (the date someone last checked the entry)"), key)
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError as err:
        raise InvalidInput(
            say("{value!r} is not a date like 2026-11-25", value=value), field=key
        ) from err


def _dial(number: str, country: str | None, where: str, problems: Problems) -> tuple[str, bool]:
    """(dial, checked): a number that cannot be parsed is kept as written when lenient."""
    try:
        return check_number(number, country, where), True
    except InvalidInput as err:
        if problems is None:
            raise
        problems.append(err)
        return "", False


def _entries(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = data.get(key) or []
    if not isinstance(items, list):
        raise InvalidInput(say("must be a list"), field=key)
    out = []
    for i, item in enumerate(items):
        entry = {"number": item} if isinstance(item, str) else item
        if not isinstance(entry, dict):
            raise InvalidInput(say("must be a number or an object"), field=f"{key}[{i}]")
        out.append(entry)
    return out


def _phones(data: dict[str, Any], country: str | None, problems: Problems) -> tuple[Phone, ...]:
    phones = []
    for i, entry in enumerate(_entries(data, "phones")):
        number = _text(entry, "number", required=True, limit=60)
        dial, ok = _dial(number, country, f"phones[{i}].number", problems)
        phones.append(Phone(number, dial, _text(entry, "label", limit=80), ok))
    return tuple(phones)


def _text_codes(
    data: dict[str, Any], country: str | None, problems: Problems
) -> tuple[TextCode, ...]:
    codes = []
    for i, entry in enumerate(_entries(data, "text_codes")):
        number = _text(entry, "number", required=True, limit=60)
        dial, ok = _dial(number, country, f"text_codes[{i}].number", problems)
        keyword = _text(entry, "keyword", limit=40)
        codes.append(TextCode(number, dial, keyword, _text(entry, "label", limit=80), ok))
    return tuple(codes)


def _details(data: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    raw = data.get("details") or {}
    pairs = raw.items() if isinstance(raw, dict) else raw
    found: dict[str, str] = {}
    for item in pairs:
        if not (isinstance(item, list | tuple) and len(item) == 2):
            raise InvalidInput(say("must map a detail name to its text"), field="details")
        key, text = str(item[0]), str(item[1] or "").strip()
        if key not in DETAIL_KEYS:
            raise InvalidInput(
                say("{key!r} is not one of {items}", key=key, items=", ".join(DETAIL_KEYS)),
                "details",
            )
        if text:
            found[key] = text[:4000]
    return tuple((key, found[key]) for key in DETAIL_KEYS if key in found)


def _opening(data: dict[str, Any]) -> tuple[tuple[str, str, str], ...]:
    out = []
    for item in data.get("opening") or []:
        if not (isinstance(item, list | tuple) and len(item) == 3):
            raise InvalidInput(say("must be [day, opens, closes]"), field="opening")
        day, opens, closes = (str(x) for x in item)
        if day not in WEEKDAYS or not (_TIME_RE.match(opens) and _TIME_RE.match(closes)):
            raise InvalidInput(
                say("{item!r} is not like ['MO', '09:00', '17:00']", item=item), "opening"
            )
        out.append((day, opens, closes))
    return tuple(out)


def _choices(data: dict[str, Any], key: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    values = tuple(v.lower() for v in _text_list(data, key))
    for value in values:
        if value not in allowed:
            raise InvalidInput(
                say("{value!r} is not one of {items}", value=value, items=", ".join(allowed)),
                field=key,
            )
    return values


def _languages(data: dict[str, Any]) -> tuple[str, ...]:
    values = _text_list(data, "languages")
    for value in values:
        if not _LANG_RE.match(value):
            raise InvalidInput(
                say("{value!r} is not a language code such as en, fr, mi", value=value), "languages"
            )
    return values


def _bool(value: Any, key: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in ("", "0", "no", "false", "n"):
        return False
    if text in ("1", "yes", "true", "y"):
        return True
    raise InvalidInput(say("{value!r} is not yes or no", value=value), field=key)


def _lenient(read: Callable[[], T], default: T, problems: Problems) -> T:
    """A field's value; when lenient, a bad value is left out and the reason kept instead."""
    try:
        return read()
    except InvalidInput as err:
        if problems is None:
            raise
        problems.append(err)
        return default


def resource_from_dict(data: dict[str, Any], origin: str, problems: Problems = None) -> Resource:
    """Validate a plain mapping (shipped JSON, normalised import, user form) into a Resource.

    With a `problems` list, numbers that cannot be parsed are kept as written (unchecked)
    and the reason is appended, instead of rejecting the whole entry.
    """
    if origin not in ORIGINS:
        raise InvalidInput(
            say("{origin!r} is not one of {items}", origin=origin, items=", ".join(ORIGINS)),
            field="origin",
        )
    rid = _text(data, "id", required=True, limit=128)
    if not _ID_RE.match(rid):
        raise InvalidInput(
            say("{rid!r} may only hold letters, digits and . _ : / -", rid=rid), field="id"
        )
    country = _country(data)
    website = _text(data, "website", limit=500)
    if website and not re.match(r"^https?://\S+$", website):
        raise InvalidInput(
            say("{website!r} must start with http:// or https://", website=website), field="website"
        )
    resource = Resource(
        id=rid,
        name=_text(data, "name", required=True, limit=300),
        origin=origin,
        organisation=_text(data, "organisation", limit=300),
        description=_text(data, "description", limit=4000),
        categories=tuple(c.lower() for c in _text_list(data, "categories")),
        country=country,
        region=_text(data, "region", limit=100),
        phones=_phones(data, country, problems),
        text_codes=_text_codes(data, country, problems),
        hours=_text(data, "hours", limit=300),
        open_24_7=_bool(data.get("open_24_7"), "open_24_7"),
        languages=_lenient(lambda: _languages(data), (), problems),
        channels=_lenient(lambda: _choices(data, "channels", CHANNELS), (), problems),
        website=website,
        source=_text(data, "source", required=origin == "shipped", limit=500),
        last_verified=_lenient(
            lambda: _date(data, "last_verified", required=origin == "shipped"), None, problems
        ),
        details=_details(data),
        opening=_opening(data),
        changed_by=_text(data, "changed_by", limit=500),
    )
    # Imported services may only give an address or an email; they are still worth finding.
    if origin != "imported" and not (resource.phones or resource.text_codes or resource.website):
        raise InvalidInput(say("needs at least one phone number, text code or website"), "phones")
    return resource


def resource_from_stored(data: dict[str, Any]) -> Resource:
    """Rebuild a Resource from `to_dict()` output that was validated when it was stored."""
    verified = data.get("last_verified")
    return Resource(
        id=data["id"],
        name=data["name"],
        origin=data["origin"],
        organisation=data.get("organisation", ""),
        description=data.get("description", ""),
        categories=tuple(data.get("categories", ())),
        country=data.get("country"),
        region=data.get("region", ""),
        phones=tuple(Phone(**p) for p in data.get("phones", ())),
        text_codes=tuple(TextCode(**t) for t in data.get("text_codes", ())),
        hours=data.get("hours", ""),
        open_24_7=bool(data.get("open_24_7")),
        languages=tuple(data.get("languages", ())),
        channels=tuple(data.get("channels", ())),
        website=data.get("website", ""),
        source=data.get("source", ""),
        last_verified=date.fromisoformat(verified) if verified else None,
        details=tuple((k, v) for k, v in data.get("details", ())),
        opening=tuple((d, o, c) for d, o, c in data.get("opening", ())),
        changed_by=data.get("changed_by", ""),
    )
