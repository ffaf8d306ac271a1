"""Language set-up cost at start-up, and the per-string cost of translating and formatting.

Target: loading the French catalogues (PeerDesk's and Qt's qtbase) adds under 20 ms to start-up.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

INSTALL_BUDGET_MS = 20.0


def timed(
    label: str, fn: Callable[[], object], rows: list[tuple[str, float]], repeat: int = 1
) -> None:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    rows.append((label, (time.perf_counter() - start) * 1000 / repeat))


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from peerdesk.core import language
    from peerdesk.core.selfcare.instruments import builtin_instruments
    from peerdesk.ui.shared import i18n
    from peerdesk.ui.shared import locale_format as fmt

    app = QApplication.instance() or QApplication([])
    rows: list[tuple[str, float]] = []

    def install_fr() -> None:
        i18n.install(app, "fr", pseudo=False)
        i18n.uninstall(app)

    timed("install French catalogues (+ uninstall)", install_fr, rows, repeat=20)
    install_ms = rows[-1][1]
    timed("load 4 instruments in English", lambda: builtin_instruments("en"), rows, repeat=20)
    timed("load 4 instruments in French", lambda: builtin_instruments("fr"), rows, repeat=20)
    i18n.install(app, "fr", pseudo=False)
    timed("10,000 translate() lookups", lambda: [i18n.translate("AboutDialog", "Licences")
                                                 for _ in range(10_000)], rows)  # fmt: skip
    timed("10,000 format_duration()", lambda: [fmt.format_duration(m) for m in range(10_000)], rows)
    i18n.uninstall(app)
    text = "Save the contact and its follow-up, then lock %1 <b>now</b>."
    timed("10,000 pseudo_text()", lambda: [language.pseudo_text(text) for _ in range(10_000)], rows)

    width = max(len(label) for label, _ in rows)
    print(f"{'operation'.ljust(width)}  ms")
    for label, ms in rows:
        print(f"{label.ljust(width)}  {ms:8.2f}")
    verdict = "ok" if install_ms <= INSTALL_BUDGET_MS else "OVER BUDGET"
    print(f"start-up cost {install_ms:.2f} ms (budget {INSTALL_BUDGET_MS:g} ms): {verdict}")
    return 0 if install_ms <= INSTALL_BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
