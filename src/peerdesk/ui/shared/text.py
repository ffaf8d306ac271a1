"""Helpers for editors holding content: wipe on lock, keep input methods from learning it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def wipe_text(*edits: Any) -> None:
    """Lock: empty text editors AND their undo history (undo would bring the text back).

    Signals are blocked so that wiping is not taken for an edit to save or scan.
    """
    for edit in edits:
        edit.blockSignals(True)
        edit.clear()
        edit.document().clearUndoRedoStacks()
        edit.blockSignals(False)


def mark_sensitive(widget: QWidget) -> None:
    """Inputs holding content: keep input methods and predictive keyboards from learning it."""
    widget.setInputMethodHints(
        widget.inputMethodHints()
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
