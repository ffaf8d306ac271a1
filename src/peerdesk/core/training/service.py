"""TrainingService: what the window and the CLI call to take modules and keep a training log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Protocol

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say
from peerdesk.core.training import assessment
from peerdesk.core.training import progress as rules
from peerdesk.core.training.loader import Catalogue
from peerdesk.core.training.model import LoadProblem, Module, Node, Scenario
from peerdesk.core.training.packs import PackReport, install_pack, read_pack
from peerdesk.core.training.progress import (
    CheckAttempt,
    ExternalTraining,
    ModuleStatus,
    Progress,
    ScenarioRun,
    TimeSpent,
)

TOPIC = "training"
MAX_REFLECTION = 20_000
MAX_SESSION_SECONDS = 4 * 3600  # a module left open overnight is not four hours of study
MIN_SESSION_SECONDS = 5  # a glance while clicking past is not time spent


class TrainingRepository(Protocol):
    def get_progress(self, module_id: str) -> Progress | None: ...
    def save_progress(self, progress: Progress) -> None: ...
    def check_attempts(self, module_id: str) -> list[CheckAttempt]: ...
    def add_check_attempt(self, attempt: CheckAttempt) -> None: ...
    def scenario_runs(self, module_id: str) -> list[ScenarioRun]: ...
    def add_scenario_run(self, run: ScenarioRun) -> None: ...
    def get_reflection(self, module_id: str, reflection_id: str) -> str | None: ...
    def save_reflection(self, module_id: str, reflection_id: str, text: str, on: date) -> None: ...
    def save_self_assessment(self, module_id: str, answers: dict[str, bool], on: date) -> None: ...
    def self_assessments(self, module_id: str) -> list[tuple[date, dict[str, bool]]]: ...
    def add_external(self, training: ExternalTraining) -> int: ...
    def external_trainings(self) -> list[ExternalTraining]: ...
    def remove_external(self, training_id: int) -> bool: ...
    def add_time_spent(self, module_id: str, day: date, seconds: int) -> None: ...
    def time_spent(self, start: date | None = None, end: date | None = None) -> list[TimeSpent]: ...


class TrainingService:
    """Progress through the catalogue's modules, stored in the vault through the repository.

    Training time comes in two kinds, and reports must say which one they count:
    - credited: a module's `estimated_minutes`, counted once, on the day the module becomes
      complete (lessons opened, an attempt at the pass mark, a role-play ending good enough);
      `credited_minutes_between(start, end)`; `done_between` turns it into hours and adds the
      external log.
    - spent: the minutes the trainee actually had the module open, per day, whether or not it
      is complete; `spent_minutes_between(start, end)`.
    """

    def __init__(
        self,
        repo: TrainingRepository,
        notify: Callable[[str], None],
        catalogue: Catalogue,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._repo = repo
        self._notify = notify
        self.catalogue = catalogue
        self._today = today

    # --- catalogue and status ---
    def module(self, module_id: str) -> Module:
        module = self.catalogue.get(module_id)
        if module is None:
            raise InvalidInput(
                say("there is no training module '{module_id}'", module_id=module_id),
                field="module",
            )
        return module

    def modules(self) -> list[ModuleStatus]:
        return [self.status(module_id) for module_id in self.catalogue.modules]

    def status(self, module_id: str) -> ModuleStatus:
        module = self.module(module_id)
        record = self._repo.get_progress(module_id)
        attempts = self._repo.check_attempts(module_id)
        completed = record.completed_on if record else None
        spent = sum(t.seconds for t in self._repo.time_spent() if t.module_id == module_id)
        return ModuleStatus(
            module_id=module.id,
            title=module.title,
            status=rules.status_of(record),
            estimated_minutes=module.estimated_minutes,
            completed_on=completed,
            refresher_due=rules.refresher_due(module, completed),
            best_percent=max((a.percent for a in attempts), default=None),
            attempts=len(attempts),
            spent_minutes=round(spent / 60),
        )

    def refreshers_due(self, within_days: int = 0) -> list[ModuleStatus]:
        """Completed modules whose refresher date is today, past, or within the given days."""
        today = self._today()
        return [
            s
            for s in self.modules()
            if s.refresher_due and (s.refresher_due - today).days <= within_days
        ]

    # --- lessons and resume position ---
    def open_lesson(self, module_id: str, lesson_id: str) -> str:
        """Mark where the trainee is and return the lesson's Markdown body."""
        lesson = self.module(module_id).lesson(lesson_id)
        if lesson is None:
            raise InvalidInput(
                say(
                    "module '{module_id}' has no lesson '{lesson_id}'",
                    module_id=module_id,
                    lesson_id=lesson_id,
                ),
                field="lesson",
            )
        record = self._record(module_id)
        record.position = f"lesson:{lesson_id}"
        if lesson_id not in record.lessons_done:
            record.lessons_done.append(lesson_id)  # completion asks that every lesson was opened
        self._save(record)
        return lesson.body

    def finish_lesson(self, module_id: str, lesson_id: str) -> None:
        if self.module(module_id).lesson(lesson_id) is None:
            raise InvalidInput(
                say(
                    "module '{module_id}' has no lesson '{lesson_id}'",
                    module_id=module_id,
                    lesson_id=lesson_id,
                ),
                field="lesson",
            )
        record = self._record(module_id)
        if lesson_id not in record.lessons_done:
            record.lessons_done.append(lesson_id)
        self._save(record)

    def set_position(self, module_id: str, position: str) -> None:
        record = self._record(module_id)
        record.position = position
        self._save(record)

    def resume_position(self, module_id: str) -> str:
        """Where to pick up: the saved position, or the first lesson of a new module."""
        record = self._repo.get_progress(module_id)
        if record and record.position:
            return record.position
        return f"lesson:{self.module(module_id).lessons[0].id}"

    # --- checks ---
    def checks_seed(self, module_id: str) -> int:
        """The option order of the last submitted attempt (for its review), else a new one.

        Nothing is saved here: opening a module must not move the resume position. The order
        is saved with the attempt when it is submitted.
        """
        record = self._repo.get_progress(module_id)
        kind, _, seed = (record.position if record else "").partition(":")
        if kind == "checks" and seed.isdigit():
            return int(seed)
        return assessment.new_seed()

    def new_checks_seed(self) -> int:
        """A fresh option order for the next attempt."""
        return assessment.new_seed()

    def option_order(self, module_id: str, seed: int) -> dict[str, tuple[int, ...]]:
        """For each check, the file indexes of its options in the order to show them."""
        return {
            check.id: assessment.display_order(check.id, len(check.options), seed)
            for check in self.module(module_id).checks
        }

    def submit_checks(
        self, module_id: str, answers: dict[str, set[int]], seed: int | None = None
    ) -> CheckAttempt:
        """Score one attempt (answers are file indexes); every attempt is kept.

        `seed` is the option order the trainee saw; it is kept as the resume position so the
        review shows the options in the same order.
        """
        module = self.module(module_id)
        correct = rules.score_checks(module, answers)
        attempt = CheckAttempt(
            module_id=module_id,
            attempt=len(self._repo.check_attempts(module_id)) + 1,
            correct=correct,
            total=len(module.checks),
            passed=rules.passes(module, correct),
            taken_on=self._today(),
        )
        self._repo.add_check_attempt(attempt)
        record = self._record(module_id)
        record.position = "checks" if seed is None else f"checks:{seed}"
        if attempt.passed and record.completed_on:
            record.completed_on = attempt.taken_on  # passing again is the refresher
        self._save(record)
        return attempt

    # --- scenarios ---
    def scenario_steps(
        self, module_id: str, scenario_id: str, choices: tuple[int, ...]
    ) -> list[Node]:
        """The nodes seen so far for these choices; also saves them as the resume position."""
        scenario = self._scenario(module_id, scenario_id)
        nodes, _shown, _missed = rules.walk(scenario, choices)
        self.set_position(module_id, f"scenario:{scenario_id}:{','.join(map(str, choices))}")
        return nodes

    def record_scenario_run(
        self, module_id: str, scenario_id: str, choices: tuple[int, ...]
    ) -> ScenarioRun:
        scenario = self._scenario(module_id, scenario_id)
        nodes, shown, missed = rules.walk(scenario, choices)
        run = ScenarioRun(
            module_id, scenario_id, choices, shown, missed, nodes[-1].debrief, self._today()
        )
        self._repo.add_scenario_run(run)
        self._save(self._record(module_id))
        return run

    def debrief(
        self, module_id: str, scenario_id: str, choices: tuple[int, ...]
    ) -> assessment.Debrief:
        """The ending reached and, reply by reply, what the trainee did on this path."""
        return assessment.debrief(self._scenario(module_id, scenario_id), choices)

    def response_order(
        self, module_id: str, scenario_id: str, node_id: str, seed: int
    ) -> tuple[int, ...]:
        """File indexes of a node's replies in the order to show them during one run."""
        node = self._scenario(module_id, scenario_id).nodes[node_id]
        return assessment.display_order(f"{scenario_id}/{node_id}", len(node.responses), seed)

    def _scenario(self, module_id: str, scenario_id: str) -> Scenario:
        scenario = self.module(module_id).scenario(scenario_id)
        if scenario is None:
            raise InvalidInput(
                say(
                    "module '{module_id}' has no scenario '{scenario_id}'",
                    module_id=module_id,
                    scenario_id=scenario_id,
                ),
                field="scenario",
            )
        return scenario

    # --- reflections and self-assessment ---
    def save_reflection(self, module_id: str, reflection_id: str, text: str) -> None:
        module = self.module(module_id)
        if all(r.id != reflection_id for r in module.reflections):
            raise InvalidInput(
                say(
                    "module '{module_id}' has no prompt '{reflection_id}'",
                    module_id=module_id,
                    reflection_id=reflection_id,
                ),
                field="reflection",
            )
        if len(text) > MAX_REFLECTION:
            raise InvalidInput(
                say("is longer than {most} characters", most=MAX_REFLECTION),
                field="reflection",
            )
        self._repo.save_reflection(module_id, reflection_id, text, self._today())
        self._save(self._record(module_id))

    def done_between(self, start: date, end: date) -> tuple[float, int]:
        """Credited training hours and modules completed in a period (inclusive), for reports.

        Modules count with their estimated time (see `credited_minutes_between`); external
        trainings with their logged hours. Time actually spent is `spent_minutes_between`.
        """
        done = [m for m in self.modules() if m.completed_on and start <= m.completed_on <= end]
        external = [t for t in self.external_trainings() if start <= t.date <= end]
        hours = sum(m.estimated_minutes for m in done) / 60 + sum(t.hours for t in external)
        return round(hours, 2), len(done)

    def credited_minutes_between(self, start: date, end: date) -> int:
        """Estimated minutes of the modules that became complete in the period (inclusive)."""
        done = [m for m in self.modules() if m.completed_on and start <= m.completed_on <= end]
        return sum(m.estimated_minutes for m in done)

    def spent_minutes_between(self, start: date, end: date) -> int:
        """Minutes actually spent in modules in the period (inclusive), complete or not."""
        return round(sum(t.seconds for t in self._repo.time_spent(start, end)) / 60)

    def add_time_spent(self, module_id: str, seconds: float) -> None:
        """Record time a module was open; very short glances are dropped, long ones capped."""
        self.module(module_id)
        if seconds < MIN_SESSION_SECONDS:
            return
        whole = int(min(seconds, MAX_SESSION_SECONDS))
        self._repo.add_time_spent(module_id, self._today(), whole)
        # no notify: this runs from a timer and while pages close on lock; the next save
        # (any change, or the save that locking makes) carries it into the vault

    def completed_modules(self) -> list[tuple[str, date]]:
        """(title, day) of every completed module: self-care milestones are built from these."""
        return [(m.title, m.completed_on) for m in self.modules() if m.completed_on]

    def lessons_done(self, module_id: str) -> list[str]:
        record = self._repo.get_progress(module_id)
        return list(record.lessons_done) if record else []

    def self_assessments(self, module_id: str) -> list[tuple[date, dict[str, bool]]]:
        """Every saved self-assessment of a module, oldest first."""
        return self._repo.self_assessments(module_id)

    def scenario_runs(self, module_id: str) -> list[ScenarioRun]:
        return self._repo.scenario_runs(module_id)

    def reflection(self, module_id: str, reflection_id: str) -> str:
        return self._repo.get_reflection(module_id, reflection_id) or ""

    def save_self_assessment(self, module_id: str, answers: dict[str, bool]) -> tuple[int, int]:
        """Store which behaviours are in place; returns (score, out of)."""
        assessment = self.module(module_id).self_assessment
        if assessment is None:
            raise InvalidInput(
                say("module '{module_id}' has no self-assessment", module_id=module_id),
                field="self_assessment",
            )
        ids = {item.id for item in assessment.items}
        if set(answers) != ids:
            raise InvalidInput(
                say("answer every item, and only the listed items"), field="self_assessment"
            )
        self._repo.save_self_assessment(module_id, dict(answers), self._today())
        self._notify(TOPIC)
        return sum(answers.values()), assessment.max_score

    # --- external training log and hours ---
    def add_external(self, course: str, provider: str, on: date, hours: float) -> ExternalTraining:
        course, provider = course.strip(), provider.strip()
        if not course:
            raise InvalidInput(say("must not be empty"), field="course")
        if not provider:
            raise InvalidInput(say("must not be empty"), field="provider")
        if not 0 < hours <= 1000:
            raise InvalidInput(say("must be more than 0 and at most 1000"), field="hours")
        if on > self._today():
            raise InvalidInput(say("cannot be in the future"), field="date")
        training = ExternalTraining(None, course[:200], provider[:200], on, round(hours, 2))
        new_id = self._repo.add_external(training)
        self._notify(TOPIC)
        return ExternalTraining(new_id, training.course, training.provider, on, training.hours)

    def external_trainings(self) -> list[ExternalTraining]:
        return self._repo.external_trainings()

    def remove_external(self, training_id: int) -> None:
        if not self._repo.remove_external(training_id):
            raise InvalidInput(
                say("no external training with id {training_id}", training_id=training_id),
                field="id",
            )
        self._notify(TOPIC)

    def hours(self) -> dict[str, float]:
        """Credited hours (completed modules' estimates, plus the external log) and time spent."""
        modules = sum(s.estimated_minutes for s in self.modules() if s.completed_on) / 60
        external = sum(t.hours for t in self._repo.external_trainings())
        spent = sum(t.seconds for t in self._repo.time_spent()) / 3600
        return {
            "modules": round(modules, 2),
            "external": round(external, 2),
            "total": round(modules + external, 2),
            "spent": round(spent, 2),
        }

    # --- packs ---
    def import_pack(self, path: Path, dest: Path) -> PackReport:
        """Validate a pack; install it into `dest` and the catalogue only if it has no problem."""
        report = read_pack(path)
        for module in report.modules:
            existing = self.catalogue.get(module.id)
            if existing is not None and existing.source.startswith("training/"):
                message = f"'{module.id}' is a built-in module and cannot be replaced"
                report.problems.append(LoadProblem(module.source, "id", message))
        if report.ok:
            install_pack(report, dest)
            for module in report.modules:
                self.catalogue.modules[module.id] = module
            self._notify(TOPIC)
        return report

    # --- helpers ---
    def _record(self, module_id: str) -> Progress:
        module = self.module(module_id)
        record = self._repo.get_progress(module_id)
        return record or Progress(module_id, self._today(), module_version=module.version)

    def _save(self, record: Progress) -> None:
        """Save and mark complete the first time every requirement is met."""
        module = self.module(record.module_id)
        if record.completed_on is None and rules.is_complete(
            module,
            record,
            self._repo.check_attempts(module.id),
            self._repo.scenario_runs(module.id),
        ):
            record.completed_on = self._today()
        self._repo.save_progress(record)
        self._notify(TOPIC)
