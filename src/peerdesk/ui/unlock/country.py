"""First-run step on the welcome screen: whose services and emergency number come first."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from peerdesk.core.errors import InvalidInput
from peerdesk.core.settings import COUNTRY_CHOICES
from peerdesk.ui.resources.countries import country_name, guess_country
from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate


def question() -> str:
    return translate(
        "CountryStep",
        "Where do you work? The crisis and referral directory, here and once you are in, shows "
        "that country's services first, starting with its emergency number. You can change this "
        "later in Settings.",
    )


class CountryStep(QWidget):
    """A country list saved straight to the local settings file (a code, never content)."""

    def __init__(self, local_settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.local = local_settings
        self.combo = QComboBox()
        self.combo.setAccessibleName(words.your_country())
        self.combo.addItem(
            translate("CountryStep", "Somewhere else (use this computer's region)"), "system"
        )
        for code in COUNTRY_CHOICES[1:]:
            self.combo.addItem(country_name(code), code)
        saved = str(local_settings.get("country"))
        start = saved if saved != "system" else (guess_country() or "system")
        self.combo.setCurrentIndex(max(self.combo.findData(start), 0))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("CountryStep", "Country message"))
        intro = QLabel(question())
        intro.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        # Longer (French) texts: the label goes above the list rather than being squeezed out.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(24)
        form.addRow(intro)
        form.addRow(translate("CountryStep", "Your &country:"), self.combo)
        form.addRow(self.message)
        # Untouched, the directory falls back to the computer's region: the same first choice.
        self.combo.currentIndexChanged.connect(lambda _i: self.save())

    def save(self) -> None:
        try:
            self.local.set("country", self.combo.currentData())
        except (InvalidInput, OSError):
            self.message.setText(
                translate(
                    "CountryStep",
                    "Your country could not be saved; the directory will ask again.",
                )
            )
            return
        self.message.setText("")


def attach_country_step(welcome: Any, local_settings: Any) -> CountryStep:
    """Put the step on the welcome screen, above its buttons (the screen itself stays as it is)."""
    step = CountryStep(local_settings)
    body = welcome.body
    body.insertWidget(max(body.count() - 2, 0), step)  # before the button row and the stretch
    return step
