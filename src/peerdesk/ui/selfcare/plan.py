"""The personal self-care plan editor, and its printable PDF (for the supporter alone)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import InvalidInput, PeerDeskError
from peerdesk.core.selfcare import SelfCarePlan
from peerdesk.core.selfcare.nudges import DEFAULT_RESOURCES
from peerdesk.core.selfcare.plan import SECTION_LABELS
from peerdesk.ui.shared import words
from peerdesk.ui.shared.drafts import DraftKeeper
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.locale_format import format_date
from peerdesk.ui.shared.pdf import Block, Heading, Html, Paragraph, esc, write_pdf
from peerdesk.ui.shared.text import mark_sensitive, wipe_text

DRAFT_KEY = "plan:current"


def section_labels() -> dict[str, str]:
    """The plan's sections (core.selfcare.plan.SECTION_LABELS keys) in the window's words."""
    labels = {
        "warning_signs": translate("PlanEditor", "My warning signs"),
        "what_helps": translate("PlanEditor", "What helps me"),
        "people": translate("PlanEditor", "People I can talk to"),
        "professional_supports": translate("PlanEditor", "Professional support I can use"),
        "boundaries": translate("PlanEditor", "Boundaries I keep"),
    }
    return {key: labels.get(key, label) for key, label in SECTION_LABELS.items()}


def hints() -> dict[str, str]:
    """Examples shown in each empty section (the whole placeholder: one sentence each)."""
    return {
        "warning_signs": translate(
            "PlanEditor", "One per line, e.g. sleeping badly, dreading the phone"
        ),
        "what_helps": translate(
            "PlanEditor", "One per line, e.g. a walk at lunch, music on the way home"
        ),
        "people": translate("PlanEditor", "One per line, e.g. my partner, a friend from the team"),
        "professional_supports": translate(
            "PlanEditor", "One per line, e.g. the EAP number, my doctor"
        ),
        "boundaries": translate("PlanEditor", "One per line, e.g. no support calls after 9 pm"),
    }


def pdf_title() -> str:
    return translate("PlanEditor", "My self-care plan")


def plan_blocks(plan: SelfCarePlan, today: date) -> list[Block]:
    """The plan as PDF blocks: one heading per section, entries as a list."""
    printed = translate("PlanEditor", "Written for myself. Printed on %1.")
    blocks: list[Block] = [Paragraph(printed.replace("%1", format_date(today, long=True)))]
    sections = plan.as_dict()
    for key, heading in section_labels().items():
        entries = sections.get(key, [])
        blocks.append(Heading(heading))
        if entries:
            blocks.append(Html("<ul>" + "".join(f"<li>{esc(e)}</li>" for e in entries) + "</ul>"))
        else:
            blocks.append(Paragraph(translate("PlanEditor", "Nothing written here yet.")))
    blocks.append(Heading(translate("PlanEditor", "If things get hard")))
    blocks += [Paragraph(line) for line in DEFAULT_RESOURCES]
    return blocks


def write_plan_pdf(path: Path, plan: SelfCarePlan, today: date) -> int:
    return write_pdf(path, pdf_title(), plan_blocks(plan, today))


class PlanEditor(QWidget):
    """One box per section, an entry per line. Signals: pdf_written(str path)."""

    pdf_written = Signal(str)

    def __init__(self, service: Any, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.ctx = ctx
        self.edits: dict[str, QPlainTextEdit] = {}
        drafts = getattr(ctx.desk, "drafts", None) if ctx is not None else None
        self.keeper = (
            DraftKeeper(drafts, lambda: DRAFT_KEY, self._draft_fields, self) if drafts else None
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        examples = hints()
        for key, label in section_labels().items():
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(label)
            edit.setPlaceholderText(examples.get(key, ""))
            edit.setMinimumHeight(edit.fontMetrics().height() * 4)
            mark_sensitive(edit)
            edit.textChanged.connect(self._changed)
            self.edits[key] = edit
            form.addRow(translate("PlanEditor", "%1:", "a form label").replace("%1", label), edit)
        self.save_button = QPushButton(translate("PlanEditor", "Save p&lan"))
        self.save_button.clicked.connect(self.save)
        self.pdf_button = QPushButton(translate("PlanEditor", "P&rint / save as PDF…"))
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("PlanEditor", "Plan message"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        intro = QLabel(
            translate(
                "PlanEditor",
                "Your own plan for hard stretches: write it while things are calm, so it is "
                "ready when you need it. Only you can see it.",
            )
        )
        intro.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.message)
        column.addStretch(1)
        self.load(keep_edits=False)
        self._resume_draft()

    def has_unsaved(self) -> bool:
        return self.save_button.isEnabled()

    def load(self, keep_edits: bool = True) -> None:
        """Show the stored plan; unsaved edits are kept unless keep_edits is False."""
        if keep_edits and self.has_unsaved():
            return
        plan = self.service.plan().as_dict()
        for key, edit in self.edits.items():
            text = "\n".join(plan.get(key, []))
            if edit.toPlainText().strip() != text:
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)
        self.save_button.setEnabled(False)

    def _changed(self) -> None:
        self.save_button.setEnabled(True)
        self.message.clear()
        if self.keeper is not None:
            self.keeper.touched()

    def _draft_fields(self) -> dict[str, Any]:
        return {key: edit.toPlainText() for key, edit in self.edits.items()}

    def _resume_draft(self) -> None:
        """Unsaved changes kept from before a lock or quit come back, still marked unsaved."""
        fields = self.keeper.drafts.fields(DRAFT_KEY) if self.keeper is not None else None
        if not fields:
            return
        assert self.keeper is not None
        with self.keeper.quiet():
            for key, edit in self.edits.items():
                text = fields.get(key)
                if isinstance(text, str):
                    edit.setPlainText(text)
        self.save_button.setEnabled(True)
        self.message.setText(
            translate(
                "PlanEditor", "Your unsaved changes are back. Save the plan to keep them for good."
            )
        )

    def has_draft(self) -> bool:
        return self.keeper is not None and self.keeper.drafts.get(DRAFT_KEY) is not None

    def sections(self) -> dict[str, list[str]]:
        return {key: edit.toPlainText().splitlines() for key, edit in self.edits.items()}

    def save(self) -> bool:
        try:
            self.service.save_plan(self.sections())
        except InvalidInput as err:
            field = section_labels().get(err.field or "", err.field or "")
            message = err.message.split(": ", 1)[-1]
            text = translate("PlanEditor", "Not saved yet. %1: %2.")
            self.message.setText(text.replace("%2", message).replace("%1", field))
            return False
        if self.keeper is not None:
            self.keeper.saved_or_dropped(DRAFT_KEY)
        self.save_button.setEnabled(False)
        self.message.setText(translate("PlanEditor", "Plan saved."))
        return True

    def ask_pdf(self) -> None:
        from peerdesk.ui.shared.filedialogs import ask_save_path

        path = ask_save_path(
            self,
            translate("PlanEditor", "Save the plan as PDF"),
            translate("PlanEditor", "self-care-plan.pdf", "a file name"),
            words.pdf_files(),
        )
        if path is not None:
            self.write_pdf(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"))

    def write_pdf(self, path: Path) -> None:
        """Save the plan first (the PDF shows what is stored), then write it in the background."""
        if self.save_button.isEnabled() and not self.save():
            return
        plan, today = self.service.plan(), date.today()
        self.pdf_button.setEnabled(False)
        self.message.setText(translate("PlanEditor", "Writing the PDF…"))
        self.ctx.runner.run(
            lambda: write_plan_pdf(path, plan, today),
            lambda _pages: self._pdf_done(path),
            self._pdf_failed,
        )

    def _pdf_done(self, path: Path) -> None:
        if not shiboken6.isValid(self):
            return  # locked while writing: the file is complete, there is no page to update
        self.pdf_button.setEnabled(True)
        self.message.setText(translate("PlanEditor", "Plan saved as %1.").replace("%1", path.name))
        self.pdf_written.emit(str(path))

    def _pdf_failed(self, err: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.pdf_button.setEnabled(True)
        if isinstance(err, PeerDeskError):
            reason = err.message
        else:
            reason = translate("PlanEditor", "the file could not be written")
        self.message.setText(
            translate("PlanEditor", "The PDF was not written: %1").replace("%1", reason)
        )

    def clear(self) -> None:
        if self.keeper is not None:
            self.keeper.stop()
        wipe_text(*self.edits.values())
        self.message.clear()
