"""ContactService: the contact log's operations, on a repository, announcing every change."""

from __future__ import annotations

import builtins  # ContactService.list shadows the builtin inside the class
import calendar
import secrets
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time
from typing import Protocol

from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import (
    SORT_KEYS,
    ActivitySummary,
    Contact,
    ContactFilter,
    LoadPoint,
    Topic,
)
from peerdesk.core.contacts.validate import validate
from peerdesk.core.errors import InvalidInput

TOPIC = "contacts"  # what notify() announces after every change
RETENTION_KEY = "contacts.retention_months"
SOURCE_ID_KEY = "reports.source_id"
FOLLOWUP_CHOICES = ("due", "overdue")


class ContactRepo(Protocol):
    """What the service needs from storage (implemented in peerdesk.storage.repos.contacts)."""

    def insert(self, contact: Contact) -> int: ...  # keeps contact.id when given (undo)
    def update(self, contact: Contact) -> None: ...
    def get(self, contact_id: int) -> Contact | None: ...
    def delete(self, contact_id: int) -> bool: ...
    def query(self, flt: ContactFilter, limit: int | None, offset: int) -> list[Contact]: ...
    def count(self, flt: ContactFilter) -> int: ...
    def ids(self, flt: ContactFilter) -> list[int]: ...
    def get_many(self, ids: list[int]) -> list[Contact]: ...
    def activity(self, start: date, end: date) -> ActivitySummary: ...  # end inclusive
    def load(self, start: date, end: date) -> list[LoadPoint]: ...  # end inclusive
    def topics(self) -> list[Topic]: ...
    def save_topic(self, topic: Topic) -> None: ...
    def get_setting(self, key: str) -> str | None: ...
    def set_setting(self, key: str, value: str) -> None: ...
    def count_purgeable(self, before: datetime) -> int: ...
    def purge(self, before: datetime) -> int: ...
    def record_keys(self, ids: list[int]) -> tuple[dict[int, int], bool]: ...


