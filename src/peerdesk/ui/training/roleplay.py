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
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.training.common import WrapButton, fill, heading, text_label

MAX_RESPONSES = 4


def effect_words(effect: Effect) -> str:
    if effect is Effect.SHOWN:
        return translate("TrainingRolePlay", "✓ shown")
    if effect is Effect.PARTLY:
        return translate("TrainingRolePlay", "◐ partly shown")
    return translate("TrainingRolePlay", "✗ missed")


def ending_words(ending: Ending) -> str:
    if ending is Ending.GOOD:
        return translate("TrainingRolePlay", "a good ending")
    if ending is Ending.FAIR:
        return translate("TrainingRolePlay", "a fair ending (good enough to complete the module)")
    return translate(
        "TrainingRolePlay", "a poor ending (try again: the module needs a fair or good one)"
    )


def ending_note(ending: Ending) -> str:
    if ending is Ending.GOOD:
        return translate(
            "TrainingRolePlay",
            "It reached a good ending, which counts towards completing the module.",
        )
    if ending is Ending.FAIR:
        return translate(
            "TrainingRolePlay",
            "It reached a fair ending, which counts towards completing the module.",
        )
    return translate(
        "TrainingRolePlay", "It reached a poor ending, which does not count yet: try it again."
    )


def feedback_text(response: Response) -> str:
    text = translate("TrainingRolePlay", "Skill: %1 — %2. %3")
    return fill(text, response.skill, effect_words(response.effect), response.feedback)


def run_summary(run: ScenarioRun) -> str:
    steps = len(run.choices)
    partly = steps - run.shown - run.missed
    text = translate(
        "TrainingRolePlay",
        "You made %n choice(s): %1 showed the skill, %2 partly, %3 missed it. This practice run "
        "is recorded in your training progress.",
        None,
        steps,
    )
    return fill(text, run.shown, partly, run.missed)


def debrief_html(debrief: Debrief) -> str:
    """The ending, then each reply the trainee actually gave with its skill and effect."""
    ended = html.escape(translate("TrainingRolePlay", "How it ended:"))
    replies = html.escape(translate("TrainingRolePlay", "What you did, reply by reply:"))
    parts = [
        f"<p><b>{ended}</b> {html.escape(ending_words(debrief.ending))}. "
        f"{html.escape(debrief.outcome)}</p>",
        f"<p><b>{replies}</b></p><ol>",
    ]
    for step in debrief.steps:
        item = translate("TrainingRolePlay", "“%1” — %2: %3. %4")
        said, skill = html.escape(step.said), html.escape(step.skill)
        effect, feedback = html.escape(effect_words(step.effect)), html.escape(step.feedback)
        parts.append(f"<li>{fill(item, said, skill, effect, feedback)}</li>")
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
        self.history.setAccessibleName(translate("TrainingRolePlay", "Conversation so far"))
        self.history.setTabChangesFocus(True)
        self.history.setMinimumHeight(self.history.fontMetrics().lineSpacing() * 4)
        self.line = text_label("")
        self.line.setAccessibleName(translate("TrainingRolePlay", "What your colleague says"))
        # the focus rests here, not on a reply: no answer should be one key press away
        self.line.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        font = self.line.font()
        font.setItalic(True)  # spoken words, set apart from the hints (body size: one type ramp)
        self.line.setFont(font)
        self.hint = text_label("")
        self.responses_box = QWidget()
        self.responses_layout = QVBoxLayout(self.responses_box)
        self.responses_layout.setContentsMargins(0, 0, 0, 0)
        self.response_buttons: list[WrapButton] = []
        self.feedback = text_label("")
        self.feedback.setAccessibleName(translate("TrainingRolePlay", "Feedback"))
        self.continue_button = QPushButton(translate("TrainingRolePlay", "C&ontinue"))
        self.restart_button = QPushButton(
            translate("TrainingRolePlay", "Start this role-play &again")
        )
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(translate("TrainingRolePlay", "&Role-play:"), self.picker)
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
            name = fill(translate("TrainingRolePlay", "%1:", "a speaker's name"), node.speaker)
            you = translate("TrainingRolePlay", "You:")
            parts.append(f"<p><b>{html.escape(name)}</b> {html.escape(node.text)}</p>")
            parts.append(f"<p><b>{html.escape(you)}</b> {html.escape(response.text)}</p>")
            parts.append(f"<p><i>{html.escape(feedback_text(response))}</i></p>")
        start = html.escape(translate("TrainingRolePlay", "The conversation starts below."))
        self.history.setHtml("".join(parts) or f"<p>{start}</p>")
        bar = self.history.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _show_node(self, node: Node) -> None:
        self.node = node
        self._clear_responses()
        self.feedback.setText("")
        if node.debrief:
            # Some packs already start the text with "Debrief:": say it once.
            text = node.text.removeprefix("Debrief:").strip()
            self.line.setText(fill(translate("TrainingRolePlay", "Debrief: %1"), text))
            debrief = self.service.debrief(self.module.id, self.scenario.id, tuple(self.choices))
            self.history.setHtml(self.history.toHtml() + debrief_html(debrief))
            self.restart_button.show()
            self.restart_button.setFocus()
            self.continue_button.hide()
            return
        self.restart_button.hide()
        count = len(node.responses)
        hint = translate(
            "TrainingRolePlay", "Choose an answer: press 1 to %1, or Tab to one and press Space."
        )
        self.hint.setText(fill(hint, count))
        self.hint.show()
        self.line.setText(
            fill(translate("TrainingRolePlay", "%1 says: “%2”"), node.speaker, node.text)
        )
        key = f"{self.scenario.id}/{node.id}"
        self.order = display_order(key, len(node.responses), self.seed)
        for index, file_index in enumerate(self.order):
            button = WrapButton(f"{index + 1}. {node.responses[file_index].text}")
            press = translate("TrainingRolePlay", "Press %1 to choose this answer")
            button.setToolTip(fill(press, index + 1))
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
        said = translate("TrainingRolePlay", "%1 says: “%2”\nYou answer: “%3”")
        self.line.setText(fill(said, node.speaker, node.text, response.text))
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
            self.feedback.setText(f"{run_summary(self.last_run)} {ending_note(ending.ending)}")
