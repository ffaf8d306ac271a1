"""activity_between: the same when, duration and topics as list_between, without the notes."""

from __future__ import annotations

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
        st.datetimes(datetime(2019, 1, 1), datetime(2026, 12, 31, 23, 59)),
        st.integers(1, 1440),
        st.lists(st.sampled_from(TOPICS), max_size=4, unique=True),
    ),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(contacts, st.dates(date(2019, 1, 1), date(2026, 12, 31)), st.integers(0, 800))
def test_activity_matches_the_full_contacts(rows, start, days):
    db = wrap(open_memory())
    migrations.migrate(db)
    service = ContactService(
        SqliteContactRepo(db), lambda _t: None, clock=lambda: datetime(2027, 1, 1)
    )
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
    full = [(c.when, c.duration_min, c.topics) for c in service.list_between(start, end)]
    assert [tuple(a) for a in service.activity_between(start, end)] == full
    db.conn.close()
