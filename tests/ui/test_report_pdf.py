"""The report PDF: written through render() and the CLI, published figures only, no free text."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from datetime import date, datetime

import pytest
from tests.conftest import PASSPHRASE
from tests.ui.report_helpers import CANARY_INCIDENT, CANARY_NOTE, add_contacts

from peerdesk.core.contacts.model import Contact
from peerdesk.core.reports import build_report, from_dict, merge_reports, render, to_dict

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils"),
]


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True)
    return out.stdout


def contacts() -> list[Contact]:
    found = []
    for i in range(30):
        found.append(
            Contact(
                when=datetime(2024, 1 + i % 3, 2 + i % 25, 10, 0),
                duration_min=30,
                channel="phone" if i < 22 else "video",
                topics=("work_stress",),
                note=CANARY_NOTE,
                incident_ref=CANARY_INCIDENT,
            )
        )
    return found


def test_pdf_holds_title_and_shown_figures_only(qapp, tmp_path):
    report = build_report(contacts(), date(2024, 1, 1), date(2024, 3, 31))
    path = tmp_path / "mine.pdf"
    render(report, "pdf", path)
    text = pdf_text(path)
    assert "Peer support report, Jan 2024 to Mar 2024" in text
    assert str(report.contacts.low) == "30" and "30" in text  # the shown number of contacts
    assert "<5" in text  # video (8) shown, the other channels are small
    assert CANARY_NOTE not in text and CANARY_INCIDENT not in text
    assert not list(tmp_path.glob("*.part"))


def test_small_cells_are_never_drawn_as_numbers(qapp):
    from peerdesk.ui.reports.view import chart_spec

    report = build_report(contacts(), date(2024, 1, 1), date(2024, 3, 31))
    spec = chart_spec(report, "channel")
    table = report.table("channel")
    for (code, figure), value in zip(table.cells, spec.series[0].values, strict=True):
        if figure.status == "shown":
            assert value == figure.low
        else:
            assert value is None, code  # a gap, never a number
    assert any("<5" in label for label in spec.x_labels)


def test_merged_team_pdf(qapp, tmp_path):
    mine = build_report(contacts(), date(2024, 1, 1), date(2024, 3, 31))
    other = build_report(contacts()[:12], date(2024, 2, 1), date(2024, 4, 30))
    team = merge_reports([from_dict(to_dict(r), f"r{i}") for i, r in enumerate((mine, other))])
    path = tmp_path / "team.pdf"
    render(team, "pdf", path)
    text = pdf_text(path)
    assert "Team report" in text and "2 reports merged" in text


def test_cli_report_and_merge_write_pdfs(qapp, vault_factory, tmp_path, monkeypatch):
    from peerdesk.app import main
    from peerdesk.storage.assembly import open_desk

    vault, _ = vault_factory()
    add_contacts(open_desk(vault), 30, date(2024, 1, 1), 80)
    vault.save()
    vault.close()
    argv = ["report", "--vault", str(tmp_path / "vault.peerdesk"), "--from", "2024-01-01"]
    argv += ["--to", "2024-03-31"]
    for fmt in ("pdf", "json"):
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
        assert main([*argv, "--format", fmt, "--out", str(tmp_path / f"mine.{fmt}")]) == 0
    text = pdf_text(tmp_path / "mine.pdf")
    assert "Peer support report" in text and CANARY_NOTE not in text
    assert CANARY_INCIDENT not in text
    mine = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    assert f"{mine['summary']['contacts']['value']}" in text
    team = tmp_path / "team.pdf"
    assert main(["report", "merge", str(tmp_path / "mine.json"), str(tmp_path / "mine.json"),
                 "--out", str(team)]) == 0  # fmt: skip
    assert "2 reports merged" in pdf_text(team)


def test_render_makes_its_own_application_without_a_display(tmp_path):
    """The command line has no Qt application and maybe no display: render() copes."""
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from peerdesk.app import register_qt_renderers\n"
        "from peerdesk.core.reports import build_report, render\n"
        "register_qt_renderers()\n"
        "report = build_report([], date(2024, 1, 1), date(2024, 1, 31))\n"
        "render(report, 'pdf', sys.argv[1])\n"
    )
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("QT_QPA_PLATFORM",)}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    path = tmp_path / "empty.pdf"
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, env=env, timeout=60)
    assert "Peer support report, Jan 2024" in pdf_text(path)
