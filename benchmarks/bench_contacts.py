"""Contact log speed: 50,000 contacts, list load, filters and search; the guard on 2,000 chars.

Rows marked "window" do what the contact list does: it keeps the ordered ids of the filter and
loads contacts a page of 200 at a time (ui/contacts/model.py), and counts the open follow-ups
for its summary and the dashboard.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from peerdesk.core import deid
from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import (
    Contact,
    ContactFilter,
)
from peerdesk.core.contacts.service import ContactService
from peerdesk.storage import migrations
from peerdesk.storage.database import open_memory, wrap
from peerdesk.storage.repos.contacts import SqliteContactRepo, _row

N = 50_000
# A small vocabulary on purpose: every word is in ~40-70% of notes, the worst case for search.
WORDS = [
    *[
        "shift",
        "sleep",
        "rota",
        "manager",
        "conflict",
        "grief",
        "workload",
        "family",
        "money",
        "drinking",
        "night",
        "call",
    ],
    *[
        "crew",
        "incident",
        "team",
        "break",
        "support",
        "worried",
        "tired",
        "angry",
        "calm",
        "plan",
        "walk",
        "talk",
    ],
]


def fill(repo: SqliteContactRepo, rng: random.Random) -> None:
    """Bulk insert through the same row layout the repository writes."""
    start = datetime(2015, 1, 1, 8, 0)
    conn = repo._conn
    topics = list(vocab.DEFAULT_TOPICS)
    with conn:
        for i in range(N):
            c = Contact(
                when=start + timedelta(minutes=137 * i), duration_min=rng.randint(5, 90),
                channel=rng.choice(list(vocab.CHANNELS)), risk=rng.choice(list(vocab.RISKS)),
                followup_due=date(2024, 1, 1) + timedelta(days=rng.randint(0, 400))
                if rng.random() < 0.2 else None,
                note=" ".join(rng.choices(WORDS, k=rng.randint(10, 40))),
            )  # fmt: skip
            cid = conn.execute(
                "INSERT INTO contacts (id, at, duration_min, channel, kind, group_size, started_by,"
                " relationship, signs, risk, incident_ref, followup_due, followup_done, affect,"
                " note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", _row(c)).lastrowid  # fmt: skip
            pairs = [(cid, t, j) for j, t in enumerate(rng.sample(topics, 2))]
            conn.executemany("INSERT INTO contact_topics VALUES (?, ?, ?)", pairs)


def timed(fn: Callable[[], object], repeat: int = 15) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t0) * 1000)
    return statistics.median(runs)


def window_list(service: ContactService, flt: ContactFilter) -> None:
    """What the contact list does for a filter: every id in order, then the first page."""
    ids = service.ids(flt)
    service.get_many(ids[:200])


def main() -> int:
    rng = random.Random(7)
    from peerdesk.storage.hardening import harden_process

    harden_process()  # as every entry point does first (it also tunes the allocator)
    db = wrap(open_memory())
    migrations.migrate(db)
    repo = SqliteContactRepo(db)
    service = ContactService(repo, lambda _t: None, clock=lambda: datetime(2030, 1, 1))
    t0 = time.perf_counter()
    fill(repo, rng)
    fill_s = time.perf_counter() - t0
    due_day = date(2024, 6, 1)
    due = ContactFilter(followup="due", today=due_day)
    late = ContactFilter(followup="overdue", today=due_day)
    note = "Talked with the crew after the night call; worried about sleep and the rota. " * 30
    note = (note + "Spoke to Sarah Jones on 07911 123456, badge EMP-20417. ")[:2000]
    worr = ContactFilter(text="worr sl")
    rows = [
        (
            "open list: count + ids + first 100 rows",
            50,
            lambda: (service.count(), service.get_many(service.ids()[:100])),
        ),
        (  # right after opening the list, as in the window: typed into the list just read
            "window: search 2 words in the open list",
            50,
            lambda: window_list(service, ContactFilter(text="worr sl")),
        ),
        (
            "cold: channel list, then search 2 words",
            None,
            lambda: (service.ids(ContactFilter(channel="phone")), window_list(service, worr)),
        ),
        ("first page (100 rows)", 50, lambda: service.list(limit=100)),
        ("scroll: page at offset 25,000", 50, lambda: service.list(limit=100, offset=25_000)),
        (
            "filter topic + channel (page)",
            50,
            lambda: service.list(ContactFilter(topic="conflict", channel="phone"), limit=100),
        ),
        ("follow-ups due (200 most overdue)", 50, lambda: service.followups_due(due_day)),
        (
            "window: follow-ups list + due count",
            50,
            lambda: (window_list(service, due), service.count(due)),
        ),
        ("dashboard: due + overdue counts", 50, lambda: (service.count(due), service.count(late))),
        ("search 1 word (200 newest)", 50, lambda: service.search("drinking")),
        ("search 2 words + prefix (200)", 50, lambda: service.search("worr sleep")),
        ("search count, common word", 50, lambda: service.count(ContactFilter(text="shift"))),
        (
            "list_between one year (all rows)",
            1000,
            lambda: service.list_between(date(2020, 1, 1), date(2020, 12, 31)),
        ),
        (
            "every follow-up due, full contacts (CLI)",
            1000,
            lambda: service.followups_due(due_day, limit=None),
        ),
        ("delete one + index compaction", 1000, lambda: service.delete(service.ids()[-1])),
        ("deid scan of 2,000 chars", 20, lambda: deid.scan(note)),
        ("deid scan, 2,000 chars full of identifiers", 20, lambda: deid.scan(dense)),
    ]
    dense = (
        "Sarah Jones rang 07911 123456 from 12 Elm Tree Road, DOB 04/11/1979, badge "
        "EMP-20417, mail s.jones@example.org; Will said call (02) 9876 5432. " * 20
    )[:2000]
    print(f"contacts: {service.count():,} (filled in {fill_s:.1f} s)")
    print(f"open follow-ups due on {due_day}: {service.followups_count(due_day):,}")
    print(f"{'operation':42} {'median ms':>10} {'target':>8}  ok")
    missed = 0
    for label, target, fn in rows:
        ms = timed(fn, 5 if "delete" in label else 15)
        if target is None:  # reported: what the same work costs without the list just read
            print(f"{label:42} {ms:10.2f} {'':8}")
            continue
        missed += ms > target
        print(f"{label:42} {ms:10.2f} {target:8}  {'yes' if ms <= target else 'NO'}")
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
