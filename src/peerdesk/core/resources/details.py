"""The detail pane's content in one steady order, and whether a service is open right now."""

from __future__ import annotations

from datetime import datetime

from peerdesk.core.resources.entity import WEEKDAYS, Resource

Rows = list[tuple[str, str]]  # (label, plain text); the window escapes it
UNCHECKED = " (not checked: shown as written in the source)"


def open_now(resource: Resource, now: datetime) -> bool | None:
    """True/False from the weekly hours by this computer's clock; None when hours do not say."""
    if resource.open_24_7:
        return True
    if not resource.opening:
        return None
    day, minute = WEEKDAYS[now.weekday()], now.strftime("%H:%M")
    yesterday = WEEKDAYS[(now.weekday() - 1) % 7]
    for slot_day, opens, closes in resource.opening:
        overnight = closes <= opens  # e.g. 18:00-02:00 runs past midnight
        if slot_day == day and opens <= minute and (overnight or minute < closes):
            return True
        if overnight and slot_day == yesterday and minute < closes:
            return True
    return False


def contact_rows(resource: Resource) -> Rows:
    r = resource
    phones = [f"{p.label or 'Call'}: {p.number}{'' if p.checked else UNCHECKED}" for p in r.phones]
    texts = [
        f"Text {c.keyword + ' to ' if c.keyword else ''}{c.number}{'' if c.checked else UNCHECKED}"
        for c in r.text_codes
    ]
    return [("Phone", "\n".join(phones)), ("Text", "\n".join(texts)), ("Website", r.website)]


def _when(resource: Resource, now: datetime) -> Rows:
    r = resource
    hours = "Open 24 hours, 7 days a week" if r.open_24_7 and not r.hours else r.hours
    state = open_now(r, now)
    status = "" if state is None else ("Open now" if state else "Closed now")
    if status and not r.open_24_7:
        status += " (by this computer's clock and the listed weekly hours)"
    return [("Hours", hours), ("Right now", status), ("About the hours", r.detail("hours_note")),
            ("Holidays", r.detail("holidays"))]  # fmt: skip


def sections(
    resource: Resource, now: datetime, language_name: object = str, place: str = ""
) -> list[tuple[str, Rows]]:
    """(heading, rows) in the order a supporter checks before referring; empty rows dropped.

    What it is, who it is for, cost, how to apply, when it is open, languages, accessibility,
    where, then source and date. `language_name` turns a code into a name; `place` names the
    region and country as the window shows them.
    """
    r, name = resource, language_name if callable(language_name) else str
    groups: list[tuple[str, Rows]] = [
        ("Please note", [("Notice", r.detail("alert"))]),
        ("What it is", [("About", r.description), ("Categories", ", ".join(r.categories))]),
        ("Who it is for", [("Eligibility", r.detail("eligibility")), ("Ages", r.detail("ages")),
                           ("Documents to bring", r.detail("required_documents"))]),
        ("Cost", [("Fees", r.detail("fees")), ("Payment accepted", r.detail("payments"))]),
        ("How to apply", [("How to apply", r.detail("application")),
                          ("Waiting time", r.detail("wait_time")), ("Email", r.detail("email"))]),
        ("When it is open", _when(r, now)),
        ("Languages", [("Languages", ", ".join(str(name(x)) for x in r.languages)),
                       ("Interpreting", r.detail("interpretation"))]),
        ("Accessibility", [("Access", r.detail("accessibility"))]),
        ("Where", [("Address", r.detail("address")), ("Area", place),
                   ("Service area", r.detail("service_area"))]),
        ("Source and date", [("Changed", r.changed_by), ("Source", r.source),
                             ("Last verified", r.last_verified.isoformat() if r.last_verified
                              else "Not recorded"),
                             ("Funding", r.detail("funding")),
                             ("Accreditations", r.detail("accreditations"))]),
    ]  # fmt: skip
    out = []
    for heading, rows in groups:
        kept = [(label, value) for label, value in rows if value]
        if kept:
            out.append((heading, kept))
    return out
