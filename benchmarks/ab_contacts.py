"""The contact log's list and search, an older tree against this one, in one process.

    git archive <commit> src | tar -x -C /tmp/base
    python benchmarks/ab_contacts.py /tmp/base/src

Both trees' contact repository and service run on the same 50,000-contact database (built as
bench_contacts.py builds it), alternating run by run, so load on a shared machine falls on
both alike. Only those two modules come from the older tree; everything else is this tree's.
Not part of run_all.py (it needs the older tree).
"""

from __future__ import annotations

import importlib.util
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_contacts

from peerdesk.core.contacts.model import ContactFilter
from peerdesk.core.contacts.service import ContactService
from peerdesk.storage import migrations
from peerdesk.storage.database import open_memory, wrap
from peerdesk.storage.repos.contacts import SqliteContactRepo

DAY = date(2024, 6, 1)
DUE = ContactFilter(followup="due", today=DAY)


def older(src: Path, name: str, relative: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, src / relative)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def window(service: Any, flt: ContactFilter) -> None:
    """What the contact list does: every id in order, then the first page of 200."""
    service.get_many(service.ids(flt)[:200])


OPS: list[tuple[str, Callable[[Any], object]]] = [
    ("followups_due()", lambda s: s.followups_due(DAY)),
    ("window: follow-up list + count", lambda s: (window(s, DUE), s.count(DUE))),
    ("search 1 word (200 newest)", lambda s: s.search("drinking")),
    ("search 2 words + prefix (200)", lambda s: s.search("worr sleep")),
    ("window: search 2 words", lambda s: window(s, ContactFilter(text="worr sl"))),
    ("search count, common word", lambda s: s.count(ContactFilter(text="shift"))),
    ("open list: count + ids + 100 rows", lambda s: (s.count(), s.get_many(s.ids()[:100]))),
]


def main() -> int:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    if src is None or not (src / "peerdesk").is_dir():
        print(__doc__)
        return 2
    old_repo = older(src, "old_contacts_repo", "peerdesk/storage/repos/contacts.py")
    old_service = older(src, "old_contacts_service", "peerdesk/core/contacts/service.py")
    db = wrap(open_memory())
    migrations.migrate(db)
    bench_contacts.fill(SqliteContactRepo(db), random.Random(7))
    args = {"notify": lambda _topic: None, "clock": lambda: datetime(2030, 1, 1)}
    services = {
        "older": old_service.ContactService(old_repo.SqliteContactRepo(db), **args),
        "this": ContactService(SqliteContactRepo(db), **args),
    }
    print(f"{'operation':36}{'older ms':>10}{'this ms':>10}   CPU ms older / this")
    for label, fn in OPS:
        wall: dict[str, list[float]] = {name: [] for name in services}
        cpu: dict[str, list[float]] = {name: [] for name in services}
        for _ in range(15):
            for name, service in services.items():
                t0, c0 = time.perf_counter(), time.process_time()
                fn(service)
                wall[name].append((time.perf_counter() - t0) * 1000)
                cpu[name].append((time.process_time() - c0) * 1000)
        med = {name: (statistics.median(wall[name]), statistics.median(cpu[name])) for name in wall}
        print(
            f"{label:36}{med['older'][0]:10.1f}{med['this'][0]:10.1f}"
            f"   {med['older'][1]:.1f} / {med['this'][1]:.1f}"
        )
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"medians of 15 alternating runs; load average: {load} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
