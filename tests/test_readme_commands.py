"""Every command in the README's command table, run as a real `peerdesk` process in a fresh home
folder, the way a user types it (secrets on standard input, as the README says scripts give them).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "quiet harbour lantern morning"
NEW_PASSPHRASE = "seven copper kettles singing"
PEERDESK = Path(sys.executable).with_name("peerdesk")
TEMPLATE = ROOT / "tests" / "storage" / "fixtures" / "hsds" / "template.csv"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PEERDESK.exists(), reason="the peerdesk script is not installed"),
]


def readme_commands() -> list[str]:
    """The first word(s) of each command the README's table lists, e.g. 'log add/list/show'."""
    table = (ROOT / "README.md").read_text(encoding="utf-8").split("## Command line", 1)[1]
    return re.findall(r"^\| `peerdesk ?([^`]*)`", table, flags=re.MULTILINE)


class User:
    """Runs `peerdesk` in a private home, feeding standard input like a script would."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.env = {**os.environ, "PEERDESK_HOME": str(home), "HOME": str(home)}
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        self.ran: list[list[str]] = []

    def run(self, *args: str, stdin: str = "", code: int = 0) -> subprocess.CompletedProcess[str]:
        self.ran.append(list(args))
        done = subprocess.run(
            [str(PEERDESK), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env,
            cwd=self.home,
            timeout=180,
        )
        assert done.returncode == code, (args, done.returncode, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr, done.stderr
        return done


@pytest.fixture(scope="module")
def user(tmp_path_factory) -> User:
    return User(tmp_path_factory.mktemp("home"))


def _seed_ten_years(vault: Path) -> None:
    """Ten years of contacts, written through PeerDesk's own services (not the command line)."""
    code = f"""
import random
from datetime import datetime, timedelta
from peerdesk.core.contacts.model import Contact
from peerdesk.storage.assembly import open_desk
from peerdesk.storage.vault import open_vault
rng = random.Random(4)
vault = open_vault({str(vault)!r}, passphrase={PASSPHRASE!r})
desk = open_desk(vault)
start = datetime(2015, 1, 5, 9, 0)
for i in range(900):
    when = start + timedelta(days=i * 4 + rng.randrange(3), hours=rng.randrange(9))
    desk.contacts.add(Contact(when=when, duration_min=rng.choice((15, 30, 45, 60)),
                              channel=rng.choice(("phone", "in_person", "video")),
                              topics=(rng.choice(("work_stress", "conflict", "grief_loss")),)))
vault.save()
vault.close()
"""
    env = {**os.environ, "PEERDESK_HOME": str(vault.parent.parent)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=300)


def test_the_table_is_what_this_test_runs():
    """A command added to the README must be added here too."""
    assert readme_commands() == [
        "",
        "init [--unlock-time MS]",
        "verify [--json]",
        "passwd",
        "recover",
        "rotate-key",
        "backup --to FILE",
        "backups",
        "restore FROM",
        "log add/list/show/delete",
        "checkin add/list",
        "training list/validate/log-add",
        "guard [--json]",
        "resources search/list/import",
        "report --from --to --format csv\\|json\\|pdf --out FILE",
        "report merge A.json B.json … --out team.json",
        "export --to FOLDER",
        "erase",
        "--self-test",
    ]


