"""Training progress through the real repository: status, checks, scenarios, log, reopen."""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.core.errors import InvalidInput
from peerdesk.core.training.loader import load_catalogue
from peerdesk.core.training.progress import Status, add_months
from peerdesk.core.training.service import TrainingService
from peerdesk.storage.repos.training import TrainingRepository

MOD = "peer-support-basics"


class Clock:
    def __init__(self) -> None:
        self.today = date(2025, 3, 10)

    def __call__(self) -> date:
        return self.today


@pytest.fixture
def service(memory_db):
    topics: list[str] = []
    svc = TrainingService(TrainingRepository(memory_db), topics.append, load_catalogue(), Clock())
    svc.topics = topics  # type: ignore[attr-defined]
    return svc


def right_answers(service, module_id=MOD):
    module = service.module(module_id)
    return {c.id: set(c.correct_indexes()) for c in module.checks}


def best_path(scenario):
    """Choices that always take the reply marked 'shown' (first one found)."""
    choices, node = [], scenario.nodes[scenario.start]
    while not node.debrief:
        index = next(i for i, r in enumerate(node.responses) if r.effect.value == "shown")
        choices.append(index)
        node = scenario.nodes[node.responses[index].next]
    return tuple(choices)


def complete(service, module_id=MOD):
    module = service.module(module_id)
    for lesson in module.lessons:
        service.finish_lesson(module_id, lesson.id)
    service.submit_checks(module_id, right_answers(service, module_id))
    scenario = module.scenarios[0]
    return service.record_scenario_run(module_id, scenario.id, best_path(scenario))


def test_status_moves_from_not_started_to_complete(service):
    assert service.status(MOD).status is Status.NOT_STARTED
    body = service.open_lesson(MOD, "the-role")
    assert body.startswith("## A colleague")
    assert service.status(MOD).status is Status.IN_PROGRESS
    assert service.resume_position(MOD) == "lesson:the-role"
    run = complete(service)
    assert run.finished and run.missed == 0 and run.shown >= 6
    status = service.status(MOD)
    assert status.status is Status.COMPLETE and status.completed_on == date(2025, 3, 10)
    assert status.refresher_due == date(2027, 3, 10)  # 24-month refresher
    assert "training" in service.topics


def test_checks_pass_mark_and_retries(service):
    wrong = {check_id: set() for check_id in right_answers(service)}
    first = service.submit_checks(MOD, wrong)
    assert (first.attempt, first.correct, first.passed) == (1, 0, False)
    nearly = right_answers(service)
    q1 = service.module(MOD).checks[0]
    nearly["q1"] = {next(i for i, o in enumerate(q1.options) if not o.correct)}
    second = service.submit_checks(MOD, nearly)  # 4 of 5 = 80 %, the pass mark
    assert (second.attempt, second.percent, second.passed) == (2, 80, True)
    assert service.status(MOD).best_percent == 80 and service.status(MOD).attempts == 2
    with pytest.raises(InvalidInput, match="answers"):
        service.submit_checks(MOD, {"q1": {9}})


def test_multiple_choice_needs_exactly_the_right_options(service):
    module = service.module(MOD)
    multiple = next(c for c in module.checks if c.kind.value == "multiple")
    right = set(multiple.correct_indexes())
    assert multiple.is_answered_correctly(right)
    wrong = next(i for i in range(len(multiple.options)) if i not in right)
    assert not multiple.is_answered_correctly(right | {wrong})
    assert len(right) > 1 and not multiple.is_answered_correctly(set(sorted(right)[:1]))


def test_unfinished_scenario_and_resume(service):
    scenario = service.module(MOD).scenarios[0]
    seen = service.scenario_steps(MOD, scenario.id, (0, 0))
    assert seen[0].id == scenario.start and len(seen) == 3
    assert [seen[i].responses[0].next for i in range(2)] == [n.id for n in seen[1:]]
    assert not any(n.debrief for n in seen)
    assert service.resume_position(MOD) == f"scenario:{scenario.id}:0,0"
    run = service.record_scenario_run(MOD, scenario.id, (0, 0))
    assert not run.finished
    with pytest.raises(InvalidInput, match="choice 1"):
        service.record_scenario_run(MOD, scenario.id, (7,))


def test_refresher_due_and_passing_again_renews_completion(service):
    complete(service)
    service._today.today = date(2027, 4, 1)  # past the 24-month refresher
    due = service.refreshers_due()
    assert [s.module_id for s in due] == [MOD]
    service.submit_checks(MOD, right_answers(service))
    assert service.status(MOD).completed_on == date(2027, 4, 1)
    assert service.refreshers_due() == []


def test_add_months_clamps_to_month_end():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 11, 15), 14) == date(2026, 1, 15)


