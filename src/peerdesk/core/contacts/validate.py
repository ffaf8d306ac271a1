"""Checks a contact before it is stored; every problem names the field it concerns."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import Contact, Referral
from peerdesk.core.errors import InvalidInput

MAX_DURATION_MIN = 24 * 60
MAX_GROUP_SIZE = 1000
MAX_NOTE_CHARS = 20_000
MAX_INCIDENT_REF_CHARS = 64
MAX_REFERRAL_LABEL_CHARS = 200

Problem = tuple[str, str]  # (field, message)


def problems(contact: Contact, topics: Collection[str], now: datetime) -> list[Problem]:
    """Every problem of `contact`, in form order; empty when it may be stored."""
    found: list[Problem] = []
    found += _when_problems(contact, now)
    found += _code_problems(contact, topics)
    found += _number_problems(contact)
    found += _text_problems(contact)
    for index, referral in enumerate(contact.referrals):
        found += _referral_problems(referral, index)
    if _is_empty(contact):
        found.append(("contact", "nothing to log yet; choose a topic or write a short note"))
    return found


def validate(contact: Contact, topics: Collection[str], now: datetime) -> None:
    """Raise InvalidInput for the first problem, naming its field."""
    found = problems(contact, topics, now)
    if found:
        field, message = found[0]
        raise InvalidInput(message, field=field)


def _when_problems(contact: Contact, now: datetime) -> list[Problem]:
    if not isinstance(contact.when, datetime):
        return [("when", "a date and time is needed")]
    found: list[Problem] = []
    if contact.when.replace(second=0, microsecond=0) > now:
        found.append(("when", "the date and time are in the future"))
    due = contact.followup_due
    if due is not None and due < contact.when.date():
        found.append(("followup_due", "the follow-up date is before the contact"))
    return found


def _code_problems(contact: Contact, topics: Collection[str]) -> list[Problem]:
    found: list[Problem] = []
    for field, value, mapping in (
        ("channel", contact.channel, vocab.CHANNELS),
        ("kind", contact.kind, vocab.KINDS),
        ("started_by", contact.started_by, vocab.STARTED_BY),
        ("relationship", contact.relationship, vocab.RELATIONSHIPS),
        ("risk", contact.risk, vocab.RISKS),
    ):
        if value not in mapping:
            found.append((field, f"unknown value {value!r}"))
    found += [("topics", f"unknown topic {t!r}") for t in contact.topics if t not in topics]
    found += [("signs", f"unknown sign {s!r}") for s in contact.signs if s not in vocab.SIGNS]
    return found


def _number_problems(contact: Contact) -> list[Problem]:
    found: list[Problem] = []
    duration = contact.duration_min
    if not _is_int(duration) or not 1 <= duration <= MAX_DURATION_MIN:
        found.append(("duration_min", f"must be whole minutes from 1 to {MAX_DURATION_MIN}"))
    size = contact.group_size
    if size is not None:
        if contact.kind not in vocab.GROUP_KINDS:
            found.append(("group_size", "only group contacts have a group size"))
        elif not _is_int(size) or not 2 <= size <= MAX_GROUP_SIZE:
            found.append(("group_size", f"must be a count from 2 to {MAX_GROUP_SIZE}"))
    affect = contact.affect
    if affect is not None and (not _is_int(affect) or not 1 <= affect <= 5):
        found.append(("affect", "must be from 1 to 5"))
    return found


def _text_problems(contact: Contact) -> list[Problem]:
    found: list[Problem] = []
    if len(contact.note) > MAX_NOTE_CHARS:
        found.append(("note", f"is longer than {MAX_NOTE_CHARS} characters"))
    ref = contact.incident_ref
    if ref is not None and len(ref) > MAX_INCIDENT_REF_CHARS:
        found.append(("incident_ref", f"is longer than {MAX_INCIDENT_REF_CHARS} characters"))
    return found


def _referral_problems(referral: Referral, index: int) -> list[Problem]:
    field = f"referrals[{index + 1}]"
    found: list[Problem] = []
    if not referral.label.strip():
        found.append((field, "a referral needs a label"))
    elif len(referral.label) > MAX_REFERRAL_LABEL_CHARS:
        found.append((field, f"label is longer than {MAX_REFERRAL_LABEL_CHARS} characters"))
    if referral.category not in vocab.REFERRAL_CATEGORIES:
        found.append((field, f"unknown category {referral.category!r}"))
    return found


def _is_empty(contact: Contact) -> bool:
    """Nothing beyond the defaults: no topic, sign, referral, note, risk or incident number."""
    return not (
        contact.topics
        or contact.signs
        or contact.referrals
        or contact.note.strip()
        or contact.risk != "none"
        or contact.incident_ref
    )


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
