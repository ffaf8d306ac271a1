"""The wheel and the PyInstaller bundle ship the compiled translation catalogues."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = sorted(p.name for p in (ROOT / "resources" / "translations").glob("*.qm"))


def test_there_are_catalogues_to_ship():
    assert "peerdesk_fr_CA.qm" in CATALOGUES


@pytest.mark.timeout(240)
def test_the_wheel_carries_the_catalogues(tmp_path):
    """setuptools' build_py (what bdist_wheel packs) on a copy of the checkout: no build/ or
    egg-info is left in the tree, and no wheel package or network is needed."""
    source = tmp_path / "src-copy"
    for name in ("src", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    setuptools = pytest.importorskip("setuptools")
    if int(setuptools.__version__.split(".")[0]) < 77:
        # The SPDX `license = "..."` form needs setuptools 77; older ones take the table form.
        # Only the metadata differs: the resources mapping under test is in setup.py.
        pyproject = source / "pyproject.toml"
        text = pyproject.read_text(encoding="utf-8")
        text = text.replace('license = "GPL-3.0-or-later"', 'license = {text = "GPL-3.0-or-later"}')
        pyproject.write_text(text, encoding="utf-8")
    out = tmp_path / "lib"
    result = subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(out)],
        cwd=source,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    shipped = sorted(p.name for p in (out / "peerdesk" / "resources" / "translations").iterdir())
    for catalogue in CATALOGUES:
        assert catalogue in shipped


def _spec_function(name: str):
    """One function from packaging/peerdesk.spec, without running PyInstaller's Analysis."""
    tree = ast.parse((ROOT / "packaging" / "peerdesk.spec").read_text(encoding="utf-8"))
    wanted = {name, "_posix", "keep_plugin"}
    module = ast.Module([n for n in tree.body if getattr(n, "name", "") in wanted], [])
    drop = next(
        n for n in tree.body if isinstance(n, ast.Assign) and "DROP_PLUGINS" in ast.unparse(n)
    )
    namespace: dict = {}
    exec(compile(ast.Module([drop, *module.body], []), "peerdesk.spec", "exec"), namespace)
    return namespace[name]


def test_the_bundle_keeps_peerdesk_catalogues_and_qtbase_only():
    keep_data = _spec_function("keep_data")
    for catalogue in CATALOGUES:
        assert keep_data(f"peerdesk/resources/translations/{catalogue}")
        assert keep_data(f"peerdesk\\resources\\translations\\{catalogue}")  # Windows paths
    assert keep_data("PySide6/Qt/translations/qtbase_fr.qm")
    assert not keep_data("PySide6/Qt/translations/qtbase_de.qm")  # a language PeerDesk lacks
    assert not keep_data("PySide6/Qt/translations/qtdeclarative_fr.qm")
    assert not keep_data("PySide6/Qt/translations/designer_fr.qm")
