"""The contact log's vocabulary in the window's language; stored codes never change language.

Core keeps the English label of each code (core/contacts/vocab.py, also what reports and
exports read); these tables give the same labels through the translator, keyed by code.
"""

from __future__ import annotations

from collections.abc import Mapping

from peerdesk.core.contacts import vocab
from peerdesk.ui.shared.i18n import translate


def channels() -> dict[str, str]:
    return {
        "in_person": translate("ContactVocab", "In person", "channel"),
        "phone": translate("ContactVocab", "Phone", "channel"),
        "video": translate("ContactVocab", "Video", "channel"),
        "text_chat": translate("ContactVocab", "Text / chat", "channel"),
        "email": translate("ContactVocab", "E-mail", "channel"),
    }


def kinds() -> dict[str, str]:
    return {
        "one_to_one": translate("ContactVocab", "One-to-one", "kind of support"),
        "follow_up": translate("ContactVocab", "Follow-up", "kind of support"),
        "defusing": translate("ContactVocab", "Defusing", "kind of support"),
        "group_debrief": translate("ContactVocab", "Group debrief", "kind of support"),
        "on_scene": translate("ContactVocab", "On-scene support", "kind of support"),
        "demobilisation": translate("ContactVocab", "Demobilisation", "kind of support"),
        "family_support": translate("ContactVocab", "Family support", "kind of support"),
        "education": translate("ContactVocab", "Education session", "kind of support"),
    }


def started_by() -> dict[str, str]:
    return {
        "they_reached_out": translate("ContactVocab", "They reached out"),
        "supporter_checked_in": translate("ContactVocab", "I checked in"),
        "referred": translate("ContactVocab", "Referred by someone"),
        "after_incident": translate("ContactVocab", "After a critical incident"),
    }


def relationships() -> dict[str, str]:
    return {
        "peer": translate("ContactVocab", "Peer", "who was supported"),
        "supervisor": translate("ContactVocab", "Supervisor", "who was supported"),
        "family_member": translate("ContactVocab", "Family member of a colleague"),
        "other": translate("ContactVocab", "Other", "who was supported"),
    }


def default_topics() -> dict[str, str]:
    return {
        "work_stress": translate("ContactVocab", "Work stress", "topic"),
        "workload_burnout": translate("ContactVocab", "Workload / burnout", "topic"),
        "conflict": translate("ContactVocab", "Conflict", "topic"),
        "grief_loss": translate("ContactVocab", "Grief / loss", "topic"),
        "critical_incident": translate("ContactVocab", "Critical incident / trauma", "topic"),
        "family_relationships": translate("ContactVocab", "Family / relationships", "topic"),
        "health": translate("ContactVocab", "Health", "topic"),
        "finances": translate("ContactVocab", "Finances", "topic"),
        "substance_use": translate("ContactVocab", "Substance use", "topic"),
        "isolation": translate("ContactVocab", "Isolation / loneliness", "topic"),
        "discrimination_bias": translate("ContactVocab", "Discrimination / bias", "topic"),
        "career": translate("ContactVocab", "Career", "topic"),
        "other": translate("ContactVocab", "Other", "topic"),
    }


def signs() -> dict[str, str]:
    return {
        "mood": translate("ContactVocab", "Change in mood"),
        "behaviour": translate("ContactVocab", "Change in behaviour"),
        "performance": translate("ContactVocab", "Change in performance"),
        "appearance": translate("ContactVocab", "Change in appearance"),
        "hopelessness": translate("ContactVocab", "Hopelessness"),
        "guilt": translate("ContactVocab", "Guilt"),
        "anger": translate("ContactVocab", "Anger"),
        "anxiety": translate("ContactVocab", "Anxiety"),
    }


def risks() -> dict[str, str]:
    return {
        "none": translate("ContactVocab", "None", "risk level"),
        "some_concern": translate("ContactVocab", "Some concern", "risk level"),
        "escalated": translate("ContactVocab", "Escalated to coordinator or clinician"),
        "emergency": translate("ContactVocab", "Emergency services", "risk level"),
    }


def referral_categories() -> dict[str, str]:
    return {
        "crisis_line": translate("ContactVocab", "Crisis line"),
        "eap": translate("ContactVocab", "Employee assistance programme"),
        "counselling": translate("ContactVocab", "Counselling"),
        "medical": translate("ContactVocab", "Medical"),
        "peer_team": translate("ContactVocab", "Peer support team"),
        "community": translate("ContactVocab", "Community service"),
        "other": translate("ContactVocab", "Other", "kind of referral"),
    }


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
        "channel": translate("ContactForm", "Channel"),
        "kind": translate("ContactForm", "Kind of support"),
        "group_size": translate("ContactForm", "Group size"),
        "started_by": translate("ContactForm", "How it started"),
        "relationship": translate("ContactForm", "Relationship"),
        "topics": translate("ContactForm", "Topics"),
        "topic": translate("ContactForm", "Topic"),
        "signs": translate("ContactForm", "Signs of distress"),
        "risk": translate("ContactForm", "Risk level"),
        "referrals": translate("ContactForm", "Referrals"),
        "incident_ref": translate("ContactForm", "Incident or call number"),
        "followup_due": translate("ContactForm", "Follow-up date"),
        "affect": translate("ContactForm", "How it affected me"),
        "note": translate("ContactForm", "Note"),
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
