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
from peerdesk.ui.shared.i18n import translate


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


def reminder_text(cadence: str, fallback: str) -> str:
    """The reminder in the window's words; core's Reminder carries the cadence it is due for."""
    texts = {
        "daily": translate(
            "CarePanel", "You have not checked in today. It takes less than a minute."
        ),
        "weekly": translate(
            "CarePanel", "No check-in yet this week. A minute for yourself is time well spent."
        ),
    }
    return texts.get(cadence, fallback)


def summary_text(nudges: int, milestones: int) -> str:
    """'Notes for you: 2 suggestions and 1 thing to celebrate.' as one sentence per case."""
    suggestions = translate("CarePanel", "%n suggestion(s)", None, nudges)
    celebrate = translate("CarePanel", "%n thing(s) to celebrate", None, milestones)
    if nudges and milestones:
        text = translate("CarePanel", "Notes for you: %1 and %2.")
        return text.replace("%1", suggestions).replace("%2", celebrate)
    text = translate("CarePanel", "Notes for you: %1.")
    return text.replace("%1", suggestions if nudges else celebrate)


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
            self.column.addWidget(self._reminder(reminder_text(reminder.cadence, reminder.message)))
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
        frame, column = card(translate("CarePanel", "Notes for you"))
        row = QHBoxLayout()
        self.summary = text_label(summary_text(nudges, milestones))
        row.addWidget(self.summary, 1)
        total = nudges + milestones
        self.toggle = QPushButton(
            translate("CarePanel", "Hide")
            if self.expanded
            else translate("CarePanel", "Show all (%1)").replace("%1", str(total))
        )
        self.toggle.setAccessibleName(translate("CarePanel", "Show or hide the notes for you"))
        self.toggle.clicked.connect(self._toggle)
        row.addWidget(self.toggle)
        column.addLayout(row)
        return frame

    def _toggle(self) -> None:
        self.expanded = not self.expanded
        self.reload()

    def _reminder(self, message: str) -> QFrame:
        frame, column = card(translate("CarePanel", "Check-in reminder"))
        row = QHBoxLayout()
        row.addWidget(text_label(message), 1)
        button = QPushButton(translate("CarePanel", "Check in now"))
        button.setAccessibleName(translate("CarePanel", "Check in now"))
        button.clicked.connect(self.check_in_requested.emit)
        row.addWidget(button)
        column.addLayout(row)
        return frame

    def _nudge(self, nudge: Nudge) -> QFrame:
        frame, column = card(translate("CarePanel", "Suggestion: %1").replace("%1", nudge.title))
        column.addWidget(text_label(f"<b>{_esc(nudge.title)}</b>", rich=True))
        column.addWidget(text_label(nudge.message))
        if nudge.actions:
            column.addWidget(_bullets(translate("CarePanel", "From your own plan:"), nudge.actions))
        else:
            hint = translate(
                "CarePanel",
                "Your self-care plan (the My plan tab) can hold the steps that help you; they "
                "will be suggested here.",
            )
            column.addWidget(text_label(hint))
        column.addWidget(_bullets(translate("CarePanel", "Help you can reach:"), nudge.resources))
        row = QHBoxLayout()
        dismiss = QPushButton(translate("CarePanel", "Dismiss"))
        dismiss.setAccessibleName(translate("CarePanel", "Dismiss: %1").replace("%1", nudge.title))
        dismiss.clicked.connect(lambda: self.dismiss(nudge.key))
        snooze = QPushButton(translate("CarePanel", "Not again this week"))
        snooze.setAccessibleName(
            translate("CarePanel", "Not again this week: %1").replace("%1", nudge.title)
        )
        snooze.clicked.connect(lambda: self.snooze(nudge.kind))
        row.addWidget(dismiss)
        row.addWidget(snooze)
        row.addStretch(1)
        column.addLayout(row)
        return frame

    def _milestone(self, milestone: Milestone) -> QFrame:
        frame, column = card(translate("CarePanel", "Well done"))
        row = QHBoxLayout()
        row.addWidget(text_label(milestone.message), 1)
        button = QPushButton(translate("CarePanel", "Thanks"))
        button.setAccessibleName(
            translate("CarePanel", "Thanks, hide: %1").replace("%1", milestone.message)
        )
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
