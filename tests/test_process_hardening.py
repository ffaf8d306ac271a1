"""Every entry point hardens the process first; a closed output pipe ends quietly."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

PASS = "correct horse battery staple"
LINUX = sys.platform.startswith("linux")

# Run an entry point in a fresh interpreter, then report the process state it left behind.
PROBE = """
import ctypes, os, resource, sys
{call}
libc = ctypes.CDLL(None)
core = resource.getrlimit(resource.RLIMIT_CORE)
dumpable = libc.prctl(3, 0, 0, 0, 0) if sys.platform.startswith("linux") else -1
mask = os.umask(0)
print("core", core[0], core[1], "dumpable", dumpable, "umask", oct(mask))
"""


def _probe(call: str, home) -> str:
    env = dict(os.environ, PEERDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(call=call)],
        capture_output=True, text=True, env=env, timeout=120, umask=0o022,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1]


@pytest.mark.skipif(os.name != "posix", reason="core limits and umask are POSIX")
@pytest.mark.parametrize(
    "call",
    [
        "from peerdesk.cli import main; main(['backups', '--vault', 'nowhere.peerdesk'])",
        "from peerdesk.app import main; main(['backups', '--vault', 'nowhere.peerdesk'])",
        "from peerdesk.cli import main; main(['log', 'list', '--vault', 'missing.peerdesk'])",
        "import peerdesk.selftest as t; t.CHECKS = []; t.run_self_test(lambda _s: None)",
    ],
    ids=["cli", "program", "cli-vault-command", "self-test"],
)
def test_entry_points_disable_core_dumps_and_make_files_private(call, tmp_path):
    line = _probe(call, tmp_path)
    assert "core 0 0" in line and "umask 0o77" in line
    if LINUX:
        assert "dumpable 0" in line


def test_window_entry_point_hardens_before_anything_else(monkeypatch):
    """The window hardens before the QApplication (and so before any passphrase field) exists,
    even when entered without the command line."""
    from peerdesk import app
    from peerdesk.storage import hardening
    from peerdesk.ui.shell import application

    order: list[str] = []
    monkeypatch.setattr(hardening, "harden_process", lambda: order.append("harden"))

    def stop() -> None:
        order.append("qt")
        raise RuntimeError("stop here")

    monkeypatch.setattr(application, "create_application", stop)
    with pytest.raises(RuntimeError):
        app.gui_main(type("Args", (), {"demo": False, "vault": None})())
    assert order == ["harden", "qt"]


@pytest.mark.skipif(os.name != "posix", reason="umask is POSIX")
def test_files_and_folders_made_by_a_command_are_private(tmp_path):
    """A permissive umask (022) in the shell must not make PeerDesk's files readable by others."""
    env = dict(os.environ, PEERDESK_HOME=str(tmp_path / "home"))
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    script = (
        "import sys; from peerdesk.storage import crypto\n"
        "cheap = crypto.KdfParams(64, 1, 1); crypto.KDF_FLOOR = cheap\n"
        "crypto.calibrate = lambda _t=0: cheap\n"
        "from peerdesk.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    for argv, stdin in [(["init"], f"{PASS}\n{PASS}\n"), (["verify"], f"{PASS}\n")]:
        out = subprocess.run(
            [sys.executable, "-c", script, *argv], input=stdin, capture_output=True,
            text=True, env=env, timeout=120, umask=0o022,
        )  # fmt: skip
        assert out.returncode == 0, out.stderr
    made = [p for p in (tmp_path / "home").rglob("*")]
    assert any(p.name == "vault.peerdesk" for p in made)
    assert any(p.name == "vaults-seen.json" for p in made)
    for path in made:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path} is {oct(mode)}"
        if path.is_dir():
            assert mode == 0o700, f"{path} is {oct(mode)}"


def _closed_pipe_run(argv: list[str], home) -> subprocess.CompletedProcess[str]:
    """Run with stdout on a pipe whose reader is already gone (what `| head -1` leads to)."""
    env = dict(os.environ, PEERDESK_HOME=str(home))
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "peerdesk", *argv],
            stdout=write_end, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
            text=True, env=env, timeout=120,
        )  # fmt: skip
    finally:
        os.close(write_end)


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX pipes")
@pytest.mark.parametrize(
    "argv",
    [["resources", "search", "crisis", "--json"], ["resources", "list"], ["--help"]],
)
def test_closing_the_pipe_early_ends_quietly(argv, tmp_path):
    out = _closed_pipe_run(argv, tmp_path)
    assert out.stderr == ""  # no traceback, no "Exception ignored" at exit
    # 141 = 128 + SIGPIPE, as a shell reports it; argparse's --help swallows the error itself.
    assert out.returncode == (0 if argv == ["--help"] else 141)
