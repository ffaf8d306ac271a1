"""The lessons of one module: a list, each lesson rendered from Markdown, mark as read, go on."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.training.model import Module
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.training.common import fill, lessons_done

READ_MARK = "✓ "  # a text mark, so "read" never rests on colour alone
UNREAD_MARK = "○ "


class LessonsView(QWidget):
    """Opening a lesson counts it (completion asks that every lesson was opened) and saves it as
    the resume position; "Mark as read" does the same for a lesson and moves on."""

    def __init__(self, service: Any, module: Module, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.module = service, module
        self.current = -1
        self.list = QListWidget()
        self.list.setAccessibleName(translate("TrainingLessons", "Lessons"))
        for lesson in module.lessons:
            self.list.addItem(QListWidgetItem(lesson.title))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("TrainingLessons", "Lesson text"))
        self.browser.setOpenLinks(False)  # PeerDesk opens nothing on the network
        self.browser.setTabChangesFocus(True)
        self.previous_button = QPushButton(translate("TrainingLessons", "&Previous lesson"))
        self.read_button = QPushButton(translate("TrainingLessons", "Mar&k as read and continue"))
        self.state = QLabel("")
        self._layout()
        self.list.currentRowChanged.connect(self.show_lesson)
        self.previous_button.clicked.connect(lambda: self.show_lesson(self.current - 1))
        self.read_button.clicked.connect(self.mark_read)
        self.update_marks()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.read_button)
        buttons.addStretch(1)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.browser, 1)
        column.addWidget(self.state)
        column.addLayout(buttons)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        metrics = self.list.fontMetrics()
        widest = max(metrics.horizontalAdvance(UNREAD_MARK + x.title) for x in self.module.lessons)
        width = min(widest + metrics.height() * 2, metrics.horizontalAdvance("M") * 22)
        self.list.setWordWrap(True)
        splitter.setSizes([width, width * 3])
        QVBoxLayout(self).addWidget(splitter)

    def lesson_index(self, lesson_id: str) -> int:
        return next((i for i, x in enumerate(self.module.lessons) if x.id == lesson_id), -1)

    def show_lesson(self, index: int) -> None:
        if not 0 <= index < len(self.module.lessons):
            return
        lesson = self.module.lessons[index]
        self.current = index
        body = self.service.open_lesson(self.module.id, lesson.id)
        # Bodies usually open with their own heading; add the title only when one does not.
        starts_with_heading = body.lstrip().startswith("#")
        self.browser.setMarkdown(body if starts_with_heading else f"## {lesson.title}\n\n{body}")
        if self.list.currentRow() != index:
            self.list.blockSignals(True)
            self.list.setCurrentRow(index)
            self.list.blockSignals(False)
        self.previous_button.setEnabled(index > 0)
        last = index == len(self.module.lessons) - 1
        self.read_button.setText(
            translate("TrainingLessons", "Mar&k as read")
            if last
            else translate("TrainingLessons", "Mar&k as read and continue")
        )
        self.update_marks()

    def mark_read(self) -> None:
        if self.current < 0:
            return
        self.service.finish_lesson(self.module.id, self.module.lessons[self.current].id)
        if self.current < len(self.module.lessons) - 1:
            self.show_lesson(self.current + 1)
        self.update_marks()

    def update_marks(self) -> None:
        done = set(lessons_done(self.service, self.module.id))
        for index, lesson in enumerate(self.module.lessons):
            item = self.list.item(index)
            read = lesson.id in done
            item.setText((READ_MARK if read else UNREAD_MARK) + lesson.title)
            tip = (
                translate("TrainingLessons", "%1 (read)")
                if read
                else translate("TrainingLessons", "%1 (not read yet)")
            )
            item.setToolTip(fill(tip, lesson.title))
        count = sum(1 for lesson in self.module.lessons if lesson.id in done)
        total = len(self.module.lessons)
        read_text = translate("TrainingLessons", "%1 of %n lesson(s) read.", None, total)
        self.state.setText(fill(read_text, count))
