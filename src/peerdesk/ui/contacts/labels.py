"""The contact log's vocabulary in the window's language; stored codes never change language.

Core keeps the English label of each code (core/contacts/vocab.py, also what exports read) and
their French once, in the reports' table (core/reports/texts.py), which the PDF reads too: the
window shows the same words as the reports, keyed by code. Only the "how it affected me" scale,
which no report shows, is the window's own.
"""

from __future__ import annotations

from collections.abc import Mapping

from peerdesk.core.contacts import vocab
from peerdesk.core.reports.texts import human
from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate


def _named(table: Mapping[str, str]) -> dict[str, str]:
    """code -> core's label in the window's language (core's one table of these words)."""
    return {code: human(label) for code, label in table.items()}


def channels() -> dict[str, str]:
    return _named(vocab.CHANNELS)


def kinds() -> dict[str, str]:
    return _named(vocab.KINDS)


def started_by() -> dict[str, str]:
    return _named(vocab.STARTED_BY)


def relationships() -> dict[str, str]:
    return _named(vocab.RELATIONSHIPS)


def default_topics() -> dict[str, str]:
    return _named(vocab.DEFAULT_TOPICS)


def signs() -> dict[str, str]:
    return _named(vocab.SIGNS)


def risks() -> dict[str, str]:
    return _named(vocab.RISKS)


def referral_categories() -> dict[str, str]:
    return _named(vocab.REFERRAL_CATEGORIES)


def affect_labels() -> dict[int, str]:
    return {
        1: translate("ContactVocab", "Hardly at all", "how it affected me"),
        2: translate("ContactVocab", "A little", "how it affected me"),
        3: translate("ContactVocab", "Somewhat", "how it affected me"),
        4: translate("ContactVocab", "Quite a lot", "how it affected me"),
        5: translate("ContactVocab", "Very much", "how it affected me"),
    }


def field_labels() -> dict[str, str]:
    """Each field's name, to say which one a problem is about."""
    return {
        "when": translate("ContactForm", "Date and time"),
        "duration_min": translate("ContactForm", "Duration"),
        "channel": words.channel(),
        "kind": translate("ContactForm", "Kind of support"),
        "group_size": translate("ContactForm", "Group size"),
        "started_by": translate("ContactForm", "How it started"),
        "relationship": translate("ContactForm", "Relationship"),
        "topics": words.topics(),
        "topic": words.topic(),
        "signs": translate("ContactForm", "Signs of distress"),
        "risk": words.risk_level(),
        "referrals": words.referrals(),
        "incident_ref": translate("ContactForm", "Incident or call number"),
        "followup_due": translate("ContactForm", "Follow-up date"),
        "affect": translate("ContactForm", "How it affected me"),
        "note": words.note(),
        "contact": translate("ContactForm", "Contact"),
    }


def topic_labels(stored: Mapping[str, str]) -> dict[str, str]:
    """slug -> label to show: a built-in topic in the window's language unless the supporter
    renamed it (then their own words, as typed); topics they added stay as they wrote them."""
    built_in = default_topics()
    return {
        slug: built_in[slug] if vocab.DEFAULT_TOPICS.get(slug) == label else label
        for slug, label in stored.items()
    }
