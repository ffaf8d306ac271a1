"""SelfCareService: check-ins, trends, plan, reminders, nudges and milestones over a repository."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Protocol

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import day_month_year, number, say, say_n
from peerdesk.core.selfcare import nudges as rules
from peerdesk.core.selfcare.checkins import CheckIn, answers_from_keys, make_checkin
from peerdesk.core.selfcare.instruments import Band, Instrument, builtin_instruments, load_folder
from peerdesk.core.selfcare.periods import period_words
from peerdesk.core.selfcare.plan import CADENCES, Reminder, SelfCarePlan, make_plan, reminder_due
from peerdesk.core.selfcare.scoring import Change, MeasureScore, compare, score
from peerdesk.core.selfcare.trends import (
    ContactLike,
    LoadWeek,
    WeekPoint,
    period_range,
    weekly_load,
    weekly_scores,
)

TOPIC = "selfcare"
QUICK = "quick_checkin"
LoadProvider = Callable[[date, date], Sequence[ContactLike]]


class SelfCareRepo(Protocol):
    """What the service needs from storage (storage.repos.selfcare implements it)."""

    def add_checkin(self, checkin: CheckIn) -> int: ...
    def get_checkin(self, checkin_id: int) -> CheckIn | None: ...
    def delete_checkin(self, checkin_id: int) -> bool: ...
    def list_checkins(self, instrument: str | None = None) -> list[CheckIn]: ...
    def load_plan(self) -> SelfCarePlan | None: ...
    def save_plan(self, plan: SelfCarePlan) -> None: ...
    def get_state(self, key: str) -> str | None: ...
    def set_state(self, key: str, value: str) -> None: ...
    def dismissed(self) -> set[str]: ...
    def add_dismissed(self, key: str) -> None: ...


@dataclass(frozen=True)
class Trend:
    """One measure per week over a period, its bands, and the support load on the same weeks."""

    instrument: str
    measure: str
    name: str
    unit: str
    period: str
    points: list[WeekPoint]
    load: list[LoadWeek]
    bands: tuple[Band, ...]
    y_min: float
    y_max: float

    def summary(self) -> str:
        """One sentence for a screen reader (and the chart's accessible description)."""
        label = period_words(self.period).lower()
        filled = [p for p in self.points if p.value is not None]
        contacts = sum(w.contacts for w in self.load)
        hours = number(round(sum(w.hours for w in self.load), 1))
        load = say_n(
            "Support load: {n} contact, {hours} hours.",
            "Support load: {n} contacts, {hours} hours.",
            contacts,
            hours=hours,
        )
        if not filled:
            return say(
                "{name}, {period}: no check-ins yet. {load}",
                name=self.name,
                period=label,
                load=load,
            )
        top = max(filled, key=lambda p: p.value or 0)
        unit = f" {self.unit}" if self.unit else ""

        def value(point: WeekPoint) -> str:
            return number(point.value or 0) + unit

        return say_n(
            "{name}, {period}: {n} of {weeks} weeks with a check-in, from {first} to {last}, "
            "highest {top} in the week of {week}. {load}",
            "{name}, {period}: {n} of {weeks} weeks with a check-in, from {first} to {last}, "
            "highest {top} in the week of {week}. {load}",
            len(filled),
            name=self.name,
            period=label,
            weeks=len(self.points),
            first=value(filled[0]),
            last=value(filled[-1]),
            top=value(top),
            week=day_month_year(top.week),
            load=load,
        )


class SelfCareService:
    def __init__(
        self,
        repo: SelfCareRepo,
        notify: Callable[[str], None],
        load_provider: LoadProvider,
        *,
        instrument_dirs: Iterable[Path] = (),
        help_provider: Callable[[], Sequence[str]] | None = None,
        training_provider: Callable[[], Iterable[tuple[str, date]]] | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._repo = repo
        self._notify = notify
        self._load = load_provider
        self._help = help_provider
        self._training = training_provider
        self._clock = clock
        self._instruments = builtin_instruments()
        # A broken organisation file must not keep the vault from opening: report it instead.
        self.load_problems: list[str] = []
        for folder in instrument_dirs:
            try:
                self.add_instruments_from(folder)
            except InvalidInput as err:
                self.load_problems.append(err.message)

    # --- instruments -------------------------------------------------------------------------
    def instruments(self) -> list[Instrument]:
        return list(self._instruments.values())

    def instrument(self, instrument_id: str) -> Instrument:
        found = self._instruments.get(instrument_id)
        if found is None:
            known = ", ".join(sorted(self._instruments))
            raise InvalidInput(
                say("unknown instrument {id!r} (known: {known})", id=instrument_id, known=known),
                "instrument",
            )
        return found

    def add_instruments_from(self, folder: Path) -> list[str]:
        """Load an organisation's own definitions; a built-in id cannot be replaced."""
        if not folder.is_dir():
            return []
        loaded = load_folder(folder)
        builtin = builtin_instruments()
        for inst in loaded.values():
            if inst.id in builtin:
                raise InvalidInput(
                    say("is already used by a built-in instrument"), f"{inst.source}: id"
                )
        self._instruments.update(loaded)
        return sorted(loaded)

    # --- check-ins ---------------------------------------------------------------------------
    def add_checkin(
        self,
        instrument_id: str,
        answers: Sequence[int],
        taken_at: datetime | None = None,
        note: str = "",
    ) -> CheckIn:
        instrument = self.instrument(instrument_id)
        now = self._clock()
        checkin = make_checkin(instrument, answers, taken_at or now, now, note)
        new_id = self._repo.add_checkin(checkin)
        self._notify(TOPIC)
        return CheckIn(new_id, checkin.instrument, checkin.taken_at, checkin.answers, checkin.note)

    def add_by_keys(
        self,
        instrument_id: str,
        answers: Mapping[str, int | None],
        taken_at: datetime | None = None,
        note: str = "",
    ) -> CheckIn:
        """Answers named by item key (energy=3, sleep=4, …), as the check-in form sends them."""
        ordered = answers_from_keys(self.instrument(instrument_id), answers)
        return self.add_checkin(instrument_id, ordered, taken_at, note)

    def checkins(
        self, instrument: str | None = None, start: date | None = None, end: date | None = None
    ) -> list[CheckIn]:
        """Oldest first; dates inclusive."""
        found = self._repo.list_checkins(instrument)
        return [
            c
            for c in found
            if (start is None or c.taken_at.date() >= start)
            and (end is None or c.taken_at.date() <= end)
        ]

    def get_checkin(self, checkin_id: int) -> CheckIn:
        found = self._repo.get_checkin(checkin_id)
        if found is None:
            raise InvalidInput(say("there is no check-in {id}", id=checkin_id), field="id")
        return found

    def delete_checkin(self, checkin_id: int) -> None:
        if not self._repo.delete_checkin(checkin_id):
            raise InvalidInput(say("there is no check-in {id}", id=checkin_id), field="id")
        self._notify(TOPIC)

    def scores(self, checkin: CheckIn) -> dict[str, MeasureScore]:
        return score(self.instrument(checkin.instrument), checkin.answers)

    def change_since_previous(self, checkin: CheckIn) -> dict[str, Change]:
        """Per measure, how this check-in compares to the one before it (empty for the first)."""
        history = self.checkins(checkin.instrument)
        earlier = [
            c for c in history if (c.taken_at, c.id or 0) < (checkin.taken_at, checkin.id or 0)
        ]
        if not earlier:
            return {}
        inst = self.instrument(checkin.instrument)
        before, after = score(inst, earlier[-1].answers), score(inst, checkin.answers)
        return {s.id: compare(s, before[s.id].value, after[s.id].value) for s in inst.subscales}

    # --- trends ------------------------------------------------------------------------------
    def load_series(self, start: date, end: date) -> list[LoadWeek]:
        return weekly_load(self._load(start, end), start, end)

    def trend(self, instrument_id: str, measure: str, period: str = "3m") -> Trend:
        inst = self.instrument(instrument_id)
        sub = inst.subscale(measure)
        history = self.checkins(instrument_id)
        today = self._clock().date()
        earliest = history[0].taken_at.date() if history else None
        start, end = period_range(period, today, earliest)
        n = len(sub.items)
        return Trend(
            instrument=inst.id,
            measure=sub.id,
            name=sub.name,
            unit=sub.unit,
            period=period,
            points=weekly_scores(history, inst, measure, start, end),
            load=self.load_series(start, end),
            bands=sub.bands,
            y_min=n * inst.scale_min * sub.multiplier,
            y_max=n * inst.scale_max * sub.multiplier,
        )

    # --- plan and reminders ------------------------------------------------------------------
    def plan(self) -> SelfCarePlan:
        return self._repo.load_plan() or SelfCarePlan()

    def save_plan(self, sections: Mapping[str, Iterable[str]]) -> SelfCarePlan:
        """Replace the named sections (others are kept); validated before anything is stored."""
        merged: dict[str, Iterable[str]] = dict(self.plan().as_dict())
        merged.update(sections)
        plan = make_plan(merged)
        self._repo.save_plan(plan)
        self._notify(TOPIC)
        return plan

    def cadence(self) -> str:
        return self._repo.get_state("cadence") or "weekly"

    def set_cadence(self, cadence: str) -> None:
        if cadence not in CADENCES:
            raise InvalidInput(
                say("choose one of {choices}", choices=", ".join(CADENCES)), "cadence"
            )
        self._repo.set_state("cadence", cadence)
        self._notify(TOPIC)

    def reminder(self) -> Reminder | None:
        quick = self.checkins(QUICK)
        last = quick[-1].taken_at if quick else None
        return reminder_due(self.cadence(), last, self._clock())

    # --- nudges and milestones ---------------------------------------------------------------
    def nudges(self) -> list[rules.Nudge]:
        """Everything worth a gentle word now, minus dismissed ones and snoozed kinds."""
        today = self._clock().date()
        raw: list[tuple[str, str, str, str, int]] = []  # key, kind, title, message, concern
        for inst in self._instruments.values():
            history = self.checkins(inst.id)
            for kind, rule in (("band", rules.band_nudges), ("worsening", rules.worsening_nudges)):
                raw += [(k, kind, t, m, c) for k, t, m, c in rule(inst, history)]
        jump = rules.load_jump(self._load(today - timedelta(days=34), today), today)
        if jump is not None:
            year, week, _ = today.isocalendar()
            title, message = say("A heavier week of support"), rules.load_message(jump)
            raw.append((f"load:{year}-W{week:02d}", "load", title, message, 1))
        if not raw:  # most days: no plan to read, no crisis lines to look up (~30 ms at unlock)
            return []
        plan = self._repo.load_plan()
        resources = tuple(self._help() if self._help else ()) or tuple(rules.DEFAULT_RESOURCES)
        found = [
            rules.Nudge(
                key, kind, title, message, rules.plan_actions(plan, concern), resources, concern
            )
            for key, kind, title, message, concern in raw
        ]
        return rules.visible(found, self._repo.dismissed(), self._snoozes(), today)

    def dismiss(self, key: str) -> None:
        self._repo.add_dismissed(key)
        self._notify(TOPIC)

    def snooze(self, kind: str = "all") -> date:
        """'Not again this week' for one kind of nudge (or all); returns the day they may return."""
        if kind not in ("all", "band", "worsening", "load"):
            raise InvalidInput(say("choose all, band, worsening or load"), field="kind")
        until = rules.snooze_until(self._clock().date())
        self._repo.set_state(f"snooze:{kind}", until.isoformat())
        self._notify(TOPIC)
        return until

    def _snoozes(self) -> dict[str, date]:
        found = {}
        for kind in ("all", "band", "worsening", "load"):
            value = self._repo.get_state(f"snooze:{kind}")
            if value:
                found[kind] = date.fromisoformat(value)
        return found

    def milestones(self) -> list[rules.Milestone]:
        today = self._clock().date()
        found: list[rules.Milestone] = []
        streak = rules.streak_milestone((c.taken_at.date() for c in self.checkins()), today)
        if streak:
            found.append(streak)
        if self._training is not None:
            found.extend(rules.training_milestones(self._training(), today))
        steady = rules.steady_milestone(self._load(today - timedelta(days=42), today), today)
        if steady:
            found.append(steady)
        dismissed = self._repo.dismissed()
        return [m for m in found if m.key not in dismissed]
