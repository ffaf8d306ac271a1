"""PeerDesk's quicker answer to PySide's "does this module use PySide?" equals PySide's own."""

from __future__ import annotations

import sys
import types

from peerdesk.ui.shell import featurescan


def _pyside_original():
    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    return check.__closure__[0].cell_contents if getattr(check, "quick", False) else check


def test_it_is_installed_once_the_window_module_is_imported(qapp) -> None:
    import peerdesk.ui.shell.application  # noqa: F401  (installs it)

    assert getattr(sys.modules["shibokensupport.feature"]._mod_uses_pyside, "quick", False)
    assert featurescan.install() is False  # never wrapped twice


def test_it_answers_as_pyside_does_for_every_loaded_module(qapp) -> None:
    """Every module of this test process: PeerDesk's, the standard library's, PySide's own,
    compiled extensions, namespace packages and built-ins."""
    original = _pyside_original()
    quick = featurescan.quick_check(original)
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    assert len(modules) > 300
    differ = [m.__name__ for m in modules if quick(m) != original(m)]
    assert differ == []
    answers = {quick(m) for m in modules}
    assert answers == {True, False}  # both answers occur: the comparison means something


def test_a_module_without_its_file_falls_back_to_pysides_check(qapp, tmp_path) -> None:
    seen = []
    quick = featurescan.quick_check(lambda module: seen.append(module) or False)
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # never written
    assert quick(gone) is False and seen == [gone]
    here = tmp_path / "here.py"
    here.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    present = types.ModuleType("here")
    present.__file__ = str(here)
    assert quick(present) is True and seen == [gone]
