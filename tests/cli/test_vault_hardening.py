"""Command-line side of issue 16: rollback warnings, passphrase change wording and rotation,
and the leftovers (backup --to a missing folder, a killed import-data, temp files)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys

import pytest

from peerdesk.cli import main
from peerdesk.core.errors import WrongPassphrase
from peerdesk.storage import atomic
from peerdesk.storage.vault import open_vault

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
    assert _run("init", stdin=[PASS, PASS])[0] == 0
    return _run


def _recovery_key(out: str) -> str:
    return next(line.strip() for line in out.splitlines() if line.count("-") == 7)


def _add_entry(run) -> None:
    code, _, err = run("checkin", "add", "--energy=3", "--sleep=3", "--stress=3", "--mood=3",
                       "--connected=3", "--meaning=3", stdin=[PASS])  # fmt: skip
    assert code == 0, err


def test_older_copy_warns_on_stderr_and_goes_on(run, tmp_path):
    _add_entry(run)
    old = tmp_path / "old.peerdesk"
    shutil.copyfile(run.vault, old)
    _add_entry(run)
    _add_entry(run)
    code, out, err = run("verify", stdin=[PASS])
    assert code == 0 and "warning" not in err
    newest = int(next(x for x in out.splitlines() if "Saves so far" in x).split()[-1])
    shutil.copyfile(old, run.vault)
    code, out, err = run("verify", stdin=[PASS])
    assert code == 0 and "Integrity:       ok" in out  # it goes on
    assert "older than the copy last opened" in err
    assert f"save {newest - 2}" in err and f"save {newest}" in err
    code, _, err = run("verify", "--accept-this-copy", stdin=[PASS])
    assert code == 0 and "now the one PeerDesk expects" in err
    code, _, err = run("verify", stdin=[PASS])
    assert "older" not in err


def test_restore_says_it_brings_back_a_retired_key(run, tmp_path):
    _add_entry(run)
    usb = tmp_path / "usb.peerdesk"
    assert run("backup", "--to", str(usb), stdin=[PASS])[0] == 0
    code, out, _ = run("rotate-key", stdin=[PASS, NEW, NEW])
    assert code == 0
    code, out, _ = run("restore", str(usb), stdin=[PASS])
    assert code == 0 and "expects this copy" in out
    assert "rotate-key" in out and "old data key is in use again" in out


def test_passwd_explains_the_kept_key_and_keeps_it_for_a_routine_change(run, tmp_path):
    before = tmp_path / "before.peerdesk"
    shutil.copyfile(run.vault, before)
    code, out, err = run("passwd", "--reason", "routine", stdin=[PASS, NEW, NEW])
    assert code == 0 and "data key is the same" in out
    assert "copy of the vault taken before the change still opens" in err
    assert "may-be-known" in err  # rotation is offered in the same step
    open_vault(before, passphrase=PASS).close()  # exactly what the wording warns about


def test_passwd_rotates_by_default_when_the_old_one_may_be_known(run, tmp_path):
    _add_entry(run)
    before = tmp_path / "before.peerdesk"
    shutil.copyfile(run.vault, before)
    code, out, _ = run("passwd", "--reason", "may-be-known", stdin=[PASS, NEW, NEW])
    assert code == 0 and "new data key" in out
    recovery = _recovery_key(out)
    open_vault(run.vault, recovery_key=recovery).close()
    with pytest.raises(WrongPassphrase):
        open_vault(run.vault, passphrase=PASS)
    # The old copy still opens with the old passphrase, but its key opens nothing newer.
    old = open_vault(before, passphrase=PASS)
    old.close()
    assert not list(atomic.list_backups(run.vault))
    code, out, _ = run("passwd", "--reason", "may-be-known", "--keep-key", stdin=[NEW, PASS, PASS])
    assert code == 0 and "data key is the same" in out  # --keep-key overrides the default


def test_backup_to_a_missing_folder_says_so_and_nothing_about_memory(run, tmp_path):
    code, _, err = run("backup", "--to", str(tmp_path / "no-stick" / "copy.peerdesk"),
                       stdin=[PASS])  # fmt: skip
    assert code == 8
    assert "does not exist" in err and "kept in memory" not in err
    assert "Traceback" not in err


def test_stale_backup_temp_is_removed_at_open_and_by_erase(run):
    for _ in range(2):
        _add_entry(run)
    backups = atomic.backup_dir(run.vault)
    # What a kill between the link and the rename leaves: a full encrypted copy.
    staging = atomic.temp_name(atomic.backup_path(run.vault, 99))
    shutil.copyfile(run.vault, staging)
    assert staging.exists()
    assert run("verify", stdin=[PASS])[0] == 0
    assert not staging.exists()
    shutil.copyfile(run.vault, staging)
    assert run("erase", "--yes")[0] == 0
    assert not staging.exists() and not backups.exists()


def test_killed_import_leaves_no_vault_and_can_be_run_again(run, tmp_path):
    assert run("export", "--to", str(tmp_path / "out"), "--yes", stdin=[PASS])[0] == 0
    target = tmp_path / "imported.peerdesk"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    script = (
        "import os, sys\n"
        "from peerdesk.storage import crypto, export\n"
        "cheap = crypto.KdfParams(64, 1, 1); crypto.KDF_FLOOR = cheap\n"
        "crypto.calibrate = lambda _t=0: cheap\n"
        "export.import_export = lambda *a: os._exit(9)  # killed part-way through\n"
        "from peerdesk.cli import main\n"
        "main(sys.argv[1:])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, "import-data", str(tmp_path / "out"), "--vault",
         str(target)], input=f"{PASS}\n{PASS}\n", capture_output=True, text=True, env=env,
        timeout=120,
    )  # fmt: skip
    assert out.returncode == 9 and "Recovery key" not in out.stdout
    assert not target.exists()  # no vault whose recovery key nobody saw
    code, out_text, err = run("import-data", str(tmp_path / "out"), "--vault", str(target),
                              stdin=[PASS, PASS])  # fmt: skip
    assert code == 0, err
    assert "Recovery key" in out_text and target.exists()
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".imported")]
    assert leftovers == []
    open_vault(target, recovery_key=out_text.rsplit(": ", 1)[1].strip()).close()


def test_import_never_overwrites_an_existing_vault(run, tmp_path):
    assert run("export", "--to", str(tmp_path / "out"), "--yes", stdin=[PASS])[0] == 0
    before = run.vault.read_bytes()
    code, _, err = run("import-data", str(tmp_path / "out"), stdin=[PASS, PASS])
    assert code == 9 and "already exists" in err
    assert run.vault.read_bytes() == before


def test_unusually_costly_unlock_is_refused_with_exit_11_and_can_be_insisted_on(run, monkeypatch):
    from peerdesk.storage import crypto, kdfbudget, seen

    # A vault from elsewhere (its slot unknown here) on a computer where it would take minutes.
    seen.record_path().unlink()
    monkeypatch.setattr(crypto, "KDF_FLOOR", crypto.KdfParams(8, 1, 1))  # below the test vault
    monkeypatch.setattr(kdfbudget, "_throughput", lambda: 1.0)
    code, _, err = run("verify", stdin=[PASS])
    assert code == 11 and "--allow-slow-unlock" in err and "Traceback" not in err
    code, out, _ = run("verify", "--allow-slow-unlock", stdin=[PASS])
    assert code == 0 and "Integrity:       ok" in out
    assert run("verify", stdin=[PASS])[0] == 0  # known from now on


def test_a_real_kill_at_the_backup_rename_leaves_nothing_after_the_next_open(tmp_path, fast_kdf):
    """Killed (os._exit) between copying the backup and renaming it into place: a folder
    without hard links (FAT, some shares) takes that path; a hard link needs no staging."""
    vault_path = tmp_path / "v.peerdesk"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    env["PEERDESK_HOME"] = str(tmp_path / "home")
    script = (
        "import os, sys\n"
        "from peerdesk.storage import atomic, crypto\n"
        "cheap = crypto.KdfParams(64, 1, 1); crypto.KDF_FLOOR = cheap\n"
        "crypto.calibrate = lambda _t=0: cheap\n"
        "from peerdesk.storage.vault import create_vault\n"
        f"vault, _ = create_vault({str(vault_path)!r}, {PASS!r})\n"
        "real = os.replace\n"
        "def replace(src, dst):\n"
        "    if 'backups' in str(dst):\n"
        "        os._exit(9)\n"
        "    real(src, dst)\n"
        "atomic.os.replace = replace\n"
        "def no_links(*_a):\n"
        "    raise PermissionError(1, 'no hard links here')\n"
        "atomic.os.link = no_links\n"
        "vault.db['notes'].insert({'text': 'x'}, pk='id')\n"
        "vault.save()\n"
    )
    out = subprocess.run([sys.executable, "-c", script], env=env, timeout=120)
    assert out.returncode == 9
    staged = list(atomic.backup_dir(vault_path).glob(".*.tmp"))
    assert len(staged) == 1 and staged[0].stat().st_size == vault_path.stat().st_size
    open_vault(vault_path, passphrase=PASS).close()
    assert list(atomic.backup_dir(vault_path).glob(".*.tmp")) == []
