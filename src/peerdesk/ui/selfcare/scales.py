"""Answer inputs: a labelled scale per worded item, and an item-number grid for official forms."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import InvalidInput
from peerdesk.core.selfcare.checkins import parse_answer_list
from peerdesk.core.selfcare.instruments import Instrument, Item
from peerdesk.ui.selfcare.flow import FlowLayout, flow_policy
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.text import mark_sensitive

GRID_COLUMNS = 5


class ScaleItem(QFrame):
    """One question (a wrapped label, not a group title, so long wording never widens the page)
    and one radio button per labelled answer."""

    def __init__(self, item: Item, labels: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(f"{item.number}. {item.text}")
        self.item = item
        # quote=False: French apostrophes stay as they are ("&#x27;" would read as a mnemonic)
        self.question = QLabel(f"<b>{item.number}.</b> {html.escape(item.text, quote=False)}")
        self.question.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        holder = QWidget()
        holder.setSizePolicy(flow_policy())
        flow = FlowLayout(holder)
        for value in sorted(labels):
            button = QRadioButton(labels[value])
            button.setAccessibleName(labels[value])
            button.setAccessibleDescription(item.text)
            self.group.addButton(button, value)
            flow.addWidget(button)
        self.question.setBuddy(self.group.buttons()[0])
        column = QVBoxLayout(self)
        column.addWidget(self.question)
        column.addWidget(holder)

    def value(self) -> int | None:
        chosen = self.group.checkedId()
        return None if chosen == -1 else chosen

    def set_value(self, value: int | None) -> None:
        button = self.group.button(value) if value is not None else None
        if button is not None:
            button.setChecked(True)
            return
        # An exclusive group never lets the last checked button go: lift exclusivity briefly.
        self.group.setExclusive(False)
        for other in self.group.buttons():
            other.setChecked(False)
        self.group.setExclusive(True)

    def focus_first(self) -> None:
        buttons = self.group.buttons()
        if buttons:
            buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)


class ItemForm(QWidget):
    """Every worded item of an instrument as a labelled scale (quick check-in, reflection)."""

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        scale = {v: str(v) for v in range(instrument.scale_min, instrument.scale_max + 1)}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.items: list[ScaleItem] = []
        for item in instrument.items:
            widget = ScaleItem(item, item.labels or scale)
            self.items.append(widget)
            column.addWidget(widget)

    def answers(self) -> list[int]:
        """The answers in item order; an unanswered item raises InvalidInput naming it."""
        found = []
        for widget in self.items:
            value = widget.value()
            if value is None:
                widget.focus_first()
                text = translate("ScaleForms", "Question %1: please choose an answer to “%2”")
                number = str(widget.item.number)
                raise InvalidInput(text.replace("%1", number).replace("%2", widget.item.text))
            found.append(value)
        return found

    def clear(self) -> None:
        for widget in self.items:
            widget.set_value(None)


class AnswerGrid(QWidget):
    """Item number → answer, for an official form whose wording PeerDesk does not ship.

    Signals: problem(str) when the typed list cannot fill the grid.
    """

    problem = Signal(str)

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        lo, hi = instrument.scale_min, instrument.scale_max
        self.edits: list[QLineEdit] = []
        grid = QGridLayout()
        for index in range(instrument.item_count):
            edit = QLineEdit()
            edit.setMaxLength(2)
            mark_sensitive(edit)
            number = str(index + 1)
            edit.setAccessibleName(
                translate("ScaleForms", "Answer to item %1").replace("%1", number)
            )
            tip = translate("ScaleForms", "The number you chose for item %1, from %2 to %3")
            edit.setToolTip(tip.replace("%1", number).replace("%2", str(lo)).replace("%3", str(hi)))
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * 5 + 16)
            edit.textEdited.connect(lambda text, i=index: self._advance(i, text))
            label = QLabel(f"{index + 1}")
            label.setBuddy(edit)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row, col = divmod(index, GRID_COLUMNS)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(edit, row, col * 2 + 1)
            self.edits.append(edit)
        grid.setColumnStretch(GRID_COLUMNS * 2, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        what = translate("ScaleForms", "Enter the number you chose for each item, from %1 to %2.")
        column.addWidget(QLabel(what.replace("%1", str(lo)).replace("%2", str(hi))))
        column.addLayout(grid)
        column.addLayout(self._fill_row())

    def _fill_row(self) -> QHBoxLayout:
        """All answers typed in one go ('3 4 2 5 …'), for people who read them off a sheet."""
        self.all_in_one = QLineEdit()
        self.all_in_one.setAccessibleName(translate("ScaleForms", "All answers in order"))
        self.all_in_one.setPlaceholderText(translate("ScaleForms", "e.g. 3 4 2 5 …"))
        mark_sensitive(self.all_in_one)
        label = QLabel(translate("ScaleForms", "Or type all answers in &order:"))
        label.setBuddy(self.all_in_one)
        self.fill_button = QPushButton(translate("ScaleForms", "&Fill in"))
        self.fill_button.setAccessibleName(
            translate("ScaleForms", "Fill in the grid from the typed answers")
        )
        self.fill_button.clicked.connect(self._fill_clicked)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.all_in_one, 1)
        row.addWidget(self.fill_button)
        return row

    def _fill_clicked(self) -> None:
        try:
            self.fill_from_text()
        except InvalidInput as err:
            self.problem.emit(err.message)
            return
        self.problem.emit("")

    def fill_from_text(self) -> None:
        """Spread the typed list over the grid; raises InvalidInput on a wrong count or word."""
        values = parse_answer_list(self.all_in_one.text(), field="all answers")
        typed = len(values)
        if typed != len(self.edits):
            text = translate("ScaleForms", "%n answer(s) typed, the form has %1", None, typed)
            raise InvalidInput(text.replace("%1", str(len(self.edits))))
        for edit, value in zip(self.edits, values, strict=True):
            edit.setText(str(value))
        self.all_in_one.clear()

    def _advance(self, index: int, text: str) -> None:
        # One keystroke per answer: a complete answer moves on to the next item.
        lo, hi = self.instrument.scale_min, self.instrument.scale_max
        complete = text.isdigit() and lo <= int(text) <= hi and int(text) * 10 > hi
        if complete and index + 1 < len(self.edits):
            self.edits[index + 1].setFocus(Qt.FocusReason.TabFocusReason)
            self.edits[index + 1].selectAll()

    def set_answers(self, values: list[int]) -> None:
        for edit, value in zip(self.edits, values, strict=True):
            edit.setText(str(value))

    def answers(self) -> list[int]:
        """The answers in item order; a blank or out-of-range item raises, naming it."""
        lo, hi = self.instrument.scale_min, self.instrument.scale_max
        found = []
        for number, edit in enumerate(self.edits, start=1):
            text = edit.text().strip()
            if not text.isdigit() or not lo <= int(text) <= hi:
                edit.setFocus(Qt.FocusReason.OtherFocusReason)
                raise InvalidInput(_not_a_number(number, text, lo, hi))
            found.append(int(text))
        return found

    def clear(self) -> None:
        for edit in self.edits:
            edit.clear()
        self.all_in_one.clear()


def _not_a_number(number: int, text: str, lo: int, hi: int) -> str:
    if not text:
        message = translate("ScaleForms", "Item %1 is empty; enter a whole number from %3 to %4")
    else:
        message = translate(
            "ScaleForms",
            "Item %1: “%2” is not a number from %3 to %4; enter a whole number from %3 to %4",
        )
    # The typed text goes in last, so a "%3" typed in it stays as typed.
    for key, value in (("%4", str(hi)), ("%3", str(lo)), ("%1", str(number)), ("%2", text)):
        message = message.replace(key, value)
    return message