class ContactService:
    """Add, edit, list and search contacts; editable topics; note retention."""

    def __init__(
        self,
        repo: ContactRepo,
        notify: Callable[[str], None],
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._repo = repo
        self._notify = notify
        self._clock = clock

    # -- single contacts -------------------------------------------------------------------
    def add(self, contact: Contact) -> Contact:
        """Store a new contact (its id is ignored) and return it with its id."""
        clean = self._checked(replace(contact, id=None))
        stored = replace(clean, id=self._repo.insert(clean))
        self._notify(TOPIC)
        return stored

    def update(self, contact: Contact) -> Contact:
        if contact.id is None:
            raise InvalidInput("an existing contact is needed to save changes", field="id")
        self.get(contact.id)  # raises when it does not exist
        clean = self._checked(contact)
        self._repo.update(clean)
        self._notify(TOPIC)
        return clean

    def get(self, contact_id: int) -> Contact:
        found = self._repo.get(contact_id)
        if found is None:
            raise InvalidInput(f"there is no contact number {contact_id}", field="id")
        return found

    def delete(self, contact_id: int) -> Contact:
        """Delete and return the contact, so that `restore` can undo it."""
        contact = self.get(contact_id)
        self._repo.delete(contact_id)
        self._notify(TOPIC)
        return contact

    def restore(self, contact: Contact) -> Contact:
        """Undo a delete: store the contact again under its old number."""
        if contact.id is not None and self._repo.get(contact.id) is not None:
            raise InvalidInput(f"contact number {contact.id} already exists", field="id")
        self._repo.insert(contact)
        self._notify(TOPIC)
        return contact

    def draft_copy(self, contact_id: int) -> Contact:
        """An unsaved copy for "log a similar contact": same choices, now, no note or number.

        The note and incident number belong to the original conversation, so they are not copied.
        """
        original = self.get(contact_id)
        return replace(
            original,
            id=None,
            when=self._now(),
            note="",
            incident_ref=None,
            followup_due=None,
            followup_done=False,
        )

    def duplicate(self, contact_id: int) -> Contact:
        return self.add(self.draft_copy(contact_id))

    # -- lists -------------------------------------------------------------------------------
    def list(
        self, flt: ContactFilter | None = None, limit: int | None = None, offset: int = 0
    ) -> builtins.list[Contact]:
        return self._repo.query(self._checked_filter(flt), limit, offset)

    def count(self, flt: ContactFilter | None = None) -> int:
        return self._repo.count(self._checked_filter(flt))

    def ids(self, flt: ContactFilter | None = None) -> builtins.list[int]:
        """Ids in list order: the list view keeps these and loads rows a page at a time."""
        return self._repo.ids(self._checked_filter(flt))

    def get_many(self, ids: builtins.list[int]) -> builtins.list[Contact]:
        return self._repo.get_many(ids)

    def search(self, text: str, limit: int | None = 200) -> builtins.list[Contact]:
        """Newest contacts whose note contains every word of `text` (word starts match)."""
        return self.list(ContactFilter(text=text), limit=limit)

    def list_between(self, start: date, end: date) -> builtins.list[Contact]:
        """Contacts from `start` to `end` (both inclusive), oldest first (reports, self-care)."""
        return self.list(ContactFilter(start=start, end=end, descending=False))

    def activity_between(self, start: date, end: date) -> ActivitySummary:
        """Contacts and minutes per month and contacts per topic, from `start` to `end` (both
        inclusive), counted by the database: the dashboard's charts load no contact."""
        return self._repo.activity(start, end)

    def load_between(self, start: date, end: date) -> builtins.list[LoadPoint]:
        """When, how long and the affect rating from `start` to `end` (inclusive), oldest
        first: the self-care load series needs no note, topic or referral."""
        return self._repo.load(start, end)

    def followups_due(self, today: date, limit: int | None = 200) -> builtins.list[Contact]:
        """Open follow-ups due on or before `today`, the most overdue first; at most `limit`.

        Paged like `search`: no screen shows thousands of full contacts at once, and loading
        every note of a long backlog cost ~0.1 s at 50,000 contacts. `followups_count` gives
        the total; `limit=None` returns them all.
        """
        return self.list(self._followups(today), limit=limit)

    def followups_count(self, today: date) -> int:
        return self.count(self._followups(today))

    @staticmethod
    def _followups(today: date) -> ContactFilter:
        return ContactFilter(followup="due", today=today, sort="followup_due", descending=False)

    # -- reports -----------------------------------------------------------------------------
    def for_report(self, start: date, end: date) -> tuple[builtins.list[Contact], dict[int, int]]:
        """The contacts of a period with their random record keys (for the cell-key method)."""
        contacts = self.list_between(start, end)
        keys, made = self._repo.record_keys([c.id for c in contacts if c.id is not None])
        if made:
            self._notify(TOPIC)  # new keys must be saved, or the figures would change next time
        return contacts, keys

    def report_source_id(self) -> str:
        """This vault's random source id, made the first time a report is made, then kept."""
        found = self._repo.get_setting(SOURCE_ID_KEY)
        if found:
            return found
        made = secrets.token_hex(16)
        self._repo.set_setting(SOURCE_ID_KEY, made)
        self._notify(TOPIC)
        return made

    # -- topics ------------------------------------------------------------------------------
    def topics(self, include_hidden: bool = False) -> builtins.list[Topic]:
        return [t for t in self._repo.topics() if include_hidden or not t.hidden]

    def topic_labels(self) -> dict[str, str]:
        """slug -> label for every topic, hidden ones included (old contacts still show them)."""
        return {t.slug: t.label for t in self._repo.topics()}

    def add_topic(self, label: str) -> Topic:
        clean = self._topic_label(label)
        slug = vocab.slugify(clean)
        existing = {t.slug: t for t in self._repo.topics()}
        if slug in existing and not existing[slug].hidden:
            raise InvalidInput(f"the topic {existing[slug].label!r} already exists", field="topic")
        topic = Topic(slug=slug, label=clean)
        self._repo.save_topic(topic)  # a hidden topic of that name comes back
        self._notify(TOPIC)
        return topic

    def rename_topic(self, slug: str, label: str) -> Topic:
        """Only the label changes, so every contact keeps its topic."""
        topic = self._topic(slug)
        renamed = replace(topic, label=self._topic_label(label, except_slug=slug))
        self._repo.save_topic(renamed)
        self._notify(TOPIC)
        return renamed

    def hide_topic(self, slug: str, hidden: bool = True) -> Topic:
        """Hidden topics leave the form but stay on old contacts and in statistics."""
        changed = replace(self._topic(slug), hidden=hidden)
        self._repo.save_topic(changed)
        self._notify(TOPIC)
        return changed

    # -- retention ---------------------------------------------------------------------------
    def retention_months(self) -> int:
        raw = self._repo.get_setting(RETENTION_KEY)
        return int(raw) if raw and raw.isdigit() else 0

    def set_retention_months(self, months: int) -> None:
        if months not in vocab.RETENTION_CHOICES:
            choices = ", ".join(str(m) for m in vocab.RETENTION_CHOICES)
            raise InvalidInput(f"choose one of {choices} months (0 = off)", field="retention")
        self._repo.set_setting(RETENTION_KEY, str(months))
        self._notify(TOPIC)

    def retention_cutoff(self, today: date) -> datetime | None:
        """Notes of contacts before this moment are purged; None while retention is off."""
        months = self.retention_months()
        return None if months == 0 else datetime.combine(months_before(today, months), time())

    def preview_purge(self, today: date) -> int:
        """How many contacts would lose their note (or incident number) if purged today."""
        cutoff = self.retention_cutoff(today)
        return 0 if cutoff is None else self._repo.count_purgeable(cutoff)

    def purge(self, today: date) -> int:
        """Blank notes and incident numbers older than the cut-off; every statistic stays."""
        cutoff = self.retention_cutoff(today)
        if cutoff is None:
            return 0
        purged = self._repo.purge(cutoff)
        if purged:
            self._notify(TOPIC)
        return purged

    # -- helpers -----------------------------------------------------------------------------
    def _now(self) -> datetime:
        return self._clock().replace(second=0, microsecond=0)

    def _checked(self, contact: Contact) -> Contact:
        clean = normalised(contact)
        validate(clean, self.topic_labels(), self._clock())
        return clean

    def _checked_filter(self, flt: ContactFilter | None) -> ContactFilter:
        flt = flt or ContactFilter()
        if flt.sort not in SORT_KEYS:
            raise InvalidInput(f"cannot sort by {flt.sort!r}", field="sort")
        if flt.followup is not None and flt.followup not in FOLLOWUP_CHOICES:
            raise InvalidInput("use 'due' or 'overdue'", field="followup")
        if flt.start and flt.end and flt.start > flt.end:
            raise InvalidInput("the start date is after the end date", field="start")
        if flt.followup and flt.today is None:
            flt = replace(flt, today=self._clock().date())
        return flt

    def _topic(self, slug: str) -> Topic:
        for topic in self._repo.topics():
            if topic.slug == slug:
                return topic
        raise InvalidInput(f"unknown topic {slug!r}", field="topic")

    def _topic_label(self, label: str, except_slug: str | None = None) -> str:
        clean = " ".join(label.split())
        if not clean or not vocab.slugify(clean):
            raise InvalidInput("a topic needs a name", field="topic")
        if len(clean) > 60:
            raise InvalidInput("a topic name has at most 60 characters", field="topic")
        for topic in self._repo.topics():
            if topic.slug != except_slug and topic.label.casefold() == clean.casefold():
                raise InvalidInput(f"the topic {topic.label!r} already exists", field="topic")
        return clean


def normalised(contact: Contact) -> Contact:
    """Minute precision, no repeated codes, no stray blanks: what is stored."""
    ref = (contact.incident_ref or "").strip() or None
    when = contact.when
    if isinstance(when, datetime):
        when = when.replace(second=0, microsecond=0, tzinfo=None)
    return replace(
        contact,
        when=when,
        topics=tuple(dict.fromkeys(contact.topics)),
        signs=tuple(dict.fromkeys(contact.signs)),
        incident_ref=ref,
        note=contact.note.strip(),
    )


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier, clamped to the month's length (31 Mar - 1 -> 28/29 Feb)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))
