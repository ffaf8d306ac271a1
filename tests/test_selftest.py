"""`peerdesk --self-test`: checks pass here, failures are reported, the real home is untouched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from peerdesk import selftest


def run() -> tuple[int, list[str]]:
    lines: list[str] = []
    code = selftest.run_self_test(out=lines.append)
    return code, lines


def test_all_checks_pass_and_print_one_line_each():
    code, lines = run()
    assert code == 0, "\n".join(lines)
    names = [name for name, _check in selftest.CHECKS]
    for name in names:
        matching = [line for line in lines if line.startswith(f"ok   {name}: ")]
        assert len(matching) == 1, (name, lines)
    assert lines[-1] == f"{len(names)} ok, 0 failed"
    assert not any(line.startswith("FAIL") for line in lines)


def test_loaders_report_what_they_checked():
    _code, lines = run()
    loaders = next(line for line in lines if line.startswith("ok   loaders: "))
    for label in ("training modules", "instruments", "directory entries"):
        assert label in loaders


def test_uses_a_throwaway_home_and_removes_it(monkeypatch, isolated_home):
    seen: dict[str, str] = {}

    def spy(home: Path) -> str:
        seen["home"] = str(home)
        seen["env"] = os.environ["PEERDESK_HOME"]
        return "spied"

    monkeypatch.setattr(selftest, "CHECKS", [("vault", selftest.check_vault), ("spy", spy)])
    code, lines = run()
    assert code == 0, lines
    assert seen["env"] == seen["home"] != str(isolated_home)
    assert not Path(seen["home"]).exists()  # deleted afterwards
    assert os.environ["PEERDESK_HOME"] == str(isolated_home)  # restored
    assert not list(isolated_home.rglob("*.peerdesk"))  # nothing written to the usual home


def test_a_failing_check_gives_fail_line_and_exit_1(monkeypatch):
    def broken(_home: Path) -> str:
        raise RuntimeError("the disk\nis full")

    monkeypatch.setattr(selftest, "CHECKS", [("json", selftest.check_json), ("broken", broken)])
    code, lines = run()
    assert code == 1
    assert "FAIL broken: RuntimeError: the disk is full" in lines  # one line, newline folded
    assert lines[-1] == "1 ok, 1 failed"


def test_argon2id_wrong_answer_is_a_failure(monkeypatch):
    from cryptography.hazmat.primitives.kdf import argon2

    monkeypatch.setattr(argon2.Argon2id, "derive", lambda _self, _key: b"\0" * 32)
    monkeypatch.setattr(selftest, "CHECKS", [("argon2id", selftest.check_argon2id)])
    code, lines = run()
    assert code == 1
    assert lines[1].startswith("FAIL argon2id: CheckFailed: Argon2id gave the wrong answer")


def test_a_broken_json_file_is_named(monkeypatch, tmp_path):
    good, bad = tmp_path / "good.json", tmp_path / "broken.json"
    good.write_text('{"a": 1}')
    bad.write_text('{"a": ')
    monkeypatch.setattr(selftest, "_resource_files", lambda: [good, bad])
    with pytest.raises(selftest.CheckFailed, match=r"broken\.json is not valid JSON"):
        selftest.check_json(tmp_path)


def test_missing_feature_loader_is_listed_not_failed(monkeypatch, tmp_path):
    def absent() -> int:
        raise ModuleNotFoundError("gone", name="peerdesk.core.nothing")

    monkeypatch.setattr(
        selftest, "LOADERS", [("instruments", selftest._instruments), ("x", absent)]
    )
    detail = selftest.check_loaders(tmp_path)
    assert detail.startswith("4 instruments")
    assert detail.endswith("not in this build: x")


def test_a_wrong_passphrase_that_opens_is_caught(monkeypatch, tmp_path):
    from peerdesk.storage import vault as vault_module

    real_open = vault_module.open_vault

    def lenient(path, *, passphrase=None, recovery_key=None):
        return real_open(path, passphrase=passphrase.removesuffix("!"))

    monkeypatch.setattr(vault_module, "open_vault", lenient)
    with pytest.raises(selftest.CheckFailed, match="wrong passphrase opened"):
        selftest.check_vault(tmp_path)


def test_cli_flag_runs_it(capsys):
    from peerdesk.app import main

    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert "ok   vault: round trip ok" in out
    assert "passphrase" not in out.replace("wrong passphrase refused", "")
