"""Nudges toward help (concerning band, three worsenings in a row, load jump) and milestones."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from peerdesk.core.messages import LabelList, number, say
from peerdesk.core.selfcare.checkins import CheckIn
from peerdesk.core.selfcare.instruments import Instrument
from peerdesk.core.selfcare.plan import SelfCarePlan
from peerdesk.core.selfcare.scoring import compare, score
from peerdesk.core.selfcare.trends import ContactLike, LoadWeek, week_start, weekly_load

WORSENING_RUN = 3  # worsened at each of the last three check-ins (so four check-ins compared)
MAX_ACTIONS = 4
STREAK_MILESTONES = (52, 26, 12, 8, 4)  # weeks in a row with a check-in; highest reached wins
STEADY_WEEKS = 4
STEADY_MAX_HOURS = 10.0  # a week above this is not counted as sustainable, however steady

DEFAULT_RESOURCES = LabelList(
    (
        "Your Employee Assistance Programme (EAP), if your workplace has one.",
        "Your doctor or another health professional.",
        "If you are in crisis or might harm yourself, call a crisis line or your local emergency "
        "number now.",
    )
)  # in the current language when read


@dataclass(frozen=True)
class Nudge:
    key: str  # stable per event: dismissing it hides exactly this one
    kind: str  # "band", "worsening" or "load"
    title: str
    message: str
    actions: tuple[str, ...]  # from the supporter's own plan
    resources: tuple[str, ...]  # help-seeking resources
    concern: int


@dataclass(frozen=True)
class Milestone:
    key: str
    kind: str  # "streak", "training" or "steady_load"
    message: str


@dataclass(frozen=True)
class LoadJump:
    contacts_now: int
    hours_now: float
    contacts_usual: float
    hours_usual: float


def plan_actions(plan: SelfCarePlan | None, concern: int) -> tuple[str, ...]:
    """Concrete steps from the supporter's own plan; professional support first if strong."""
    if plan is None:
        return ()
    if concern >= 2:
        ordered = (*plan.professional_supports, *plan.people, *plan.what_helps)
    else:
        ordered = (*plan.what_helps, *plan.people, *plan.professional_supports)
    return tuple(ordered[:MAX_ACTIONS])


def band_nudges(
    instrument: Instrument, history: Sequence[CheckIn]
) -> list[tuple[str, str, str, int]]:
    """(key, title, message, concern) when the latest check-in entered a more concerning band."""
    if not history:
        return []
    latest = score(instrument, history[-1].answers)
    before = score(instrument, history[-2].answers) if len(history) > 1 else None
    found = []
    for measure_id, measure in latest.items():
        previous = before[measure_id].band.concern if before else 0
        if measure.band.concern > previous:
            key = f"band:{instrument.id}:{measure_id}:{history[-1].id}"
            title = f"{measure.name}: {measure.band.label.lower()}"
            found.append((key, title, measure.band.message, measure.band.concern))
    return found


def worsening_nudges(
    instrument: Instrument, history: Sequence[CheckIn]
) -> list[tuple[str, str, str, int]]:
    """(key, title, message, concern) per measure that worsened at each of the last 3 check-ins."""
    if len(history) < WORSENING_RUN + 1:
        return []
    recent = [score(instrument, c.answers) for c in history[-(WORSENING_RUN + 1) :]]
    found = []
    for sub in instrument.subscales:
        values = [s[sub.id].value for s in recent]
        steps = [compare(sub, a, b).direction for a, b in pairwise(values)]
        if all(step == "worse" for step in steps):
            key = f"worsening:{instrument.id}:{sub.id}:{history[-1].id}"
            message = say(
                "Your {measure} score has moved the wrong way at your last {run} check-ins. "
                "A small step now can stop it building up.",
                measure=sub.name.lower(),
                run=WORSENING_RUN,
            )
            title = say("{measure} is getting harder", measure=sub.name)
            found.append((key, title, message, 1))
    return found


