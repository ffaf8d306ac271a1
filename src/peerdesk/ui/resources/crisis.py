"""The Crisis & referral resources dialog: browsable from the unlock screen, no vault involved."""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from peerdesk.core.errors import PeerDeskError
from peerdesk.ui.resources.browser import DirectoryBrowser, clipboard_for
from peerdesk.ui.resources.countries import country_name, preferred_country
from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate

log = logging.getLogger(__name__)


def title() -> str:
    return translate("CrisisResourcesDialog", "Crisis & referral resources")


def intro() -> str:
    danger = translate(
        "CrisisResourcesDialog",
        "If someone is in immediate danger, call your local emergency number now.",
    )
    rest = translate(
        "CrisisResourcesDialog",
        "These services come from PeerDesk's offline directory. Choose your country to see its "
        "crisis lines first, or search by name, need or number.",
    )
    return f"<b>{danger}</b><br>{rest}"


class CrisisResourcesDialog(QDialog):
    """The directory with the user's country chosen first; copies contact details only."""

    def __init__(
        self, directory: Any, parent: QWidget | None = None, country: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title())
        self.setAccessibleName(title())
        intro_label = QLabel(intro())
        intro_label.setWordWrap(True)
        country = country or preferred_country()
        self.emergency = QLabel(emergency_text(directory, country))
        self.emergency.setWordWrap(True)
        self.emergency.setAccessibleName(translate("CrisisResourcesDialog", "Emergency number"))
        self.browser = DirectoryBrowser(directory, clipboard_for(parent))
        self.browser.filter_bar.set_filter("country", country)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(words.close())
        column = QVBoxLayout(self)
        column.addWidget(intro_label)
        column.addWidget(self.emergency)
        column.addWidget(self.browser, 1)
        column.addWidget(buttons)
        width = self.fontMetrics().horizontalAdvance("M") * 70
        self.resize(width, width * 2 // 3)
        self.browser.filter_bar.search.setFocus()

    def done(self, result: int) -> None:
        self.browser.clear()
        super().done(result)


def emergency_text(directory: Any, country: str | None) -> str:
    """'In Ireland, the emergency number is 112 (also 999).' from the directory, or ''."""
    if not country:
        return ""
    found = directory.search("", country=country, category="emergency", limit=1)
    numbers = [p.number for p in found[0].phones] if found else []
    if not numbers:
        return ""
    place = country_name(country).split(" (")[0]
    if numbers[1:]:
        text = translate("CrisisResourcesDialog", "In %1, the emergency number is %2 (also %3).")
        return (
            text.replace("%1", place)
            .replace("%2", numbers[0])
            .replace("%3", ", ".join(numbers[1:]))
        )
    text = translate("CrisisResourcesDialog", "In %1, the emergency number is %2.")
    return text.replace("%1", place).replace("%2", numbers[0])


def show_directory_dialog(parent: QWidget | None) -> None:
    """Open the directory file (no vault, no passphrase) and show it until closed."""
    from peerdesk.storage.directory import Directory

    try:
        directory = Directory.open()
    except (OSError, sqlite3.Error, PeerDeskError, ValueError) as err:
        log.warning("directory could not be opened: %s", type(err).__name__)
        QMessageBox.warning(
            parent,
            title(),
            translate(
                "CrisisResourcesDialog",
                "The directory could not be opened on this computer. "
                "If someone is in immediate danger, call your local emergency number.",
            ),
        )
        return
    try:
        CrisisResourcesDialog(directory, parent).exec()
    finally:
        directory.close()
