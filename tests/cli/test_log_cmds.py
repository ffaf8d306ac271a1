"""`peerdesk log` driven through stdin as scripts do: add, list, show, delete, bad input."""

from __future__ import annotations

import io
import json
import sys

import pytest

from peerdesk.cli import main

PASS = "correct horse battery staple"


@pytest.fixture
def run(fast_kdf, monkeypatch, capsys, tmp_path):
    """run(*argv) -> (exit code, stdout, stderr), passphrase on stdin, vault in tmp_path."""
    vault = tmp_path / "v.peerdesk"

    def _run(*argv: str, stdin: tuple[str, ...] = (PASS,)):
        monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{x}\n" for x in stdin)))
        code = main([*argv[:2], "--vault", str(vault), *argv[2:]])
        out = capsys.readouterr()
        return code, out.out, out.err

    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASS}\n{PASS}\n"))
    assert main(["init", "--vault", str(vault)]) == 0
    capsys.readouterr()
    return _run


def test_add_list_show_delete(run):
    code, out, _ = run("log", "add", "--duration", "30", "--channel", "PHONE",
                       "--topic", "work stress", "--topic", "Grief / loss,conflict",
                       "--sign", "anxiety", "--risk", "Some concern",
                       "--referral", "eap", "--declined", "crisis_line:Night line",
                       "--followup", "2099-01-01", "--affect", "3",
                       "--note", "-",
                       stdin=(PASS, "Talked about the rota and sleep"))  # fmt: skip
    assert code == 0 and "Logged contact 1." in out
    code, out, _ = run("log", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 1
    row = rows[0]
    assert row["channel"] == "phone" and row["risk"] == "some_concern"
    assert row["topics"] == ["work_stress", "grief_loss", "conflict"]
    assert [r["declined"] for r in row["referrals"]] == [False, True]
    assert "rota" not in out  # notes are never printed by list
    code, out, _ = run("log", "list", "--search", "-", stdin=(PASS, "rota"))
    assert code == 0 and "work_stress" in out
    code, out, _ = run("log", "list", "--channel", "video")
    assert "nothing to show" in out
    code, out, _ = run("log", "show", "1")
    assert code == 0 and "Work stress" in out and "rota" not in out
    code, out, _ = run("log", "show", "1", "--json", "--with-note")
    assert json.loads(out)["note"] == "Talked about the rota and sleep"
    code, out, _ = run("log", "delete", "1")
    assert code == 0 and "Deleted contact 1." in out
    code, _, err = run("log", "show", "1")
    assert code == 8 and "id:" in err


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        (["--channel", "pigeon"], "channel"),
        (["--topic", "astrology"], "topic"),
        (["--risk", "huge"], "risk"),
        (["--duration", "-5"], "duration_min"),
        (["--duration", "2000"], "duration_min"),
        (["--when", "2999-01-01 10:00"], "when"),
        (["--group-size", "4"], "group_size"),
        (["--followup", "soon"], "followup"),
    ],
)
def test_bad_input_exit_8_names_field_and_stores_nothing(run, extra, field):
    code, _, err = run("log", "add", "--duration", "20", "--topic", "conflict", *extra)
    assert code == 8 and f"{field}:" in err and "Traceback" not in err
    code, out, _ = run("log", "list", "--json")
    assert json.loads(out) == []


def test_empty_contact_refused(run):
    code, _, err = run("log", "add", "--duration", "20")
    assert code == 8 and "contact:" in err


def test_redact_replaces_identifiers_before_storing(run):
    code, out, _ = run("log", "add", "--duration", "5", "--redact",
                       "--note", "-", stdin=(PASS, "Sarah rang from 07911 123456"))  # fmt: skip
    assert code == 0 and "Sarah" not in out
    code, out, _ = run("log", "show", "1", "--json", "--with-note")
    assert json.loads(out)["note"] == "[NAME] rang from [PHONE]"


def test_warns_without_printing_the_note(run):
    code, out, err = run("log", "add", "--duration", "5", "--note", "-",
                         stdin=(PASS, "Sarah was upset"))  # fmt: skip
    assert code == 0 and "identifying" in err and "Sarah" not in out + err
    code, out, err = run("log", "add", "--duration", "5", "--json", "--note", "-",
                         stdin=(PASS, "Sarah was upset"))  # fmt: skip
    assert json.loads(out)["id"] == 2 and "identifying" in err  # stdout stays pure JSON
