"""The Dashboard: twelve months in charts, follow-ups, self-care and training at a glance."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.dashboard.data import DashboardData, FollowUps, gather
from peerdesk.ui.shared import words
from peerdesk.ui.shared.chart import ChartSpec, ChartWidget
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.page import BasePage, UiContext

# Which desk topics touch the dashboard (everything it shows comes from these services).
TOPICS = frozenset({"contacts", "selfcare", "training"})
# (card, row, column, columns spanned): topics get the full width so every label fits.
GRID = (
    ("contacts", 0, 0, 1),
    ("hours", 0, 1, 1),
    ("topics", 1, 0, 2),
    ("selfcare", 2, 0, 1),
    ("training", 2, 1, 1),
)


def missing_texts() -> dict[str, str]:
    """What a contact card says when this build has no contact log."""
    return {
        "contacts": translate(
            "DashboardPage", "The contact log is not available, so there is nothing to count here."
        ),
        "hours": translate(
            "DashboardPage", "The contact log is not available, so there are no hours to show."
        ),
        "topics": translate(
            "DashboardPage", "The contact log is not available, so there is no topic mix to show."
        ),
    }


def card_titles() -> dict[str, str]:
    return {
        "contacts": words.contacts(),
        "hours": translate("DashboardPage", "Hours given"),
        "topics": words.topics(),
        "selfcare": translate("DashboardPage", "Your latest self-care trend"),
        "training": translate("DashboardPage", "Training progress"),
    }


def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Card(QGroupBox):
    """A titled box holding one chart, with a plain note shown instead when there is no data."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.chart = ChartWidget()
        self.chart.setMinimumHeight(self.fontMetrics().height() * 14)
        self.note = _label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart)
        layout.addWidget(self.note)

    def show_spec(self, spec: ChartSpec | None, note: str) -> None:
        self.chart.setVisible(spec is not None)
        if spec is not None:
            self.chart.set_spec(spec)
        self.note.setText(note)
        self.note.setVisible(bool(note))


class Page(BasePage):
    title = "Dashboard"
    icon_name = "dashboard"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAccessibleName(words.page_titles()["dashboard"])
        self.data: DashboardData | None = None
        self._stale = False
        self._generation = 0
        self.loading = False
        column = self.scroll_column()
        title = words.page_titles()["dashboard"]
        heading = QLabel(f"<h2>{title}</h2>")
        self.words = _label()
        self.words.setAccessibleName(translate("DashboardPage", "A word for you"))
        self.words_box = QGroupBox(translate("DashboardPage", "A word for you"))
        QVBoxLayout(self.words_box).addWidget(self.words)
        self.words_box.setVisible(False)
        column.addWidget(heading)
        column.addWidget(self.words_box)
        column.addWidget(self._followup_box())
        grid = QGridLayout()
        self.cards: dict[str, Card] = {}
        titles = card_titles()
        for key, row, col, span in GRID:
            card = Card(titles[key])
            self.cards[key] = card
            grid.addWidget(card, row, col, 1, span)
        column.addLayout(grid)
        column.addStretch(1)
        self.reload()

    def _followup_box(self) -> QGroupBox:
        box = QGroupBox(translate("DashboardPage", "Follow-ups"))
        layout = QVBoxLayout(box)
        self.followups = _label(translate("DashboardPage", "Counting…"))
        self.followups.setAccessibleName(translate("DashboardPage", "Follow-ups due"))
        self.log_button = QPushButton(translate("DashboardPage", "&Show them in the contact log"))
        self.log_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.log_button.clicked.connect(self.show_followups)
        layout.addWidget(self.followups)
        layout.addWidget(self.log_button)
        return box

    def show_followups(self) -> None:
        """The count leads to the very contacts it counts, not the whole log."""
        page = self.ctx.open_page("contacts")
        show = getattr(page, "show_followups", None)
        if callable(show):
            show("due")

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Gather everything again on the GUI thread.

        The vault's in-memory connection belongs to the GUI thread: reading it from a worker
        while the window also reads it deadlocks (SQLite's mutex vs the GIL in our authorizer).
        The data is in memory, so the whole gather takes a few milliseconds.
        """
        self._stale = False
        self._generation += 1
        generation = self._generation
        self.loading = True
        try:
            data = gather(self.ctx.desk, date.today())
        except Exception as err:  # shown calmly; the window stays usable
            self._failed(generation, err)
            return
        self._loaded(generation, data)

    def _loaded(self, generation: int, data: DashboardData) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.data = data
        self._fill(data)

    def _failed(self, generation: int, err: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        # The type name only: a message could quote something from the vault.
        text = translate("DashboardPage", "The dashboard could not be filled (%1).")
        self.followups.setText(text.replace("%1", type(err).__name__))

    def _fill(self, data: DashboardData) -> None:
        missing = missing_texts()
        for key in ("contacts", "hours", "topics"):
            spec = getattr(data, key)
            empty = data.contacts_note if key == "contacts" else ""  # said once, not thrice
            note = "" if spec is not None else (empty if data.contacts_note else missing[key])
            self.cards[key].show_spec(spec, note)
            self.cards[key].setVisible(spec is not None or bool(note))
        self.cards["selfcare"].show_spec(data.selfcare, data.selfcare_note)
        self.cards["training"].show_spec(data.training, data.training_note)
        self._fill_followups(data.followups)
        self.words.setText("\n\n".join(data.words))
        self.words_box.setVisible(bool(data.words))

    def _fill_followups(self, followups: FollowUps | None) -> None:
        self.log_button.setVisible(followups is not None and followups.due > 0)
        if followups is None:
            self.followups.setText(
                translate(
                    "DashboardPage", "The contact log is not available, so there are none to show."
                )
            )
        elif followups.due == 0:
            self.followups.setText(
                translate("DashboardPage", "No follow-ups are due. Nothing is waiting for you.")
            )
        else:
            self.followups.setText(followups_text(followups))

    # -- page contract -----------------------------------------------------------------------
    def refresh(self, topic: str) -> None:
        if topic not in TOPICS:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # reload when shown again: no work for a page nobody sees

    def showEvent(self, event: QShowEvent) -> None:  # QWidget override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def clear(self) -> None:
        self._generation += 1
        self.data = None
        self.loading = False
        for card in self.cards.values():
            card.show_spec(ChartSpec(title=card.title(), x_labels=()), "")
        self.followups.setText("")
        self.words.setText("")
        self.words_box.setVisible(False)


def followups_text(followups: FollowUps) -> str:
    """How many follow-ups are due, and how many of those are late, in one sentence."""
    due, overdue = followups.due, followups.overdue  # plain names: pyside6-lupdate needs them
    if not overdue:
        return translate("DashboardPage", "%n follow-up(s) due today or earlier.", None, due)
    text = translate(
        "DashboardPage", "%n follow-up(s) due today or earlier, %1 of them overdue.", None, due
    )
    return text.replace("%1", str(overdue))
