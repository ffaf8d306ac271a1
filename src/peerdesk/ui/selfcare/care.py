"""Calm notes at the top of the page: the check-in reminder, nudges toward help, celebrations."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import PeerDeskError
from peerdesk.core.selfcare import Milestone, Nudge


def text_label(text: str, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def card(kind: str) -> tuple[QFrame, QVBoxLayout]:
    """A framed box in palette colours (dark mode follows); the kind is said in words."""
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAutoFillBackground(True)
    frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
    frame.setAccessibleName(kind)
    return frame, QVBoxLayout(frame)


def _bullets(heading: str, lines: tuple[str, ...]) -> QLabel:
    return text_label(heading + "\n" + "\n".join(f"• {line}" for line in lines))


class CarePanel(QWidget):
    """Rebuilt from the service on every reload. Signals: check_in_requested()."""

    check_in_requested = Signal()

    def __init__(self, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.nudge_keys: list[str] = []
        self.milestone_keys: list[str] = []
        self.expanded = False  # several notes fold into one line until asked for
        self.toggle: QPushButton | None = None
        self.reload()

    def _reset(self) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone from findChildren and the a11y tree at once
                widget.deleteLater()

    def reload(self) -> None:
        self._reset()
        reminder = self.service.reminder()
        if reminder is not None:
            self.column.addWidget(self._reminder(reminder.message))
        nudges: list[Nudge] = self.service.nudges()
        milestones: list[Milestone] = self.service.milestones()
        self.nudge_keys = [n.key for n in nudges]
        self.milestone_keys = [m.key for m in milestones]
        cards = [self._nudge(n) for n in nudges] + [self._milestone(m) for m in milestones]
        if len(cards) > 1:
            self.column.addWidget(self._summary(len(nudges), len(milestones)))
        for frame in cards:
            self.column.addWidget(frame)  # first: showing a widget without a parent opens a window
            frame.setVisible(len(cards) == 1 or self.expanded)
        self.setVisible(bool(reminder or cards))

    def _summary(self, nudges: int, milestones: int) -> QFrame:
        """One line instead of a stack of notes: the check-in stays above the fold."""
        parts = []
        if nudges:
            parts.append(f"{nudges} suggestion{'s' * (nudges != 1)}")
        if milestones:
            parts.append(f"{milestones} thing{'s' * (milestones != 1)} to celebrate")
        frame, column = card("Notes for you")
        row = QHBoxLayout()
        self.summary = text_label("Notes for you: " + " and ".join(parts) + ".")
        row.addWidget(self.summary, 1)
        self.toggle = QPushButton("Hide" if self.expanded else f"Show all ({nudges + milestones})")
        self.toggle.setAccessibleName("Show or hide the notes for you")
        self.toggle.clicked.connect(self._toggle)
        row.addWidget(self.toggle)
        column.addLayout(row)
        return frame

    def _toggle(self) -> None:
        self.expanded = not self.expanded
        self.reload()

    def _reminder(self, message: str) -> QFrame:
        frame, column = card("Check-in reminder")
        row = QHBoxLayout()
        row.addWidget(text_label(message), 1)
        button = QPushButton("Check in now")
        button.setAccessibleName("Check in now")
        button.clicked.connect(self.check_in_requested.emit)
        row.addWidget(button)
        column.addLayout(row)
        return frame

    def _nudge(self, nudge: Nudge) -> QFrame:
        frame, column = card(f"Suggestion: {nudge.title}")
        column.addWidget(text_label(f"<b>{_esc(nudge.title)}</b>", rich=True))
        column.addWidget(text_label(nudge.message))
        if nudge.actions:
            column.addWidget(_bullets("From your own plan:", nudge.actions))
        else:
            column.addWidget(text_label("Your self-care plan (below) can hold the steps that "
                                        "help you; it will be suggested here."))  # fmt: skip
        column.addWidget(_bullets("Help you can reach:", nudge.resources))
        row = QHBoxLayout()
        dismiss = QPushButton("Dismiss")
        dismiss.setAccessibleName(f"Dismiss: {nudge.title}")
        dismiss.clicked.connect(lambda: self.dismiss(nudge.key))
        snooze = QPushButton("Not again this week")
        snooze.setAccessibleName(f"Not again this week: {nudge.title}")
        snooze.clicked.connect(lambda: self.snooze(nudge.kind))
        row.addWidget(dismiss)
        row.addWidget(snooze)
        row.addStretch(1)
        column.addLayout(row)
        return frame

    def _milestone(self, milestone: Milestone) -> QFrame:
        frame, column = card("Well done")
        row = QHBoxLayout()
        row.addWidget(text_label(milestone.message), 1)
        button = QPushButton("Thanks")
        button.setAccessibleName(f"Thanks, hide: {milestone.message}")
        button.clicked.connect(lambda: self.dismiss(milestone.key))
        row.addWidget(button)
        column.addLayout(row)
        return frame

    def dismiss(self, key: str) -> None:
        self._act(lambda: self.service.dismiss(key))

    def snooze(self, kind: str) -> None:
        self._act(lambda: self.service.snooze(kind))

    def _act(self, action: Any) -> None:
        # A stale key or kind is harmless: the reload below shows what is current.
        with contextlib.suppress(PeerDeskError):
            action()
        self.reload()

    def clear(self) -> None:
        self._reset()
        self.nudge_keys, self.milestone_keys = [], []


def _esc(text: str) -> str:
    from html import escape

    return escape(text)
