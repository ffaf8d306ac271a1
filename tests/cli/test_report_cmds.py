"""`peerdesk report` and `peerdesk report merge` end to end, through a real (cheap-KDF) vault."""

from __future__ import annotations

import io
import json
import sys
from datetime import datetime

import pytest
from tests.conftest import PASSPHRASE

from peerdesk.cli import main
from peerdesk.core.contacts.model import Contact, Referral

CANARY = "CANARY-NOTE-cli-4411"


@pytest.fixture
def vault_path(vault_factory, tmp_path):
    """A saved vault holding 24 contacts from January to March 2024."""
    from peerdesk.storage.assembly import open_desk

    vault, _ = vault_factory()
    desk = open_desk(vault)
    for i in range(24):
        desk.contacts.add(
            Contact(
                when=datetime(2024, 1 + i % 3, 3 + i, 14, 5),
                duration_min=25,
                channel="phone",
                topics=("work_stress",),
                note=CANARY,
                incident_ref="INC-CANARY-77",
                referrals=(Referral(label=CANARY, category="eap"),),
            )
        )
    vault.save()
    vault.close()
    return tmp_path / "vault.peerdesk"  # vault_factory's default file name


def _run(monkeypatch, argv: list[str], stdin: str = PASSPHRASE + "\n") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


def test_report_json_round_trip(monkeypatch, vault_path, tmp_path, capsys) -> None:
    out = tmp_path / "mine.json"
    argv = ["report", "--vault", str(vault_path), "--from", "2024-01-01", "--to", "2024-03-31"]
    assert _run(monkeypatch, [*argv, "--out", str(out), "--k", "4"]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["schema_version"] == 1 and doc["k"] == 4
    assert doc["summary"]["contacts"]["value"] == 24
    assert doc["period"] == {"from_month": "2024-01", "to_month": "2024-03"}
    text = out.read_text(encoding="utf-8") + capsys.readouterr().out
    assert CANARY not in text and "INC-CANARY-77" not in text


def test_report_csv_and_merge(monkeypatch, vault_path, tmp_path) -> None:
    base = ["report", "--vault", str(vault_path), "--from", "2024-01-01", "--to", "2024-03-31"]
    mine = tmp_path / "a.json"
    assert _run(monkeypatch, [*base, "--out", str(mine)]) == 0
    csv_out = tmp_path / "mine.csv"
    assert _run(monkeypatch, [*base, "--format", "csv", "--out", str(csv_out)]) == 0
    assert "summary,contacts,24" in csv_out.read_text(encoding="utf-8").splitlines()
    team = tmp_path / "team.csv"
    assert _run(monkeypatch, ["report", "merge", str(mine), str(mine), "--out", str(team)]) == 0
    lines = team.read_text(encoding="utf-8").splitlines()
    assert "summary,contacts,48" in lines and "report,reports_merged,2" in lines
    assert CANARY not in team.read_text(encoding="utf-8")


def test_merge_refuses_mixed_versions(monkeypatch, tmp_path, capsys) -> None:
    from datetime import date

    from peerdesk.core.reports import build_report, to_dict

    doc = to_dict(build_report([], date(2024, 1, 1), date(2024, 1, 31)))
    (tmp_path / "a.json").write_text(json.dumps(doc), encoding="utf-8")
    doc["schema_version"] = 2
    (tmp_path / "b.json").write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "team.json"
    argv = ["report", "merge", str(tmp_path / "a.json"), str(tmp_path / "b.json")]
    assert _run(monkeypatch, [*argv, "--out", str(out)]) == 8
    assert "different schema versions" in capsys.readouterr().err
    assert not out.exists()


def test_bad_input_exits_clearly(monkeypatch, vault_path, tmp_path, capsys) -> None:
    base = ["report", "--vault", str(vault_path), "--from", "2024-01-01", "--to", "2024-03-31"]
    assert _run(monkeypatch, [*base, "--out", str(tmp_path / "r.json"), "--k", "2"]) == 8
    assert "k:" in capsys.readouterr().err
    with pytest.raises(SystemExit) as err:
        _run(monkeypatch, ["report", "--vault", str(vault_path), "--from", "2024-01-01"])
    assert err.value.code == 64
    missing = tmp_path / "nope.json"
    assert (
        _run(monkeypatch, ["report", "merge", str(missing), "--out", str(tmp_path / "t.json")]) == 8
    )
    assert "no such file" in capsys.readouterr().err
