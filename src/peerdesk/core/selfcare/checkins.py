"""Check-ins: the stored answers to one instrument at one moment, validated before saving."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say
from peerdesk.core.selfcare.instruments import Instrument
from peerdesk.core.selfcare.scoring import MeasureScore, score, validate_answers

MAX_NOTE = 4000
# A clock a few minutes fast on another machine should not make a fresh check-in "in the future".
FUTURE_SLACK = timedelta(minutes=5)


@dataclass(frozen=True)
class CheckIn:
    id: int | None
    instrument: str
    taken_at: datetime  # local, naive, minute precision
    answers: tuple[int, ...]
    note: str = ""  # private free text: never printed by the CLI, never in a report

    def scores(self, instrument: Instrument) -> dict[str, MeasureScore]:
        return score(instrument, self.answers)


def make_checkin(
    instrument: Instrument,
    answers: Sequence[int],
    taken_at: datetime,
    now: datetime,
    note: str = "",
) -> CheckIn:
    """A validated, not yet stored check-in (id None); bad input raises before anything is kept."""
    checked = validate_answers(instrument, answers)
    if taken_at.tzinfo is not None:
        raise InvalidInput(say("give a local time without a time zone"), field="taken_at")
    if taken_at > now + FUTURE_SLACK:
        raise InvalidInput(say("a check-in cannot be in the future"), field="taken_at")
    if not isinstance(note, str) or len(note) > MAX_NOTE:
        raise InvalidInput(say("a note holds at most {most} characters", most=MAX_NOTE), "note")
    stamp = taken_at.replace(second=0, microsecond=0)
    return CheckIn(None, instrument.id, stamp, checked, note.strip())


def answers_from_keys(instrument: Instrument, given: Mapping[str, int | None]) -> list[int]:
    """Order answers given by item key (e.g. energy=3) as the instrument lists its items."""
    known = {item.key for item in instrument.items}
    for key in given:
        if key not in known:
            raise InvalidInput(
                say("{name} has no item {key!r}", name=instrument.short_name, key=key), field=key
            )
    answers = []
    for item in instrument.items:
        value = given.get(item.key)
        if value is None:
            raise InvalidInput(say("an answer is needed"), field=item.key)
        answers.append(value)
    return answers


def parse_answer_list(text: str, field: str = "answers") -> list[int]:
    """'3,4,2 5' → [3, 4, 2, 5]; commas or spaces separate, anything else is named as bad."""
    parts = [p for p in text.replace(",", " ").split() if p]
    values = []
    for index, part in enumerate(parts, start=1):
        try:
            values.append(int(part))
        except ValueError:
            message = say("item {index}: {part!r} is not a whole number", index=index, part=part)
            raise InvalidInput(message, field=field) from None
    return values


def with_id(checkin: CheckIn, new_id: int) -> CheckIn:
    return replace(checkin, id=new_id)
