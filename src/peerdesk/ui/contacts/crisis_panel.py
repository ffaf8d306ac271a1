"""Shown in the contact form once an escalated risk level is chosen: what to do, whom to call."""

from __future__ import annotations

import functools
import importlib
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from peerdesk.ui.shared.i18n import translate


def checklist() -> tuple[str, ...]:
    """What to do now, in order (read once, when the panel is built)."""
    return (
        translate("CrisisPanel", "If it is safe, stay with the person or stay on the line."),
        translate(
            "CrisisPanel", "If a life may be at risk right now, call your local emergency number."
        ),
        translate(
            "CrisisPanel",
            "Bring in your coordinator or clinician in the way your program has agreed.",
        ),
        translate(
            "CrisisPanel",
            "Be honest that you may need to involve others; do not promise a secret you cannot "
            "keep.",
        ),
        translate(
            "CrisisPanel",
            "Write down what you did and plan a follow-up, then look after yourself too.",
        ),
    )


# Kept for callers that read the English checklist (tests, docs).
CHECKLIST: tuple[str, ...] = (
    "If it is safe, stay with the person or stay on the line.",
    "If a life may be at risk right now, call your local emergency number.",
    "Bring in your coordinator or clinician in the way your program has agreed.",
    "Be honest that you may need to involve others; do not promise a secret you cannot keep.",
    "Write down what you did and plan a follow-up, then look after yourself too.",
)
CRISIS_CATEGORIES = ("crisis", "emergency", "suicide prevention")
MAX_SERVICES = 6


def home_country() -> str | None:
    """The two-letter country of the system locale ('en_GB' -> 'GB'), if there is one."""
    parts = QLocale.system().name().split("_")
    code = parts[1].upper() if len(parts) > 1 else ""
    return code if len(code) == 2 and code.isalpha() else None


@functools.cache
def _directory() -> Any | None:
    """The referral directory (outside the vault), opened once; None if it is not in this build."""
    try:
        module = importlib.import_module("peerdesk.storage.directory")
    except ModuleNotFoundError:
        return None
    return module.Directory.open()


def crisis_lines(country: str | None) -> list[str]:
    """One line per crisis service of `country` (every country when None), from the directory."""
    directory = _directory()
    if directory is None:
        return []
    from peerdesk.ui.resources.hook import describe

    found: dict[str, Any] = {}
    for category in CRISIS_CATEGORIES:
        for item in directory.search("", category=category, country=country, limit=MAX_SERVICES):
            found.setdefault(item.id, item)
    lines = [describe(item) for item in found.values()]
    return lines[:MAX_SERVICES] if country else sorted(lines)  # every country: grouped by it


class CrisisPanel(QFrame):
    """A calm, visible box: the checklist first, then the crisis lines of the user's country."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("CrisisPanel", "What to do now and crisis resources"))
        what = translate("CrisisPanel", "What to do now")
        heading = QLabel(f"<b>{what}</b>")
        steps = "".join(f"<li>{step}</li>" for step in checklist())
        self.checklist = QLabel(f"<ul style='margin-left:0'>{steps}</ul>")
        self.checklist.setWordWrap(True)
        self.services = QLabel("")
        self.services.setWordWrap(True)
        self.services.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more = QPushButton(
            translate("CrisisPanel", "Open the full crisis and referral directory…")
        )  # Tab, right after Risk
        self.more.clicked.connect(self._open_directory)
        layout = QVBoxLayout(self)
        for widget in (heading, self.checklist, self.services, self.more):
            layout.addWidget(widget)
        self._loaded = False

    def showEvent(self, event: Any) -> None:
        if not self._loaded:  # the directory is opened only when someone needs it
            self.load()
        super().showEvent(event)

    def load(self, country: str | None = None) -> None:
        self._loaded = True
        country = country or home_country()
        lines = (crisis_lines(country) if country else []) or crisis_lines(None)
        if not lines:
            self.services.setText(
                translate(
                    "CrisisPanel",
                    "No crisis lines are stored for your country yet. If someone is in "
                    "immediate danger, call your local emergency number.",
                )
            )
            return
        items = "".join(f"<li>{_escape(line)}</li>" for line in lines)
        heading = translate("CrisisPanel", "Crisis lines")
        self.services.setText(f"<b>{heading}</b><ul style='margin-left:0'>{items}</ul>")

    def _open_directory(self) -> None:
        from peerdesk.ui.resources.hook import show_resources

        show_resources(self.window())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
