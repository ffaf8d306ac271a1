"""The branching role-play: the colleague speaks, the trainee answers, feedback, and a debrief."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.training.assessment import Debrief, display_order, new_seed
from peerdesk.core.training.model import Effect, Ending, Module, Node, Response, Scenario
from peerdesk.core.training.progress import ScenarioRun, walk
from peerdesk.ui.training.common import WrapButton, heading, text_label

EFFECT_WORDS = {
    Effect.SHOWN: "✓ shown",
    Effect.PARTLY: "◐ partly shown",
    Effect.MISSED: "✗ missed",
}
MAX_RESPONSES = 4
ENDING_WORDS = {
    Ending.GOOD: "a good ending",
    Ending.FAIR: "a fair ending (good enough to complete the module)",
    Ending.POOR: "a poor ending (try again: the module needs a fair or good one)",
}


def feedback_text(response: Response) -> str:
    return f"Skill: {response.skill} — {EFFECT_WORDS[response.effect]}. {response.feedback}"


def run_summary(run: ScenarioRun) -> str:
    steps = len(run.choices)
    partly = steps - run.shown - run.missed
    return (
        f"You made {steps} choices: {run.shown} showed the skill, {partly} partly, "
        f"{run.missed} missed it. This practice run is recorded in your training progress."
    )


ENDING_NOTES = {
    Ending.GOOD: "It reached a good ending, which counts towards completing the module.",
    Ending.FAIR: "It reached a fair ending, which counts towards completing the module.",
    Ending.POOR: "It reached a poor ending, which does not count yet: try it again.",
}


def debrief_html(debrief: Debrief) -> str:
    """The ending, then each reply the trainee actually gave with its skill and effect."""
    parts = [
        f"<p><b>How it ended:</b> {html.escape(ENDING_WORDS[debrief.ending])}. "
        f"{html.escape(debrief.outcome)}</p>",
        "<p><b>What you did, reply by reply:</b></p><ol>",
    ]
    for step in debrief.steps:
        parts.append(
            f"<li>“{html.escape(step.said)}” — {html.escape(step.skill)}: "
            f"{html.escape(EFFECT_WORDS[step.effect])}. {html.escape(step.feedback)}</li>"
        )
    parts.append("</ol>")
    return "".join(parts)


class RolePlayView(QWidget):
    """Walks one scenario; every choice is saved as the resume position, the end as a run."""

    def __init__(self, service: Any, module: Module, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.module = service, module
        self.scenario: Scenario = module.scenarios[0]
        self.choices: list[int] = []  # indexes into the file's replies, not screen positions
        self.seed = new_seed()  # reply order on screen for this run
        self.order: tuple[int, ...] = ()
        self.last_run: ScenarioRun | None = None
        self._build()
        self.picker.currentIndexChanged.connect(self._picked)
        self.continue_button.clicked.connect(self.advance)
        self.restart_button.clicked.connect(self.restart)
        for number in range(1, MAX_RESPONSES + 1):
            shortcut = QShortcut(QKeySequence(str(number)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.choose_if_open(n - 1))
        self.restart()

    def _build(self) -> None:
        self.picker = QComboBox()
        for scenario in self.module.scenarios:
            self.picker.addItem(scenario.title, scenario.id)
        self.title = heading("", 3)
        self.setting = text_label("")
        self.history = QTextBrowser()
        self.history.setAccessibleName("Conversation so far")
        self.history.setTabChangesFocus(True)
        self.history.setMinimumHeight(self.history.fontMetrics().lineSpacing() * 4)
        self.line = text_label("")
        self.line.setAccessibleName("What your colleague says")
        # the focus rests here, not on a reply: no answer should be one key press away
        self.line.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        font = self.line.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.line.setFont(font)
        self.hint = text_label("")
        self.responses_box = QWidget()
        self.responses_layout = QVBoxLayout(self.responses_box)
        self.responses_layout.setContentsMargins(0, 0, 0, 0)
        self.response_buttons: list[WrapButton] = []
        self.feedback = text_label("")
        self.feedback.setAccessibleName("Feedback")
        self.continue_button = QPushButton("C&ontinue")
        self.restart_button = QPushButton("Start this role-play &again")
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow("&Role-play:", self.picker)
        buttons = QHBoxLayout()
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        if len(self.module.scenarios) > 1:
            layout.addLayout(form)
        else:
            self.picker.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.setting)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.line)
        layout.addWidget(self.hint)
        layout.addWidget(self.responses_box)
        layout.addWidget(self.feedback)
        layout.addLayout(buttons)

    # --- walking ---
    def _picked(self, index: int) -> None:
        self.scenario = self.module.scenarios[max(index, 0)]
        self.restart()

    def restart(self) -> None:
        self.seed = new_seed()
        self.show_walk([])

    def restore(self, scenario_id: str, choices: list[int]) -> None:
        """Pick up a saved walk (the resume position) without recording anything again."""
        index = next((i for i, s in enumerate(self.module.scenarios) if s.id == scenario_id), 0)
        self.picker.blockSignals(True)
        self.picker.setCurrentIndex(index)
        self.picker.blockSignals(False)
        self.scenario = self.module.scenarios[index]
        self.seed = new_seed()
        self.show_walk(choices)

    def show_walk(self, choices: list[int]) -> None:
        self.choices = list(choices)
        self.last_run = None
        nodes = self.walked()
        self.title.setText(self.scenario.title)
        self.setting.setText(self.scenario.setting)
        self._fill_history(nodes[:-1])
        self._show_node(nodes[-1])

    def walked(self) -> list[Node]:
        """The nodes seen for the current choices, without touching the saved position."""
        return walk(self.scenario, tuple(self.choices))[0]

    def _fill_history(self, nodes: list[Node]) -> None:
        parts = []
        for node, choice in zip(nodes, self.choices, strict=False):
            response = node.responses[choice]
            parts.append(f"<p><b>{html.escape(node.speaker)}:</b> {html.escape(node.text)}</p>")
            parts.append(f"<p><b>You:</b> {html.escape(response.text)}</p>")
            parts.append(f"<p><i>{html.escape(feedback_text(response))}</i></p>")
        self.history.setHtml("".join(parts) or "<p>The conversation starts below.</p>")
        bar = self.history.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _show_node(self, node: Node) -> None:
        self.node = node
        self._clear_responses()
        self.feedback.setText("")
        if node.debrief:
            # Some packs already start the text with "Debrief:": say it once.
            self.line.setText(f"Debrief: {node.text.removeprefix('Debrief:').strip()}")
            debrief = self.service.debrief(self.module.id, self.scenario.id, tuple(self.choices))
            self.history.setHtml(self.history.toHtml() + debrief_html(debrief))
            self.restart_button.show()
            self.restart_button.setFocus()
            self.continue_button.hide()
            return
        self.restart_button.hide()
        count = len(node.responses)
        self.hint.setText(f"Choose an answer: press 1 to {count}, or Tab to one and press Space.")
        self.hint.show()
        self.line.setText(f"{node.speaker} says: “{node.text}”")
        key = f"{self.scenario.id}/{node.id}"
        self.order = display_order(key, len(node.responses), self.seed)
        for index, file_index in enumerate(self.order):
            button = WrapButton(f"{index + 1}. {node.responses[file_index].text}")
            button.setToolTip(f"Press {index + 1} to choose this answer")
            button.clicked.connect(lambda _=False, i=index: self.choose(i))
            self.responses_layout.addWidget(button)
            if self.isVisible():
                button.show()  # now, not later from the layout, so it can take the focus
            self.response_buttons.append(button)
        self.line.setFocus()
        self.continue_button.hide()  # only after the focus moved on, or it would jump away

    def _clear_responses(self) -> None:
        self.hint.hide()
        for button in self.response_buttons:
            self.responses_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.response_buttons = []

    def choose_if_open(self, index: int) -> None:
        if 0 <= index < len(self.response_buttons) and self.response_buttons[index].isVisible():
            self.choose(index)

    def choose(self, position: int) -> None:
        """The answer at this screen position: its feedback; Continue moves to where it leads."""
        node = self.node
        if node.debrief or not 0 <= position < len(self.order):
            return
        index = self.order[position]
        response = node.responses[index]
        self.choices.append(index)
        self.service.scenario_steps(self.module.id, self.scenario.id, tuple(self.choices))
        self._clear_responses()
        self.line.setText(f"{node.speaker} says: “{node.text}”\nYou answer: “{response.text}”")
        self.feedback.setText(feedback_text(response))
        self.continue_button.show()
        self.continue_button.setFocus()

    def advance(self) -> None:
        """After the feedback: the next line, or the debrief (which records the run)."""
        nodes = self.walked()
        self._fill_history(nodes[:-1])
        self._show_node(nodes[-1])
        if nodes[-1].debrief:
            self.last_run = self.service.record_scenario_run(
                self.module.id, self.scenario.id, tuple(self.choices)
            )
            ending = self.service.debrief(self.module.id, self.scenario.id, tuple(self.choices))
            self.feedback.setText(f"{run_summary(self.last_run)} {ENDING_NOTES[ending.ending]}")
