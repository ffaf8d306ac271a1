"""Benchmark: build a supporter's report, and merge 1,000 supporter reports (target ≤ 2 s)."""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import Contact, Referral
from peerdesk.core.reports import build_report, load_reports, merge_reports
from peerdesk.core.reports.export import to_json_text

START, END = date(2024, 1, 1), date(2024, 12, 31)
TARGET_MERGE_S = 2.0


def _contact(rng: random.Random) -> Contact:
    return Contact(
        when=datetime.combine(START + timedelta(days=rng.randrange(366)), datetime.min.time()),
        duration_min=rng.randint(5, 120),
        channel=rng.choice(list(vocab.CHANNELS)),
        kind=rng.choice(list(vocab.KINDS)),
        risk=rng.choice(list(vocab.RISKS)),
        topics=tuple(rng.sample(list(vocab.DEFAULT_TOPICS), 2)),
        signs=tuple(rng.sample(list(vocab.SIGNS), 1)),
        referrals=(Referral(label="x", category=rng.choice(list(vocab.REFERRAL_CATEGORIES))),),
    )


def _timed(fn, *args):  # type: ignore[no-untyped-def]
    began = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - began


def main() -> int:
    rng = random.Random(8)
    contacts = [_contact(rng) for _ in range(5000)]
    _, build_s = _timed(build_report, contacts, START, END)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i in range(1000):
            mine = [_contact(rng) for _ in range(rng.randint(0, 80))]
            path = Path(folder) / f"supporter-{i}.json"
            path.write_text(to_json_text(build_report(mine, START, END)), encoding="utf-8")
            paths.append(path)

        def merge_files() -> object:
            docs = [(p.name, json.loads(p.read_text(encoding="utf-8"))) for p in paths]
            return merge_reports(load_reports(docs))

        _, merge_s = _timed(merge_files)
    rows = [
        ("build report, 5,000 contacts", build_s, None),
        ("merge 1,000 JSON reports (read+validate+merge)", merge_s, TARGET_MERGE_S),
    ]
    print(f"{'case':50} {'seconds':>8} {'target':>8}")
    for name, seconds, target in rows:
        print(f"{name:50} {seconds:8.3f} {'' if target is None else f'≤ {target}':>8}")
    return 0 if merge_s <= TARGET_MERGE_S else 1


if __name__ == "__main__":
    sys.exit(main())
