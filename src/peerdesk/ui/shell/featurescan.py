"""A cheaper form of PySide's per-import check for `__feature__` use (same answers, ~5x faster)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

# After PySide6 is imported, every later import runs shibokensupport.feature._mod_uses_pyside,
# which asks inspect.getsource() for the module's whole text only to look for "PySide6" in it
# (PYSIDE-2029). At start and unlock that was 40-70 ms for ~85-300 modules. Reading the file's
# bytes answers the same question; anything without a plain .py file keeps PySide's own check.
_MARK = b"PySide6"


def install() -> bool:
    """Replace PySide's check once; False (nothing changed) if this PySide has no such hook."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, "quick", False):
        return False
    feature._mod_uses_pyside = quick_check(original)  # type: ignore[attr-defined]
    return True


def quick_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return _MARK in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.quick = True  # type: ignore[attr-defined]
    return uses_pyside
