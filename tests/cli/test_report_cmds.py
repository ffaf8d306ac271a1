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
    argv = ["report", "--vault", str(vault_path), "--from", "2024-01", "--to", "2024-03"]
    assert _run(monkeypatch, [*argv, "--out", str(out), "--k", "4"]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["schema_version"] == 2 and doc["k"] == 4
    assert abs(doc["summary"]["contacts"] - 24) <= 6
    assert doc["period"] == {"from_month": "2024-01", "to_month": "2024-03"}
    printed = capsys.readouterr().out
    assert doc["accuracy"] in printed  # the accuracy sentence is said, not only written
    text = out.read_text(encoding="utf-8") + printed
    assert CANARY not in text and "INC-CANARY-77" not in text


def test_the_same_vault_publishes_the_same_figures_with_one_source_id(
    monkeypatch, vault_path, tmp_path
) -> None:
    base = ["report", "--vault", str(vault_path), "--from", "2024-01-01", "--to", "2024-03-31"]
    docs = []
    for name in ("a.json", "b.json"):
        assert _run(monkeypatch, [*base, "--out", str(tmp_path / name)]) == 0
        docs.append(json.loads((tmp_path / name).read_text(encoding="utf-8")))
    assert docs[0]["report_id"] != docs[1]["report_id"]
    assert docs[0]["sources"][0]["source_id"] == docs[1]["sources"][0]["source_id"]
    assert docs[0]["tables"] == docs[1]["tables"] and docs[0]["summary"] == docs[1]["summary"]


def test_report_csv_and_merge(monkeypatch, vault_path, tmp_path, capsys) -> None:
    base = ["report", "--vault", str(vault_path), "--from", "2024-01", "--to", "2024-03"]
    mine = tmp_path / "a.json"
    assert _run(monkeypatch, [*base, "--out", str(mine), "--by", "quarter"]) == 0
    csv_out = tmp_path / "mine.csv"
    assert _run(monkeypatch, [*base, "--format", "csv", "--out", str(csv_out)]) == 0
    contacts = json.loads(mine.read_text(encoding="utf-8"))["summary"]["contacts"]
    assert f"summary,contacts,{contacts}" in csv_out.read_text(encoding="utf-8").splitlines()
    team = tmp_path / "team.csv"
    # The same months of the same vault, twice: refused, so nothing is counted twice.
    argv = ["report", "merge", str(mine), str(tmp_path / "a.json"), "--out", str(team)]
    assert _run(monkeypatch, argv) == 8
    assert "same report" in capsys.readouterr().err
    other = tmp_path / "b.json"
    assert _run(monkeypatch, [*base, "--out", str(other)]) == 0
    assert _run(monkeypatch, ["report", "merge", str(mine), str(other), "--out", str(team)]) == 8
    assert "counted twice" in capsys.readouterr().err
    assert not team.exists()


def test_merge_refuses_old_versions(monkeypatch, vault_path, tmp_path, capsys) -> None:
    base = ["report", "--vault", str(vault_path), "--from", "2024-01", "--to", "2024-01"]
    assert _run(monkeypatch, [*base, "--out", str(tmp_path / "a.json")]) == 0
    doc = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    doc["schema_version"] = 1
    (tmp_path / "b.json").write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "team.json"
    assert _run(monkeypatch, ["report", "merge", str(tmp_path / "b.json"), "--out", str(out)]) == 8
    assert "version 1" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    ("bounds", "words"),
    [
        (("2024-01-18", "2024-03"), "middle of January"),
        (("2024-01", "2024-03-19"), "middle of March"),
        (("2024-13", "2024-03"), "not a month"),
        (("2024-03", "2024-01"), "before the first month"),
    ],
)
def test_part_months_are_refused_before_the_passphrase(
    monkeypatch, vault_path, tmp_path, capsys, bounds, words
) -> None:
    argv = ["report", "--vault", str(vault_path), "--from", bounds[0], "--to", bounds[1]]
    assert _run(monkeypatch, [*argv, "--out", str(tmp_path / "r.json")], stdin="") == 8
    assert words in capsys.readouterr().err
    assert not (tmp_path / "r.json").exists()


def test_bad_input_exits_clearly(monkeypatch, vault_path, tmp_path, capsys) -> None:
    base = ["report", "--vault", str(vault_path), "--from", "2024-01", "--to", "2024-03"]
    assert _run(monkeypatch, [*base, "--out", str(tmp_path / "r.json"), "--k", "2"]) == 8
    assert "k:" in capsys.readouterr().err
    with pytest.raises(SystemExit) as err:
        _run(monkeypatch, ["report", "--vault", str(vault_path), "--from", "2024-01"])
    assert err.value.code == 64
    missing = tmp_path / "nope.json"
    assert (
        _run(monkeypatch, ["report", "merge", str(missing), "--out", str(tmp_path / "t.json")]) == 8
    )
    assert "no such file" in capsys.readouterr().err
