"""`peerdesk guard`: a text on stdin, findings on stdout, clear messages for bad input."""

from __future__ import annotations

import io
import json
import sys

import pytest

from peerdesk.cli import main

TEXT = "Grace said she can't sleep.\nCall Mr. Adeyinka on 1-902-555-0143, or 988 if worse.\n"


@pytest.fixture
def guard(monkeypatch, capsys):
    """guard(stdin, *args) -> (exit code, stdout, stderr)."""

    def _run(stdin: str | bytes, *argv: str):
        data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
        stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogateescape")
        monkeypatch.setattr(sys, "stdin", stream)
        code = main(["guard", *argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    return _run


def test_plain_output_lists_findings_with_line_and_column(guard):
    code, out, _ = guard(TEXT)
    assert code == 0
    assert "line 1, col 1: a name: 'Grace'" in out
    assert "line 2, col 10: a name: 'Adeyinka'" in out
    assert "a phone number: '1-902-555-0143'" in out
    assert "988" not in out  # a crisis line from the directory is never flagged


def test_json_output_for_scripts(guard):
    code, out, _ = guard(TEXT, "--json")
    data = json.loads(out)
    assert code == 0
    assert [(d["kind"], d["text"]) for d in data] == [
        ("name", "Grace"),
        ("name", "Adeyinka"),
        ("phone", "1-902-555-0143"),
    ]
    assert TEXT[data[2]["start"] : data[2]["end"]] == "1-902-555-0143"
    assert data[2]["line"] == 2 and data[2]["replacement"] == "[PHONE]" and not data[2]["soft"]


def test_could_identify_is_marked_softer(guard):
    code, out, _ = guard("the only female medic on C shift at Station 2 is upset")
    assert code == 0 and "Likely identifiers: 0. Details to review: 1." in out
    assert "worth a second look" in out
    _code, out, _ = guard("the only female medic on C shift at Station 2 is upset", "--json")
    assert json.loads(out)[0]["soft"] is True


def test_redact_prints_the_text_with_placeholders(guard):
    code, out, _ = guard("Ngozi rang from 07700 900461.", "--redact")
    assert code == 0 and out == "[NAME] rang from [PHONE]."


def test_clean_text_says_so(guard):
    assert guard("Talked about the rota and sleep.")[:2] == (0, "No identifiers found.\n")


@pytest.mark.parametrize(
    ("stdin", "argv", "message"),
    [
        ("", (), "empty"),
        ("   \n", (), "empty"),
        (b"Met Siobh\xe1n", (), "not UTF-8"),
        ("Grace", ("--region", "FR"), "CA, US, GB, IE, AU, NZ"),
    ],
)
def test_bad_input_gets_a_clear_message(guard, stdin, argv, message):
    code, out, err = guard(stdin, *argv)
    assert code == 8 and out == "" and message in err and "Traceback" not in err


def test_user_region_goes_first(guard):
    code, out, _ = guard("Ring 021 555 0187 tonight.", "--region", "nz", "--json")
    assert code == 0 and [d["kind"] for d in json.loads(out)] == ["phone"]
