"""Free text never as an argument: refused with a reason; read from stdin or a chosen file."""

from __future__ import annotations

import io
import json
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.cli import main

PASS = "correct horse battery staple"


@pytest.fixture
def run(fast_kdf, monkeypatch, capsys, tmp_path):
    """run(*argv, stdin=text) -> (code, out, err); the vault in tmp_path, its passphrase first."""
    vault = tmp_path / "v.peerdesk"

    def _run(*argv: str, stdin: str = f"{PASS}\n", group: int = 2):
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main([*argv[:group], "--vault", str(vault), *argv[group:]])
        out = capsys.readouterr()
        return code, out.out, out.err

    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASS}\n{PASS}\n"))
    assert main(["init", "--vault", str(vault)]) == 0
    capsys.readouterr()
    _run.vault = vault
    return _run


def _notes(run) -> list[str]:
    out = run("log", "list", "--json")[1]
    ids = [row["id"] for row in json.loads(out)]
    return [json.loads(run("log", "show", str(i), "--json", "--with-note")[1])["note"] for i in ids]


@pytest.mark.parametrize(
    "argv",
    [
        ("log", "add", "--duration", "5", "--note", "Sam from nights rang"),
        ("log", "add", "--duration", "5", "--topic", "conflict", "--incident-ref", "INC-4471"),
        ("log", "list", "--search", "Sam"),
        ("checkin", "add", "--energy", "3", "--note", "rough week"),
        ("training", "log-add", "--course", "PFA", "--provider", "-", "--date", "2024-01-02",
         "--hours", "2"),
    ],
)  # fmt: skip
def test_text_as_an_argument_is_refused_with_the_reason_and_nothing_saved(run, argv):
    code, out, err = run(*argv)
    assert code == 8
    assert "command line" in err and "history" in err and " -" in err and "-file PATH" in err
    assert "Traceback" not in err and "Sam" not in out
    assert _notes(run) == []


def test_note_from_stdin_after_the_passphrase_keeps_every_line(run):
    note = "Line one.\n  Line two, indented.\n\nLine four after a blank line."
    code, _, err = run("log", "add", "--duration", "5", "--note", "-", stdin=f"{PASS}\n{note}\n")
    assert code == 0, err
    assert _notes(run) == [note]


def test_two_options_from_stdin_read_one_line_each_in_order(run):
    stdin = f"{PASS}\nINC-20\nnote text\n"  # --incident-ref comes before --note in --help
    code, _, err = run(
        "log", "add", "--duration", "5", "--note", "-", "--incident-ref", "-", stdin=stdin
    )
    assert code == 0, err
    shown = json.loads(run("log", "show", "1", "--json", "--with-note")[1])
    assert (shown["note"], shown["incident_ref"]) == ("note text", "INC-20")


def test_note_file_is_read_and_a_bad_path_is_refused_before_the_passphrase(run, tmp_path):
    note_file = tmp_path / "note.txt"
    note_file.write_text("From a file: ünïcödé, 中文, emoji 🙂\n", "utf-8")
    code, _, _ = run("log", "add", "--duration", "5", "--note-file", str(note_file))
    assert code == 0
    assert _notes(run) == ["From a file: ünïcödé, 中文, emoji 🙂"]
    for bad, words in [
        (tmp_path / "missing.txt", "no file"),
        (tmp_path, "folder"),
    ]:
        code, _, err = run("log", "add", "--duration", "5", "--note-file", str(bad), stdin="")
        assert code == 8 and words in err and "Expected a line" not in err
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("café".encode("latin-1"))
    code, _, err = run("log", "add", "--duration", "5", "--note-file", str(latin), stdin="")
    assert code == 8 and "UTF-8" in err
    assert len(_notes(run)) == 1


def test_text_and_file_together_is_a_usage_error(run, tmp_path):
    (tmp_path / "n.txt").write_text("x", "utf-8")
    with pytest.raises(SystemExit) as usage:
        run("log", "add", "--duration", "5", "--note", "-", "--note-file", str(tmp_path / "n.txt"))
    assert usage.value.code == 64


def test_checkin_and_training_take_text_from_stdin(run):
    quick = [f"--{k}=3" for k in ("energy", "sleep", "stress", "mood", "connected", "meaning")]
    code, _, err = run("checkin", "add", *quick, "--note", "-", stdin=f"{PASS}\nokay\n")
    assert code == 0, err
    assert json.loads(run("checkin", "list", "--json")[1])[0]["has_note"] is True
    code, out, err = run("training", "log-add", "--course", "-", "--provider", "-", "--date",
                         "2024-01-02", "--hours", "2", stdin=f"{PASS}\nPFA\nRed Cross\n",
                         )  # fmt: skip
    assert code == 0 and "2.0 h" in out, err


def test_terminal_gets_a_prompt_that_ends_with_ctrl_d(run, monkeypatch, capsys):
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("getpass.getpass", lambda _prompt="": PASS)
    monkeypatch.setattr(sys, "stdin", Tty("typed on a terminal\nsecond line\n"))
    assert main(["log", "add", "--vault", str(run.vault), "--duration", "5", "--note", "-"]) == 0
    err = capsys.readouterr().err
    assert "Ctrl+D" in err or "Ctrl+Z" in err
    assert _notes(run) == ["typed on a terminal\nsecond line"]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    note=st.text(
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85")
        | st.sampled_from("\n\t"),
        min_size=1,
        max_size=300,
    ).filter(lambda t: t.strip() and not t.endswith("\n"))
)
def test_any_unicode_note_round_trips_through_stdin(run, note):
    code, out, err = run(
        "log", "add", "--duration", "5", "--json", "--note", "-", stdin=f"{PASS}\n{note}\n"
    )
    assert code == 0, err
    new_id = json.loads(out)["id"]
    shown = run("log", "show", str(new_id), "--json", "--with-note")[1]
    assert json.loads(shown)["note"] == note.strip()  # the contact service trims, nothing else
