"""The check-in panel: choose a questionnaire, answer it, add a private note, see the result."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import InvalidInput
from peerdesk.core.selfcare import CheckIn, Instrument
from peerdesk.core.selfcare.scoring import MeasureScore, value_range
from peerdesk.ui.selfcare.flow import narrow_combo
from peerdesk.ui.selfcare.scales import AnswerGrid, ItemForm
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.text import mark_sensitive, wipe_text

QUICK = "quick_checkin"


def not_clinical() -> str:
    return translate(
        "CheckinPanel",
        "A self-reflection tool, not a clinical measure: it cannot diagnose anything.",
    )


def score_text(value: float, unit: str = "") -> str:
    """'34', '48 %', '2,5': a score with the window's decimal sign, its unit after a space."""
    number = QLocale().toString(float(value), "g", 6)  # like Python's :g, with a local comma
    if not unit:
        return number
    text = translate("CheckinPanel", "%1 %2", "a score and its unit, e.g. 48 %")
    return text.replace("%2", unit).replace("%1", number)


def describe(inst: Instrument, measure: MeasureScore) -> str:
    """'Burnout: 20 on a scale of 10 to 50 (lower is better) — low.': never a bare number."""
    subscale = next(s for s in inst.subscales if s.id == measure.measure)
    lo, hi = value_range(inst, subscale)
    if subscale.higher_is == "better":
        text = translate("CheckinPanel", "%1: %2 on a scale of %3 to %4 (higher is better) — %5.")
    else:
        text = translate("CheckinPanel", "%1: %2 on a scale of %3 to %4 (lower is better) — %5.")
    parts = (
        measure.name,
        score_text(measure.value, measure.unit),
        score_text(lo),
        score_text(hi, measure.unit),
        measure.band.label,
    )
    for number, part in reversed(list(enumerate(parts, start=1))):
        text = text.replace(f"%{number}", part)
    return text


def wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def about_text(inst: Instrument) -> str:
    """Purpose, period, credit and where to get the official form, as plain text (no links)."""
    lines = [inst.purpose]
    if inst.timeframe:
        lines.append(
            translate("CheckinPanel", "Period to think about: %1.").replace("%1", inst.timeframe)
        )
    if inst.kind == "third_party":
        lines.append(translate("CheckinPanel", "Credit: %1").replace("%1", inst.credit))
        if inst.source_url:
            where = translate("CheckinPanel", "Get the official form from: %1")
            lines.append(where.replace("%1", inst.source_url))
    return "\n".join(lines)


