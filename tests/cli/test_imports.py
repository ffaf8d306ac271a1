"""Each command imports only what it uses: `verify` loads no sqlite-utils, no feature modules and
no other command's module; the command table matches what the modules register."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import textwrap

import pytest

from peerdesk import cli
from peerdesk.storage import vault

PASS = "correct horse battery staple"

# Modules `verify` has no use for; the first three cost ~0.25 s together on the project machine.
NOT_FOR_VERIFY = (
    "sqlite_utils",
    "peerdesk.core.selfcare.instruments",
    "peerdesk.storage.repos",
    "peerdesk.core.contacts.model",
    "peerdesk.core.training",
    "peerdesk.core.resources",
    "peerdesk.core.reports",
    "PySide6",
)


def _loaded_after(code: str, stdin: str = "") -> set[str]:
    """Run code in a fresh interpreter with the test-only cheap KDF floor; its modules."""
    prelude = textwrap.dedent("""
        import sys
        from peerdesk.storage import crypto
        crypto.KDF_FLOOR = crypto.KdfParams(memory_kib=64, iterations=1, lanes=1)
    """)
    epilogue = "\nprint('\\n'.join(sorted(sys.modules)), file=sys.stderr)\n"
    out = subprocess.run(
        [sys.executable, "-c", prelude + code + epilogue],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return set(out.stderr.split())


def _make_vault(path) -> None:
    vault_, _ = vault.create_vault(path, PASS)
    vault_.close()


def test_verify_imports_only_what_it_uses(fast_kdf, tmp_path):
    path = tmp_path / "v.peerdesk"
    _make_vault(path)
    # peerdesk.app.main is the `peerdesk` program itself (the window only without a command).
    code = f"from peerdesk.app import main\nassert main(['--vault', {str(path)!r}, 'verify']) == 0"
    loaded = _loaded_after(code, stdin=PASS + "\n")
    assert "peerdesk.storage.vault" in loaded  # the run really unlocked the vault
    for heavy in NOT_FOR_VERIFY:
        assert not {m for m in loaded if m == heavy or m.startswith(heavy + ".")}, heavy
    commands = {m for m in loaded if m.startswith("peerdesk.cli.") and m.endswith("_cmds")}
    assert commands == {"peerdesk.cli.vault_cmds"}


@pytest.mark.parametrize("command", sorted(cli.COMMANDS))
def test_each_command_parser_loads_only_its_module(command):
    code = f"from peerdesk.cli import build_parser\nbuild_parser([{command!r}, '--help'])"
    loaded = _loaded_after(code)
    commands = {m for m in loaded if m.startswith("peerdesk.cli.") and m.endswith("_cmds")}
    assert commands == {cli.COMMANDS[command]}
    assert "sqlite_utils" not in loaded


def test_command_table_matches_the_modules():
    registered = {}
    for name in cli.COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(name).register(sub)
        registered.update(dict.fromkeys(sub.choices, name))
    assert registered == cli.COMMANDS


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["verify"], ["peerdesk.cli.vault_cmds"]),
        (["--vault", "log", "verify"], ["peerdesk.cli.vault_cmds"]),  # 'log' is the path
        (["--vault=x", "log", "add"], ["peerdesk.cli.log_cmds"]),
        (["--demo", "report"], ["peerdesk.cli.report_cmds"]),
        ([], cli.COMMAND_MODULES),
        (["--help"], cli.COMMAND_MODULES),
        (["--vault"], cli.COMMAND_MODULES),
        (["nosuch"], cli.COMMAND_MODULES),
        (["Verify"], cli.COMMAND_MODULES),
        (["--", "verify"], cli.COMMAND_MODULES),
    ],
)
def test_modules_for(argv, expected):
    assert cli._modules_for(argv) == expected


def test_full_help_still_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert all(command in out for command in cli.COMMANDS)


def test_unknown_command_is_a_clear_usage_error(capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main(["verfy"])
    assert exited.value.code == 64
    err = capsys.readouterr().err
    assert "invalid choice: 'verfy'" in err and "verify" in err


def test_command_help_after_the_vault_option(capsys, tmp_path):
    with pytest.raises(SystemExit) as exited:
        cli.main(["--vault", str(tmp_path / "v.peerdesk"), "verify", "--help"])
    assert exited.value.code == 0
    assert "--json" in capsys.readouterr().out
