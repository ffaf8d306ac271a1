"""Reminder cadence and where to find help: crisis lines for the country, else the plan."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from peerdesk.core.errors import PeerDeskError
from peerdesk.core.selfcare.nudges import DEFAULT_RESOURCES
from peerdesk.storage.directory import crisis_lines
from peerdesk.ui.shared.i18n import translate


def cadence_labels() -> dict[str, str]:
    return {
        "daily": translate("SupportPanel", "Every day"),
        "weekly": translate("SupportPanel", "Once a week"),
        "off": translate("SupportPanel", "Off", "check-in reminders"),
    }


def user_country() -> str:
    """The two-letter country of the system locale ('' when it names none, e.g. 'C')."""
    name = QLocale.system().name()  # e.g. "en_GB"
    part = name.split("_")[1] if "_" in name else ""
    return part.upper() if len(part) == 2 and part.isalpha() else ""


class SupportPanel(QWidget):
    """The cadence setting and a short list of places to turn to."""

    def __init__(
        self, service: Any, runner: Any, country: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.country = user_country() if country is None else country
        self.directory_lines: list[str] | None = None  # None: not looked up (yet)
        self.cadence = QComboBox()
        self.cadence.setAccessibleName(translate("SupportPanel", "Check-in reminders"))
        for code, label in cadence_labels().items():
            self.cadence.addItem(label, code)
        self.cadence.currentIndexChanged.connect(self._cadence_chosen)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setAccessibleName(translate("SupportPanel", "Where to find help"))
        form = QFormLayout()
        form.addRow(translate("SupportPanel", "Check-in &reminders:"), self.cadence)
        column = QVBoxLayout(self)
        column.addLayout(form)
        heading = translate("SupportPanel", "Where to find help")
        column.addWidget(QLabel(f"<b>{heading}</b>"))
        column.addWidget(self.help)
        column.addStretch(1)
        self._cleared = False
        self.reload()
        self.look_up()

    def look_up(self) -> None:
        """Crisis lines come from the directory file, which may need a rebuild: off-thread."""
        country = self.country
        self.runner.run(lambda: crisis_lines(country), self._found, self._not_found)

    def _found(self, lines: list[str]) -> None:
        if not shiboken6.isValid(self) or self._cleared:
            return  # the page was locked and destroyed while the lookup ran
        self.directory_lines = lines
        self.reload()

    def _not_found(self, _err: BaseException) -> None:
        if not shiboken6.isValid(self) or self._cleared:
            return
        self.directory_lines = []  # the plan's entries are shown instead
        self.reload()

    def reload(self) -> None:
        self.cadence.blockSignals(True)
        self.cadence.setCurrentIndex(self.cadence.findData(self.service.cadence()))
        self.cadence.blockSignals(False)
        self.help.setText(self.help_text())

    def help_text(self) -> str:
        lines = list(self.directory_lines or [])
        if lines:
            head = translate(
                "SupportPanel", "Crisis lines in your country (from the resource directory):"
            )
        else:
            own = list(self.service.plan().professional_supports)
            lines = own or list(DEFAULT_RESOURCES)
            head = translate("SupportPanel", "From your self-care plan:") if own else ""
        urgent = translate(
            "SupportPanel",
            "If you are in danger or might harm yourself, call your local emergency number now.",
        )
        if lines == list(DEFAULT_RESOURCES):
            urgent = ""  # the general list already ends with it
        body = "\n".join(f"• {line}" for line in lines)
        return "\n".join(part for part in (head, body, urgent) if part)

    def _cadence_chosen(self) -> None:
        try:
            self.service.set_cadence(self.cadence.currentData())
        except PeerDeskError:
            self.reload()

    def clear(self) -> None:
        self._cleared = True  # locked before the lookup came back: the vault is closed
        self.help.clear()
        self.directory_lines = None
