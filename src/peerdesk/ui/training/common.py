"""Small widgets the training views share: wrapping labels and choice rows that wrap their text."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.shared import typography
from peerdesk.ui.shared.text import mark_sensitive

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """Put values into a translated text's %1, %2… in one pass (a value may itself hold '%1')."""
    return _PLACEHOLDER.sub(
        lambda m: (
            str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0)
        ),
        template,
    )


class WrapLabel(QLabel):
    """A wrapping label as tall as its text at its real width (QLabel's own hint guesses a width,
    which leaves large gaps in a column of labels)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.width() > 0 and self.wordWrap():
            hint.setHeight(max(self.heightForWidth(self.width()), 0) or hint.height())
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


def text_label(text: str = "", rich: bool = False) -> QLabel:
    """A label that wraps and can be read with the keyboard (plain text unless told)."""
    label = WrapLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def heading(text: str, level: int = 2) -> QLabel:
    """Level 1 is the page's title, 2 a section, 3 a sub-heading (ui/shared/typography.py)."""
    label = WrapLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    roles = {1: typography.Role.TITLE, 2: typography.Role.SECTION}
    typography.apply(label, roles.get(level, typography.Role.SUBHEADING))
    label.setText(text)
    label.setWordWrap(True)
    return label


def note_editor(name: str) -> QPlainTextEdit:
    """A multi-line input for the trainee's own words: sensitive, Tab moves on, guarded."""
    from peerdesk.ui.shared.deid_guard import GuardedNoteEdit

    edit = GuardedNoteEdit()  # reflections may mention real people: the guard checks them
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    mark_sensitive(edit)
    line = edit.fontMetrics().lineSpacing()
    edit.setMinimumHeight(line * 4)
    edit.setMaximumHeight(line * 8)
    return edit


class _ClickLabel(QLabel):
    """The text beside a choice: clicking it acts like clicking the button (as Qt's own do)."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self._button = button
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setBuddy(button)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._button.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self._button.click()
            self._button.setFocus()
        super().mouseReleaseEvent(event)


class ChoiceRow(QWidget):
    """A radio button or check box whose text wraps (Qt's own buttons never wrap)."""

    def __init__(self, button: QAbstractButton, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = button
        button.setAccessibleName(text)
        self.label = _ClickLabel(text, button)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)


class WrapButton(QPushButton):
    """A push button whose (long) text wraps inside it; the full text is its accessible name."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(text)
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inner = QVBoxLayout(self)
        self.inner = inner
        margin = self.fontMetrics().height() // 2
        inner.setContentsMargins(margin, margin // 2 + 2, margin, margin // 2 + 2)
        inner.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self.inner.contentsMargins()
        inner = max(width - margins.left() - margins.right(), 1)
        return self.label.heightForWidth(inner) + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.width() if self.width() > 0 else hint.width()
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(width)))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("M") * 8, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


def lessons_done(service: Any, module_id: str) -> list[str]:
    return list(service.lessons_done(module_id))


def last_self_assessment(service: Any, module_id: str) -> dict[str, bool]:
    history = service.self_assessments(module_id)
    return dict(history[-1][1]) if history else {}
