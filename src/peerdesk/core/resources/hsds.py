"""Open Referral HSDS: one nested service object (3.x JSON shape) to a PeerDesk Resource."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say
from peerdesk.core.resources.entity import resource_from_dict
from peerdesk.core.resources.hsds_details import service_details
from peerdesk.core.resources.phones import NoCountry
from peerdesk.core.resources.reading import decode
from peerdesk.core.resources.report import ImportReport

Where = tuple[str, int | None]  # (file, row) a value came from, for row-level errors
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
_DAY_NAMES = {d.lower(): d for d in DAYS} | {
    name: DAYS[i]
    for i, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue"),
            ("wednesday", "wed"),
            ("thursday", "thu"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
_COUNTRY_NAMES = {
    "united states": "US", "usa": "US", "united states of america": "US", "canada": "CA",
    "united kingdom": "GB", "uk": "GB", "ireland": "IE", "australia": "AU", "new zealand": "NZ",
}  # fmt: skip
_TEXT_TYPES = {"sms", "text", "textphone_sms"}
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def country_code(value: str) -> str | None:
    text = (value or "").strip()
    if re.fullmatch(r"[A-Za-z]{2}", text):
        return "GB" if text.upper() == "UK" else text.upper()
    return _COUNTRY_NAMES.get(text.lower())


def _day(value: str) -> str | None:
    text = str(value).strip().lower()
    if text.isdigit() and 1 <= int(text) <= 7:
        return DAYS[int(text) - 1]  # HSDS 1.x: 1 = Monday
    return _DAY_NAMES.get(text)


def _hours(schedules: list[dict[str, Any]]) -> tuple[str, bool, list[tuple[str, str, str]]]:
    """A short 'MO 09:00-17:00; …' text, whether it covers every hour, and the weekly slots."""
    parts: list[str] = []
    covered: set[str] = set()
    slots: list[tuple[str, str, str]] = []
    for item in schedules:
        raw = re.split(r"[,\s]+", str(item.get("byday") or item.get("weekday") or ""))
        days = [d for d in map(_day, raw) if d is not None]
        if not days and str(item.get("freq") or "").upper() == "DAILY":
            days = list(DAYS)
        opens, closes = str(item.get("opens_at") or "")[:5], str(item.get("closes_at") or "")[:5]
        if opens == "00:00" and closes in ("23:59", "24:00", "00:00"):
            covered.update(days)
        if days and opens:
            parts.append(f"{','.join(days)} {opens}-{closes}")
            if _TIME.match(opens) and _TIME.match(closes):
                slots += [(day, opens, closes) for day in days]
        elif item.get("description"):
            parts.append(str(item["description"])[:120])
    text = "; ".join(parts)[:300]
    always = covered >= set(DAYS) or bool(re.search(r"24\s*/\s*7|24 hours", text, re.I))
    return text, always, slots


def _unknown_days(service: dict[str, Any]) -> list[str]:
    """Day codes in the schedules that are not a weekday (left out of the hours)."""
    out = []
    for item in service.get("schedules") or []:
        for raw in re.split(r"[,\s]+", str(item.get("byday") or item.get("weekday") or "")):
            if raw and _day(raw) is None:
                out.append(f"day {raw!r}")
    return out


def _location_fields(
    service: dict[str, Any], default_country: str | None
) -> tuple[str | None, str]:
    for link in service.get("service_at_locations") or []:
        location = (link or {}).get("location") or {}
        for address in location.get("addresses") or location.get("physical_addresses") or []:
            country = country_code(str(address.get("country") or ""))
            region = str(address.get("state_province") or address.get("region") or "")
            if country or region:
                return country or default_country, region
    return default_country, ""


def _region_from_areas(service: dict[str, Any]) -> str:
    names = [
        str(a.get("name") or a.get("service_area") or "")
        for a in service.get("service_areas") or []
    ]
    names = [n for n in names if len(n) <= 60]  # a sentence is a description, not a place name
    return ", ".join(n for n in names if n)[:100]


def _contacts(service: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    phones: list[dict[str, Any]] = []
    texts: list[dict[str, Any]] = []
    org_phones = (service.get("organization") or {}).get("phones") or []
    for phone in service.get("phones") or org_phones:
        entry = {
            # Stray quotes around a number (seen in published examples) are not part of it.
            "number": str(phone.get("number") or "").strip().strip("\"'").strip(),
            "label": str(phone.get("type") or "")[:80],
        }
        entry["_where"] = phone.get("_where")
        kind = str(phone.get("type") or "").lower()
        (texts if kind in _TEXT_TYPES else phones).append(entry)
    return phones, texts


def service_to_dict(
    service: dict[str, Any], source: str, default_country: str | None
) -> dict[str, Any]:
    """Map one HSDS service (3.x nested shape; tabular data is assembled into it) to our fields."""
    org = service.get("organization") or {}
    country, region = _location_fields(service, default_country)
    phones, texts = _contacts(service)
    hours, always, slots = _hours(service.get("schedules") or [])
    terms = [(a.get("taxonomy_term") or {}) for a in service.get("attributes") or []]
    languages = [
        str(x.get("code") or x.get("name") or x.get("language") or "")
        for x in service.get("languages") or []
    ]
    channels = (["call"] if phones else []) + (["text"] if texts else [])
    website = str(service.get("url") or org.get("website") or org.get("url") or "")
    verified = str(service.get("assured_date") or service.get("last_modified") or "")[:10]
    return {
        "id": str(service.get("id") or ""),
        "name": str(service.get("name") or ""),
        "organisation": str(org.get("name") or ""),
        "description": str(service.get("description") or "")[:4000],
        "categories": [str(t.get("name") or t.get("term") or "") for t in terms],
        "country": country or "",
        "region": region or _region_from_areas(service),
        "phones": phones,
        "text_codes": texts,
        "hours": hours,
        "open_24_7": always,
        "languages": [lang.lower() for lang in languages if re.fullmatch(r"[A-Za-z]{2,3}", lang)],
        "_unknown": [
            f"language {lang!r}"
            for lang in languages
            if lang and not re.fullmatch(r"[A-Za-z]{2,3}", lang)
        ]
        + _unknown_days(service),
        "channels": channels + (["web"] if website else []),
        "website": website if website.startswith(("http://", "https://")) else "",
        "source": source,
        "last_verified": verified if _is_date(verified) else None,
        "details": service_details(service),
        "opening": slots,
    }


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def add_service(
    report: ImportReport, service: dict[str, Any], where: Where, default_country: str | None
) -> None:
    """Validate one service into the report; a bad row is skipped and listed, never fatal."""
    data = service_to_dict(service, f"Imported from {report.source}", default_country)
    problems: list[InvalidInput] = []
    try:
        resource = resource_from_dict(data, "imported", problems)
    except InvalidInput as err:
        file, row = where
        message = say("{message}; this service was skipped", message=_message(err))
        report.skip(file, row, err.field, message)
        return
    for code in data.get("_unknown", []):
        report.warn(*where, None, say("unknown {code}; left out", code=code))
    raw_date = str(service.get("assured_date") or service.get("last_modified") or "")[:10]
    if raw_date and not _is_date(raw_date):
        report.warn(*where, "assured_date", say("{raw!r} is not a date; left out", raw=raw_date))
    for problem in problems:
        file, row = _where_of(data, problem, where)
        message = _message(problem)
        if not re.match(r"(phones|text_codes)\[", problem.field or ""):
            report.warn(file, row, problem.field, say("{message}; left out", message=message))
            continue
        if isinstance(problem, NoCountry):
            message = say(
                "{number!r} does not say its country (choose a default country for such numbers)",
                number=problem.number,
            )
        message = say("{message}; kept as written, marked unchecked", message=message)
        report.warn(file, row, "number", message)
    report.resources.append(resource)


def _message(err: InvalidInput) -> str:
    return err.detail


def _where_of(data: dict[str, Any], err: InvalidInput, where: Where) -> Where:
    """The phones.csv row a number came from, when it came from one."""
    match = re.match(r"(phones|text_codes)\[(\d+)\]", err.field or "")
    if match:
        found = data[match.group(1)][int(match.group(2))].get("_where")
        if found:
            return (str(found[0]), found[1])
    return where


def _items(parsed: Any) -> list[Any]:
    if isinstance(parsed, dict) and isinstance(parsed.get("contents"), list):
        return list(parsed["contents"])  # an HSDS API page
    return parsed if isinstance(parsed, list) else [parsed]


def import_json(data: bytes, name: str, report: ImportReport, default_country: str | None) -> None:
    """HSDS JSON: one service object, a list of them, or an API page {"contents": [...]}."""
    report.kind = report.kind or "hsds-json"
    text = decode(data, name, report)
    if text is None:
        return
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as err:
        report.error(name, err.lineno, None, say("is not valid JSON ({msg})", msg=err.msg))
        return
    items = _items(parsed)
    report.table_rows[name] = len(items)
    seen = {r.id for r in report.resources}
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict) or ("name" not in item and "id" not in item):
            report.skip(name, index, None, say("is not a service object; skipped"))
            continue
        if str(item.get("id")) in seen:
            report.skip(
                name, index, "id", say("{value!r} appears twice; skipped", value=item.get("id"))
            )
            continue
        seen.add(str(item.get("id")))
        add_service(report, item, (name, index), default_country)
