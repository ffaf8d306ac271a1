"""The training log: hours, completed modules, external trainings (add/remove), the transcript."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import InvalidInput, PeerDeskError
from peerdesk.core.training.progress import Status
from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.page import UiContext
from peerdesk.ui.shared.rows import even_rows
from peerdesk.ui.shared.text import mark_sensitive
from peerdesk.ui.training.common import fill, heading, text_label
from peerdesk.ui.training.log_model import ExternalTrainingModel, hours_text
from peerdesk.ui.training.model import TrainingModuleModel
from peerdesk.ui.training.transcript import gather, write_transcript


def field_label(field: str) -> str:
    """The form's name for a field an error points at."""
    if field == "course":
        return translate("TrainingLog", "Course")
    if field == "provider":
        return translate("TrainingLog", "Provider")
    if field == "date":
        return words.date()
    if field == "hours":
        return words.hours_of_training()
    return translate("TrainingLog", "Entry")


class CompletedOnly(QSortFilterProxyModel):
    """The module table, completed modules only."""

    def filterAcceptsRow(self, row: int, _parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        status = source.status(row) if isinstance(source, TrainingModuleModel) else None
        return status is not None and status.status is Status.COMPLETE


def table_view(name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    even_rows(view)
    return view


def stretch_first(view: QTableView) -> None:
    """The first column (a title) takes the spare width; call once the model is set."""
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def fit_height(view: QTableView, min_rows: int = 2, max_rows: int = 8) -> None:
    """A short table is short: as tall as its rows (within bounds), not a fixed block."""
    rows = max(min(view.model().rowCount(), max_rows), min_rows)
    row_height = view.verticalHeader().defaultSectionSize()
    heights = [view.rowHeight(r) for r in range(min(view.model().rowCount(), max_rows))]
    body = sum(heights) + row_height * (rows - len(heights))
    view.setFixedHeight(body + view.horizontalHeader().height() + 2 * view.frameWidth() + 2)


class TrainingLogView(QWidget):
    pdf_written = Signal(str)

    def __init__(
        self, ctx: UiContext, modules: TrainingModuleModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.service = ctx, ctx.desk.training
        self.hours = text_label("")
        self.hours.setAccessibleName(words.training_hours())
        self.completed = CompletedOnly(self)
        self.completed.setSourceModel(modules)
        self.completed_view = table_view(translate("TrainingLog", "Completed modules"))
        self.completed_view.setModel(self.completed)
        self.completed_view.hideColumn(1)  # the status: always "complete" here
        stretch_first(self.completed_view)
        self.external = ExternalTrainingModel(self)
        self.external_view = table_view(words.external_trainings())
        self.external_view.setModel(self.external)
        stretch_first(self.external_view)
        self.remove_button = QPushButton(translate("TrainingLog", "Re&move selected training"))
        self.pdf_button = QPushButton(translate("TrainingLog", "E&xport transcript (PDF)…"))
        self.message = text_label("")
        self._build_form()
        self._layout()
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.reload()

    def _build_form(self) -> None:
        self.course, self.provider = QLineEdit(), QLineEdit()
        named = ((self.course, field_label("course")), (self.provider, field_label("provider")))
        for edit, name in named:
            edit.setAccessibleName(name)
            edit.setMaxLength(200)
            mark_sensitive(edit)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setAccessibleName(field_label("date"))
        self.hours_edit = QDoubleSpinBox()
        self.hours_edit.setRange(0.25, 1000.0)
        self.hours_edit.setSingleStep(0.5)
        self.hours_edit.setValue(1.0)
        self.hours_edit.setAccessibleName(field_label("hours"))
        self.add_button = QPushButton(translate("TrainingLog", "&Add to the log"))
        self.form = QGroupBox(translate("TrainingLog", "Add an external training"))
        form = QFormLayout(self.form)
        form.addRow(translate("TrainingLog", "C&ourse:"), self.course)
        form.addRow(translate("TrainingLog", "&Provider:"), self.provider)
        form.addRow(translate("TrainingLog", "&Date:"), self.date)
        form.addRow(translate("TrainingLog", "Ho&urs:"), self.hours_edit)
        form.addRow("", self.add_button)

    def _layout(self) -> None:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.hours)
        column.addWidget(heading(words.modules_completed(), 3))
        column.addWidget(self.completed_view)
        column.addWidget(heading(words.external_trainings(), 3))
        column.addWidget(self.external_view)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        column.addLayout(row)
        column.addWidget(self.form)
        column.addWidget(self.message)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def reload(self) -> None:
        self.external.set_trainings(self.service.external_trainings())
        hours = self.service.hours()
        count = self.completed.rowCount()
        text = translate(
            "TrainingLog",
            "Modules completed: %1, credited with their estimated time (%2 h). External "
            "trainings: %3 h. Total credited: %4 h. Time you actually spent in modules, complete "
            "or not: %5 h.",
        )
        figures = (hours["modules"], hours["external"], hours["total"], hours["spent"])
        self.hours.setText(fill(text, count, *(hours_text(h) for h in figures)))
        self.remove_button.setEnabled(self.external.rowCount() > 0)
        fit_height(self.completed_view)
        fit_height(self.external_view)

    def add(self) -> bool:
        when: date = self.date.date().toPython()  # type: ignore[assignment]
        try:
            entry = self.service.add_external(
                self.course.text(), self.provider.text(), when, self.hours_edit.value()
            )
        except InvalidInput as err:
            label = field_label(err.field or "")
            reason = err.message.split(": ", 1)[-1]
            self.message.setText(
                fill(translate("TrainingLog", "Not added. %1: %2."), label, reason)
            )
            return False
        self.course.clear()
        self.provider.clear()
        added = translate("TrainingLog", "Added %1 h to the log.")
        self.message.setText(fill(added, hours_text(entry.hours)))
        self.reload()
        self.course.setFocus()
        return True

    def remove_selected(self) -> None:
        rows = self.external_view.selectionModel().selectedRows()
        entry = self.external.training(rows[0].row()) if rows else None
        if entry is None or entry.id is None:
            self.message.setText(translate("TrainingLog", "Choose a training in the list first."))
            return
        self.service.remove_external(entry.id)
        self.message.setText(translate("TrainingLog", "Removed from the log."))
        self.reload()

    def ask_pdf(self) -> None:
        from peerdesk.ui.shared.filedialogs import ask_save_path

        path = ask_save_path(
            self,
            translate("TrainingLog", "Save the training transcript"),
            "training-transcript.pdf",
            words.pdf_files(),
        )
        if path is not None:
            self.write_pdf(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"))

    def write_pdf(self, path: Path) -> None:
        """Gather the figures here, then write the PDF on the background runner."""
        data = gather(self.service)
        self.pdf_button.setEnabled(False)
        self.message.setText(translate("TrainingLog", "Writing the transcript…"))
        self.ctx.runner.run(
            lambda: write_transcript(path, data), lambda _pages: self._pdf_done(path),
            self._pdf_failed,
        )  # fmt: skip

    def _pdf_done(self, path: Path) -> None:
        self.pdf_button.setEnabled(True)
        self.message.setText(fill(translate("TrainingLog", "Transcript saved as %1."), path.name))
        self.pdf_written.emit(str(path))

    def _pdf_failed(self, err: BaseException) -> None:
        self.pdf_button.setEnabled(True)
        reason = err.message if isinstance(err, PeerDeskError) else "the file could not be written"
        failed = translate("TrainingLog", "The transcript was not written: %1")
        self.message.setText(fill(failed, reason))

    def clear(self) -> None:
        self.external.clear()
        for edit in (self.course, self.provider):
            edit.setText("")  # setText also drops the line edit's undo history
        self.message.clear()
        self.hours.clear()