class CheckinPanel(QWidget):
    """Signals: saved(CheckIn) after a check-in was stored."""

    saved = Signal(object)

    def __init__(self, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.forms: dict[str, ItemForm | AnswerGrid] = {}
        self.message = wrapped()
        self.message.setAccessibleName(translate("CheckinPanel", "Check-in message"))
        self.chooser = QComboBox()
        narrow_combo(self.chooser)
        self.chooser.setAccessibleName(translate("CheckinPanel", "Questionnaire"))
        # Only the chosen form is shown: a stacked widget would be as tall as the longest form.
        self.stack = QWidget()
        stack_layout = QVBoxLayout(self.stack)
        stack_layout.setContentsMargins(0, 0, 0, 0)
        for inst in self._ordered(service.instruments()):
            form = ItemForm(inst) if inst.has_wording else AnswerGrid(inst)
            if isinstance(form, AnswerGrid):
                form.problem.connect(lambda text: self.message.setText(_sentence(text)))
            self.forms[inst.id] = form
            form.hide()
            stack_layout.addWidget(form)
            self.chooser.addItem(_choice_name(inst), inst.id)
        self.about = wrapped()
        self.notice = wrapped()
        self.notice.setAccessibleName(translate("CheckinPanel", "Not a clinical measure"))
        self._build()
        self.chooser.currentIndexChanged.connect(self._chosen)
        self._chosen()

    @staticmethod
    def _ordered(instruments: list[Instrument]) -> list[Instrument]:
        return sorted(instruments, key=lambda i: (i.id != QUICK, i.kind == "third_party"))

    def _build(self) -> None:
        top = QFormLayout()
        top.addRow(translate("CheckinPanel", "&Questionnaire:"), self.chooser)
        self.when = QDateEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("d MMM yyyy")  # month names follow the window's locale
        self.when.setAccessibleName(translate("CheckinPanel", "Date you answered"))
        self.when_label = QLabel(translate("CheckinPanel", "&Date you answered:"))
        self.when_label.setBuddy(self.when)
        top.addRow(self.when_label, self.when)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(translate("CheckinPanel", "Private note (optional)"))
        self.note.setPlaceholderText(translate("CheckinPanel", "Only you can read this."))
        self.note.setMaximumHeight(self.note.fontMetrics().height() * 5)
        mark_sensitive(self.note)
        note_label = QLabel(translate("CheckinPanel", "Private &note (optional):"))
        note_label.setBuddy(self.note)
        self.save_button = QPushButton(translate("CheckinPanel", "&Save check-in"))
        self.save_button.clicked.connect(self.submit)
        self.result = wrapped()
        self.result.setAccessibleName(translate("CheckinPanel", "Check-in result"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        for part in (top, self.about, self.notice, self.stack, note_label, self.note):
            column.addLayout(part) if isinstance(part, QFormLayout) else column.addWidget(part)
        column.addLayout(buttons)
        column.addWidget(self.message)
        column.addWidget(self.result)
        column.addStretch(1)

    def current(self) -> Instrument:
        return self.service.instrument(self.chooser.currentData())

    def select(self, instrument_id: str) -> None:
        self.chooser.setCurrentIndex(self.chooser.findData(instrument_id))

    def _chosen(self) -> None:
        inst = self.current()
        for form_id, form in self.forms.items():
            form.setVisible(form_id == inst.id)
        self.about.setText(about_text(inst))
        self.notice.setText(f"<b>{not_clinical()}</b>" if _is_reflection(inst) else "")
        self.notice.setVisible(_is_reflection(inst))
        dated = inst.id != QUICK  # a quick check-in is about today; a form may be from earlier
        self.when.setVisible(dated)
        self.when_label.setVisible(dated)
        self.when.setMaximumDate(QDate.currentDate())
        self.when.setDate(QDate.currentDate())
        self.message.clear()

    def form(self) -> ItemForm | AnswerGrid:
        return self.forms[self.current().id]

    def submit(self) -> CheckIn | None:
        """Validate and store; a problem is shown in words and nothing is stored."""
        inst = self.current()
        try:
            answers = self.form().answers()
            checkin = self.service.add_checkin(
                inst.id, answers, self._taken_at(inst), self.note.toPlainText()
            )
        except InvalidInput as err:
            text = translate("CheckinPanel", "Not saved yet. %1")
            self.message.setText(text.replace("%1", _sentence(err.message)))
            self.result.clear()
            return None
        self.message.clear()
        self.form().clear()
        self.note.clear()
        self.result.setText(self._result_text(inst, checkin))
        self.saved.emit(checkin)
        return checkin

    def _taken_at(self, inst: Instrument) -> datetime | None:
        if inst.id == QUICK:
            return None
        day: date = self.when.date().toPython()  # type: ignore[assignment]
        now = datetime.now()
        return now if day == now.date() else datetime.combine(day, time(12, 0))

    def _result_text(self, inst: Instrument, checkin: CheckIn) -> str:
        lines = [translate("CheckinPanel", "Check-in saved: %1.").replace("%1", inst.name)]
        for measure in self.service.scores(checkin).values():
            lines.append(f"{describe(inst, measure)} {_sentence(measure.band.message)}".strip())
        return "\n".join(lines)

    def clear(self) -> None:
        for form in self.forms.values():
            form.clear()
        wipe_text(self.note)
        self.message.clear()
        self.result.clear()


def _choice_name(inst: Instrument) -> str:
    if inst.kind == "third_party":
        text = translate("CheckinPanel", "%1: enter answers from the official form")
        return text.replace("%1", inst.short_name)
    return inst.name


def _is_reflection(inst: Instrument) -> bool:
    return inst.kind == "own" and inst.id != QUICK


def _sentence(message: str) -> str:
    if not message:
        return ""
    text = message[:1].upper() + message[1:]
    return text if text.endswith(".") else text + "."