def test_vault_commands(user: User):
    out = user.run("init", stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n").stdout
    recovery = re.search(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})", out)
    assert recovery, "init prints the recovery key once"
    summary = json.loads(user.run("verify", "--json", stdin=PASSPHRASE + "\n").stdout)
    assert summary["integrity"] == "ok"
    user.run("verify", stdin="not the passphrase at all\n", code=2)
    user.run("passwd", stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n{NEW_PASSPHRASE}\n")
    user.run("recover", stdin=f"{recovery.group(1)}\n{PASSPHRASE}\n{PASSPHRASE}\n")
    user.run("verify", stdin=PASSPHRASE + "\n")
    copy = user.home / "usb" / "copy.peerdesk"
    copy.parent.mkdir()
    user.run("backup", "--to", str(copy), stdin=PASSPHRASE + "\n")
    assert copy.exists()
    assert "backup" in user.run("backups").stdout.lower()
    user.run("restore", str(copy), stdin=PASSPHRASE + "\n")
    rotated = user.run("rotate-key", stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n{PASSPHRASE}\n").stdout
    assert re.search(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}", rotated)


def test_feature_commands(user: User):
    secret = PASSPHRASE + "\n"
    user.run("log", "add", "--duration", "30", "--channel", "phone", "--topic", "work stress",
             stdin=secret)  # fmt: skip
    listed = user.run("log", "list", stdin=secret).stdout
    assert "30" in listed
    user.run("log", "show", "1", stdin=secret)
    user.run("log", "delete", "1", stdin=secret)
    user.run("checkin", "add", "--energy", "3", "--sleep", "4", "--stress", "2", "--mood", "4",
             "--connected", "3", "--meaning", "4", stdin=secret)  # fmt: skip
    assert "quick" in user.run("checkin", "list", stdin=secret).stdout.lower()
    assert user.run("training", "list", stdin=secret).stdout.strip()
    user.run("training", "validate", str(ROOT / "resources" / "training"))
    user.run("training", "log-add", "--course", "-", "--provider", "-", "--date", "2025-05-01",
             "--hours", "3", stdin=secret + "Annual refresher\nOur EAP\n")  # fmt: skip
    # Free text as an argument is refused (it would show in the process list and history).
    user.run("log", "add", "--duration", "5", "--note", "visible to ps", stdin=secret, code=8)
    note = "Spoke with Siobhán, 0412 555 019.\n"
    findings = json.loads(user.run("guard", "--json", stdin=note).stdout)
    assert [(f["kind"], f["text"]) for f in findings] == [
        ("name", "Siobhán"),
        ("phone", "0412 555 019"),
    ]
    assert user.run("resources", "search", "suicide").stdout.strip()
    assert user.run("resources", "list").stdout.strip()
    user.run("resources", "import", str(TEMPLATE), "--country", "CA")


@pytest.mark.parametrize(
    "first",
    ["2024-12-01", "2024-01-01", "2020-01-01", "2015-01-01"],
    ids=["1-month", "1-year", "5-years", "10-years"],
)
def test_report_pdf_for_any_period(user: User, first: str):
    if not (user.home / "seeded").exists():
        _seed_ten_years(user.home / "data" / "vault.peerdesk")
        (user.home / "seeded").write_text("")
    out = user.home / f"report-from-{first}.pdf"
    user.run("report", "--from", first, "--to", "2024-12-31", "--format", "pdf",
             "--out", str(out), stdin=PASSPHRASE + "\n")  # fmt: skip
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True)
        assert "report" in text.stdout.lower()


def test_report_csv_json_and_merge(user: User):
    secret = PASSPHRASE + "\n"
    for year in (2023, 2024):
        for fmt in ("csv", "json"):
            out = user.home / f"mine-{year}.{fmt}"
            user.run("report", "--from", f"{year}-01-01", "--to", f"{year}-12-31", "--format",
                     fmt, "--out", str(out), stdin=secret)  # fmt: skip
            assert out.stat().st_size > 0
    team = user.home / "team.json"
    user.run("report", "merge", str(user.home / "mine-2023.json"),
             str(user.home / "mine-2024.json"), "--out", str(team))  # fmt: skip
    assert json.loads(team.read_text(encoding="utf-8"))


def test_export_import_and_erase(user: User):
    folder = user.home / "export"
    user.run("export", "--to", str(folder), stdin=f"{PASSPHRASE}\nEXPORT\n")
    assert any(folder.iterdir())
    other = user.home / "restored.peerdesk"
    out = user.run("--vault", str(other), "import-data", str(folder),
                   stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n").stdout  # fmt: skip
    assert re.search(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}", out)
    user.run("--vault", str(other), "verify", stdin=PASSPHRASE + "\n")
    user.run("erase", stdin="ERASE\n")
    assert not (user.home / "data" / "vault.peerdesk").exists()


def test_version_and_self_test(user: User):
    assert user.run("--version").stdout.startswith("PeerDesk ")
    assert "ok" in user.run("--self-test").stdout


def test_the_window_opens_and_closes_on_sigterm(user: User):
    """`peerdesk --demo`: the window starts (offscreen here) and quits cleanly when asked."""
    temp = user.home / "tmp"
    temp.mkdir()
    process = subprocess.Popen(
        [str(PEERDESK), "--demo"], env={**user.env, "TMPDIR": str(temp)}, cwd=user.home,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(temp.glob("peerdesk-demo-*/demo.peerdesk")):
        time.sleep(0.2)  # the demo vault is made before the window opens
    time.sleep(1)
    assert process.poll() is None, process.communicate()
    process.send_signal(signal.SIGTERM)  # at any moment from here on, it must end cleanly
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert list(temp.iterdir()) == []  # the demo vault's folder is gone
