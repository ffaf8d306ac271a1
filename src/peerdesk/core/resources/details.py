"""The detail pane's content in one steady order, and whether a service is open right now."""

from __future__ import annotations

from datetime import datetime

from peerdesk.core.resources.entity import WEEKDAYS, Resource
from peerdesk.core.resources.texts import human as h
from peerdesk.core.resources.texts import phone_line, text_code_line

Rows = list[tuple[str, str]]  # (label, plain text); the window escapes it
UNCHECKED = " (not checked: shown as written in the source)"  # English; h() gives the reader's


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
    unchecked = h(UNCHECKED)
    phones = [phone_line(p.label, p.number) + ("" if p.checked else unchecked) for p in r.phones]
    texts = [
        text_code_line(c.keyword, c.number) + ("" if c.checked else unchecked) for c in r.text_codes
    ]
    return [(h("Phone"), "\n".join(phones)), (h("Text"), "\n".join(texts)),
            (h("Website"), r.website)]  # fmt: skip


def _when(resource: Resource, now: datetime) -> Rows:
    r = resource
    hours = h("Open 24 hours, 7 days a week") if r.open_24_7 and not r.hours else r.hours
    state = open_now(r, now)
    status = "" if state is None else (h("Open now") if state else h("Closed now"))
    if status and not r.open_24_7:
        status += h(" (by this computer's clock and the listed weekly hours)")
    return [(h("Hours"), hours), (h("Right now"), status),
            (h("About the hours"), r.detail("hours_note")),
            (h("Holidays"), r.detail("holidays"))]  # fmt: skip


def sections(
    resource: Resource,
    now: datetime,
    language_name: object = str,
    place: str = "",
    category_name: object = str,
) -> list[tuple[str, Rows]]:
    """(heading, rows) in the order a supporter checks before referring; empty rows dropped.

    What it is, who it is for, cost, how to apply, when it is open, languages, accessibility,
    where, then source and date. `language_name` and `category_name` turn a code into a name;
    `place` names the region and country as the window shows them.
    """
    r, d = resource, resource.detail
    name = language_name if callable(language_name) else str
    need = category_name if callable(category_name) else str
    verified = r.last_verified.isoformat() if r.last_verified else h("Not recorded")
    groups: list[tuple[str, Rows]] = [
        (h("Please note"), [(h("Notice"), d("alert"))]),
        (h("What it is"), [(h("About"), r.description),
                           (h("Categories"), ", ".join(str(need(c)) for c in r.categories))]),
        (h("Who it is for"), [(h("Eligibility"), d("eligibility")), (h("Ages"), d("ages")),
                              (h("Documents to bring"), d("required_documents"))]),
        (h("Cost"), [(h("Fees"), d("fees")), (h("Payment accepted"), d("payments"))]),
        (h("How to apply"), [(h("How to apply"), d("application")),
                             (h("Waiting time"), d("wait_time")), (h("Email"), d("email"))]),
        (h("When it is open"), _when(r, now)),
        (h("Languages"), [(h("Languages"), ", ".join(str(name(x)) for x in r.languages)),
                          (h("Interpreting"), d("interpretation"))]),
        (h("Accessibility"), [(h("Access"), d("accessibility"))]),
        (h("Where"), [(h("Address"), d("address")), (h("Area"), place),
                      (h("Service area"), d("service_area"))]),
        (h("Source and date"), [(h("Changed"), r.changed_by), (h("Source"), r.source),
                                (h("Last verified"), verified), (h("Funding"), d("funding")),
                                (h("Accreditations"), d("accreditations"))]),
    ]  # fmt: skip
    out = []
    for heading, rows in groups:
        kept = [(label, value) for label, value in rows if value]
        if kept:
            out.append((heading, kept))
    return out
