"""Collects the Alt+letter mnemonics a window offers at one moment, to find clashes."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)

_MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def offered(root: QWidget) -> list[tuple[str, str]]:
    """(letter, the text that offers it) for every visible control with a mnemonic."""
    found: list[tuple[str | None, str]] = []
    if isinstance(root, QMainWindow) and root.menuBar().isVisible():
        found += [(letter(a.text()), a.text()) for a in root.menuBar().actions()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.window() is not root:
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            found.append((letter(widget.text()), widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((letter(widget.title()), widget.title()))
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
            found += [(letter(t), t) for t in texts]
    return [(key, text) for key, text in found if key]


def clashes(root: QWidget) -> dict[str, list[str]]:
    """Letters offered by more than one control (Alt+letter would only cycle between them)."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for key, text in offered(root):
        by_letter[key].append(text)
    return {key: texts for key, texts in by_letter.items() if len(texts) > 1}
