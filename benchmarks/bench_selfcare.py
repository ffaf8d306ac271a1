"""Self-care speed: loading instruments, scoring, weekly trends and nudges over years of data."""

from __future__ import annotations

import random
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from peerdesk.core.selfcare.instruments import builtin_instruments
from peerdesk.core.selfcare.scoring import score
from peerdesk.storage import migrations
from peerdesk.storage.database import open_memory, wrap
from peerdesk.storage.repos.selfcare import SqliteSelfCareRepo

NOW = datetime(2025, 6, 30, 20, 0)
YEARS = 5


@dataclass(frozen=True)
class Contact:
    when: datetime
    duration_min: int
    affect: int | None


def timed(label: str, fn, rows: list[tuple[str, float]], repeat: int = 1) -> object:
    start = time.perf_counter()
    for _ in range(repeat):
        result = fn()
    rows.append((label, (time.perf_counter() - start) * 1000 / repeat))
    return result


def main() -> None:
    from peerdesk.core.selfcare.service import SelfCareService

    rng = random.Random(7)
    rows: list[tuple[str, float]] = []
    instruments = timed("load 4 shipped instruments", builtin_instruments, rows, repeat=20)
    proqol = instruments["proqol5"]  # type: ignore[index]
    answers = [[rng.randint(1, 5) for _ in range(30)] for _ in range(10_000)]
    timed("score 10,000 ProQOL forms", lambda: [score(proqol, a) for a in answers], rows)

    db = wrap(open_memory())
    migrations.migrate(db)  # PeerDesk's real schema, every step
    repo = SqliteSelfCareRepo(db)
    contacts = [Contact(NOW - timedelta(hours=rng.randint(0, 24 * 365 * YEARS)),
                        rng.randint(10, 90), rng.choice([None, 1, 2, 3, 4, 5]))
                for _ in range(YEARS * 600)]  # fmt: skip

    def load(start: date, end: date) -> list[Contact]:
        return [c for c in contacts if start <= c.when.date() <= end]

    service = SelfCareService(repo, lambda _t: None, load, clock=lambda: NOW)
    days = YEARS * 365

    def fill() -> None:
        for d in range(days):
            when = NOW - timedelta(days=d, hours=2)
            service.add_checkin("quick_checkin", [rng.randint(1, 5) for _ in range(6)], when)

    timed(f"add {days:,} daily quick check-ins", fill, rows)
    timed("trend 12 months (scores + load)",
          lambda: service.trend("quick_checkin", "overall", "12m"), rows, repeat=5)  # fmt: skip
    timed(f"trend all ({YEARS} years)",
          lambda: service.trend("quick_checkin", "overall", "all"), rows, repeat=5)  # fmt: skip
    timed("nudges (all rules)", service.nudges, rows, repeat=5)
    timed("milestones", service.milestones, rows, repeat=5)

    width = max(len(label) for label, _ in rows)
    print(f"{'operation'.ljust(width)}  ms")
    for label, ms in rows:
        print(f"{label.ljust(width)}  {ms:8.1f}")


if __name__ == "__main__":
    main()
