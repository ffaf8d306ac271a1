"""No plaintext reaches the disk: canary scan of every folder, and strace of every file opened."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

WORKLOAD = Path(__file__).parent / "scripts" / "workload.py"
CANARY = "CANARY-7f3e-peer-support-note"


def _run(mode: str, home: Path, tmp: Path, strace_log: Path | None = None):
    env = dict(os.environ, PEERDESK_HOME=str(home), TMPDIR=str(tmp), SQLITE_TMPDIR=str(tmp))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    cmd = [sys.executable, str(WORKLOAD), mode, str(home / "data" / "vault.peerdesk")]
    if strace_log is not None:
        cmd = ["strace", "-f", "-qq", "-e", "trace=open,openat,creat", "-o", str(strace_log), *cmd]
    (home / "data").mkdir(parents=True, exist_ok=True)
    tmp.mkdir(exist_ok=True)
    subprocess.run(cmd, env=env, check=True, timeout=240)


def _files_containing(folder: Path, needles: list[bytes]) -> list[Path]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(n in data for n in needles):
                hits.append(path)
    return hits


@pytest.mark.slow
def test_canary_absent_from_every_file(tmp_path):
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    _run("heavy", home, tmp)
    needles = [CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), CANARY.encode("utf-16-be")]
    assert (home / "data" / "vault.peerdesk").stat().st_size > 1_000_000
    assert _files_containing(home, needles) == []
    assert _files_containing(tmp, needles) == []


def _written_paths(log: Path) -> list[str]:
    """Paths opened for writing or creation, from an strace log."""
    written = []
    for line in log.read_text(errors="replace").splitlines():
        match = re.search(r'open(?:at)?\((?:[^,]+, )?"([^"]+)", ([A-Z_|]+)', line)
        if match and re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TMPFILE", match.group(2)):
            written.append(match.group(1))
        elif "creat(" in line:
            written.append(line)
    return written


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("strace") is None, reason="strace not installed (.ci/run installs it)"
)
def test_workload_opens_no_file_but_the_vaults_own(tmp_path):
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    log = tmp_path / "strace.log"
    _run("heavy", home, tmp, log)
    vault_dir = str(home / "data")
    own = re.compile(
        re.escape(vault_dir) + r"/(vault\.peerdesk(\.lock)?|\.vault\.peerdesk\.\w+\.tmp|backups.*)$"
    )
    # The rollback record (ids, save numbers, key fingerprints; no content) and its lock/temp.
    record = re.compile(
        re.escape(str(home / "state")) + r"/\.?vaults-seen\.json(\.lock|\.\w+\.tmp)?$"
    )
    unexpected = [
        p
        for p in _written_paths(log)
        if not own.match(p) and not record.match(p) and not p.startswith("/dev/")
    ]
    assert unexpected == []


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("strace") is None, reason="strace not installed (.ci/run installs it)"
)
def test_strace_check_catches_an_unhardened_database(tmp_path):
    """Negative control: the same workload without temp_store=MEMORY does spill temp files."""
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    log = tmp_path / "strace.log"
    _run("unsafe", home, tmp, log)
    assert any("etilqs_" in p for p in _written_paths(log))
