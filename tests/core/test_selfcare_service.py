"""SelfCareService over an in-memory fake repository: check-ins, trends, reminders, nudges."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from peerdesk.core.errors import InvalidInput
from peerdesk.core.selfcare.checkins import CheckIn
from peerdesk.core.selfcare.nudges import DEFAULT_RESOURCES
from peerdesk.core.selfcare.plan import SelfCarePlan
from peerdesk.core.selfcare.service import SelfCareService

# A Wednesday, so "this week" started on Monday 2025-03-10.
NOW = datetime(2025, 3, 12, 18, 0)


class FakeRepo:
    def __init__(self) -> None:
        self.rows: dict[int, CheckIn] = {}
        self.plan: SelfCarePlan | None = None
        self.state: dict[str, str] = {}
        self.gone: set[str] = set()

    def add_checkin(self, checkin: CheckIn) -> int:
        new_id = len(self.rows) + 1
        self.rows[new_id] = replace(checkin, id=new_id)
        return new_id

    def get_checkin(self, checkin_id: int) -> CheckIn | None:
        return self.rows.get(checkin_id)

    def delete_checkin(self, checkin_id: int) -> bool:
        return self.rows.pop(checkin_id, None) is not None

    def list_checkins(self, instrument: str | None = None) -> list[CheckIn]:
        found = [c for c in self.rows.values() if instrument in (None, c.instrument)]
        return sorted(found, key=lambda c: (c.taken_at, c.id or 0))

    def load_plan(self) -> SelfCarePlan | None:
        return self.plan

    def save_plan(self, plan: SelfCarePlan) -> None:
        self.plan = plan

    def get_state(self, key: str) -> str | None:
        return self.state.get(key)

    def set_state(self, key: str, value: str) -> None:
        self.state[key] = value

    def dismissed(self) -> set[str]:
        return set(self.gone)

    def add_dismissed(self, key: str) -> None:
        self.gone.add(key)


@dataclass(frozen=True)
class FakeContact:
    when: datetime
    duration_min: int
    affect: int | None = None


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def world() -> tuple[SelfCareService, FakeRepo, Clock, list[FakeContact], list[str]]:
    repo, clock, contacts, topics = FakeRepo(), Clock(NOW), [], []

    def load(start: date, end: date) -> list[FakeContact]:
        return [c for c in contacts if start <= c.when.date() <= end]

    service = SelfCareService(repo, topics.append, load, clock=clock)
    return service, repo, clock, contacts, topics


def _quick(service: SelfCareService, when: datetime, total: int) -> CheckIn:
    """A quick check-in whose overall score is `total` (stress answered 3, which stays 3)."""
    rest = total - 3
    answers = [rest // 5 + (1 if i < rest % 5 else 0) for i in range(5)]
    return service.add_checkin("quick_checkin", [*answers[:2], 3, *answers[2:]], when)


def test_add_checkin_validates_and_notifies(world) -> None:
    service, repo, _clock, _contacts, topics = world
    saved = service.add_by_keys(
        "quick_checkin",
        {"energy": 2, "sleep": 3, "stress": 4, "mood": 2, "connected": 3, "meaning": 4},
        note="  only mine  ",
    )
    assert saved.id == 1
    assert saved.note == "only mine"
    assert service.scores(saved)["overall"].raw == 16
    assert topics == ["selfcare"]
    with pytest.raises(InvalidInput) as err:
        service.add_by_keys("quick_checkin", {"energy": 2})
    assert err.value.field == "sleep"
    with pytest.raises(InvalidInput) as err:
        service.add_checkin("who5", [1, 2, 3, 4, 5], NOW + timedelta(days=1))
    assert err.value.field == "taken_at"
    with pytest.raises(InvalidInput) as err:
        service.add_checkin("nope", [1])
    assert err.value.field == "instrument"
    assert len(repo.rows) == 1  # nothing partial stored by the failures
    assert topics == ["selfcare"]


def test_change_since_previous(world) -> None:
    service, *_ = world
    first = service.add_checkin("who5", [3, 3, 3, 3, 3], NOW - timedelta(days=14))  # 60 %
    second = service.add_checkin("who5", [3, 2, 3, 2, 2], NOW)  # 48 %
    assert service.change_since_previous(first) == {}
    change = service.change_since_previous(second)["wellbeing"]
    assert (change.delta, change.direction, change.meaningful) == (-12, "worse", True)


def test_weekly_scores_keep_gaps(world) -> None:
    service, *_ = world
    monday = date(2025, 3, 10)
    _quick(service, datetime(2025, 2, 17, 9), 20)  # week of 17 Feb
    _quick(service, datetime(2025, 2, 19, 9), 24)  # same week: mean 22
    _quick(service, datetime(2025, 3, 4, 9), 15)  # week of 3 Mar; the week of 24 Feb is a gap
    trend = service.trend("quick_checkin", "overall", "4w")
    weeks = [p.week for p in trend.points]
    assert weeks == [monday - timedelta(weeks=k) for k in (3, 2, 1, 0)]
    assert [p.value for p in trend.points] == [22, None, 15, None]
    assert [p.count for p in trend.points] == [2, 0, 1, 0]
    assert (trend.y_min, trend.y_max) == (6, 30)
    assert "2 of 4 weeks" in trend.summary()
    assert "from 22 to 15" in trend.summary()


def test_trend_all_starts_at_first_checkin_and_load_is_on_the_same_weeks(world) -> None:
    service, _repo, _clock, contacts, _ = world
    service.add_checkin("who5", [3, 3, 3, 3, 3], datetime(2025, 2, 26, 9))
    contacts += [
        FakeContact(datetime(2025, 2, 27, 10), 45, 4),
        FakeContact(datetime(2025, 2, 28, 10), 75, 2),
        FakeContact(datetime(2025, 3, 11, 10), 30, None),
    ]
    trend = service.trend("who5", "wellbeing", "all")
    assert [p.week for p in trend.points] == [w.week for w in trend.load]
    assert [(w.contacts, w.hours, w.mean_affect) for w in trend.load] == [
        (2, 2.0, 3.0),  # 45 + 75 min = 2 h; affect (4 + 2) / 2
        (0, 0.0, None),
        (1, 0.5, None),  # no rating: no mean, not zero
    ]
    assert trend.points[0].value == 60
    assert "3 contacts, 2.5 hours" in trend.summary()


def test_bad_period_is_named(world) -> None:
    service, *_ = world
    with pytest.raises(InvalidInput) as err:
        service.trend("who5", "wellbeing", "6w")
    assert err.value.field == "period"


@pytest.mark.parametrize(
    ("cadence", "last", "due"),
    [
        ("daily", None, True),
        ("daily", NOW - timedelta(hours=3), False),  # done today: silent
        ("daily", NOW - timedelta(days=1), True),
        ("weekly", NOW - timedelta(days=2), False),  # Monday this week: silent
        ("weekly", NOW - timedelta(days=3), True),  # last Sunday: a new week
        ("off", None, False),
    ],
)
def test_cadence_reminders(world, cadence: str, last: datetime | None, due: bool) -> None:
    service, *_ = world
    service.set_cadence(cadence)
    if last is not None:
        _quick(service, last, 20)
    assert (service.reminder() is not None) == due


def test_unknown_cadence_is_refused(world) -> None:
    service, *_ = world
    with pytest.raises(InvalidInput) as err:
        service.set_cadence("hourly")
    assert err.value.field == "cadence"


def test_plan_is_validated_and_merged(world) -> None:
    service, *_ = world
    service.save_plan({"what_helps": ["A walk at lunch", "  ", "Music"]})
    plan = service.save_plan({"people": ["My sister"]})
    assert plan.what_helps == ("A walk at lunch", "Music")
    assert plan.people == ("My sister",)
    with pytest.raises(InvalidInput) as err:
        service.save_plan({"hobbies": ["x"]})
    assert err.value.field == "hobbies"
    with pytest.raises(InvalidInput) as err:
        service.save_plan({"boundaries": ["x" * 301]})
    assert err.value.field == "boundaries"
    assert service.plan().boundaries == ()
    headings = [heading for heading, _ in service.plan().sections()]
    assert headings[:2] == ["My warning signs", "What helps me"]
    assert service.plan().sections()[1][1] == ("A walk at lunch", "Music")


def _plan(service: SelfCareService) -> None:
    service.save_plan({
        "what_helps": ["A walk at lunch"],
        "people": ["My sister"],
        "professional_supports": ["EAP counsellor"],
    })  # fmt: skip


def test_band_nudge_when_entering_a_concerning_band(world) -> None:
    service, *_ = world
    _plan(service)
    service.add_checkin("who5", [3, 3, 3, 3, 3], NOW - timedelta(days=14))  # 60 %: fine
    assert service.nudges() == []
    latest = service.add_checkin("who5", [3, 2, 3, 2, 2], NOW)  # 48 %: low, concern 1
    [nudge] = service.nudges()
    assert nudge.kind == "band"
    assert nudge.key == f"band:who5:wellbeing:{latest.id}"
    assert nudge.concern == 1
    assert nudge.actions == ("A walk at lunch", "My sister", "EAP counsellor")
    assert nudge.resources == tuple(DEFAULT_RESOURCES)


def test_staying_in_the_same_concerning_band_does_not_nudge_again(world) -> None:
    service, *_ = world
    service.add_checkin("who5", [3, 2, 3, 2, 2], NOW - timedelta(days=7))  # 48 %
    service.add_checkin("who5", [3, 2, 3, 2, 1], NOW)  # 44 %: same band
    assert [n.kind for n in service.nudges()] == []


def test_strong_concern_puts_professional_support_first(world) -> None:
    service, *_ = world
    _plan(service)
    service.add_checkin("who5", [3, 2, 3, 2, 2], NOW - timedelta(days=7))  # 48 %: low
    service.add_checkin("who5", [2, 1, 2, 1, 1], NOW)  # 28 %: very low, concern 2
    [nudge] = service.nudges()
    assert nudge.concern == 2
    assert nudge.actions[0] == "EAP counsellor"


def test_worsening_three_check_ins_in_a_row(world) -> None:
    service, *_ = world
    for days, total in ((21, 27), (14, 26), (7, 25)):
        _quick(service, NOW - timedelta(days=days), total)
    assert service.nudges() == []  # two worsenings only
    latest = _quick(service, NOW, 24)  # third worsening in a row, still "doing well"
    [nudge] = service.nudges()
    assert nudge.kind == "worsening"
    assert nudge.key == f"worsening:quick_checkin:overall:{latest.id}"


def test_no_worsening_nudge_when_the_run_is_broken(world) -> None:
    service, *_ = world
    for days, total in ((21, 27), (14, 26), (7, 26), (0, 25)):
        _quick(service, NOW - timedelta(days=days), total)
    assert service.nudges() == []


def test_load_jump_nudge(world) -> None:
    service, _repo, _clock, contacts, _ = world
    # Four usual weeks before the last 7 days: one 60-minute contact a week.
    contacts += [FakeContact(NOW - timedelta(days=d), 60) for d in (10, 17, 24, 31)]
    assert service.nudges() == []
    # Last 7 days: four contacts (usual 1/week → at least double and 3 more).
    contacts += [FakeContact(NOW - timedelta(days=d), 30) for d in (0, 1, 2, 3)]
    [nudge] = service.nudges()
    assert nudge.kind == "load"
    assert nudge.key == "load:2025-W11"
    assert "4 support contacts" in nudge.message


def test_help_provider_resources_are_shown(world) -> None:
    _service, repo, clock, contacts, _ = world
    contacts += [FakeContact(NOW - timedelta(days=d), 60) for d in (0, 1, 2, 3)]
    helped = SelfCareService(repo, lambda _t: None, lambda _s, _e: contacts, clock=clock,
                             help_provider=lambda: ["EAP: 0800 000 000"])  # fmt: skip
    assert helped.nudges()[0].resources == ("EAP: 0800 000 000",)


def test_dismiss_hides_only_that_nudge(world) -> None:
    service, *_ = world
    service.add_checkin("who5", [3, 3, 3, 3, 3], NOW - timedelta(days=21))
    service.add_checkin("who5", [3, 2, 3, 2, 2], NOW - timedelta(days=14))
    [first] = service.nudges()
    service.dismiss(first.key)
    assert service.nudges() == []
    service.add_checkin("who5", [3, 3, 3, 3, 3], NOW - timedelta(days=7))
    service.add_checkin("who5", [3, 2, 3, 2, 2], NOW)  # a new entry into the band: a new nudge
    [second] = service.nudges()
    assert second.key != first.key


def test_snooze_not_again_this_week(world) -> None:
    service, _repo, clock, contacts, _ = world
    contacts += [FakeContact(NOW - timedelta(days=d), 60) for d in (0, 1, 2, 3)]
    assert [n.kind for n in service.nudges()] == ["load"]
    until = service.snooze("load")
    assert until == date(2025, 3, 17)  # next Monday
    assert service.nudges() == []
    clock.now = datetime(2025, 3, 16, 20, 0)  # Sunday: still this week
    assert service.nudges() == []
    clock.now = datetime(2025, 3, 17, 9, 0)  # Monday: a new week, and another heavy stretch
    contacts += [FakeContact(clock.now, 60)] * 3
    assert [n.kind for n in service.nudges()] == ["load"]


def test_snooze_all_and_bad_kind(world) -> None:
    service, *_ = world
    service.add_checkin("who5", [2, 1, 2, 1, 1], NOW)
    assert service.nudges()
    service.snooze()
    assert service.nudges() == []
    with pytest.raises(InvalidInput) as err:
        service.snooze("forever")
    assert err.value.field == "kind"


def test_milestone_regular_checkins(world) -> None:
    service, *_ = world
    for weeks in (1, 2, 3):
        _quick(service, NOW - timedelta(weeks=weeks), 20)
    assert service.milestones() == []  # three weeks in a row so far
    _quick(service, NOW, 20)
    [milestone] = service.milestones()
    assert milestone.kind == "streak"
    assert "4 weeks" in milestone.message
    service.dismiss(milestone.key)
    assert service.milestones() == []


def test_milestone_training_and_steady_load(world) -> None:
    _service, repo, clock, contacts, _ = world
    # Four complete weeks before this one (Mon 10 Mar), each with 1–2 hours of support.
    contacts += [FakeContact(datetime(2025, 3, 10) - timedelta(weeks=w, days=-1), 90)
                 for w in (1, 2, 3, 4)]  # fmt: skip
    finished = [("Looking after yourself", date(2025, 3, 1)), ("Old one", date(2024, 12, 1))]
    service = SelfCareService(repo, lambda _t: None, lambda _s, _e: contacts, clock=clock,
                              training_provider=lambda: finished)  # fmt: skip
    kinds = {m.kind: m for m in service.milestones()}
    assert set(kinds) == {"training", "steady_load"}
    assert "Looking after yourself" in kinds["training"].message
    # One very heavy week breaks the sustainable month.
    contacts.append(FakeContact(datetime(2025, 3, 4, 9), 12 * 60))
    assert {m.kind for m in service.milestones()} == {"training"}


ORG = {
    "format": 1, "id": "team_pulse", "name": "Team pulse", "kind": "organisation",
    "purpose": "A short pulse.", "credit": "Our team.",
    "scale": {"min": 1, "max": 3, "labels": {"1": "low", "2": "mid", "3": "high"}},
    "items": [{"number": 1, "key": "rested", "text": "I feel rested."},
              {"number": 2, "key": "tense", "text": "I feel tense."}],
    "reverse_items": [2],
    "subscales": [{"id": "pulse", "name": "Pulse", "items": [1, 2], "higher_is": "better",
                   "bands": [{"id": "all", "label": "All", "min": 2, "max": 6, "concern": 0,
                              "message": "m"}]}],
}  # fmt: skip


def test_organisation_folder(tmp_path: Path, world) -> None:
    _service, repo, clock, *_ = world
    (tmp_path / "team_pulse.json").write_text(json.dumps(ORG), encoding="utf-8")
    service = SelfCareService(repo, lambda _t: None, lambda _s, _e: [], clock=clock,
                              instrument_dirs=[tmp_path])  # fmt: skip
    assert service.instrument("team_pulse").name == "Team pulse"
    saved = service.add_checkin("team_pulse", [3, 1])
    assert service.scores(saved)["pulse"].raw == 6  # 3 + (1 + 3 − 1 = 3)
    (tmp_path / "team_pulse.json").unlink()
    (tmp_path / "who5.json").write_text(json.dumps(dict(ORG, id="who5")), encoding="utf-8")
    broken = SelfCareService(repo, lambda _t: None, lambda _s, _e: [], clock=clock,
                             instrument_dirs=[tmp_path])  # fmt: skip
    assert broken.load_problems == ["who5.json: id: is already used by a built-in instrument"]
    assert broken.instrument("who5").kind == "third_party"  # the built-in one is kept


def test_the_trend_summary_and_reminders_speak_french(world) -> None:
    from peerdesk.core import language as lang

    service, _repo, _clock, contacts, _ = world
    service.add_checkin("who5", [3, 3, 3, 3, 3], datetime(2025, 2, 26, 9))
    contacts += [
        FakeContact(datetime(2025, 2, 27, 10), 45, 4),
        FakeContact(datetime(2025, 2, 28, 10), 75, 2),
    ]
    lang.set_current(lang.FRENCH)
    try:
        summary = service.trend("who5", "wellbeing", "all").summary()
        assert "depuis le début\u00a0: 1 semaine sur 3 avec un bilan" in summary
        assert "la semaine du 24 févr. 2025" in summary
        assert "Charge de soutien\u00a0: 2 contacts, 2 h." in summary
        with pytest.raises(InvalidInput, match="choisissez parmi"):
            service.trend("who5", "wellbeing", "6w")
    finally:
        lang.set_current(lang.ENGLISH)
