"""Shared helpers for the Resources page tests: a context, CSV files, an accessibility walk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

CSV_HEADER = "id,name,country,phones,categories,last_verified\n"
INPUT_TYPES = (
    "QLineEdit", "QPlainTextEdit", "QTextEdit", "QTextBrowser", "QComboBox", "QSpinBox",
    "QDoubleSpinBox", "QDateEdit", "QListView", "QTableView", "QTreeView", "QCheckBox",
    "QPushButton", "QProgressBar",
)  # fmt: skip


def make_ctx(desk: Any) -> Any:
    from peerdesk.ui.shared.clipboard import SecureClipboard
    from peerdesk.ui.shared.page import UiContext
    from peerdesk.ui.shared.tasks import Runner

    messages: list[str] = []
    ctx = UiContext(
        desk=desk,
        runner=Runner(),
        clipboard=SecureClipboard(),
        settings=None,
        status=messages.append,
        request_save=lambda: None,
    )
    ctx.messages = messages  # type: ignore[attr-defined]
    return ctx


def names(page: Any) -> list[str]:
    model = page.browser.model
    return [model.resource(row).name for row in range(model.rowCount())]


def ids(browser: Any) -> list[str]:
    model = browser.model
    return [model.resource(row).id for row in range(model.rowCount())]


def write_csv(path: Path, rows: list[str], header: str = CSV_HEADER) -> Path:
    path.write_text(header + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def _inside_compound(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if type(parent).__name__ in (
            "QComboBox",
            "QDateEdit",
            "QSpinBox",
            "QComboBoxPrivateContainer",
        ):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs a screen reader could not name: no accessible name, no label buddy, no text."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        kind = type(widget).__name__
        if kind not in INPUT_TYPES or widget.parent() is None:
            continue
        if _inside_compound(widget):
            continue  # a combo's popup list or a spin box's line edit: named through its owner
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or id(widget) in buddies or text.replace("&", "")):
            missing.append(f"{kind} {widget.objectName()}")
    return missing