def load_jump(contacts: Iterable[ContactLike], today: date) -> LoadJump | None:
    """The last 7 days against the 4 weeks before them: about double, and at least 3 more."""
    items = list(contacts)
    now_start, base_start = today - timedelta(days=6), today - timedelta(days=34)
    recent = [c for c in items if now_start <= c.when.date() <= today]
    base = [c for c in items if base_start <= c.when.date() < now_start]
    n_now, h_now = len(recent), sum(c.duration_min for c in recent) / 60
    n_usual, h_usual = len(base) / 4, sum(c.duration_min for c in base) / 240
    # Both a ratio and an absolute step: 1 → 2 contacts is no jump, 0 → 3 hours is.
    jumped_n = n_now >= max(2 * n_usual, n_usual + 3)
    jumped_h = h_now >= max(2 * h_usual, h_usual + 3)
    if not (jumped_n or jumped_h):
        return None
    return LoadJump(n_now, round(h_now, 1), round(n_usual, 1), round(h_usual, 1))


def load_message(jump: LoadJump) -> str:
    return say(
        "In the last 7 days you logged {contacts} support contacts ({hours} hours); in the four "
        "weeks before, a usual week had about {usual} ({usual_hours} hours). Heavy weeks add "
        "up. Is there something you can hand on or say no to this week?",
        contacts=jump.contacts_now,
        hours=number(jump.hours_now),
        usual=number(jump.contacts_usual),
        usual_hours=number(jump.hours_usual),
    )


def visible(
    items: Iterable[Nudge], dismissed: set[str], snoozed: Mapping[str, date], today: date
) -> list[Nudge]:
    """Drop dismissed nudges and kinds snoozed until after today ('all' snoozes every kind)."""

    def snoozed_now(kind: str) -> bool:
        return any(snoozed.get(k, date.min) > today for k in (kind, "all"))

    return [n for n in items if n.key not in dismissed and not snoozed_now(n.kind)]


def snooze_until(today: date) -> date:
    """'Not again this week': until next Monday."""
    return week_start(today) + timedelta(weeks=1)


def streak_milestone(checkin_days: Iterable[date], today: date) -> Milestone | None:
    """Weeks in a row with at least one check-in, ending this week or last week."""
    weeks = {week_start(d) for d in checkin_days}
    current = week_start(today)
    if current not in weeks:
        current -= timedelta(weeks=1)  # this week may simply not be done yet
    run = 0
    while current - timedelta(weeks=run) in weeks:
        run += 1
    reached = next((m for m in STREAK_MILESTONES if run >= m), None)
    if reached is None:
        return None
    first = current - timedelta(weeks=run - 1)
    return Milestone(
        f"streak:{reached}:{first.isoformat()}",
        "streak",
        say(
            "You have checked in every week for {weeks} weeks. That is real care for "
            "yourself; well done.",
            weeks=reached,
        ),
    )


def training_milestones(finished: Iterable[tuple[str, date]], today: date) -> list[Milestone]:
    """A module finished in the last 30 days is worth a moment of recognition."""
    return [
        Milestone(
            f"training:{title}:{day.isoformat()}",
            "training",
            say(
                "You finished the training module “{title}”. Learning is part of caring well.",
                title=title,
            ),
        )
        for title, day in finished
        if today - timedelta(days=30) <= day <= today
    ]


def steady_milestone(contacts: Iterable[ContactLike], today: date) -> Milestone | None:
    """Four complete weeks, each with support given and none heavier than is sustainable."""
    last_full = week_start(today) - timedelta(weeks=1)
    first = last_full - timedelta(weeks=STEADY_WEEKS - 1)
    weeks = weekly_load(contacts, first, last_full + timedelta(days=6))
    if not _steady(weeks):
        return None
    return Milestone(
        f"steady_load:{first.isoformat()}",
        "steady_load",
        say(
            "A month of support work at a pace you can keep up. Sustainable helping "
            "is a skill; it shows."
        ),
    )


def _steady(weeks: Sequence[LoadWeek]) -> bool:
    if len(weeks) < STEADY_WEEKS or any(w.contacts == 0 for w in weeks):
        return False
    mean = sum(w.hours for w in weeks) / len(weeks)
    return all(w.hours <= STEADY_MAX_HOURS and w.hours <= max(1.5 * mean, mean + 1) for w in weeks)
