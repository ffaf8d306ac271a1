"""Reflection prompts (answers kept in the vault only) and the module's optional self-assessment."""

from __future__ import annotations

from contextlib import nullcontext as _nothing
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import InvalidInput
from peerdesk.core.training.model import Module, SelfAssessment
from peerdesk.ui.shared.deid_guard import GuardBar, GuardedNoteEdit
from peerdesk.ui.shared.drafts import DraftKeeper, session_drafts
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.text import wipe_text
from peerdesk.ui.training.common import (
    ChoiceRow,
    fill,
    last_self_assessment,
    note_editor,
    text_label,
)


def privacy_note() -> str:
    return translate(
        "TrainingReflect",
        "Your answers are kept in your vault, encrypted with everything else. They never appear "
        "in a transcript, report or export.",
    )


class SelfAssessmentBox(QGroupBox):
    """Tick each item that is in place; the score is out of the number of items."""

    def __init__(self, service: Any, module: Module, assessment: SelfAssessment) -> None:
        super().__init__(assessment.title)
        self.service, self.module, self.assessment = service, module, assessment
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(assessment.instructions))
        self.rows = {item.id: ChoiceRow(QCheckBox(), item.text) for item in assessment.items}
        for row in self.rows.values():
            layout.addWidget(row)
        self.score = text_label("")
        self.score.setAccessibleName(translate("TrainingReflect", "Self-assessment score"))
        self.save_button = QPushButton(translate("TrainingReflect", "Save self-&assessment"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addWidget(self.score)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.load()

    def load(self) -> None:
        saved = last_self_assessment(self.service, self.module.id)
        for item_id, row in self.rows.items():
            row.button.setChecked(bool(saved.get(item_id, False)))
        if saved:
            last = translate("TrainingReflect", "Last saved: %1 of %2.")
            self.score.setText(fill(last, self.points(), self.assessment.max_score))

    def points(self) -> int:
        return sum(row.button.isChecked() for row in self.rows.values())

    def save(self) -> tuple[int, int]:
        answers = {item_id: row.button.isChecked() for item_id, row in self.rows.items()}
        score, out_of = self.service.save_self_assessment(self.module.id, answers)
        self.score.setText(
            fill(translate("TrainingReflect", "Saved: %1 of %2 in place."), score, out_of)
        )
        return score, out_of

    def clear(self) -> None:
        for row in self.rows.values():
            row.button.setChecked(False)
        self.score.clear()


class ReflectView(QWidget):
    """One sensitive text box per prompt; Save writes every changed answer into the vault."""

    def __init__(self, service: Any, module: Module, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.module = service, module
        self.edits: dict[str, QPlainTextEdit] = {}
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(text_label(privacy_note()))
        for number, reflection in enumerate(module.reflections, start=1):
            label = QLabel(f"&{number}. {reflection.prompt}" if number < 10 else reflection.prompt)
            label.setWordWrap(True)
            edit = note_editor(
                fill(translate("TrainingReflect", "Your answer to reflection %1"), number)
            )
            label.setBuddy(edit)
            column.addWidget(label)
            column.addWidget(edit)
            if isinstance(edit, GuardedNoteEdit):
                column.addWidget(GuardBar(edit))
            self.edits[reflection.id] = edit
        self.message = text_label("")
        self.save_button = QPushButton(translate("TrainingReflect", "&Save reflections"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        column.addWidget(self.message)
        column.addLayout(buttons)
        self.assessment: SelfAssessmentBox | None = None
        if module.self_assessment is not None:
            self.assessment = SelfAssessmentBox(service, module, module.self_assessment)
            column.addWidget(self.assessment)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)
        self.save_button.clicked.connect(self.save)
        self.draft_key = f"reflection:{module.id}"
        drafts = session_drafts()
        self.keeper = DraftKeeper(drafts, self._key, self._unsaved, self) if drafts else None
        if self.keeper is not None:
            self.keeper.watch(*(edit.textChanged for edit in self.edits.values()))
        self.load()

    def _key(self) -> str:
        return self.draft_key

    def _unsaved(self) -> dict[str, str | None]:
        stored = self.service.reflection
        return {
            rid: edit.toPlainText()
            for rid, edit in self.edits.items()
            if edit.toPlainText() != stored(self.module.id, rid)
        }

    def load(self) -> None:
        """Stored answers, then any unsaved answers kept as a draft over a lock or quit."""
        kept = self.keeper.drafts.fields(self.draft_key) if self.keeper is not None else None
        with self.keeper.quiet() if self.keeper is not None else _nothing():
            for reflection_id, edit in self.edits.items():
                edit.setPlainText(self.service.reflection(self.module.id, reflection_id))
                edit.document().setModified(False)
                edit.document().clearUndoRedoStacks()
                draft = (kept or {}).get(reflection_id)
                if isinstance(draft, str):
                    edit.setPlainText(draft)
                    edit.document().setModified(True)
        if kept:
            back = translate(
                "TrainingReflect", "Your unsaved answers are back. Save them to keep them for good."
            )
            self.message.setText(back)

    def has_draft(self) -> bool:
        return self.keeper is not None and self.keeper.drafts.get(self.draft_key) is not None

    def save(self) -> bool:
        """Save the answers that changed; a too-long answer is named and nothing else is lost."""
        saved = 0
        for number, (reflection_id, edit) in enumerate(self.edits.items(), start=1):
            if not edit.document().isModified():
                continue
            try:
                self.service.save_reflection(self.module.id, reflection_id, edit.toPlainText())
            except InvalidInput as err:
                reason = err.message.split(": ", 1)[-1]
                failed = translate("TrainingReflect", "Reflection %1 was not saved: it %2.")
                self.message.setText(fill(failed, number, reason))
                return False
            edit.document().setModified(False)
            saved += 1
        if self.keeper is not None:
            self.keeper.saved_or_dropped(self.draft_key)
        self.message.setText(
            translate("TrainingReflect", "Saved.")
            if saved
            else translate("TrainingReflect", "Nothing new to save.")
        )
        return True

    def has_unsaved(self) -> bool:
        return any(edit.document().isModified() for edit in self.edits.values())

    def clear(self) -> None:
        if self.keeper is not None:
            self.keeper.stop()
        wipe_text(*self.edits.values())
        self.message.clear()
        if self.assessment is not None:
            self.assessment.clear()
