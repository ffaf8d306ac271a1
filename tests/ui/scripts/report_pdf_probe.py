"""Renders report PDFs in a child process, so a crash in Qt's layout fails one test only.

report_pdf_probe.py period MONTHS OUT.pdf   a supporter's report of MONTHS whole months
report_pdf_probe.py team OUT.pdf            a team report merged from two supporters
report_pdf_probe.py cli VAULT OUTDIR        `peerdesk report` and `report merge` as PDFs
"""

from __future__ import annotations

import io
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.core.reports_helpers import build
from tests.ui.report_helpers import CANARY_INCIDENT, CANARY_NOTE

from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import Contact, Referral
from peerdesk.core.reports import from_dict, merge_reports, render, to_dict
from peerdesk.core.reports.period import last_day


def contacts(months: int, seed: int = 4) -> list[Contact]:
    rng = random.Random(seed)
    start = date(2016, 1, 1)
    days = (last_day(2016 + (months - 1) // 12, (months - 1) % 12 + 1) - start).days + 1
    return [
        Contact(
            when=datetime.combine(start + timedelta(days=rng.randrange(days)), datetime.min.time()),
            duration_min=rng.choice([15, 30, 45, 60, 90]),
            channel=rng.choice(list(vocab.CHANNELS)),
            kind=rng.choice(list(vocab.KINDS)),
            risk=rng.choice(["none", "none", "some_concern", "escalated", "emergency"]),
            topics=tuple(rng.sample(list(vocab.DEFAULT_TOPICS), 2)),
            referrals=(Referral(label=CANARY_NOTE, category="eap"),),
            note=CANARY_NOTE,
            incident_ref=CANARY_INCIDENT,
        )
        for _ in range(25 * months)
    ]


def period(months: int, out: str) -> None:
    end = last_day(2016 + (months - 1) // 12, (months - 1) % 12 + 1)
    render(build(contacts(months), date(2016, 1, 1), end), "pdf", Path(out))


def team(out: str) -> None:
    a = build(contacts(3), date(2016, 1, 1), date(2016, 3, 31), source_id="a" * 32)
    b = build(contacts(4, seed=9), date(2016, 1, 1), date(2016, 4, 30), source_id="b" * 32)
    named = [(f"r{i}.json", from_dict(to_dict(r), f"r{i}.json")) for i, r in enumerate((a, b))]
    render(merge_reports(named), "pdf", Path(out))


def cli(vault: str, folder: str) -> None:
    from peerdesk.app import main
    from peerdesk.storage import crypto

    cheap = crypto.KdfParams(memory_kib=64, iterations=1, lanes=1)
    crypto.KDF_FLOOR = cheap  # the vault was made with test costs in the parent process
    base = ["report", "--vault", vault, "--from", "2024-01", "--to", "2024-03"]
    for fmt in ("pdf", "json"):
        sys.stdin = io.StringIO("correct horse battery staple\n")
        assert main([*base, "--format", fmt, "--out", f"{folder}/mine.{fmt}"]) == 0
    assert main(["report", "merge", f"{folder}/mine.json", "--out", f"{folder}/team.pdf"]) == 0


if __name__ == "__main__":
    from peerdesk.app import register_qt_renderers

    register_qt_renderers()  # as the program does: this process has Qt for PDFs
    mode, *rest = sys.argv[1:]
    {"period": lambda: period(int(rest[0]), rest[1]), "team": lambda: team(rest[0]),
     "cli": lambda: cli(rest[0], rest[1])}[mode]()  # fmt: skip
