"""`peerdesk checkin add|list` driven through stdin as scripts do; exit codes as documented."""

from __future__ import annotations

import io
import json
import sys

import pytest

from peerdesk.cli import main

PASS = "correct horse battery staple"
QUICK = ["--energy", "2", "--sleep", "3", "--stress", "4", "--mood", "2", "--connected", "3",
         "--meaning", "4"]  # fmt: skip
# ProQOL 5 golden answers (worked by hand in tests/core/test_selfcare_scoring.py): CS 44, BO 30,
# STS 14.
GOLDEN = "2,1,4,5,2,4,1,3,2,3,1,5,2,1,1,4,2,5,3,4,2,5,1,4,2,3,4,1,4,5"


@pytest.fixture
def run(vault_factory, monkeypatch, capsys, tmp_path):
    """run(*argv) -> (exit code, stdout, stderr) against a fresh vault in tmp_path."""
    vault, _ = vault_factory()
    vault.close()

    def _run(*argv: str, text: str = ""):
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASS}\n{text}"))
        code = main(["checkin", argv[0], "--vault", str(tmp_path / "vault.peerdesk"), *argv[1:]])
        out = capsys.readouterr()
        return code, out.out, out.err

    return _run


def test_add_quick_checkin_by_item_options(run) -> None:
    code, out, _ = run("add", *QUICK, "--note", "-", text="private words here\n")
    assert code == 0
    assert "Check-in 1 saved" in out
    assert "How you are doing: 16" in out  # stress 4 is reversed to 2
    assert "private words" not in out
    code, out, _ = run("list", "--json")
    [row] = json.loads(out)
    assert row["answers"] == [2, 3, 4, 2, 3, 4]
    assert row["has_note"] is True
    assert "private words" not in out
    assert row["measures"][0]["raw"] == 16


def test_add_proqol_by_answers_and_list(run) -> None:
    code, out, _ = run("add", "--instrument", "proqol5", "--answers", GOLDEN, "--at",
                       "2025-03-01 09:30", "--json")  # fmt: skip
    assert code == 0
    measures = {m["measure"]: (m["raw"], m["band"]) for m in json.loads(out)["measures"]}
    assert measures == {"cs": (44, "High"), "bo": (30, "Moderate"), "sts": (14, "Low")}
    run("add", "--instrument", "who5", "--answers", "3 2 3 2 2")
    code, out, _ = run("list", "--instrument", "who5")
    assert code == 0
    assert "Wellbeing 48 % (Low)" in out
    assert "proqol5" not in out
    code, out, _ = run("list")
    assert "2025-03-01 09:30" in out and "who5" in out


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (["--energy", "9", *QUICK[2:]], "energy"),
        (QUICK[:-2], "meaning"),
        (["--instrument", "proqol5", "--answers", "3,3,3"], "answers"),
        (["--instrument", "who5", "--answers", "1,2,x,4,5"], "answers"),
        (["--instrument", "who5"], "answers"),
        (["--instrument", "who5", "--answers", "1,2,3,4,6"], "item 5"),
        (["--instrument", "nope", "--answers", "1"], "instrument"),
        ([*QUICK, "--at", "yesterday"], "at"),
        ([*QUICK, "--answers", "1,2,3,4,5,6"], "answers"),
    ],
)
def test_bad_input_exits_8_names_the_field_and_stores_nothing(run, argv, field) -> None:
    code, _, err = run("add", *argv)
    assert code == 8
    assert f"{field}:" in err
    code, out, _ = run("list", "--json")
    assert json.loads(out) == []


def test_list_unknown_instrument_is_an_error(run) -> None:
    code, _, err = run("list", "--instrument", "nope")
    assert code == 8
    assert "instrument" in err


def test_empty_list(run) -> None:
    code, out, _ = run("list")
    assert code == 0
    assert "nothing to show" in out


# --- language ------------------------------------------------------------------------------------
def test_questions_follow_a_french_locale(run, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    code, out, _ = run("add", *QUICK)
    assert code == 0
    assert "Comment vous allez: 16" in out  # the same score, under its French name


def test_the_language_setting_overrides_the_locale(run, monkeypatch, capsys) -> None:
    from peerdesk import paths
    from peerdesk.core.settings import LocalSettings

    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    LocalSettings(paths.config_dir() / "settings.json").set("language", "en")
    code, out, _ = run("add", *QUICK)
    assert code == 0
    assert "How you are doing: 16" in out
    with pytest.raises(SystemExit):
        main(["checkin", "add", "--help"])
    assert "How is your energy today?" in capsys.readouterr().out


def test_help_lists_the_questions_in_french(monkeypatch, capsys) -> None:
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")  # any French locale reads the Canadian text
    with pytest.raises(SystemExit):
        main(["checkin", "add", "--help"])
    assert "Comment dormez-vous ces temps-ci?" in capsys.readouterr().out
