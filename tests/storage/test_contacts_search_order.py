"""Note search pages by date inside SQLite (issue 19): the same contacts in the same order as
a plain reference, for generated notes, odd Unicode, ties, empty and overflowing results."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.core.contacts.model import Contact, ContactFilter
from peerdesk.core.contacts.service import ContactService
from peerdesk.storage import migrations
from peerdesk.storage.database import open_memory, wrap
from peerdesk.storage.repos import contacts
from peerdesk.storage.repos.contacts import SqliteContactRepo, fts_query

# Letters the stemmer leaves alone (no vowels, no s or y: no Porter rule can apply), with case,
# a letter that loses its accent, other scripts and digits; then separators, FTS syntax included.
PLAIN = "bcdfghklmnprtBCDFGHKLMNPRTçÇжЖßд中文7"
SEPARATORS = " ,.-_'\"*()^:+/\t"
START = datetime(2024, 3, 1, 9, 0)


def fold(word: str) -> str:
    """What the tokenizer stores for a word of PLAIN letters: lower case, ç as c."""
    return word.lower().replace("ç", "c")


def words(text: str) -> list[str]:
    return [fold(w) for w in re.findall(r"[^\W_]+", text)]


def reference(notes: list[tuple[int, datetime, str]], text: str) -> list[int]:
    """Every query word starts some word of the note; newest first, the higher number first."""
    wanted = words(text)
    found = [
        (when, cid)
        for cid, when, note in notes
        if all(any(w.startswith(q) for w in words(note)) for q in wanted)
    ]
    return [cid for _when, cid in sorted(found, reverse=True)]


@pytest.fixture(scope="module")
def template() -> Iterator[sqlite3.Connection]:
    db = wrap(open_memory())
    migrations.migrate(db)
    yield db.conn
    db.conn.close()


def fresh(template: sqlite3.Connection) -> SqliteContactRepo:
    conn = open_memory()
    template.backup(conn)
    return SqliteContactRepo(wrap(conn))


def fill(repo: SqliteContactRepo, rows: list[tuple[int, str]]) -> list[tuple[int, datetime, str]]:
    """Insert (minutes after START, note) rows; few distinct minutes, so dates tie often."""
    stored = []
    for minutes, note in rows:
        when = START + timedelta(minutes=minutes)
        cid = repo.insert(Contact(when=when, duration_min=10, note=note))
        stored.append((cid, when, note))
    return stored


note_text = st.text(alphabet=PLAIN + SEPARATORS, max_size=60)
query_text = st.text(alphabet=PLAIN + SEPARATORS, max_size=12)
plain_rows = st.lists(st.tuples(st.integers(0, 6), note_text), max_size=40)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=plain_rows, text=query_text, limit=st.integers(1, 8), offset=st.integers(0, 5))
def test_search_pages_match_a_python_filter(template, rows, text, limit, offset):
    repo = fresh(template)
    notes = fill(repo, rows)
    expected = reference(notes, text) if fts_query(text) else reference(notes, "")
    flt = ContactFilter(text=text)
    assert repo.ids(flt) == expected
    assert repo.count(flt) == len(expected)
    assert [c.id for c in repo.query(flt, limit, offset)] == expected[offset : offset + limit]


# Any Unicode at all: the match set is the index's own answer (stems, folding and all); the
# order and the page must be exactly the old plan's, which sorted every match by date.
OLD_PAGE = (
    "SELECT id FROM contacts WHERE id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts "
    "MATCH ?) ORDER BY at DESC, id DESC LIMIT ? OFFSET ?"
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.tuples(st.integers(0, 4), st.text(max_size=50)), max_size=30),
    text=st.text(max_size=15),
    limit=st.integers(1, 6),
)
def test_any_unicode_gives_the_old_order(template, rows, text, limit):
    repo = fresh(template)
    fill(repo, rows)
    match = fts_query(text)
    flt = ContactFilter(text=text)
    if match is None:
        assert repo.ids(flt) == repo.ids(ContactFilter())
        return
    conn = repo._conn
    for offset in (0, limit):
        old = [r[0] for r in conn.execute(OLD_PAGE, (match, limit, offset))]
        assert [c.id for c in repo.query(flt, limit, offset)] == old
    old_all = [r[0] for r in conn.execute(OLD_PAGE, (match, -1, 0))]
    assert repo.ids(flt) == old_all and repo.count(flt) == len(old_all)


@pytest.fixture
def service(memory_db):
    return ContactService(
        SqliteContactRepo(memory_db), lambda _t: None, clock=lambda: datetime(2025, 1, 1)
    )


def test_equal_times_keep_the_higher_number_first_across_pages(service):
    same = datetime(2024, 5, 1, 10, 0)
    ids = [service.add(Contact(when=same, duration_min=5, note=f"rota {i}")).id for i in range(7)]
    older = service.add(Contact(when=same - timedelta(minutes=1), duration_min=5, note="rota"))
    newest = service.add(Contact(when=same + timedelta(days=1), duration_min=5, note="rota"))
    expected = [newest.id, *reversed(ids), older.id]
    assert [c.id for c in service.search("rot")] == expected
    pages = [service.list(ContactFilter(text="ROTA"), limit=3, offset=o) for o in (0, 3, 6, 9)]
    assert [c.id for page in pages for c in page] == expected
    assert pages[-1] == []


def test_more_matches_than_the_limit_one_match_and_none(service):
    for i in range(250):
        note = "night call" if i != 77 else "night call unicorn"
        service.add(Contact(when=START + timedelta(hours=i), duration_min=5, note=note))
    found = service.search("nigh")
    assert len(found) == 200 and found[0].when == START + timedelta(hours=249)
    assert [c.when for c in found] == sorted((c.when for c in found), reverse=True)
    assert [c.note for c in service.search("unic nig")] == ["night call unicorn"]
    assert service.search("zebra") == [] and service.count(ContactFilter(text="zebra")) == 0
    assert len(service.search("night", limit=None)) == 250


def test_a_back_dated_contact_is_placed_by_its_date_not_its_number(service):
    late = service.add(Contact(when=datetime(2024, 6, 1), duration_min=5, note="grief"))
    early = service.add(Contact(when=datetime(2020, 1, 1), duration_min=5, note="grief"))
    middle = service.add(Contact(when=datetime(2022, 1, 1), duration_min=5, note="grief"))
    assert [c.id for c in service.search("grief")] == [late.id, middle.id, early.id]
    moved = service.update(Contact(**{**vars(early), "when": datetime(2025, 1, 1, 0, 0)}))
    assert service.search("grief")[0].id == moved.id


def test_the_search_page_walks_the_date_index_and_never_sorts(memory_db):
    """The plan, not a timing: a temp sort would bring back the cost of sorting every match."""
    where = "WHERE +id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)"
    plan = " ".join(
        str(row[-1])
        for row in memory_db.conn.execute(
            f"EXPLAIN QUERY PLAN SELECT id FROM contacts {where} ORDER BY at DESC, id DESC "
            "LIMIT 200",
            ('"rota"*',),
        )
    )
    assert "idx_contacts_at" in plan and "TEMP B-TREE" not in plan
    assert where in contacts._where(ContactFilter(text="rota"))[0]


def test_followups_due_pages_the_most_overdue_first(service):
    today = date(2024, 6, 1)
    made = []
    for i in range(260):
        due = today - timedelta(days=i % 40) + timedelta(days=3 if i % 9 == 0 else 0)
        done = i % 13 == 0
        contact = Contact(
            when=START + timedelta(hours=i), duration_min=5, note="call back",
            followup_due=due, followup_done=done,
        )  # fmt: skip
        made.append(service.add(contact))
    open_due = [c for c in made if c.followup_open(today)]
    expected = [c.id for c in sorted(open_due, key=lambda c: (c.followup_due, c.id))]
    assert len(expected) > 200
    assert [c.id for c in service.followups_due(today)] == expected[:200]
    assert [c.id for c in service.followups_due(today, limit=None)] == expected
    assert [c.id for c in service.followups_due(today, limit=5)] == expected[:5]
    assert service.followups_count(today) == len(expected)
    newest_due = ContactFilter(followup="due", today=today, sort="followup_due", descending=True)
    assert [c.id for c in service.list(newest_due, limit=30)] == expected[::-1][:30]
    overdue = ContactFilter(followup="overdue", today=today)
    assert service.count(overdue) == sum(c.followup_due < today for c in open_due)


@pytest.mark.parametrize("descending", [False, True])
def test_the_follow_up_page_reads_its_index_in_order(memory_db, descending):
    flt = ContactFilter(
        followup="due", today=date(2024, 6, 1), sort="followup_due", descending=descending
    )
    where, params = contacts._where(flt)
    plan = " ".join(
        str(row[-1])
        for row in memory_db.conn.execute(
            f"EXPLAIN QUERY PLAN SELECT id FROM contacts {where} ORDER BY {contacts._order(flt)} "
            "LIMIT 200",
            params,
        )
    )
    assert "idx_contacts_open_followup" in plan and "TEMP B-TREE" not in plan
    # Without the follow-up filter, contacts without a date still go last.
    assert "IS NULL" in contacts._order(ContactFilter(sort="followup_due"))


CHANNELS = ("in_person", "phone", "video")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.tuples(st.integers(0, 400), st.sampled_from(CHANNELS), st.integers(5, 9), note_text),
        max_size=30,
    ),
    text=query_text,
    channel=st.sampled_from((None, *CHANNELS)),
    sort=st.sampled_from(("when", "duration_min", "channel", "risk", "followup_due")),
    descending=st.booleans(),
    days=st.one_of(st.none(), st.tuples(st.integers(0, 2), st.integers(0, 2))),
)
def test_search_with_other_filters_and_sorts_matches_the_old_query(
    template, rows, text, channel, sort, descending, days
):
    repo = fresh(template)
    for minutes, chan, duration, note in rows:
        when = START + timedelta(minutes=minutes * 11)
        repo.insert(Contact(when=when, duration_min=duration, channel=chan, note=note))
    start, end = (None, None)
    if days:
        start = START.date() + timedelta(days=min(days))
        end = START.date() + timedelta(days=max(days))
    flt = ContactFilter(
        text=text, channel=channel, sort=sort, descending=descending, start=start, end=end
    )
    where, params = contacts._where(flt)
    old_where = where.replace("+id IN", "id IN")  # the query before issue 19
    old = [
        r[0]
        for r in repo._conn.execute(
            f"SELECT id FROM contacts {old_where} ORDER BY {contacts._order(flt)}", params
        )
    ]
    assert repo.ids(flt) == old and repo.count(flt) == len(old)
    assert [c.id for c in repo.query(flt, 3, 1)] == old[1:4]
    # The list open first (as the window does), then searched: the listed ids that match.
    listed = repo.ids(replace(flt, text=None))
    assert repo.ids(flt) == old
    assert set(old) <= set(listed)


@pytest.mark.parametrize("descending", [False, True])
def test_sorting_by_duration_reads_its_index_in_order(memory_db, descending):
    """The plan, not a timing: without the index every contact is read and sorted (~100 ms at
    50,000). The ids still come in the order the list shows: duration, then number."""
    flt = ContactFilter(sort="duration_min", descending=descending)
    where, params = contacts._where(flt)
    sql = f"SELECT id FROM contacts {where} ORDER BY {contacts._order(flt)}"
    plan = " ".join(str(r[-1]) for r in memory_db.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    assert "idx_contacts_duration" in plan and "TEMP B-TREE" not in plan


def test_a_search_of_the_open_list_sees_every_change_made_since(template):
    """The listed ids are reused only while nothing was written: an added, edited or deleted
    contact shows in the very next search."""
    repo = fresh(template)
    first = repo.insert(Contact(when=START, duration_min=5, note="rota talk"))
    listed = repo.ids(ContactFilter())
    listed.clear()  # the caller's copy: changing it changes nothing kept
    assert repo.ids(ContactFilter(text="rota")) == [first]
    later = repo.insert(Contact(when=START + timedelta(hours=1), duration_min=5, note="rota"))
    assert repo.ids(ContactFilter(text="rota")) == [later, first]
    repo.ids(ContactFilter())
    repo.update(Contact(id=first, when=START, duration_min=5, note="sleep only"))
    assert repo.ids(ContactFilter(text="rota")) == [later]
    repo.ids(ContactFilter())
    repo.delete(later)
    assert repo.ids(ContactFilter(text="rota")) == []
    repo.ids(ContactFilter(channel="phone"))  # another filter listed: its own ids are used
    assert repo.ids(ContactFilter(text="sleep")) == [first]
