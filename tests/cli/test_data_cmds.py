"""export / import-data / erase from the command line, with their confirmations."""

from __future__ import annotations

import io
import sys

import pytest

from peerdesk import paths
from peerdesk.cli import main

PASS = "correct horse battery staple"


@pytest.fixture
def run(fast_kdf, monkeypatch, capsys):
    def _run(*argv: str, stdin: list[str] = ()):
        monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{x}\n" for x in stdin)))
        code = main(list(argv))
        out = capsys.readouterr()
        return code, out.out, out.err

    return _run


def test_export_needs_typed_confirmation(run, tmp_path):
    run("init", stdin=[PASS, PASS])
    code, _, err = run("export", "--to", str(tmp_path / "out"), stdin=[PASS, "no"])
    assert code == 8 and "unencrypted" in err and "not confirmed" in err
    assert not (tmp_path / "out").exists()
    code, _, _ = run("export", "--to", str(tmp_path / "out"), stdin=[PASS, "EXPORT"])
    assert code == 0 and (tmp_path / "out" / "peerdesk-export.json").exists()


def test_export_then_import_into_new_vault(run, tmp_path):
    run("init", stdin=[PASS, PASS])
    assert run("log", "add", "--duration", "25", "--topic", "work stress", stdin=[PASS])[0] == 0
    run("export", "--to", str(tmp_path / "out"), "--yes", stdin=[PASS])
    new = tmp_path / "new.peerdesk"
    code, out, err = run(
        "import-data", str(tmp_path / "out"), "--vault", str(new), stdin=[PASS, PASS]
    )
    assert code == 0, err
    assert "Recovery key" in out
    code, out, _ = run("log", "list", "--json", "--vault", str(new), stdin=[PASS])
    assert code == 0 and '"duration_min": 25' in out


def test_import_of_bad_file_creates_nothing(run, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    new = tmp_path / "new.peerdesk"
    code, _, err = run("import-data", str(bad), "--vault", str(new), stdin=[PASS, PASS])
    assert code == 8 and "not a PeerDesk export" in err
    assert not new.exists()


def test_erase_removes_everything(run):
    run("init", stdin=[PASS, PASS])
    code, _, err = run("erase", stdin=["ERASE"])
    assert code == 0 and "cannot be undone" in err
    assert not any(d.exists() for d in paths.all_app_dirs())


def test_erase_refused_while_open(run):
    from peerdesk.storage.vault import open_vault

    run("init", stdin=[PASS, PASS])
    with open_vault(paths.default_vault_path(), passphrase=PASS):
        code, _, _ = run("erase", "--yes")
    assert code == 4
    assert paths.default_vault_path().exists()
