"""The contact log over the real schema: CRUD, undo, filters, FTS, topics and retention."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from peerdesk.core.contacts.model import Contact, ContactFilter, Referral
from peerdesk.core.contacts.service import ContactService
from peerdesk.core.errors import InvalidInput
from peerdesk.storage.repos.contacts import SqliteContactRepo, fts_query

NOW = datetime(2024, 6, 1, 12, 0)


@pytest.fixture
def events():
    return []


@pytest.fixture
def service(memory_db, events):
    return ContactService(SqliteContactRepo(memory_db), events.append, clock=lambda: NOW)


def make(day: int, **fields) -> Contact:
    base = {"when": datetime(2024, 5, day, 10, 0), "duration_min": 20, "topics": ("work_stress",)}
    return Contact(**{**base, **fields})


def test_schema_version_2_tables(memory_db):
    assert memory_db.conn.execute("PRAGMA user_version").fetchone()[0] >= 2
    names = set(memory_db.table_names())
    assert {"contacts", "contact_topics", "contact_referrals", "topics", "contacts_fts"} <= names


def test_crud_round_trip_and_notify(service, events):
    full = make(
        3, channel="phone", kind="group_debrief", group_size=7, started_by="after_incident",
        relationship="supervisor", topics=("critical_incident", "grief_loss"),
        signs=("guilt", "anxiety"), risk="escalated", incident_ref="CAD-1234",
        referrals=(Referral(label="EAP", category="eap"),
                   Referral(label="Crisis line", category="crisis_line", declined=True,
                            resource_id="res-7")),
        followup_due=date(2024, 5, 10), affect=4, note="Long talk after the fire.",
    )  # fmt: skip
    stored = service.add(full)
    assert stored.id is not None and events == ["contacts"]
    assert service.get(stored.id) == stored == replace(full, id=stored.id)
    edited = service.update(replace(stored, note="Edited.", topics=("conflict",)))
    assert service.get(stored.id) == edited
    gone = service.delete(stored.id)
    with pytest.raises(InvalidInput) as err:
        service.get(stored.id)
    assert err.value.field == "id"
    assert service.restore(gone) == gone and service.get(stored.id) == edited
    assert len(events) == 4


def test_bad_input_stores_nothing(service):
    with pytest.raises(InvalidInput):
        service.add(make(3, topics=("work_stress", "astrology")))
    with pytest.raises(InvalidInput):
        service.add(make(3, duration_min=-1))
    assert service.count() == 0


def test_update_unknown_id_refused(service):
    with pytest.raises(InvalidInput):
        service.update(make(3, id=99))


def test_duplicate_copies_choices_not_note(service):
    original = service.add(make(3, note="Private words.", incident_ref="X-1", channel="video"))
    copy = service.duplicate(original.id)
    assert copy.id != original.id and copy.channel == "video" and copy.topics == original.topics
    assert copy.note == "" and copy.incident_ref is None and copy.when == NOW


def test_filters(service):
    a = service.add(make(1, channel="phone", risk="some_concern", topics=("conflict",)))
    b = service.add(make(10, followup_due=date(2024, 5, 31)))
    c = service.add(make(20, followup_due=date(2024, 6, 1)))
    d = service.add(make(25, followup_due=date(2024, 5, 30), followup_done=True))
    ids = lambda **kw: [x.id for x in service.list(ContactFilter(**kw))]  # noqa: E731
    assert ids() == [d.id, c.id, b.id, a.id]  # newest first
    assert ids(start=date(2024, 5, 10), end=date(2024, 5, 20)) == [c.id, b.id]
    assert ids(topic="conflict") == [a.id]
    assert ids(channel="phone") == [a.id] and ids(risk="some_concern") == [a.id]
    assert ids(followup="due", today=date(2024, 6, 1)) == [c.id, b.id]
    assert ids(followup="overdue", today=date(2024, 6, 1)) == [b.id]
    assert ids(sort="followup_due", descending=False) == [d.id, b.id, c.id, a.id]
    assert [x.id for x in service.followups_due(date(2024, 6, 1))] == [b.id, c.id]
    assert [x.id for x in service.list_between(date(2024, 5, 1), date(2024, 5, 10))] == [a.id, b.id]
    assert service.count(ContactFilter(topic="work_stress")) == 3
    assert service.ids(ContactFilter(channel="phone")) == [a.id]
    assert service.list(limit=2, offset=1)[0].id == c.id


def test_full_text_search(service):
    a = service.add(make(1, note="Worried about the night shifts and sleep."))
    b = service.add(make(2, note="Shift swap conflict with the team."))
    service.add(make(3, note="Talked about money."))
    assert {x.id for x in service.search("shift")} == {a.id, b.id}  # stems and prefixes
    assert [x.id for x in service.search("sleep night")] == [a.id]
    assert service.search('"unbalanced (quote OR') == []  # typed syntax is never FTS syntax
    service.update(replace(service.get(a.id), note="Now about holidays."))
    assert [x.id for x in service.search("sleep")] == []
    service.delete(b.id)
    assert service.search("conflict") == []
    assert fts_query("  ") is None


def test_topics_add_rename_hide_never_lose_one(service):
    used = service.add(make(1, topics=("career",)))
    added = service.add_topic("Shift work")
    assert added.slug == "shift_work" and added in service.topics()
    with pytest.raises(InvalidInput):
        service.add_topic("shift WORK")
    service.rename_topic("career", "Career and promotion")
    service.hide_topic("career")
    assert "career" not in {t.slug for t in service.topics()}
    assert service.topic_labels()["career"] == "Career and promotion"
    assert service.get(used.id).topics == ("career",)
    service.add(make(2, topics=("shift_work",)))
    with pytest.raises(InvalidInput):
        service.rename_topic("nope", "X")


def test_retention_purge_keeps_statistics(service, memory_db):
    old = service.add(make(1, note="Old private words", incident_ref="INC-1", duration_min=45))
    new = service.add(replace(make(1, note="Recent words"), when=datetime(2024, 5, 30, 9, 0)))
    assert service.preview_purge(date(2024, 6, 1)) == 0  # off by default
    with pytest.raises(InvalidInput):
        service.set_retention_months(5)
    service.set_retention_months(0)
    assert service.retention_months() == 0
    # With a 12-month setting seen from a year later, only the old contact is past the cut-off.
    service.set_retention_months(12)
    later = date(2025, 5, 15)
    assert service.preview_purge(later) == 1
    assert service.purge(later) == 1
    purged = service.get(old.id)
    assert purged.note == "" and purged.incident_ref is None
    assert replace(purged, note="", incident_ref=None) == replace(old, note="", incident_ref=None)
    assert service.get(new.id).note == "Recent words"
    assert service.search("private") == []
    image = memory_db.conn.serialize()
    assert b"private" not in image.lower()
    assert service.preview_purge(later) == 0


# -- record keys and the source id (reports' cell-key method) --------------------------------


def test_each_contact_gets_a_random_record_key_kept_through_delete_and_undo(service, memory_db):
    first = service.add(make(2, note="same words"))
    second = service.add(make(2, note="same words"))  # the same content, another key
    contacts, keys = service.for_report(date(2024, 5, 1), date(2024, 5, 31))
    assert [c.id for c in contacts] == [first.id, second.id]
    assert keys[first.id] != keys[second.id]
    deleted = service.delete(first.id)
    service.restore(deleted)
    _, again = service.for_report(date(2024, 5, 1), date(2024, 5, 31))
    assert again == keys  # undoing a delete publishes exactly the same figures
    columns = [r[1] for r in memory_db.execute("PRAGMA table_info(contacts)").fetchall()]
    assert not any("key" in c for c in columns)  # kept apart: no listing or export shows it


def test_contacts_without_a_key_get_one_and_the_change_is_announced(service, memory_db, events):
    added = service.add(make(3))
    memory_db.execute("DELETE FROM contact_keys")  # as after an import that bypassed the repo
    events.clear()
    _, keys = service.for_report(date(2024, 5, 1), date(2024, 5, 31))
    assert set(keys) == {added.id} and events == ["contacts"]  # so the new key gets saved
    events.clear()
    assert service.for_report(date(2024, 5, 1), date(2024, 5, 31))[1] == keys
    assert events == []


def test_the_record_key_step_gives_existing_contacts_keys(memory_db):
    from peerdesk.storage.migrations import record_keys

    repo = SqliteContactRepo(memory_db)
    ids = [repo.insert(make(d)) for d in (4, 5, 6)]
    memory_db.execute("DROP TABLE contact_keys")
    record_keys(memory_db)
    found, made = repo.record_keys(ids)
    assert set(found) == set(ids) and not made and len(set(found.values())) == 3


def test_the_source_id_is_made_once_and_kept(service, events):
    source = service.report_source_id()
    assert len(source) == 32 and int(source, 16) >= 0
    assert events == ["contacts"]
    assert service.report_source_id() == source and events == ["contacts"]
