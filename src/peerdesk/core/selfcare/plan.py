"""The personal self-care plan the supporter writes, and check-in cadence reminders."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say
from peerdesk.core.selfcare.trends import week_start

MAX_ENTRIES = 30
MAX_ENTRY = 300

SECTION_LABELS = {
    "warning_signs": "My warning signs",
    "what_helps": "What helps me",
    "people": "People I can talk to",
    "professional_supports": "Professional support I can use",
    "boundaries": "Boundaries I keep",
}  # English; the window names each section by its key (ui/selfcare/plan.py)

CADENCES = ("daily", "weekly", "off")


@dataclass(frozen=True)
class SelfCarePlan:
    warning_signs: tuple[str, ...] = ()
    what_helps: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    professional_supports: tuple[str, ...] = ()
    boundaries: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, list[str]]:
        return {f.name: list(getattr(self, f.name)) for f in fields(self)}

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))

    def sections(self) -> list[tuple[str, tuple[str, ...]]]:
        """(heading, entries) in reading order, for the page and the printable PDF."""
        return [(SECTION_LABELS[f.name], getattr(self, f.name)) for f in fields(self)]


def make_plan(sections: Mapping[str, Iterable[str]]) -> SelfCarePlan:
    """A validated plan: blank lines dropped, each entry trimmed, unknown sections refused."""
    cleaned: dict[str, tuple[str, ...]] = {}
    for name, entries in sections.items():
        if name not in SECTION_LABELS:
            raise InvalidInput(say("not a part of the self-care plan"), field=name)
        if isinstance(entries, str):
            raise InvalidInput(say("give a list of entries, one per line"), field=name)
        kept = tuple(e.strip() for e in entries if isinstance(e, str) and e.strip())
        if len(kept) > MAX_ENTRIES:
            raise InvalidInput(say("at most {most} entries", most=MAX_ENTRIES), field=name)
        for entry in kept:
            if len(entry) > MAX_ENTRY:
                raise InvalidInput(
                    say("keep each entry under {most} characters", most=MAX_ENTRY), field=name
                )
        cleaned[name] = kept
    return SelfCarePlan(**cleaned)


@dataclass(frozen=True)
class Reminder:
    cadence: str
    message: str


# The reminder's words are the window's (ui/selfcare/care.py, by cadence): English here.
def reminder_due(cadence: str, last_checkin: datetime | None, now: datetime) -> Reminder | None:
    """A gentle reminder when the check-in for today (daily) or this week (weekly) is not done."""
    if cadence not in CADENCES:
        raise InvalidInput(say("choose one of {choices}", choices=", ".join(CADENCES)), "cadence")
    if cadence == "off":
        return None
    if cadence == "daily":
        if last_checkin is not None and last_checkin.date() == now.date():
            return None
        return Reminder(cadence, "You have not checked in today. It takes less than a minute.")
    if last_checkin is not None and week_start(last_checkin.date()) == week_start(now.date()):
        return None
    return Reminder(cadence, "No check-in yet this week. A minute for yourself is time well spent.")
