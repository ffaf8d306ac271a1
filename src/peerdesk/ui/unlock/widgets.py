"""Building blocks of the unlock screens: a centred column, passphrase fields, strength meter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.shared import typography
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.spacing import ROW

COLUMN_WIDTH = 560


class Screen(QWidget):
    """A calm, centred column with a heading and an intro paragraph."""

    def __init__(self, heading: str, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        self.column = QWidget()
        # About 70 characters per line, so the column grows with the text size (200 % works).
        self.column.setMaximumWidth(max(COLUMN_WIDTH, self.fontMetrics().averageCharWidth() * 70))
        self.body = QVBoxLayout(self.column)
        self.body.setSpacing(ROW)
        outer.addWidget(self.column, 4)
        outer.addStretch(1)
        self.body.addStretch(1)
        self.heading = typography.title(heading)
        self.body.addWidget(self.heading)
        self.intro = paragraph(intro)
        self.body.addWidget(self.intro)
        self.intro.setVisible(bool(intro))

    def finish(self) -> None:
        """Call after adding content: keeps the column vertically centred."""
        self.body.addStretch(2)


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def secret_field(name: str) -> QLineEdit:
    """A passphrase field with a show/hide toggle and a live Caps Lock warning."""
    from peerdesk.ui.unlock.secret import SecretField

    return SecretField(name)


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


class StrengthMeter(QWidget):
    """Live zxcvbn score (0–4) with the policy's own messages; never colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(translate("StrengthMeter", "Passphrase strength"))
        self.label = QLabel(translate("StrengthMeter", "Strength: —"))
        self.messages = paragraph("")
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        layout.addWidget(self.messages)

    def show_result(self, score: int, label: str, messages: list[str]) -> None:
        self.bar.setValue(score)
        self.label.setText(translate("StrengthMeter", "Strength: %1").replace("%1", label))
        self.bar.setAccessibleDescription(label)
        self.messages.setText("<br>".join(messages))


class NewPassphraseForm(QWidget):
    """Passphrase + confirmation + meter; `valid` says when both match and the policy is met."""

    validity = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.first = secret_field(translate("NewPassphraseForm", "New passphrase"))
        self.second = secret_field(translate("NewPassphraseForm", "Repeat the passphrase"))
        form.addRow(translate("NewPassphraseForm", "&New passphrase:"), self.first)
        form.addRow(translate("NewPassphraseForm", "&Repeat it:"), self.second)
        self.meter = StrengthMeter()
        form.addRow(self.meter)
        self.match = QLabel("")
        form.addRow(self.match)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.ok = False

    def _update(self) -> None:
        from peerdesk.core.passphrase import check
        from peerdesk.ui.unlock.strength import level_name, policy_messages

        result = check(self.first.text())
        self.meter.show_result(result.score, level_name(result.score), policy_messages(result))
        same = self.first.text() == self.second.text()
        differ = translate("NewPassphraseForm", "The two entries differ.")
        self.match.setText("" if same or not self.second.text() else differ)
        self.ok = result.ok and same
        self.validity.emit(self.ok)

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
