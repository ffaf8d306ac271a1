"""Self-care page timings: build, trend reload per period, refresh (two years of data)."""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_HOME", tempfile.mkdtemp(prefix="peerdesk-bench-"))

WEEKS = 104


def timed(fn, repeat: int = 5) -> float:
    """Best of `repeat` runs, in milliseconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def seeded_desk():
    from peerdesk.core.contacts.model import Contact
    from peerdesk.storage import crypto
    from peerdesk.storage.assembly import open_desk
    from peerdesk.storage.vault import create_vault

    cheap = crypto.KdfParams(memory_kib=64, iterations=1, lanes=1)  # the bench times the page
    crypto.KDF_FLOOR = cheap
    crypto.calibrate = lambda _target_ms=0: cheap
    vault, _ = create_vault(
        os.path.join(os.environ["PEERDESK_HOME"], "b.peerdesk"), "correct horse battery staple"
    )
    desk = open_desk(vault)
    rng, now = random.Random(5), datetime.now().replace(second=0, microsecond=0)
    for day in range(WEEKS * 7, 0, -1):
        when = now - timedelta(days=day)
        if day % 2 == 0:
            desk.selfcare.add_checkin("quick_checkin", [rng.randint(1, 5) for _ in range(6)], when)
        if rng.random() < 0.5:
            contact = Contact(when=when, duration_min=45, affect=3, topics=("work_stress",))
            desk.contacts.add(contact)
    return vault, desk


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from peerdesk.ui.selfcare.page import Page
    from peerdesk.ui.shared.page import UiContext
    from peerdesk.ui.shared.tasks import Runner

    app = QApplication(sys.argv)
    vault, desk = seeded_desk()
    runner = Runner()
    ctx = UiContext(desk, runner, None, None, lambda _m: None, lambda: None)
    rows = [("build page", timed(lambda: Page(ctx, country="GB").deleteLater(), 3))]
    page = Page(ctx, country="GB")
    for period in ("4w", "3m", "12m", "all"):
        rows.append(
            (f"trend reload, {period}", timed(lambda p=period: page.trends.select(period=p)))
        )
    rows.append(("refresh('selfcare')", timed(lambda: page.refresh("selfcare"))))
    runner.wait()
    app.processEvents()
    print(f"{'step':<24}{'ms (best)':>10}   ({WEEKS} weeks of check-ins and contacts)")
    for name, ms in rows:
        print(f"{name:<24}{ms:>10.1f}")
    vault.close()


if __name__ == "__main__":
    main()
