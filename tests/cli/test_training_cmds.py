"""`peerdesk training list | validate | log-add` run in-process with the passphrase on stdin."""

from __future__ import annotations

import io
import json
import sys
import zipfile

import pytest

from peerdesk.cli import main
from peerdesk.core.training.loader import builtin_folder

PASS = "correct horse battery staple"


@pytest.fixture
def run(fast_kdf, monkeypatch, capsys, tmp_path):
    """run(*argv) -> (exit code, stdout, stderr); vault commands get --vault and the passphrase."""
    vault = tmp_path / "v.peerdesk"

    def _run(*argv: str, vault_arg: bool = True, text: str = ""):
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASS}\n{text}"))
        extra = ["--vault", str(vault)] if vault_arg else []
        code = main([*argv[:2], *extra, *argv[2:]])
        out = capsys.readouterr()
        return code, out.out, out.err

    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASS}\n{PASS}\n"))
    assert main(["init", "--vault", str(vault)]) == 0
    capsys.readouterr()
    return _run


def test_list_shows_every_module_not_started(run):
    code, out, _ = run("training", "list", "--json")
    data = json.loads(out)
    assert code == 0 and len(data["modules"]) >= 10
    assert {m["status"] for m in data["modules"]} == {"not started"}
    assert data["hours"]["total"] == 0
    code, out, _ = run("training", "list")
    assert code == 0 and "peer-support-basics" in out and "Training hours" in out


def test_log_add_counts_hours(run):
    code, out, _ = run("training", "log-add", "--course", "-", "--provider", "-",
                       "--date", "2024-09-14", "--hours", "12.5",
                       text="Crisis line volunteer course\nCity helpline\n")  # fmt: skip
    assert code == 0 and "12.5 h" in out
    code, out, _ = run("training", "list", "--json")
    hours = json.loads(out)["hours"]
    assert hours == {"modules": 0.0, "external": 12.5, "total": 12.5, "spent": 0.0}


def test_log_add_rejects_bad_input(run):
    code, _, err = run("training", "log-add", "--course", "-", "--provider", "-",
                       "--date", "2024-01-01", "--hours", "2", text=" \nP\n")  # fmt: skip
    assert code == 8 and "course" in err
    code, _, err = run("training", "log-add", "--course", "-", "--provider", "-",
                       "--date", "2024-01-01", "--hours", "-1", text="C\nP\n")  # fmt: skip
    assert code == 8 and "hours" in err
    with pytest.raises(SystemExit) as usage:
        run("training", "log-add", "--course", "-", "--provider", "-",
            "--date", "14/09/2024", "--hours", "1")  # fmt: skip
    assert usage.value.code == 64


def test_validate_good_and_bad_packs(run, tmp_path):
    good = json.loads(builtin_folder().joinpath("02-listening.json").read_text("utf-8"))
    good["id"] = "org-listening"
    pack = tmp_path / "pack.zip"
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr("org-listening.json", json.dumps(good))
    code, out, _ = run("training", "validate", str(pack), vault_arg=False)
    assert code == 0 and "ok: org-listening" in out

    for option in good["checks"][0]["options"]:
        option["correct"] = False
    del good["scenarios"][0]["nodes"][2]["responses"][0]["feedback"]
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "m.json").write_text(json.dumps(good), "utf-8")
    (bad / "notes.md").write_text("# notes", "utf-8")
    code, _, err = run("training", "validate", str(bad), vault_arg=False)
    assert code == 8
    assert "m.json: checks[0].options: a single-choice question needs exactly one" in err
    assert "m.json: scenarios[0].nodes[2].responses[0].feedback: is missing" in err

    (bad / "tool.exe").write_bytes(b"MZ")
    code, _, err = run("training", "validate", str(bad), vault_arg=False)
    assert code == 8 and "tool.exe: (file): is not allowed" in err
    code, _, err = run("training", "validate", str(tmp_path / "missing"), vault_arg=False)
    assert code == 8 and "nothing at" in err


def test_validate_without_a_path_checks_the_shipped_modules_strictly(run):
    code, out, err = run("training", "validate", vault_arg=False)
    assert code == 0, err
    assert "16 modules valid under the shipped-module rules" in out


def test_strict_validation_of_a_pack_catches_guessable_checks(run, tmp_path):
    data = json.loads(
        builtin_folder().joinpath("13-psychological-first-aid.json").read_text("utf-8")
    )
    data["id"] = "org-pfa"
    for check in data["checks"]:
        check["options"].sort(key=lambda o: not o["correct"])  # the right answer always first
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "org-pfa.json").write_text(json.dumps(data), "utf-8")
    code, out, _ = run("training", "validate", str(folder), vault_arg=False)
    assert code == 0 and "valid under the module format" in out  # the format alone is fine
    code, _, err = run("training", "validate", "--strict", str(folder), vault_arg=False)
    assert code == 8
    assert "org-pfa.json: checks: option 1 is the right answer" in err
    assert "the pack cannot be imported" in err


def test_strict_validation_checks_the_french_text_of_a_pack(run, tmp_path):
    data = json.loads(builtin_folder().joinpath("02-listening.json").read_text("utf-8"))
    data["id"] = "org-listening"
    for check in data["checks"]:  # fine in English; in French the right answer gives itself away
        for option in check["options"]:
            if option["correct"]:
                option["text"]["fr"] = option["text"]["fr"] + " " + "et bien plus encore " * 8
    data["lessons"][0]["summary"] = "ignored"
    data["summary"] = {"en": data["summary"]["en"]}  # one text left untranslated
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "org.json").write_text(json.dumps(data), "utf-8")
    code, out, _ = run("training", "validate", str(folder), vault_arg=False)
    assert code == 0 and "ok: org-listening" in out  # the format itself is fine
    code, _, err = run("training", "validate", str(folder), "--strict", vault_arg=False)
    assert code == 8
    assert "org.json: (module): has no 'fr' text for summary" in err
    assert "org.json: [fr] checks: the right answer is the longest option" in err
    assert "[en]" not in err and "org.json: checks: the right answer" not in err
