"""The report PDF for any period from 1 month to 10 years, each rendered in a child process
(so one crash fails one test): a one-page summary first, headings kept with their tables,
published figures only, no free text."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.ui.report_helpers import CANARY_INCIDENT, CANARY_NOTE, add_contacts

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils"),
]
PROBE = Path(__file__).parent / "scripts" / "report_pdf_probe.py"
ROOT = Path(__file__).resolve().parents[2]


def probe(*args: str, lang: str = "") -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if lang:  # the command line follows the locale, as gettext does
        env = {k: v for k, v in env.items() if not k.startswith(("LC_", "LANG"))} | {"LANG": lang}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    done = subprocess.run(
        [sys.executable, str(PROBE), *args], env=env, capture_output=True, text=True, timeout=240
    )
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-2000:]}"


def pdf_text(path, first: int | None = None, last: int | None = None) -> str:
    pages = [] if first is None else ["-f", str(first), "-l", str(last or first)]
    out = subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"], check=True, capture_output=True, text=True
    )
    return unicodedata.normalize("NFKC", out.stdout)  # "ﬁ" ligatures back to letters


def page_count(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return int(next(line.split()[-1] for line in info.stdout.splitlines() if "Pages:" in line))


def table_titles() -> set[str]:
    from peerdesk.core.reports.model import TABLES
    from peerdesk.ui.reports.view import GRAIN_TITLES

    return {t for t, _, _ in TABLES.values()} | set(GRAIN_TITLES.values()) | {"Summary"}


@pytest.mark.parametrize(("months", "grain"), [(1, "month"), (12, "month"), (36, "quarter"),
                                               (60, "quarter"), (120, "year")])  # fmt: skip
def test_pdf_for_any_period(tmp_path, months: int, grain: str) -> None:
    path = tmp_path / f"r{months}.pdf"
    probe("period", str(months), str(path))
    pages = page_count(path)
    assert 3 <= pages <= 12
    first = pdf_text(path, 1)
    # The first page is the summary: period, how accurate, the headline figures, one chart.
    assert "Peer support report" in first and "may be off by up to 4" in " ".join(first.split())
    assert "Time with contacts (hours)" in first and f"Contacts per {grain}" in first
    assert "All figures" not in first
    text = pdf_text(path)
    assert CANARY_NOTE not in text and CANARY_INCIDENT not in text
    titles = table_titles()
    for number in range(1, pages + 1):
        lines = [ln.strip() for ln in pdf_text(path, number).splitlines() if ln.strip()]
        body = [ln for ln in lines if f"of {pages}" not in ln]
        # A table's title is its first header row: never the last thing on a page.
        assert body[-1] not in titles, (number, body[-1])
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(path),
                        str(tmp_path / "page")], check=True)  # fmt: skip
        assert list(tmp_path.glob("page*.png"))


def test_merged_team_pdf(tmp_path) -> None:
    path = tmp_path / "team.pdf"
    probe("team", str(path))
    text = pdf_text(path)
    assert "Team report" in text and "2 reports merged" in text
    assert "combines the reports of 2 supporters" in " ".join(text.split())


def test_cli_report_and_merge_write_pdfs(vault_factory, tmp_path) -> None:
    from datetime import date

    from peerdesk.storage.assembly import open_desk

    vault, _ = vault_factory()
    add_contacts(open_desk(vault), 30, date(2024, 1, 1), 80)
    vault.save()
    vault.close()
    assert PASSPHRASE == "correct horse battery staple"  # what the probe types
    probe("cli", str(tmp_path / "vault.peerdesk"), str(tmp_path))
    text = pdf_text(tmp_path / "mine.pdf")
    assert "Peer support report" in text and CANARY_NOTE not in text
    assert CANARY_INCIDENT not in text
    assert "Team report" not in pdf_text(tmp_path / "team.pdf")  # one input: still one report


def test_french_locale_gives_a_french_pdf_and_english_files(vault_factory, tmp_path) -> None:
    """`peerdesk report` under LANG=fr_CA: French labels in the PDF, English in the JSON."""
    import json
    from datetime import date

    from peerdesk.storage.assembly import open_desk

    vault, _ = vault_factory()
    add_contacts(open_desk(vault), 30, date(2024, 1, 1), 80)
    vault.save()
    vault.close()
    probe("cli", str(tmp_path / "vault.peerdesk"), str(tmp_path), lang="fr_CA.UTF-8")
    first = " ".join(pdf_text(tmp_path / "mine.pdf", 1).split())
    text = " ".join(pdf_text(tmp_path / "mine.pdf").split())
    assert "Rapport de soutien par les pairs, janv. 2024 à mars 2024" in first
    for heading in (
        "Résumé",
        "Temps passé en contact (heures)",
        "Contacts par mois",
        "Pour protéger les personnes soutenues",
        "Période : de janv. 2024",
    ):
        assert heading in first, heading  # fmt: skip
    for heading in (
        "Graphiques",
        "Tous les chiffres",
        "Contacts par moyen de communication",
        "Contacts par niveau d'inquiétude",
        "Chiffre Publié",
    ):
        assert heading in text, heading  # fmt: skip
    assert "Peer support report" not in text and "Summary" not in text
    assert CANARY_NOTE not in text and CANARY_INCIDENT not in text
    document = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    titles = {table["name"]: table["title"] for table in document["tables"]}
    assert titles["month"] == "Contacts per month"  # the file is a data format: English
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1",
                        str(tmp_path / "mine.pdf"), str(tmp_path / "fr")], check=True)  # fmt: skip
        assert list(tmp_path.glob("fr*.png"))


def test_render_makes_its_own_application_without_a_display(tmp_path) -> None:
    """The command line has no Qt application and maybe no display: render() copes."""
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from peerdesk.app import register_qt_renderers\n"
        "from peerdesk.core.reports import build_report, render\n"
        "register_qt_renderers()\n"
        "report = build_report([], date(2024, 1, 1), date(2024, 1, 31), keys={},"
        " source_id='0' * 32)\n"
        "render(report, 'pdf', sys.argv[1])\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM",)}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["PYTHONPATH"] = str(ROOT / "src")
    path = tmp_path / "empty.pdf"
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, env=env, timeout=60)
    assert "Peer support report, Jan 2024" in pdf_text(path)


def test_chart_values_are_the_published_figures(qapp) -> None:
    from datetime import date

    from tests.core.reports_helpers import build
    from tests.ui.scripts.report_pdf_probe import contacts

    from peerdesk.ui.reports.view import chart_spec

    report = build(contacts(3), date(2016, 1, 1), date(2016, 3, 31))
    spec = chart_spec(report, "channel")
    assert spec.series[0].values == [float(v) for _, v in report.table("channel").cells]
