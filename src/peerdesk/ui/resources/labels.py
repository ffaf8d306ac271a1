"""Readable names for directory codes (countries, languages, channels) and the card's text."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QLocale

from peerdesk.core.resources.details import Rows, contact_rows, sections
from peerdesk.core.resources.entity import Resource
from peerdesk.core.resources.texts import human
from peerdesk.ui.resources.countries import country_name
from peerdesk.ui.shared.i18n import translate


def channel_labels() -> dict[str, str]:
    return {
        "call": translate("DirectoryLabels", "Phone call"),
        "text": translate("DirectoryLabels", "Text message"),
        "chat": translate("DirectoryLabels", "Online chat"),
        "web": human("Website"),
        "email": human("Email"),
        "in_person": human("In person"),
    }


def origin_labels() -> dict[str, str]:
    return {
        "shipped": translate("DirectoryLabels", "Included with PeerDesk"),
        "imported": translate("DirectoryLabels", "Imported from a file"),
        "user": translate("DirectoryLabels", "Added by you"),
    }


def _language_names() -> dict[str, str]:
    """The languages the shipped directory lists; others get Qt's (English) name."""
    return {
        "en": translate("LanguageName", "English"),
        "fr": translate("LanguageName", "French"),
        "es": translate("LanguageName", "Spanish"),
        "ga": translate("LanguageName", "Irish"),
        "mi": translate("LanguageName", "Māori"),
        "cr": translate("LanguageName", "Cree"),
        "iu": translate("LanguageName", "Inuktitut"),
        "oj": translate("LanguageName", "Ojibwa"),
    }


def _category_names() -> dict[str, str]:
    """The needs the shipped directory uses; imported ones are shown as their file spells them."""
    return {
        "bereavement": translate("Category", "bereavement"),
        "counselling": translate("Category", "counselling"),
        "crisis": translate("Category", "crisis"),
        "disaster": translate("Category", "disaster"),
        "emergency": translate("Category", "emergency"),
        "emotional support": translate("Category", "emotional support"),
        "first responders": translate("Category", "first responders"),
        "health": translate("Category", "health"),
        "indigenous": translate("Category", "indigenous"),
        "mental health": translate("Category", "mental health"),
        "peer support": translate("Category", "peer support"),
        "police": translate("Category", "police"),
        "referral": translate("Category", "referral"),
        "self-harm": translate("Category", "self-harm"),
        "substance use": translate("Category", "substance use"),
        "suicide prevention": translate("Category", "suicide prevention"),
        "trauma": translate("Category", "trauma"),
        "urgent care": translate("Category", "urgent care"),
        "veterans": translate("Category", "veterans"),
        "youth": translate("Category", "youth"),
    }


def language_name(code: str) -> str:
    known = _language_names().get(code)
    if known:
        return (
            translate("LanguageName", "%1 (%2)", "a language and its code")
            .replace("%1", known)
            .replace("%2", code)
        )
    language = QLocale.codeToLanguage(code)
    if language in (QLocale.Language.AnyLanguage, QLocale.Language.C):
        return code
    return f"{QLocale.languageToString(language)} ({code})"


def category_name(code: str) -> str:
    return _category_names().get(code, code)


def channel_name(code: str) -> str:
    return channel_labels().get(code, code)


def stale_text(resource: Resource) -> str:
    if resource.last_verified is None:
        return translate(
            "DirectoryLabels",
            "Possibly out of date: nobody has recorded when this entry was last checked.",
        )
    text = translate(
        "DirectoryLabels",
        "Possibly out of date: last checked on %1, more than 12 months ago. Check the number "
        "before passing it on.",
    )
    return text.replace("%1", resource.last_verified.isoformat())


def _row(label: str, value: str) -> str:
    cell = escape(value).replace("\n", "<br>")
    return f"<tr><th align='left' valign='top'>{escape(label)}</th><td>{cell}</td></tr>"


def _contact(resource: Resource) -> list[tuple[str, str]]:
    ways = ", ".join(channel_name(x) for x in resource.channels)
    reach = translate("DirectoryLabels", "Ways to reach")
    return [(k, v) for k, v in [*contact_rows(resource), (reach, ways)] if v]


def card_sections(resource: Resource, now: datetime | None = None) -> list[tuple[str, Rows]]:
    """The detail sections in their steady order; where the entry came from ends the last one."""
    r = resource
    place = ", ".join(x for x in (r.region, country_name(r.country) if r.country else "") if x)
    found = sections(r, now or datetime.now(), language_name, place, category_name)
    entry = (
        translate("DirectoryLabels", "Entry", "where a directory entry comes from"),
        origin_labels().get(r.origin, r.origin),
    )
    last = human("Source and date")
    return [(h, [*rows, entry] if h == last else rows) for h, rows in found]


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
