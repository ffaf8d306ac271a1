"""What a supporter checks before referring: HSDS eligibility, cost, how to apply, access, where."""

from __future__ import annotations

import re
from typing import Any

Service = dict[str, Any]
_PLACEHOLDERS = {"fees", "fees_description", "wait_time", "licences", "licenses", "extent"}


def _clean(value: Any) -> str:
    """One value as plain text; a column name given as its own value (seen in examples) is empty."""
    if value is None or isinstance(value, dict | list):
        return ""
    text = re.sub(r"<[^>]{1,40}>", " ", str(value))  # some 1.x data holds bits of HTML lists
    text = re.sub(r"\s+", " ", text).strip()
    return "" if text.lower() in _PLACEHOLDERS else text


def _join(parts: list[str], sep: str = "; ") -> str:
    seen: dict[str, None] = {}
    for part in parts:
        if part:
            seen.setdefault(part, None)
    return sep.join(seen)


def _rows(service: Service, key: str) -> list[dict[str, Any]]:
    value = service.get(key) or []
    return [row for row in value if isinstance(row, dict)] if isinstance(value, list) else []


def _locations(service: Service) -> list[dict[str, Any]]:
    out = []
    for link in _rows(service, "service_at_locations"):
        location = link.get("location")
        if isinstance(location, dict):
            out.append(location)
    return out


def _ages(service: Service) -> str:
    low, high = _clean(service.get("minimum_age")), _clean(service.get("maximum_age"))
    if low and high:
        return f"Ages {low} to {high}"
    if low:
        return f"Ages {low} and over"
    return f"Up to age {high}" if high else ""


def _costs(service: Service) -> str:
    parts = [_clean(service.get("fees_description")), _clean(service.get("fees"))]
    for row in _rows(service, "cost_options"):
        amount = _clean(row.get("amount"))
        currency = _clean(row.get("currency")).upper()
        price = " ".join(p for p in (amount, currency, _clean(row.get("amount_description"))) if p)
        label = _clean(row.get("option"))
        parts.append(f"{label}: {price}" if label and price else label or price)
    return _join(parts)


def _accessibility(service: Service) -> str:
    parts = []
    for location in _locations(service):
        for row in _rows(location, "accessibility") + _rows(
            location, "accessibility_for_disabilities"
        ):
            kind = _clean(row.get("accessibility")).replace("_", " ")
            parts += [kind, _clean(row.get("description")), _clean(row.get("details"))]
    return _join(parts)


def _address(service: Service) -> str:
    lines = []
    for location in _locations(service):
        for row in _rows(location, "addresses"):
            if (
                _clean(row.get("address_type")).lower() == "postal"
                and len(_rows(location, "addresses")) > 1
            ):
                continue  # a postal address is where letters go, not where people go
            keys = ("address_1", "address_2", "address_3", "address_4", "city",
                    "state_province", "postal_code", "country")  # fmt: skip
            line = ", ".join(v for v in (_clean(row.get(k)) for k in keys) if v)
            lines.append(
                f"{_clean(location.get('name'))}: {line}" if location.get("name") else line
            )
    return _join(lines)


def _holidays(service: Service) -> str:
    parts = []
    for row in _rows(service, "holiday_schedules"):
        start, end = _clean(row.get("start_date")), _clean(row.get("end_date"))
        span = f"{start} to {end}" if end and end != start else start
        if _clean(row.get("closed")).lower() in ("true", "1", "yes"):
            parts.append(f"Closed {span}")
        elif span:
            opens, closes = _clean(row.get("opens_at"))[:5], _clean(row.get("closes_at"))[:5]
            parts.append(f"{span}: {opens}-{closes}")
    return _join(parts)


def _schedule_notes(service: Service) -> str:
    parts = []
    for row in _rows(service, "schedules"):
        parts += [_clean(row.get(k)) for k in ("description", "attending_type", "notes")]
    return _join(parts, " ")


def _funding(service: Service) -> str:
    org = service.get("organization") or {}
    rows = _rows(service, "funding") or (_rows(org, "funding") if isinstance(org, dict) else [])
    return _join([_clean(row.get("source")) for row in rows])


def service_details(service: Service) -> dict[str, str]:
    """The detail texts PeerDesk keeps for one service (keys are entity.DETAIL_KEYS)."""
    eligibility = [_clean(service.get("eligibility_description"))]
    eligibility += [_clean(r.get("eligibility")) for r in _rows(service, "eligibility")]
    payments = [_clean(r.get("payment")) for r in _rows(service, "payments_accepted")]
    documents = [_clean(r.get("document")) for r in _rows(service, "required_documents")]
    areas = [
        _clean(a.get("description")) or _clean(a.get("name")) or _clean(a.get("service_area"))
        for a in _rows(service, "service_areas")
    ]
    details = {
        "alert": _clean(service.get("alert")),
        "eligibility": _join(eligibility),
        "ages": _ages(service),
        "required_documents": _join(documents),
        "fees": _costs(service),
        "payments": _join(payments, ", "),
        "application": _clean(service.get("application_process")),
        "wait_time": _clean(service.get("wait_time")),
        "hours_note": _schedule_notes(service),
        "holidays": _holidays(service),
        "interpretation": _clean(service.get("interpretation_services")),
        "accessibility": _accessibility(service),
        "address": _address(service),
        "service_area": _join(areas),
        "email": _clean(service.get("email")),
        "funding": _funding(service),
        "accreditations": _clean(service.get("accreditations")),
    }
    return {key: text[:4000] for key, text in details.items() if text}
