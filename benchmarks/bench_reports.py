"""Benchmark: a report of 50,000 contacts (target ≤ 0.5 s) and merging 1,000 reports (≤ 2 s)."""

from __future__ import annotations

import json
import os
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
TARGET_BUILD_S = 0.5
TARGET_MERGE_S = 2.0


def _contact(rng: random.Random, number: int) -> Contact:
    return Contact(
        id=number,
        when=datetime.combine(START + timedelta(days=rng.randrange(366)), datetime.min.time()),
        duration_min=rng.randint(5, 120),
        channel=rng.choice(list(vocab.CHANNELS)),
        kind=rng.choice(list(vocab.KINDS)),
        started_by=rng.choice(list(vocab.STARTED_BY)),
        relationship=rng.choice(list(vocab.RELATIONSHIPS)),
        risk=rng.choice(list(vocab.RISKS)),
        topics=tuple(rng.sample(list(vocab.DEFAULT_TOPICS), 2)),
        signs=tuple(rng.sample(list(vocab.SIGNS), 1)),
        referrals=(Referral(label="x", category=rng.choice(list(vocab.REFERRAL_CATEGORIES))),),
        incident_ref=f"inc-{rng.randrange(400)}" if rng.random() < 0.3 else None,
        followup_due=START if rng.random() < 0.2 else None,
    )


def _build(rng: random.Random, count: int, source: str):  # type: ignore[no-untyped-def]
    contacts = [_contact(rng, i + 1) for i in range(count)]
    keys = {c.id: rng.getrandbits(32) for c in contacts if c.id is not None}
    return contacts, keys, source


def _timed(fn, *args):  # type: ignore[no-untyped-def]
    """Wall-clock seconds, and processor seconds (what it costs on a machine not shared)."""
    began, cpu = time.perf_counter(), time.process_time()
    result = fn(*args)
    return result, time.perf_counter() - began, time.process_time() - cpu


def main() -> int:
    rng = random.Random(8)
    contacts, keys, source = _build(rng, 50_000, "a" * 32)
    runs = [
        _timed(lambda: build_report(contacts, START, END, keys=keys, source_id=source))[1:]
        for _ in range(5)
    ]
    build_s, build_cpu = min(runs)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i in range(1000):
            mine, my_keys, _ = _build(rng, rng.randint(0, 80), "")
            report = build_report(mine, START, END, keys=my_keys, source_id=f"{i:032x}")
            path = Path(folder) / f"supporter-{i}.json"
            path.write_text(to_json_text(report), encoding="utf-8")
            paths.append(path)

        def merge_files() -> object:
            docs = [(p.name, json.loads(p.read_text(encoding="utf-8"))) for p in paths]
            return merge_reports(load_reports(docs))

        merges = sorted(_timed(merge_files)[1:] for _ in range(5))
        merge_s, merge_cpu = merges[2]  # the median of 5
    rows = [
        ("build report, 50,000 contacts (best of 5)", build_s, build_cpu, TARGET_BUILD_S),
        ("merge 1,000 JSON reports (median of 5)", merge_s, merge_cpu, TARGET_MERGE_S),
    ]
    print(f"{'case':50} {'seconds':>8} {'cpu s':>8} {'target':>8}  load {os.getloadavg()[0]:.2f}")
    for name, seconds, cpu, target in rows:
        print(f"{name:50} {seconds:8.3f} {cpu:8.3f} {f'≤ {target}':>8}")
    return 0 if build_s <= TARGET_BUILD_S and merge_s <= TARGET_MERGE_S else 1


if __name__ == "__main__":
    sys.exit(main())
