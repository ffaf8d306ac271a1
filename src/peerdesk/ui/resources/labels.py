"""Readable names for directory codes (countries, languages, channels) and the card's text."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale

from peerdesk.core.resources.entity import Resource

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


def country_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return f"{QLocale.territoryToString(territory)} ({code})"


def language_name(code: str) -> str:
    language = QLocale.codeToLanguage(code)
    if language in (QLocale.Language.AnyLanguage, QLocale.Language.C):
        return code
    return f"{QLocale.languageToString(language)} ({code})"


def channel_name(code: str) -> str:
    return CHANNEL_LABELS.get(code, code)


def guess_country(locale: QLocale | None = None) -> str | None:
    """The two-letter country of the system locale (en_NZ → NZ), or None if it has none."""
    name = (locale or QLocale.system()).name()
    _, _, code = name.partition("_")
    return code.upper() if len(code) == 2 and code.isalpha() else None


def stale_text(resource: Resource) -> str:
    if resource.last_verified is None:
        return "Possibly out of date: nobody has recorded when this entry was last checked."
    return (
        "Possibly out of date: last checked on "
        f"{resource.last_verified.isoformat()}, more than 12 months ago. "
        "Check the number before passing it on."
    )


def _row(label: str, value: str) -> str:
    return f"<tr><th align='left' valign='top'>{escape(label)}</th><td>{value}</td></tr>"


def _lines(values: list[str]) -> str:
    return "<br>".join(escape(v) for v in values)


def card_rows(resource: Resource) -> list[tuple[str, str]]:
    """(label, html) for every field the entry has; every value is escaped."""
    r = resource
    texts = [f"Text {c.keyword + ' to ' if c.keyword else ''}{c.number}" for c in r.text_codes]
    where = ", ".join(x for x in (r.region, country_name(r.country) if r.country else "") if x)
    verified = r.last_verified.isoformat() if r.last_verified else "Not recorded"
    rows = [
        ("Phone", _lines([f"{p.label or 'Call'}: {p.number}" for p in r.phones])),
        ("Text", _lines(texts)),
        ("Hours", escape("Open 24 hours, 7 days a week" if r.open_24_7 and not r.hours
                         else r.hours)),
        ("Languages", escape(", ".join(language_name(x) for x in r.languages))),
        ("Ways to reach", escape(", ".join(channel_name(x) for x in r.channels))),
        ("Website", escape(r.website)),
        ("Where", escape(where)),
        ("Categories", escape(", ".join(r.categories))),
        ("Source", escape(r.source)),
        ("Entry", escape(ORIGIN_LABELS.get(r.origin, r.origin))),
        ("Last verified", escape(verified)),
    ]  # fmt: skip
    return [(label, value) for label, value in rows if value]


def card_html(resource: Resource) -> str:
    """The card as rich text in palette colours only; the out-of-date flag is a label above."""
    head = f"<h3>{escape(resource.name)}</h3>"
    if resource.organisation and resource.organisation != resource.name:
        head += f"<p>{escape(resource.organisation)}</p>"
    table = "".join(_row(label, value) for label, value in card_rows(resource))
    body = f"<table cellpadding='3'>{table}</table>"
    if resource.description:
        body += f"<p>{escape(resource.description)}</p>"
    return head + body
