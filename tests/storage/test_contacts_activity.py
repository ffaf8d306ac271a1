"""activity_between: the months and topics the database counts equal counting list_between's
contacts in Python (the dashboard's charts read the first, reports the second)."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import Contact
from peerdesk.core.contacts.service import ContactService
from peerdesk.storage import migrations
from peerdesk.storage.database import open_memory, wrap
from peerdesk.storage.repos.contacts import SqliteContactRepo

TOPICS = list(vocab.DEFAULT_TOPICS)
contacts = st.lists(
    st.tuples(
        st.datetimes(datetime(1990, 1, 1), datetime(2036, 12, 31, 23, 59)),
        st.integers(1, 1440),
        st.lists(st.sampled_from(TOPICS), max_size=4, unique=True),
    ),
    max_size=60,
)


def _service() -> tuple[ContactService, object]:
    db = wrap(open_memory())
    migrations.migrate(db)
    repo = SqliteContactRepo(db)
    return ContactService(repo, lambda _t: None, clock=lambda: datetime(2040, 1, 1)), db


def _reference(service: ContactService, start: date, end: date):
    months: dict[str, tuple[int, int]] = {}
    topics: Counter[str] = Counter()
    for c in service.list_between(start, end):
        key = f"{c.when.year:04d}-{c.when.month:02d}"
        count, minutes = months.get(key, (0, 0))
        months[key] = (count + 1, minutes + c.duration_min)
        topics.update(set(c.topics))
    ranked = sorted(topics.items(), key=lambda item: (-item[1], item[0]))
    return dict(sorted(months.items())), ranked


@settings(max_examples=80, deadline=None)
@given(
    contacts,
    st.dates(date(1990, 1, 1), date(2036, 12, 31)),
    st.integers(0, 3660),  # one day to ten years
)
def test_activity_counts_match_the_full_contacts(rows, start, days):
    service, db = _service()
    for when, minutes, topics in rows:
        service.add(
            Contact(
                when=when.replace(second=0, microsecond=0),
                duration_min=minutes,
                topics=tuple(topics),
                note="never loaded by activity",
            )
        )
    end = start + timedelta(days=days)
    months, ranked = _reference(service, start, end)
    found = service.activity_between(start, end)
    assert found.months == months
    assert list(found.topics.items()) == ranked  # most first, ties by slug
    assert found.total == len(service.list_between(start, end))
    db.conn.close()


def test_the_edges_of_the_period_are_inclusive_to_the_minute():
    service, db = _service()
    for when in (datetime(2026, 1, 31, 23, 59), datetime(2026, 2, 1, 0, 0)):
        service.add(Contact(when=when, duration_min=10, topics=("grief_loss",)))
    service.add(Contact(when=datetime(2026, 3, 1, 0, 0), duration_min=5, note="just after"))
    found = service.activity_between(date(2026, 1, 31), date(2026, 2, 28))
    assert found.months == {"2026-01": (1, 10), "2026-02": (1, 10)}
    assert found.topics == {"grief_loss": 2}
    assert service.activity_between(date(2030, 1, 1), date(2030, 12, 31)).total == 0
    db.conn.close()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.datetimes(datetime(1990, 1, 1), datetime(2036, 12, 31, 23, 59)),
            st.integers(1, 1440),
            st.none() | st.integers(1, 5),
        ),
        max_size=60,
    ),
    st.dates(date(1990, 1, 1), date(2036, 12, 31)),
    st.integers(0, 3660),
)
def test_load_between_is_list_between_without_the_rest(rows, start, days):
    """The self-care load series reads load_between: same contacts, same order, same values."""
    service, db = _service()
    for when, minutes, affect in rows:
        moment = when.replace(second=0, microsecond=0)
        service.add(Contact(when=moment, duration_min=minutes, affect=affect, note="a note"))
    end = start + timedelta(days=days)
    full = [(c.when, c.duration_min, c.affect) for c in service.list_between(start, end)]
    assert [tuple(p) for p in service.load_between(start, end)] == full
    db.conn.close()
