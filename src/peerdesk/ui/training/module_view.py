"""One module: its status, "resume where I left off", and tabs for lessons, checks, role-play."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QElapsedTimer, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from peerdesk.core.errors import InvalidInput
from peerdesk.core.training.model import Module
from peerdesk.core.training.progress import ModuleStatus
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.locale_format import format_date
from peerdesk.ui.training.checks import ChecksView
from peerdesk.ui.training.common import fill, heading, text_label
from peerdesk.ui.training.lessons import LessonsView
from peerdesk.ui.training.model import minutes_text, status_text
from peerdesk.ui.training.reflect import ReflectView
from peerdesk.ui.training.roleplay import RolePlayView

LESSONS, CHECKS, ROLEPLAY, REFLECT = range(4)
TIME_CHUNK_MS = 5 * 60 * 1000


def status_line(status: ModuleStatus) -> str:
    parts = [
        fill(translate("TrainingModule", "Status: %1"), status_text(status.status)),
        fill(translate("TrainingModule", "about %1"), minutes_text(status.estimated_minutes)),
    ]
    if status.spent_minutes:
        spent = minutes_text(status.spent_minutes)
        parts.append(fill(translate("TrainingModule", "%1 spent so far"), spent))
    if status.best_percent is not None:
        best = translate("TrainingModule", "best check score %1 %")
        parts.append(fill(best, status.best_percent))
    if status.completed_on:
        done = format_date(status.completed_on)
        parts.append(fill(translate("TrainingModule", "completed %1"), done))
    if status.refresher_due:
        due = format_date(status.refresher_due)
        parts.append(fill(translate("TrainingModule", "refresher due %1"), due))
    return fill(translate("TrainingModule", "%1.", "a sentence's end"), " · ".join(parts))


def parse_position(position: str) -> tuple[str, str, list[int]]:
    """("lesson", id, []), ("checks", "", []) or ("scenario", id, choices); bad parts dropped."""
    kind, _, rest = position.partition(":")
    if kind == "scenario":
        scenario_id, _, raw = rest.partition(":")
        choices = [int(c) for c in raw.split(",") if c.strip().isdigit()]
        return kind, scenario_id, choices
    return kind, rest, []


def sources_line(module: Module) -> str:
    """Plain text (links are not opened: PeerDesk never goes online)."""
    listed = "; ".join(str(source) for source in module.sources)
    return fill(translate("TrainingModule", "Sources: %1."), listed)


class ModuleView(QWidget):
    back_requested = Signal()

    def __init__(self, service: Any, module: Module, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.module = service, module
        self.back_button = QPushButton(translate("TrainingModule", "← All &modules"))
        self.resume_button = QPushButton(translate("TrainingModule", "&Resume where I left off"))
        self.title = heading(module.title, 2)
        self.summary = text_label(module.summary)
        self.sources = text_label(sources_line(module))
        self.sources.setAccessibleName(translate("TrainingModule", "Sources"))
        self.sources.setVisible(bool(module.sources))
        self.status = text_label("")
        self.status.setAccessibleName(translate("TrainingModule", "Module status"))
        self.lessons = LessonsView(service, module)
        self.checks = ChecksView(service, module)
        self.roleplay = RolePlayView(service, module)
        self.reflect = ReflectView(service, module)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("TrainingModule", "Parts of the module"))
        self.tabs.addTab(
            self.lessons, fill(translate("TrainingModule", "Lessons (%1)"), len(module.lessons))
        )
        self.tabs.addTab(
            self.checks,
            fill(translate("TrainingModule", "Knowledge check (%1)"), len(module.checks)),
        )
        self.tabs.addTab(self.roleplay, translate("TrainingModule", "Role-play"))
        self.tabs.addTab(self.reflect, translate("TrainingModule", "Reflect"))
        self._layout()
        self.back_button.clicked.connect(self.back_requested)
        self.resume_button.clicked.connect(self.resume)
        # time actually spent is measured while the module is open, written in chunks so a
        # lock (which saves first, then clears the pages) loses at most one chunk
        self.clock = QElapsedTimer()
        self.clock.start()
        self.ticker = QTimer(self)
        self.ticker.setInterval(TIME_CHUNK_MS)
        self.ticker.timeout.connect(self.record_time)
        self.ticker.start()
        self.tabs.currentChanged.connect(lambda _index: self.record_time())
        self.refresh()

    def record_time(self) -> None:
        """Add the time since the last record to the module's time spent."""
        self.service.add_time_spent(self.module.id, self.clock.restart() / 1000)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.resume_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.sources)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        self.status.setText(status_line(self.service.status(self.module.id)))
        self.lessons.update_marks()

    def resume(self) -> None:
        """Go to the saved position: a lesson, the checks, or a role-play part-way through."""
        kind, ident, choices = parse_position(self.service.resume_position(self.module.id))
        if kind == "checks":
            self.tabs.setCurrentIndex(CHECKS)
            self.checks.setFocus()
            return
        if kind == "scenario" and self.module.scenario(ident) is not None:
            self.tabs.setCurrentIndex(ROLEPLAY)
            try:
                self.roleplay.restore(ident, choices)
            except InvalidInput:  # an outdated position (module changed): start the walk afresh
                self.roleplay.restore(ident, [])
            return
        index = max(self.lessons.lesson_index(ident), 0)
        self.tabs.setCurrentIndex(LESSONS)
        self.lessons.show_lesson(index)
        self.lessons.browser.setFocus()

    def clear(self) -> None:
        self.ticker.stop()
        self.reflect.clear()
        self.lessons.browser.clear()
        self.roleplay.history.clear()
