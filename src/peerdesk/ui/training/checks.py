"""Knowledge checks: answer, submit, read an explanation for every option, see the score, retry."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.training.model import Check, CheckKind, Module
from peerdesk.core.training.progress import CheckAttempt
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.spacing import GAP
from peerdesk.ui.training.common import ChoiceRow, fill, text_label


def explanation_text(correct: bool, chosen: bool, explanation: str) -> str:
    """Words and marks, never colour alone: right or not, and whether the trainee chose it."""
    if correct and chosen:
        verdict = translate("TrainingChecks", "✓ Right, and you chose it.")
    elif correct:
        verdict = translate("TrainingChecks", "✓ A right answer (you did not choose it).")
    elif chosen:
        verdict = translate("TrainingChecks", "✗ Not right, and you chose it.")
    else:
        verdict = translate("TrainingChecks", "✗ Not right.")
    return f"{verdict} {explanation}"


class QuestionBox(QGroupBox):
    """One question: radio buttons (single choice) or check boxes (multiple choice)."""

    def __init__(
        self, number: int, total: int, check: Check, order: tuple[int, ...] | None = None
    ) -> None:
        name = fill(translate("TrainingChecks", "Question %1 of %2"), number, total)
        super().__init__(name)
        self.check = check
        self.rows_layout = QVBoxLayout()
        self.setAccessibleName(name)
        layout = QVBoxLayout(self)
        self.prompt = text_label(check.prompt)
        layout.addWidget(self.prompt)
        hint = (
            translate("TrainingChecks", "Choose one answer.")
            if check.kind is CheckKind.SINGLE
            else translate("TrainingChecks", "Choose all that apply.")
        )
        if hint.lower() not in check.prompt.lower():  # many prompts say it already: once is enough
            layout.addWidget(text_label(hint))
        self.group = QButtonGroup(self)
        self.group.setExclusive(check.kind is CheckKind.SINGLE)
        # rows[i] and explanations[i] belong to option i of the file; only the layout is shuffled
        self.rows: list[ChoiceRow] = []
        self.explanations: list[QLabel] = []
        for index, option in enumerate(check.options):
            single = check.kind is CheckKind.SINGLE
            button = QRadioButton() if single else QCheckBox()
            row = ChoiceRow(button, option.text)
            self.group.addButton(button, index)
            explanation = text_label("")
            # lined up with the option's text: the button, then the row's spacing
            explanation.setContentsMargins(button.sizeHint().width() + GAP, 0, 0, GAP)
            explanation.hide()
            self.rows.append(row)
            self.explanations.append(explanation)
        layout.addLayout(self.rows_layout)
        self.set_order(order or tuple(range(len(check.options))))

    def set_order(self, order: tuple[int, ...]) -> None:
        """Lay the options out in this attempt's order (file indexes, first shown first)."""
        self.order = order
        for index in range(len(self.rows)):
            self.rows_layout.removeWidget(self.rows[index])
            self.rows_layout.removeWidget(self.explanations[index])
        for index in order:
            self.rows_layout.addWidget(self.rows[index])
            self.rows_layout.addWidget(self.explanations[index])
        for before, after in pairwise(order):
            QWidget.setTabOrder(self.rows[before].button, self.rows[after].button)

    def first_button(self) -> QAbstractButton:
        return self.rows[self.order[0]].button

    def chosen(self) -> set[int]:
        """File indexes of the chosen options, whatever order they are shown in."""
        return {i for i, row in enumerate(self.rows) if row.button.isChecked()}

    def reveal(self) -> None:
        chosen = self.chosen()
        for index, option in enumerate(self.check.options):
            label = self.explanations[index]
            label.setText(explanation_text(option.correct, index in chosen, option.explanation))
            label.show()
            self.rows[index].button.setEnabled(False)
        right = self.check.is_answered_correctly(chosen)
        verdict = (
            translate("TrainingChecks", "%1 — answered right")
            if right
            else translate("TrainingChecks", "%1 — not right")
        )
        self.setTitle(fill(verdict, self.accessibleName()))

    def reset(self) -> None:
        self.group.setExclusive(False)  # an exclusive group will not let its last button go
        for row, label in zip(self.rows, self.explanations, strict=True):
            row.button.setEnabled(True)
            row.button.setChecked(False)
            label.hide()
        self.group.setExclusive(self.check.kind is CheckKind.SINGLE)
        self.setTitle(self.accessibleName())


class ChecksView(QWidget):
    """All of a module's questions at once, scored together against the pass mark."""

    def __init__(self, service: Any, module: Module, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.module = service, module
        self.last: CheckAttempt | None = None
        total = len(module.checks)
        self.seed = service.checks_seed(module.id)  # same order for the attempt and its review
        orders = service.option_order(module.id, self.seed)
        self.questions = [
            QuestionBox(i + 1, total, c, orders[c.id]) for i, c in enumerate(module.checks)
        ]
        intro = translate(
            "TrainingChecks",
            "%n question(s). The pass mark is %1 %. You can try as often as you like; every "
            "attempt is kept.",
            None,
            total,
        )
        self.intro = text_label(fill(intro, module.pass_mark))
        self.result = text_label("")
        self.result.setAccessibleName(translate("TrainingChecks", "Check result"))
        self.submit_button = QPushButton(translate("TrainingChecks", "&Submit answers"))
        self.retry_button = QPushButton(translate("TrainingChecks", "&Try again"))
        self.retry_button.hide()
        self._layout()
        self.submit_button.clicked.connect(self.submit)
        self.retry_button.clicked.connect(self.retry)

    def _layout(self) -> None:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.intro)
        for question in self.questions:
            column.addWidget(question)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.scroller = scroll
        buttons = QHBoxLayout()
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.result)
        layout.addLayout(buttons)

    def answers(self) -> dict[str, set[int]]:
        return {q.check.id: q.chosen() for q in self.questions}

    def submit(self) -> None:
        missing = [i + 1 for i, q in enumerate(self.questions) if not q.chosen()]
        if missing:
            numbers = ", ".join(map(str, missing))
            still = translate("TrainingChecks", "Answer every question first (still open: %1).")
            self.result.setText(fill(still, numbers))
            first = self.questions[missing[0] - 1]
            self.scroller.ensureWidgetVisible(first)
            first.first_button().setFocus()
            return
        self.last = self.service.submit_checks(self.module.id, self.answers(), self.seed)
        for question in self.questions:
            question.reveal()
        self.result.setText(self.score_text(self.last))
        self.submit_button.hide()
        self.retry_button.show()
        self.retry_button.setFocus()

    def score_text(self, attempt: CheckAttempt) -> str:
        score = fill(
            translate(
                "TrainingChecks", "Attempt %1: %2 of %3 right (%4 %). The pass mark is %5 %."
            ),
            attempt.attempt, attempt.correct, attempt.total, attempt.percent,
            self.module.pass_mark,
        )  # fmt: skip
        if attempt.passed:
            verdict = translate(
                "TrainingChecks", "Passed. The explanations under each answer stay for you to read."
            )
        else:
            verdict = translate(
                "TrainingChecks",
                "Not passed yet. Read the explanations, then try again when ready.",
            )
        return f"{score} {verdict}"

    def retry(self) -> None:
        """A new attempt: answers cleared and the options in a new order."""
        self.seed = self.service.new_checks_seed()
        orders = self.service.option_order(self.module.id, self.seed)
        for question in self.questions:
            question.reset()
            question.set_order(orders[question.check.id])
        self.result.setText("")
        self.retry_button.hide()
        self.submit_button.show()
        self.scroller.verticalScrollBar().setValue(0)
        self.questions[0].first_button().setFocus()
