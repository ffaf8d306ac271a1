"""Progress entities and the pure rules: status, scoring, scenario walks, refresher dates, hours."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say
from peerdesk.core.training.model import Effect, Ending, Module, Node, Scenario


class Status(StrEnum):
    NOT_STARTED = "not started"
    IN_PROGRESS = "in progress"
    COMPLETE = "complete"


@dataclass
class Progress:
    """One row per module the trainee has opened."""

    module_id: str
    started_on: date
    lessons_done: list[str] = field(default_factory=list)
    position: str = ""  # "lesson:<id>", "checks" or "scenario:<id>:<choice,choice,…>"
    completed_on: date | None = None
    module_version: int = 1


@dataclass(frozen=True)
class CheckAttempt:
    module_id: str
    attempt: int
    correct: int
    total: int
    passed: bool
    taken_on: date

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.total) if self.total else 0


@dataclass(frozen=True)
class ScenarioRun:
    module_id: str
    scenario_id: str
    choices: tuple[int, ...]
    shown: int
    missed: int
    finished: bool
    run_on: date


@dataclass(frozen=True)
class TimeSpent:
    """Seconds actually spent in one module on one day (measured while it was open)."""

    module_id: str
    day: date
    seconds: int


@dataclass(frozen=True)
class ExternalTraining:
    id: int | None
    course: str
    provider: str
    date: date
    hours: float


@dataclass(frozen=True)
class ModuleStatus:
    """What a module list shows: no free text from the trainee."""

    module_id: str
    title: str
    status: Status
    estimated_minutes: int
    completed_on: date | None
    refresher_due: date | None
    best_percent: int | None
    attempts: int
    spent_minutes: int = 0  # time actually spent in the module, all days together


def score_checks(module: Module, answers: dict[str, set[int]]) -> int:
    """Number of questions answered exactly right; unknown ids or options are input errors."""
    known = {check.id: check for check in module.checks}
    for check_id, chosen in answers.items():
        check = known.get(check_id)
        if check is None:
            raise InvalidInput(
                say("no question '{check_id}' in module '{id}'", check_id=check_id, id=module.id),
                field="answers",
            )
        if any(not 0 <= index < len(check.options) for index in chosen):
            raise InvalidInput(
                say("question '{check_id}' has no such option", check_id=check_id), field="answers"
            )
    return sum(check.is_answered_correctly(answers.get(check.id, set())) for check in module.checks)


def passes(module: Module, correct: int) -> bool:
    return 100 * correct >= module.pass_mark * len(module.checks)


def walk(scenario: Scenario, choices: tuple[int, ...]) -> tuple[list[Node], int, int]:
    """Follow the choices from the start; returns visited nodes and skills shown / missed."""
    node = scenario.nodes[scenario.start]
    visited, shown, missed = [node], 0, 0
    for step, index in enumerate(choices):
        if node.debrief or not 0 <= index < len(node.responses):
            raise InvalidInput(
                say(
                    "choice {value} does not exist in scenario '{id}'",
                    value=step + 1,
                    id=scenario.id,
                ),
                field="choices",
            )
        response = node.responses[index]
        shown += response.effect is Effect.SHOWN
        missed += response.effect is Effect.MISSED
        node = scenario.nodes[response.next]
        visited.append(node)
    return visited, shown, missed


def add_months(start: date, months: int) -> date:
    """Same day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def refresher_due(module: Module, completed_on: date | None) -> date | None:
    if completed_on is None or module.refresher_months == 0:
        return None
    return add_months(completed_on, module.refresher_months)


def run_ending(module: Module, run: ScenarioRun) -> Ending | None:
    """The ending a stored run reached; None if unfinished or the module changed since."""
    scenario = module.scenario(run.scenario_id)
    if scenario is None or not run.finished:
        return None
    try:
        nodes = walk(scenario, run.choices)[0]
    except InvalidInput:
        return None  # the role-play was rewritten: this old run no longer maps onto it
    return nodes[-1].ending if nodes[-1].debrief else None


def is_complete(
    module: Module, progress: Progress, attempts: list[CheckAttempt], runs: list[ScenarioRun]
) -> bool:
    """Every lesson opened, one attempt at the pass mark, one role-play with a good-enough end."""
    lessons = {lesson.id for lesson in module.lessons} <= set(progress.lessons_done)
    checks = any(attempt.passed for attempt in attempts)
    endings = (run_ending(module, run) for run in runs)
    scenario = any(ending is not None and ending.good_enough for ending in endings)
    return lessons and checks and scenario


def status_of(progress: Progress | None) -> Status:
    if progress is None:
        return Status.NOT_STARTED
    return Status.COMPLETE if progress.completed_on else Status.IN_PROGRESS
