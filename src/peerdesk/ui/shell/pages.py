"""The table of main-window pages: sidebar entries, shortcuts and the module of each page."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.page import BasePage, UiContext
from peerdesk.ui.shared.words import page_titles


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English, as in the code; `label()` is what the window shows
    icon_name: str
    coming: str  # what the page will hold, shown until a feature fills it
    shortcut_digit: int

    def label(self) -> str:
        """The page's title in the window's language (read when a widget is built)."""
        return page_titles().get(self.key, self.title)


def coming_texts() -> dict[str, str]:
    """What a page will hold, for the placeholder shown until its feature exists."""
    return {
        "dashboard": translate(
            "Pages",
            "An overview of your week: recent contacts, your self-care check-ins and reminders.",
        ),
        "contacts": translate(
            "Pages", "A private log of the support conversations you have had, with follow-ups."
        ),
        "selfcare": translate(
            "Pages", "Short check-ins on how you are doing, with trends over weeks and months."
        ),
        "training": translate(
            "Pages", "Practice scenarios and short modules to keep your skills fresh."
        ),
        "resources": translate(
            "Pages", "Crisis lines and referral services you can pass on, searchable offline."
        ),
        "reports": translate(
            "Pages", "De-identified summaries for your coordinator: counts only, never notes."
        ),
    }


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "dashboard",
        "Dashboard",
        "dashboard",
        "An overview of your week: recent contacts, your self-care check-ins and reminders.",
        1,
    ),
    PageSpec(
        "contacts",
        "Contact log",
        "contacts",
        "A private log of the support conversations you have had, with follow-ups.",
        2,
    ),
    PageSpec(
        "selfcare",
        "Self-care",
        "selfcare",
        "Short check-ins on how you are doing, with trends over weeks and months.",
        3,
    ),
    PageSpec(
        "training",
        "Training",
        "training",
        "Practice scenarios and short modules to keep your skills fresh.",
        4,
    ),
    PageSpec(
        "resources",
        "Resources",
        "resources",
        "Crisis lines and referral services you can pass on, searchable offline.",
        5,
    ),
    PageSpec(
        "reports",
        "Reports",
        "reports",
        "De-identified summaries for your coordinator: counts only, never notes.",
        6,
    ),
    PageSpec("settings", "Settings", "settings", "", 7),
)

BY_KEY = {p.key: p for p in PAGES}


class PlaceholderPage(BasePage):
    """Shown until a feature fills the page: says plainly what will be here."""

    def __init__(self, ctx: UiContext, spec: PageSpec, parent: QWidget | None = None) -> None:
        self.title = spec.label()
        self.icon_name = spec.icon_name
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{self.title}</h2>")
        coming = coming_texts().get(spec.key, spec.coming)
        not_ready = translate("Pages", "This part of PeerDesk is not ready yet.")
        note = QLabel(f"{coming}<br><br>{not_ready}" if coming else not_ready)
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addStretch(1)


# Each page's module, imported on the first visit (start-up stays fast).
PAGE_MODULES: dict[str, str] = {
    "dashboard": "peerdesk.ui.dashboard.page",
    "contacts": "peerdesk.ui.contacts.page",
    "selfcare": "peerdesk.ui.selfcare.page",
    "training": "peerdesk.ui.training.page",
    "resources": "peerdesk.ui.resources.page",
    "reports": "peerdesk.ui.reports.page",
    "settings": "peerdesk.ui.settings.page",
}


def page_class(key: str) -> type[BasePage] | None:
    """The feature's Page class, or None for a key with no page module (the placeholder is used)."""
    module_name = PAGE_MODULES.get(key)
    if module_name is None:
        return None
    cls = getattr(importlib.import_module(module_name), "Page", None)
    return cls if isinstance(cls, type) and issubclass(cls, BasePage) else None


def build_page(key: str, ctx: UiContext) -> QWidget:
    cls = page_class(key)
    if cls is None:
        return PlaceholderPage(ctx, BY_KEY[key])
    return cls(ctx)
