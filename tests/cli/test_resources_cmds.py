"""`peerdesk resources …` works without a vault or passphrase."""

from __future__ import annotations

import json
from pathlib import Path

from peerdesk.cli import main

FIXTURES = Path(__file__).parents[1] / "storage" / "fixtures" / "hsds"


def test_search_json_with_filters(capsys):
    assert main(["resources", "search", "samaritens", "--country", "GB", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in found] == ["pd-gb-samaritans"]
    assert (
        found[0]["phones"][0]["number"] == "116 123" and found[0]["possibly_out_of_date"] is False
    )


def test_list_table_for_one_country(capsys):
    assert main(["resources", "list", "--country", "IE"]) == 0
    out = capsys.readouterr().out
    assert "Samaritans Ireland" in out and "1800 247 247" in out and "Lifeline" not in out


def test_import_then_search(capsys):
    assert main(["resources", "import", str(FIXTURES / "template.csv")]) == 0
    assert "Imported 2 services (2 new, 0 updated)" in capsys.readouterr().out
    assert main(["resources", "search", "acme", "--json"]) == 0
    assert {r["id"] for r in json.loads(capsys.readouterr().out)} == {"acme-eap", "acme-peer"}


def test_bad_import_prints_report_and_exits_8(capsys, tmp_path):
    broken = tmp_path / "pkg"
    broken.mkdir()
    (broken / "datapackage.json").write_text('{"resources": [{"path": "services.csv"}]}')
    (broken / "services.csv").write_bytes(b"id,name\nlake-1,Lakeside caf\xe9 line\n")
    assert main(["resources", "import", str(broken)]) == 8
    captured = capsys.readouterr()
    assert "services.csv, row 2: is not valid UTF-8" in captured.out
    assert "Nothing was imported" in captured.out and "Nothing was imported" in captured.err
    assert main(["resources", "search", "lakeside", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_country_option_checks_local_numbers(capsys):
    assert main(["resources", "import", str(FIXTURES / "v1"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert any("marked unchecked" in w["message"] for w in report["warnings"])
    assert main(["resources", "import", str(FIXTURES / "v1"), "--country", "US", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert not any("marked unchecked" in w["message"] for w in report["warnings"])


def test_dry_run_imports_nothing(capsys):
    assert main(["resources", "import", str(FIXTURES / "v3"), "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["services"] == 2 and report["imported"] is False
    assert main(["resources", "search", "harbour", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_search_by_need_and_nothing_found_suggests_needs(capsys):
    assert main(["resources", "search", "grief", "--country", "AU", "--json"]) == 0
    assert "pd-au-suicide-call-back" in {r["id"] for r in json.loads(capsys.readouterr().out)}
    assert main(["resources", "search", "detbs"]) == 0
    assert "Closest needs in the directory: money and debt" in capsys.readouterr().out


def test_search_prints_french_entries_under_a_french_locale(tmp_path):
    """End to end: `python -m peerdesk` with LANG=fr_CA.UTF-8 follows the desktop's language."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env |= {"PEERDESK_HOME": str(tmp_path / "home"), "LANG": "fr_CA.UTF-8"}
    cmd = [sys.executable, "-m", "peerdesk", "resources", "search", "suicide", "--country", "CA"]
    french = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert french.returncode == 0, french.stderr
    assert "9-8-8 : Ligne d'aide en cas de crise de suicide" in french.stdout
    assert "Suicide Crisis Helpline" not in french.stdout
    # The same data folder in English rebuilds the index in English.
    english = subprocess.run(
        [*cmd, "--json"], env=env | {"LANG": "en_CA.UTF-8"}, capture_output=True, text=True
    )
    names = {r["id"]: r["name"] for r in json.loads(english.stdout)}
    assert names["pd-ca-988"] == "9-8-8: Suicide Crisis Helpline"
