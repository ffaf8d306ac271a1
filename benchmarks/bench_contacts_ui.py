"""Contact list at 50,000 contacts: open, scroll, sort, filter and search through the page."""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_HOME", tempfile.mkdtemp(prefix="peerdesk-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import Contact

N = 50_000
WORDS = [
    "shift",
    "sleep",
    "rota",
    "manager",
    "conflict",
    "grief",
    "workload",
    "family",
    "money",
    "night",
    "crew",
    "team",
]


def fill(repo: object, rng: random.Random) -> None:
    start = datetime(2015, 1, 1, 8, 0)
    topics = list(vocab.DEFAULT_TOPICS)
    for i in range(N):
        repo.insert(  # type: ignore[attr-defined]
            Contact(
                when=start + timedelta(minutes=137 * i),
                duration_min=rng.randint(5, 90),
                channel=rng.choice(list(vocab.CHANNELS)),
                risk=rng.choice(list(vocab.RISKS)),
                topics=tuple(rng.sample(topics, 2)),
                note=" ".join(rng.choices(WORDS, k=rng.randint(10, 40))),
            )
        )


def ms(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from peerdesk.storage import crypto
    from peerdesk.storage.assembly import open_desk
    from peerdesk.storage.repos.contacts import SqliteContactRepo
    from peerdesk.storage.vault import create_vault
    from peerdesk.ui.contacts.page import Page
    from peerdesk.ui.shared.page import UiContext

    cheap = crypto.KdfParams(memory_kib=64, iterations=1, lanes=1)  # the KDF is not measured
    crypto.KDF_FLOOR = cheap
    crypto.calibrate = lambda _t=0: cheap  # type: ignore[assignment]
    folder = Path(tempfile.mkdtemp(prefix="peerdesk-bench-"))
    vault, _ = create_vault(folder / "bench.peerdesk", "bench passphrase for the list")
    desk = open_desk(vault)
    t_fill = ms(lambda: fill(SqliteContactRepo(vault.db), random.Random(7)))
    ctx = UiContext(desk, None, None, None, lambda _m: None, lambda: None)
    rows: list[tuple[str, float]] = [("insert 50,000 (setup, not UI)", t_fill)]
    holder: list[Page] = []

    def open_page() -> None:
        page = Page(ctx)
        page.resize(1000, 700)
        page.show()
        app.processEvents()
        holder.append(page)

    rows.append(("open page + first paint", ms(open_page)))
    page = holder[0]
    bar = page.table.verticalScrollBar()
    steps = []
    for value in range(0, bar.maximum(), max(1, bar.maximum() // 300)):
        steps.append(ms(lambda v=value: (bar.setValue(v), page.table.viewport().repaint())))
    rows.append(("scroll step, median (300 steps)", statistics.median(steps)))
    rows.append(("scroll step, worst", max(steps)))
    rows.append(
        ("jump to end + paint", ms(lambda: (bar.setValue(bar.maximum()), app.processEvents())))
    )
    rows.append(("sort by duration", ms(lambda: page.model.sort(1, Qt.SortOrder.AscendingOrder))))
    channel = page.filters.channel
    rows.append(
        ("filter: channel = phone", ms(lambda: channel.setCurrentIndex(channel.findData("phone"))))
    )
    channel.setCurrentIndex(0)

    def search() -> None:
        page.filters.search.setText("rota night")
        page.filters.flush()

    rows.append(("search 'rota night' (FTS5)", ms(search)))
    rows.append(("rows matching the search", float(page.model.rowCount())))
    rows.append(("clear search", ms(page.filters.reset_search)))
    print(f"{'contact list, 50,000 contacts':<36}{'ms':>10}")
    for name, value in rows:
        print(f"{name:<36}{value:>10.1f}")
    page.clear()
    vault.close()


if __name__ == "__main__":
    main()