def test_reflections_and_self_assessment(service):
    service.save_reflection(MOD, "why-me", "Because someone listened to me once.")
    service.save_reflection(MOD, "why-me", "Updated answer.")
    assert service.reflection(MOD, "why-me") == "Updated answer."
    with pytest.raises(InvalidInput, match="reflection"):
        service.save_reflection(MOD, "nope", "x")
    items = service.module("trust-and-allyship").self_assessment.items
    answers = {item.id: index % 2 == 0 for index, item in enumerate(items)}
    assert service.save_self_assessment("trust-and-allyship", answers) == (3, 6)
    with pytest.raises(InvalidInput, match="self_assessment"):
        service.save_self_assessment("trust-and-allyship", {"strategy": True})


def test_external_training_log_and_hours(service):
    entry = service.add_external(" Mental health first aid ", "Red Cross", date(2025, 1, 20), 7.5)
    assert entry.id is not None and entry.course == "Mental health first aid"
    complete(service)
    hours = round(service.module(MOD).estimated_minutes / 60, 2)
    expected = {"modules": hours, "external": 7.5, "total": round(hours + 7.5, 2), "spent": 0.0}
    assert service.hours() == expected
    for bad, field in [
        (("", "X", date(2025, 1, 1), 1), "course"),
        (("C", "X", date(2025, 1, 1), 0), "hours"),
        (("C", "X", date(2099, 1, 1), 1), "date"),
    ]:
        with pytest.raises(InvalidInput, match=field):
            service.add_external(*bad)
    assert len(service.external_trainings()) == 1
    service.remove_external(entry.id)
    assert service.external_trainings() == []


def test_progress_survives_save_and_reopen(vault_factory, tmp_path):
    from peerdesk.storage.assembly import open_desk
    from peerdesk.storage.vault import open_vault

    passphrase = "correct horse battery staple"
    vault, _ = vault_factory("t.peerdesk", passphrase)
    training = open_desk(vault).training
    training.open_lesson(MOD, "boundaries")
    run = complete(training)
    training.save_reflection(MOD, "my-limits", "Saying no kindly.")
    training.add_external("Listening skills", "Local college", date(2024, 5, 2), 3)
    vault.save()
    vault.close()

    reopened = open_vault(tmp_path / "t.peerdesk", passphrase=passphrase)
    try:
        again = open_desk(reopened).training
        status = again.status(MOD)
        assert status.status is Status.COMPLETE and status.best_percent == 100
        assert again.reflection(MOD, "my-limits") == "Saying no kindly."
        assert [t.course for t in again.external_trainings()] == ["Listening skills"]
        runs = TrainingRepository(reopened.db).scenario_runs(MOD)
        assert [r.choices for r in runs] == [run.choices]
        assert again.resume_position(MOD) == "checks"
    finally:
        reopened.close()


def test_import_pack_installs_valid_modules_only(service, tmp_path):
    import json

    from peerdesk.core.training.loader import builtin_folder, load_catalogue

    data = json.loads(builtin_folder().joinpath("03-uncertainty.json").read_text("utf-8"))
    pack, dest = tmp_path / "pack", tmp_path / "installed"
    pack.mkdir()
    (pack / "m.json").write_text(json.dumps(data), "utf-8")
    report = service.import_pack(pack, dest)
    assert not report.ok and "built-in module" in report.problems[0].message
    assert not dest.exists()

    data["id"] = "org-uncertainty"
    (pack / "m.json").write_text(json.dumps(data), "utf-8")
    report = service.import_pack(pack, dest)
    assert report.ok and service.status("org-uncertainty").title == data["title"]["en"]
    reloaded = load_catalogue([dest])  # the installed copy validates again on the next start
    assert reloaded.problems == [] and reloaded.get("org-uncertainty") == service.module(
        "org-uncertainty"
    )


def test_done_between_counts_modules_and_logged_hours(desk):
    from datetime import date

    training = desk.training
    first = training.modules()[0]
    module = training.module(first.module_id)
    for lesson in module.lessons:
        training.finish_lesson(module.id, lesson.id)
    training.submit_checks(module.id, {c.id: set(c.correct_indexes()) for c in module.checks})
    scenario = module.scenarios[0]
    training.record_scenario_run(module.id, scenario.id, best_path(scenario))
    training.add_external("First aid", "Red Cross", date(2026, 1, 10), 3.5)
    today = date.today()
    hours, modules = training.done_between(date(2026, 1, 1), today)
    assert modules == 1
    assert hours == round(module.estimated_minutes / 60 + 3.5, 2)
    assert training.done_between(date(2020, 1, 1), date(2020, 12, 31)) == (0.0, 0)
