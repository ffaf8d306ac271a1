"""The layers stay apart: core and storage never load PySide6; core never loads sqlite_utils."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import peerdesk

SRC = Path(peerdesk.__file__).parent


def _modules(package: str) -> list[str]:
    folder = SRC / package.split(".", 1)[1].replace(".", "/")
    return [f"{package}.{m.name}" for m in pkgutil.walk_packages([str(folder)], prefix="")]


def _loaded_after_import(modules: list[str]) -> set[str]:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "print('\\n'.join(sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_core_and_storage_never_load_qt():
    loaded = _loaded_after_import(_modules("peerdesk.core") + _modules("peerdesk.storage"))
    assert not {m for m in loaded if m.startswith("PySide6") or m.startswith("shiboken")}


def test_core_never_loads_storage_libraries():
    loaded = _loaded_after_import(_modules("peerdesk.core"))
    assert "sqlite_utils" not in loaded
    assert not {
        m for m in loaded if m.startswith("peerdesk.storage") or m.startswith("peerdesk.ui")
    }


def test_cli_without_subcommand_gui_is_lazy():
    """The command line's vault commands never import Qt."""
    loaded = _loaded_after_import(["peerdesk.cli", "peerdesk.cli.vault_cmds"])
    assert not {m for m in loaded if m.startswith("PySide6")}
