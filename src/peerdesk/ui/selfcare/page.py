"""The Self-care page: check-ins, trends beside the support load, the plan, nudges and help."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from peerdesk.ui.selfcare.care import CarePanel
from peerdesk.ui.selfcare.checkin import CheckinPanel
from peerdesk.ui.selfcare.plan import PlanEditor
from peerdesk.ui.selfcare.support import SupportPanel
from peerdesk.ui.selfcare.trends import TrendPanel
from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.page import BasePage, UiContext
from peerdesk.ui.shared.spacing import mark_page

# Changes elsewhere that move what this page shows: the load series, training milestones.
TOPICS = ("selfcare", "contacts", "training")


class Page(BasePage):
    title = "Self-care"
    icon_name = "selfcare"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, country: str | None = None):
        super().__init__(ctx, parent)
        self.setAccessibleName(words.page_titles()["selfcare"])
        service = ctx.desk.selfcare
        self.care = CarePanel(service)
        self.checkin = CheckinPanel(service)
        self.trends = TrendPanel(service)
        self.plan = PlanEditor(service, ctx)
        self.support = SupportPanel(service, ctx.runner, country)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("SelfCarePage", "Self-care sections"))
        for widget, label in (
            (self.checkin, translate("SelfCarePage", "Check in")),
            (self.trends, translate("SelfCarePage", "Trends")),
            (self.plan, translate("SelfCarePage", "My plan")),
            (self.support, translate("SelfCarePage", "Reminders and help")),
        ):
            self.tabs.addTab(widget, label)
        self.tabs.currentChanged.connect(self._fit_tab)
        self._fit_tab()
        self.care.check_in_requested.connect(self.show_checkin)
        saved, written = (
            translate("SelfCarePage", "Check-in saved."),
            translate("SelfCarePage", "Plan PDF written."),
        )
        self.checkin.saved.connect(lambda _c: ctx.status(saved))
        self.plan.pdf_written.connect(lambda _p: ctx.status(written))
        self._layout()
        if self.plan.has_draft():  # unsaved plan changes kept over a lock: show them first
            self.tabs.setCurrentWidget(self.plan)

    def _layout(self) -> None:
        inner = QWidget()
        mark_page(inner)  # the page margin, as on the other pages
        column = QVBoxLayout(inner)
        title = words.page_titles()["selfcare"]
        heading = QLabel(f"<h2>{title}</h2>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        intro = QLabel(
            translate(
                "SelfCarePage",
                "Notice how you are doing while you support others. Everything here stays in "
                "your vault and is only for you.",
            )
        )
        intro.setWordWrap(True)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addWidget(self.care)
        column.addWidget(self.tabs, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _fit_tab(self, _index: int = 0) -> None:
        """The tabs are as tall as the tab shown, not the tallest one (the long check-in form
        made the trend chart taller than the window)."""
        current = self.tabs.currentWidget()
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.tabs.updateGeometry()

    def show_checkin(self) -> None:
        self.tabs.setCurrentWidget(self.checkin)
        self.checkin.chooser.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self, topic: str) -> None:
        if topic not in TOPICS:
            return
        self.trends.reload()
        self.care.reload()
        self.support.reload()
        self.plan.load()

    def clear(self) -> None:
        for panel in (self.care, self.checkin, self.trends, self.plan, self.support):
            panel.clear()
