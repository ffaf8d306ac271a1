"""The vault commands, driven through stdin as scripts do; exit codes as documented."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from peerdesk.cli import main

PASS = "correct horse battery staple"
NEW = "violet lanterns drift over quiet harbours"


@pytest.fixture
def run(fast_kdf, monkeypatch, capsys, tmp_path):
    """run(*argv, stdin=lines) -> (exit code, stdout, stderr) with --vault in tmp_path."""
    vault = tmp_path / "v.peerdesk"

    def _run(*argv: str, stdin: list[str] = ()):
        monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{x}\n" for x in stdin)))
        code = main([argv[0], "--vault", str(vault), *argv[1:]])
        out = capsys.readouterr()
        return code, out.out, out.err

    _run.vault = vault
    return _run


def _recovery_key(out: str) -> str:
    return next(line.strip() for line in out.splitlines() if line.count("-") == 7)


def test_init_verify_and_summary_has_no_content(run):
    code, out, _ = run("init", stdin=[PASS, PASS])
    assert code == 0 and "recovery key" in out
    code, out, _ = run("verify", "--json", stdin=[PASS])
    assert code == 0
    assert '"integrity": "ok"' in out and '"schema_version"' in out
    assert PASS not in out


def test_init_mismatch_and_weak(run):
    assert run("init", stdin=[PASS, PASS + "!"])[0] == 8
    code, _, err = run("init", stdin=["short", "short"])
    assert code == 8 and "15 characters" in err
    assert not run.vault.exists()


def test_wrong_passphrase_exit_2(run):
    run("init", stdin=[PASS, PASS])
    code, _, err = run("verify", stdin=["not the right passphrase"])
    assert code == 2 and "does not open" in err and "Traceback" not in err


def test_missing_and_damaged(run):
    assert run("verify", stdin=[PASS])[0] == 7
    run("init", stdin=[PASS, PASS])
    data = bytearray(run.vault.read_bytes())
    data[-1] ^= 1
    run.vault.write_bytes(bytes(data))
    code, _, err = run("verify", stdin=[PASS])
    assert code == 3 and "damaged" in err


def test_passwd_recover_rotate(run):
    _, out, _ = run("init", stdin=[PASS, PASS])
    recovery = _recovery_key(out)
    assert run("passwd", stdin=[PASS, NEW, NEW])[0] == 0
    assert run("verify", stdin=[PASS])[0] == 2
    assert run("verify", stdin=[NEW])[0] == 0
    assert run("recover", stdin=[recovery, PASS, PASS])[0] == 0
    assert run("verify", stdin=[PASS])[0] == 0
    code, out, _ = run("rotate-key", stdin=[PASS, NEW, NEW])
    assert code == 0 and _recovery_key(out) != recovery
    assert run("recover", stdin=[recovery, PASS, PASS])[0] == 2


def test_backup_restore_and_list(run, tmp_path):
    run("init", stdin=[PASS, PASS])
    copy = tmp_path / "usb.peerdesk"
    assert run("backup", "--to", str(copy), stdin=[PASS])[0] == 0
    assert copy.exists()
    assert run("backups")[0] == 0
    assert run("restore", str(copy), stdin=[PASS])[0] == 0
    assert run("restore", str(copy), stdin=["wrong wrong wrong wrong"])[0] == 2
    assert run("verify", stdin=[PASS])[0] == 0


def test_usage_error_is_64(run):
    with pytest.raises(SystemExit) as info:
        main(["no-such-command"])
    assert info.value.code == 64


def test_in_use_exit_4(run):
    from peerdesk.storage.vault import open_vault

    run("init", stdin=[PASS, PASS])
    with open_vault(run.vault, passphrase=PASS):
        code, _, err = run("verify", stdin=[PASS])
    assert code == 4 and "already open" in err


def test_real_process_with_real_kdf_floor(tmp_path):
    """End to end in a subprocess: `python -m peerdesk`, the real Argon2id floor, stdin secrets."""
    env = dict(os.environ, PEERDESK_HOME=str(tmp_path / "home"))
    cmd = [sys.executable, "-m", "peerdesk"]
    init = subprocess.run(
        [*cmd, "init", "--unlock-time", "1"],
        input=f"{PASS}\n{PASS}\n",
        text=True,
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert init.returncode == 0, init.stderr
    ok = subprocess.run(
        [*cmd, "verify"], input=f"{PASS}\n", text=True, capture_output=True, env=env
    )
    assert ok.returncode == 0 and "64 MiB, 3 passes, 4 lanes" in ok.stdout
    bad = subprocess.run([*cmd, "verify"], input="nope\n", text=True, capture_output=True, env=env)
    assert bad.returncode == 2
