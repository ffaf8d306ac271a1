"""Self-care storage: schema step 3, the repository, the service and the load provider."""

from __future__ import annotations

from datetime import date, datetime

from peerdesk.core.selfcare.checkins import CheckIn
from peerdesk.core.selfcare.plan import SelfCarePlan
from peerdesk.storage import migrations
from peerdesk.storage.repos.selfcare import SqliteSelfCareRepo


def test_migration_step_3_makes_the_selfcare_tables(memory_db) -> None:
    assert migrations.MIGRATIONS[2].version == 3
    assert migrations.MIGRATIONS[2].apply is migrations.selfcare
    tables = set(memory_db.table_names())
    assert {"selfcare_checkins", "selfcare_plan", "selfcare_state", "selfcare_dismissed"} <= tables
    assert memory_db.conn.execute("PRAGMA user_version").fetchone()[0] >= 3


def test_checkin_round_trip_and_order(memory_db) -> None:
    repo = SqliteSelfCareRepo(memory_db)
    late = repo.add_checkin(
        CheckIn(None, "who5", datetime(2025, 3, 2, 9, 30), (1, 2, 3, 4, 5), "n")
    )
    early = repo.add_checkin(CheckIn(None, "proqol5", datetime(2025, 3, 1, 8, 0), (3,) * 30))
    assert [c.id for c in repo.list_checkins()] == [early, late]
    [who] = repo.list_checkins("who5")
    assert who == CheckIn(late, "who5", datetime(2025, 3, 2, 9, 30), (1, 2, 3, 4, 5), "n")
    assert repo.get_checkin(early) is not None
    assert repo.delete_checkin(early) is True
    assert repo.delete_checkin(early) is False
    assert repo.get_checkin(early) is None


def test_plan_state_and_dismissed(memory_db) -> None:
    repo = SqliteSelfCareRepo(memory_db)
    assert repo.load_plan() is None
    plan = SelfCarePlan(what_helps=("Walk", "Music"), people=("My sister",))
    repo.save_plan(plan)
    assert repo.load_plan() == plan
    repo.set_state("cadence", "daily")
    repo.set_state("cadence", "off")
    assert repo.get_state("cadence") == "off"
    assert repo.get_state("missing") is None
    repo.add_dismissed("band:who5:wellbeing:1")
    repo.add_dismissed("band:who5:wellbeing:1")
    assert repo.dismissed() == {"band:who5:wellbeing:1"}


def test_service_is_registered_and_persists_through_the_vault(vault_factory) -> None:
    from peerdesk.storage.assembly import open_desk
    from peerdesk.storage.vault import open_vault

    vault, _ = vault_factory()
    desk = open_desk(vault)
    topics: list[str] = []
    desk.subscribe(topics.append)
    desk.selfcare.add_checkin("who5", [3, 2, 3, 2, 2], datetime(2025, 3, 3, 9, 0))
    desk.selfcare.set_cadence("daily")
    assert topics == ["selfcare", "selfcare"]
    vault.save()
    path = vault.path
    vault.close()
    reopened = open_vault(path, passphrase="correct horse battery staple")
    try:
        again = open_desk(reopened)
        [checkin] = again.selfcare.checkins("who5")
        assert again.selfcare.scores(checkin)["wellbeing"].value == 48
        assert again.selfcare.cadence() == "daily"
    finally:
        reopened.close()


def test_load_provider_reads_the_contact_log(desk) -> None:
    from peerdesk.core.contacts.model import Contact

    desk.contacts.add(
        Contact(
            when=datetime(2025, 3, 4, 10, 0),
            duration_min=90,
            affect=4,
            topics=("workload_burnout",),
        )
    )
    desk.contacts.add(
        Contact(when=datetime(2025, 3, 5, 10, 0), duration_min=30, affect=2, topics=("conflict",))
    )
    desk.contacts.add(
        Contact(when=datetime(2025, 2, 20, 10, 0), duration_min=30, topics=("other",))
    )
    [week] = desk.selfcare.load_series(date(2025, 3, 3), date(2025, 3, 9))
    assert (week.week, week.contacts, week.hours, week.mean_affect) == (
        date(2025, 3, 3),
        2,
        2.0,
        3.0,
    )


def test_milestones_come_from_the_training_service(desk) -> None:
    """Self-care is handed training.completed_modules: real titles, never the raw table."""
    module_id = desk.training.modules()[0].module_id
    desk.training._repo.db["training_progress"].insert_all([
        {"module_id": module_id, "started_on": "2025-02-01", "lessons_done": "[]",
         "position": "", "completed_on": "2025-03-01", "module_version": 1},
    ])  # fmt: skip
    title = desk.training.module(module_id).title
    assert desk.training.completed_modules() == [(title, date(2025, 3, 1))]
    assert desk.selfcare._training() == [(title, date(2025, 3, 1))]


def test_nudges_offer_crisis_lines_for_the_users_country(desk, monkeypatch):
    """The self-care service's help resources come from the offline directory."""
    from peerdesk.storage import directory

    monkeypatch.setattr(directory, "system_country", lambda: "GB")
    lines = desk.selfcare._help()
    assert any("Samaritans" in line and "116 123" in line for line in lines)
    monkeypatch.setattr(directory, "system_country", lambda: "")
    assert desk.selfcare._help() == []
