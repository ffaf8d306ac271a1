"""Readable names for directory codes (countries, languages, channels) and the card's text."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QLocale

from peerdesk.core.resources.details import Rows, contact_rows, sections
from peerdesk.core.resources.entity import Resource
from peerdesk.ui.resources.countries import country_name

CHANNEL_LABELS = {
    "call": "Phone call",
    "text": "Text message",
    "chat": "Online chat",
    "web": "Website",
    "email": "Email",
    "in_person": "In person",
}
ORIGIN_LABELS = {
    "shipped": "Included with PeerDesk",
    "imported": "Imported from a file",
    "user": "Added by you",
}


def language_name(code: str) -> str:
    language = QLocale.codeToLanguage(code)
    if language in (QLocale.Language.AnyLanguage, QLocale.Language.C):
        return code
    return f"{QLocale.languageToString(language)} ({code})"


def channel_name(code: str) -> str:
    return CHANNEL_LABELS.get(code, code)


def stale_text(resource: Resource) -> str:
    if resource.last_verified is None:
        return "Possibly out of date: nobody has recorded when this entry was last checked."
    return (
        "Possibly out of date: last checked on "
        f"{resource.last_verified.isoformat()}, more than 12 months ago. "
        "Check the number before passing it on."
    )


def _row(label: str, value: str) -> str:
    cell = escape(value).replace("\n", "<br>")
    return f"<tr><th align='left' valign='top'>{escape(label)}</th><td>{cell}</td></tr>"


def _contact(resource: Resource) -> list[tuple[str, str]]:
    ways = ", ".join(channel_name(x) for x in resource.channels)
    return [(k, v) for k, v in [*contact_rows(resource), ("Ways to reach", ways)] if v]


def card_sections(resource: Resource, now: datetime | None = None) -> list[tuple[str, Rows]]:
    """The detail sections in their steady order; where the entry came from ends the last one."""
    r = resource
    place = ", ".join(x for x in (r.region, country_name(r.country) if r.country else "") if x)
    found = sections(r, now or datetime.now(), language_name, place)
    entry = ("Entry", ORIGIN_LABELS.get(r.origin, r.origin))
    return [(h, [*rows, entry] if h == "Source and date" else rows) for h, rows in found]


def card_rows(resource: Resource, now: datetime | None = None) -> list[tuple[str, str]]:
    """(label, plain text) for every field the entry has: contact first, then the sections."""
    rows = _contact(resource)
    for _, section in card_sections(resource, now):
        rows += section
    return rows


def card_html(resource: Resource, now: datetime | None = None) -> str:
    """The card as rich text in palette colours only; the out-of-date flag is a label above.

    Contact details come first, then the sections in one steady order (see core details.py).
    """
    head = f"<h3>{escape(resource.name)}</h3>"
    if resource.organisation and resource.organisation != resource.name:
        head += f"<p>{escape(resource.organisation)}</p>"
    if resource.changed_by:
        head += f"<p><b>{escape(resource.changed_by)}</b></p>"
    body = f"<table cellpadding='3'>{''.join(_row(k, v) for k, v in _contact(resource))}</table>"
    for heading, rows in card_sections(resource, now):
        body += f"<h4>{escape(heading)}</h4><table cellpadding='3'>"
        body += "".join(_row(k, v) for k, v in rows) + "</table>"
    return head + body
