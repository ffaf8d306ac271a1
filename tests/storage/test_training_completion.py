"""Completion, credited hours and time actually spent, through the real repository."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.core.errors import InvalidInput
from peerdesk.core.training.assessment import all_paths, ending_of
from peerdesk.core.training.loader import load_catalogue
from peerdesk.core.training.model import Ending
from peerdesk.core.training.service import MAX_SESSION_SECONDS, TrainingService
from peerdesk.storage.repos.training import TrainingRepository

MOD = "high-risk-conversations"  # held out: none of the older tests tuned to it
CATALOGUE = load_catalogue()


class Clock:
    def __init__(self) -> None:
        self.today = date(2026, 4, 6)

    def __call__(self) -> date:
        return self.today


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def service(memory_db, clock):
    return TrainingService(TrainingRepository(memory_db), lambda _t: None, CATALOGUE, clock)


def path_ending(module_id: str, wanted: Ending) -> tuple[int, ...]:
    scenario = CATALOGUE.modules[module_id].scenarios[0]
    return next(c for c in all_paths(scenario) if ending_of(scenario, c) is wanted)


def pass_checks(service, module_id=MOD):
    module = service.module(module_id)
    return service.submit_checks(module_id, {c.id: set(c.correct_indexes()) for c in module.checks})


def open_lessons(service, module_id=MOD):
    for lesson in service.module(module_id).lessons:
        service.open_lesson(module_id, lesson.id)


def run(service, ending: Ending, module_id=MOD):
    scenario = service.module(module_id).scenarios[0]
    return service.record_scenario_run(module_id, scenario.id, path_ending(module_id, ending))


def test_complete_needs_lessons_opened_a_pass_and_a_good_enough_ending(service):
    run(service, Ending.POOR)
    pass_checks(service)
    assert service.status(MOD).completed_on is None  # lessons not opened yet
    open_lessons(service)
    assert service.status(MOD).completed_on is None  # a poor ending is not good enough
    run(service, Ending.FAIR)
    assert service.status(MOD).completed_on == date(2026, 4, 6)


def test_a_failed_attempt_does_not_complete(service):
    open_lessons(service)
    run(service, Ending.GOOD)
    module = service.module(MOD)
    wrong = {
        c.id: {next(i for i, o in enumerate(c.options) if not o.correct)} for c in module.checks
    }
    assert not service.submit_checks(MOD, wrong).passed
    assert service.status(MOD).completed_on is None
    pass_checks(service)
    assert service.status(MOD).completed_on is not None


def test_opening_a_lesson_counts_it(service):
    lesson = service.module(MOD).lessons[1]
    service.open_lesson(MOD, lesson.id)
    assert service.lessons_done(MOD) == [lesson.id]
    assert service.resume_position(MOD) == f"lesson:{lesson.id}"


def test_credited_minutes_only_once_complete_and_on_that_day(service, clock):
    estimate = service.module(MOD).estimated_minutes
    month = (date(2026, 4, 1), date(2026, 4, 30))
    open_lessons(service)
    pass_checks(service)
    assert service.credited_minutes_between(*month) == 0
    assert service.done_between(*month) == (0.0, 0)
    clock.today = date(2026, 4, 20)
    run(service, Ending.GOOD)
    assert service.credited_minutes_between(*month) == estimate
    assert service.done_between(*month) == (round(estimate / 60, 2), 1)
    assert service.credited_minutes_between(date(2026, 5, 1), date(2026, 5, 31)) == 0


def test_time_spent_is_counted_whatever_the_completion(service, clock):
    service.add_time_spent(MOD, 600)
    service.add_time_spent(MOD, 300.7)
    service.add_time_spent(MOD, 3)  # a glance: dropped
    clock.today = date(2026, 4, 7)
    service.add_time_spent("postvention", 10 * 3600)  # left open overnight: capped
    april = (date(2026, 4, 1), date(2026, 4, 30))
    assert service.spent_minutes_between(*april) == round((900 + MAX_SESSION_SECONDS) / 60)
    assert service.spent_minutes_between(date(2026, 4, 6), date(2026, 4, 6)) == 15
    assert service.credited_minutes_between(*april) == 0
    assert service.status(MOD).spent_minutes == 15
    assert service.hours()["spent"] == round((900 + MAX_SESSION_SECONDS) / 3600, 2)
    with pytest.raises(InvalidInput):
        service.add_time_spent("no-such-module", 60)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(chunks=st.lists(st.floats(min_value=0, max_value=40_000), max_size=12))
def test_time_spent_adds_up_within_its_limits(memory_db, chunks):
    memory_db["training_time"].delete_where()  # the fixture is shared by every example
    service = TrainingService(TrainingRepository(memory_db), lambda _t: None, CATALOGUE, Clock())
    for seconds in chunks:
        service.add_time_spent(MOD, seconds)
    kept = sum(int(min(s, MAX_SESSION_SECONDS)) for s in chunks if s >= 5)
    day = date(2026, 4, 6)
    assert service.spent_minutes_between(day, day) == round(kept / 60)
    assert service.spent_minutes_between(day + timedelta(days=1), day + timedelta(days=9)) == 0


def test_check_order_is_kept_for_the_review_and_renewed_for_the_next_attempt(service):
    first = service.checks_seed(MOD)
    assert service.resume_position(MOD).startswith("lesson:")  # opening checks moved nothing
    module = service.module(MOD)
    service.submit_checks(MOD, {c.id: set(c.correct_indexes()) for c in module.checks}, first)
    assert service.checks_seed(MOD) == first  # the review shows the same order
    assert service.option_order(MOD, first) == service.option_order(MOD, first)
    assert service.resume_position(MOD) == f"checks:{first}"


def test_an_old_run_from_a_rewritten_role_play_does_not_count(service, memory_db):
    open_lessons(service)
    pass_checks(service)
    scenario = service.module(MOD).scenarios[0]
    memory_db["training_scenario_runs"].insert(
        {"module_id": MOD, "scenario_id": scenario.id, "choices": "[9, 9, 9]", "shown": 3,
         "missed": 0, "finished": 1, "run_on": "2026-04-01"}
    )  # fmt: skip
    service.finish_lesson(MOD, service.module(MOD).lessons[0].id)  # re-checks completion
    assert service.status(MOD).completed_on is None


def test_time_is_kept_per_day_in_the_vault_table(memory_db):
    repo = TrainingRepository(memory_db)
    repo.add_time_spent(MOD, date(2026, 1, 2), 60)
    repo.add_time_spent(MOD, date(2026, 1, 2), 30)
    repo.add_time_spent(MOD, date(2026, 1, 3), 5)
    rows = repo.time_spent(date(2026, 1, 1), date(2026, 1, 2))
    assert [(r.day, r.seconds) for r in rows] == [(date(2026, 1, 2), 90)]
    assert len(repo.time_spent()) == 2


def test_the_demo_vault_shows_two_completed_modules(memory_db):
    import random

    from peerdesk.demo import _seed_training

    service = TrainingService(TrainingRepository(memory_db), lambda _t: None, CATALOGUE)
    _seed_training(service, random.Random(1))
    done = [s for s in service.modules() if s.completed_on]
    assert len(done) == 2
