"""A small accessibility walker for page tests: every input and button can be named aloud."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUTS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs with neither an accessible name, a label buddy nor (for buttons) a text."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or widget.parent() is None:
            continue
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the editor inside a spin box or combo box speaks for its parent
        named = bool(widget.accessibleName()) or id(widget) in buddies
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            named = True
        if not named and widget.focusPolicy() != 0:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing
