"""Open Referral HSDS: one nested service object (3.x JSON shape) to a PeerDesk Resource."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from peerdesk.core.errors import InvalidInput
from peerdesk.core.resources.entity import resource_from_dict
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


def _hours(schedules: list[dict[str, Any]]) -> tuple[str, bool]:
    """A short 'MO 09:00-17:00; …' text, and whether the schedules cover every hour of the week."""
    parts: list[str] = []
    covered: set[str] = set()
    for item in schedules:
        raw = re.split(r"[,\s]+", str(item.get("byday") or item.get("weekday") or ""))
        days = [d for d in map(_day, raw) if d is not None]
        if not days and str(item.get("freq") or "").upper() == "DAILY":
            days = list(DAYS)
        opens, closes = str(item.get("opens_at") or ""), str(item.get("closes_at") or "")
        if opens[:5] == "00:00" and closes[:5] in ("23:59", "24:00", "00:00"):
            covered.update(days)
        if days and opens:
            parts.append(f"{','.join(days)} {opens[:5]}-{closes[:5]}")
        elif item.get("description"):
            parts.append(str(item["description"])[:120])
    text = "; ".join(parts)[:300]
    always = covered >= set(DAYS) or bool(re.search(r"24\s*/\s*7|24 hours", text, re.I))
    return text, always


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
    return ", ".join(n for n in names if n)[:100]


def _contacts(service: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    phones: list[dict[str, Any]] = []
    texts: list[dict[str, Any]] = []
    org_phones = (service.get("organization") or {}).get("phones") or []
    for phone in service.get("phones") or org_phones:
        entry = {
            "number": str(phone.get("number") or ""),
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
    hours, always = _hours(service.get("schedules") or [])
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
        "channels": channels + (["web"] if website else []),
        "website": website if website.startswith(("http://", "https://")) else "",
        "source": source,
        "last_verified": verified if _is_date(verified) else None,
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
    """Validate one service into the report, pointing errors at the file, row and column."""
    data = service_to_dict(service, f"Imported from {report.source}", default_country)
    try:
        report.resources.append(resource_from_dict(data, "imported"))
    except InvalidInput as err:
        file, row, column = *where, err.field
        match = re.match(r"(phones|text_codes)\[(\d+)\]", err.field or "")
        if match:
            phone_where = data[match.group(1)][int(match.group(2))].get("_where")
            if phone_where:
                file, row = phone_where
            column = "number"
        message = err.message.split(": ", 1)[1] if err.field else err.message
        report.error(file, row, column, message)


def import_json(data: bytes, name: str, report: ImportReport, default_country: str | None) -> None:
    """HSDS JSON: one service object, a list of them, or an API page {"contents": [...]}."""
    report.kind = "hsds-json"
    text = decode(data, name, report)
    if text is None:
        return
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as err:
        report.error(name, err.lineno, None, f"is not valid JSON ({err.msg})")
        return
    if isinstance(parsed, dict) and isinstance(parsed.get("contents"), list):
        parsed = parsed["contents"]
    items = parsed if isinstance(parsed, list) else [parsed]
    report.table_rows["services"] = len(items)
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            report.error(name, index, None, "item is not a service object")
            continue
        add_service(report, item, (name, index), default_country)
