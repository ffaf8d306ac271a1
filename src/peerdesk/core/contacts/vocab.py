"""Codes of the contact record and their plain labels (code -> label), plus default topics."""

from __future__ import annotations

import re
from collections.abc import Mapping

CHANNELS: dict[str, str] = {
    "in_person": "In person",
    "phone": "Phone",
    "video": "Video",
    "text_chat": "Text / chat",
    "email": "E-mail",
}

KINDS: dict[str, str] = {
    "one_to_one": "One-to-one",
    "follow_up": "Follow-up",
    "defusing": "Defusing",
    "group_debrief": "Group debrief",
    "on_scene": "On-scene support",
    "demobilisation": "Demobilisation",
    "family_support": "Family support",
    "education": "Education session",
}

# Kinds that may involve several people; only these may carry a group size (a count, never names).
GROUP_KINDS: frozenset[str] = frozenset(
    {"defusing", "group_debrief", "demobilisation", "education"}
)

STARTED_BY: dict[str, str] = {
    "they_reached_out": "They reached out",
    "supporter_checked_in": "I checked in",
    "referred": "Referred by someone",
    "after_incident": "After a critical incident",
}

RELATIONSHIPS: dict[str, str] = {
    "peer": "Peer",
    "supervisor": "Supervisor",
    "family_member": "Family member of a colleague",
    "other": "Other",
}

DEFAULT_TOPICS: dict[str, str] = {
    "work_stress": "Work stress",
    "workload_burnout": "Workload / burnout",
    "conflict": "Conflict",
    "grief_loss": "Grief / loss",
    "critical_incident": "Critical incident / trauma",
    "family_relationships": "Family / relationships",
    "health": "Health",
    "finances": "Finances",
    "substance_use": "Substance use",
    "isolation": "Isolation / loneliness",
    "discrimination_bias": "Discrimination / bias",
    "career": "Career",
    "other": "Other",
}

SIGNS: dict[str, str] = {
    "mood": "Change in mood",
    "behaviour": "Change in behaviour",
    "performance": "Change in performance",
    "appearance": "Change in appearance",
    "hopelessness": "Hopelessness",
    "guilt": "Guilt",
    "anger": "Anger",
    "anxiety": "Anxiety",
}

RISKS: dict[str, str] = {
    "none": "None",
    "some_concern": "Some concern",
    "escalated": "Escalated to coordinator or clinician",
    "emergency": "Emergency services",
}

# Choosing one of these shows the crisis resources and the "what to do now" checklist at once.
ESCALATED_RISKS: frozenset[str] = frozenset({"escalated", "emergency"})

REFERRAL_CATEGORIES: dict[str, str] = {
    "crisis_line": "Crisis line",
    "eap": "Employee assistance programme",
    "counselling": "Counselling",
    "medical": "Medical",
    "peer_team": "Peer support team",
    "community": "Community service",
    "other": "Other",
}

AFFECT_LABELS: dict[int, str] = {
    1: "Hardly at all",
    2: "A little",
    3: "Somewhat",
    4: "Quite a lot",
    5: "Very much",
}

RETENTION_CHOICES: tuple[int, ...] = (0, 6, 12, 24)  # months; 0 means notes are kept


def slugify(text: str) -> str:
    """'Text / chat' -> 'text_chat': the form a code takes when typed by a person."""
    return re.sub(r"[^a-z0-9]+", "_", text.strip().lower()).strip("_")


def lookup_code(mapping: Mapping[str, str], text: str) -> str | None:
    """Find the code for a code or label typed in any case; None when nothing matches."""
    wanted = slugify(text)
    if not wanted:
        return None
    for code, label in mapping.items():
        if wanted in (code, slugify(label)):
            return code
    return None
