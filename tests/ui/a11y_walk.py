"""The one accessibility walker for UI tests: every input needs a name a screen reader can say."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
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
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
_REAL_NAME = re.compile(r"[A-Za-z0-9].*[A-Za-z0-9]")  # "?" or "…" is not a name


def spoken_name(widget: QWidget, buddies: dict[int, str]) -> str:
    """What a screen reader announces: the accessible name, a label buddy or a button's text."""
    name = widget.accessibleName() or buddies.get(id(widget), "")
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text()
    return name.replace("&", "").strip()


def unnamed(root: QWidget) -> list[str]:
    """Visible, focusable inputs under root that a screen reader could not name."""
    buddies = {id(lb.buddy()): lb.text() for lb in root.findChildren(QLabel) if lb.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the inner editor speaks for its parent
        if widget.focusPolicy().value == 0:
            continue  # not reachable by keyboard or screen-reader focus
        if not _REAL_NAME.search(spoken_name(widget, buddies)):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {root!r}")
    return missing


unnamed_inputs = unnamed  # the name the page tests use
