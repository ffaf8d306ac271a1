"""The screens shown before the vault is open; each only emits signals, the flow decides."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QPushButton, QWidget

from peerdesk.ui.shared import typography, words
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.icons import icon, set_icon
from peerdesk.ui.unlock.widgets import (
    NewPassphraseForm,
    Screen,
    button_row,
    paragraph,
    secret_field,
)


def busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)  # indeterminate: the key derivation has no progress to report
    bar.setAccessibleName(translate("UnlockScreens", "Working"))
    bar.setMaximumHeight(8)
    bar.setTextVisible(False)
    bar.hide()
    return bar


def resources_button() -> QPushButton:
    button = QPushButton(icon("lifebuoy"), words.crisis_resources_button())
    set_icon(button, "lifebuoy")  # and again after a theme change
    button.setAccessibleName(translate("UnlockScreens", "Crisis and referral resources"))
    button.setToolTip(
        translate("UnlockScreens", "Opens the directory of support lines; no unlocking needed.")
    )
    return button


def shown_once(before: str, after: str) -> str:
    """The recovery key's warning: its one stressed sentence between two plain ones."""
    once = translate("RecoveryKeyScreen", "It is shown only now.")
    return f"{before} <b>{once}</b> {after}"


class WelcomeScreen(Screen):
    create = Signal()  # type: ignore[assignment]  # a signal named like QWidget.create(): kept
    resources = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("WelcomeScreen", "Welcome to PeerDesk"), parent=parent)
        about = translate(
            "WelcomeScreen",
            "PeerDesk is your private notebook, practice room and reference shelf for peer "
            "support.",
        )
        # Three short facts, each a heading and its answer.
        facts = [
            (
                translate("WelcomeScreen", "What it keeps:"),
                translate(
                    "WelcomeScreen",
                    "your contact log, follow-ups, self-care check-ins, training progress and "
                    "settings.",
                ),
            ),
            (
                translate("WelcomeScreen", "Where:"),
                translate(
                    "WelcomeScreen",
                    "in one encrypted vault file on this computer, locked with a passphrase only "
                    "you know.",
                ),
            ),
            (
                translate("WelcomeScreen", "What leaves this computer:"),
                translate("WelcomeScreen", "nothing. PeerDesk makes no network connections."),
            ),
        ]
        lines = "<br>".join(f"<b>{head}</b> {text}" for head, text in facts)
        self.body.addWidget(paragraph(f"{about}<br><br>{lines}"))
        self.create_button = QPushButton(translate("WelcomeScreen", "&Create my vault"))
        self.create_button.setDefault(True)
        self.resources_button = resources_button()
        self.body.addLayout(button_row(self.resources_button, self.create_button))
        self.create_button.clicked.connect(self.create)
        self.resources_button.clicked.connect(self.resources)
        self.finish()


class CreateScreen(Screen):
    submitted = Signal(str)
    back = Signal()

    def __init__(self, heading: str, intro: str, action: str, parent: QWidget | None = None):
        super().__init__(heading, intro, parent)
        self.form = NewPassphraseForm()
        self.body.addWidget(self.form)
        self.busy = busy_bar()
        self.error = paragraph("")
        self.body.addWidget(self.busy)
        self.body.addWidget(self.error)
        self.back_button = QPushButton(translate("UnlockScreens", "&Back"))
        self.action_button = QPushButton(action)
        self.action_button.setDefault(True)
        self.action_button.setEnabled(False)
        self.body.addLayout(button_row(self.back_button, self.action_button))
        self.form.validity.connect(self.action_button.setEnabled)
        self.action_button.clicked.connect(self._submit)
        self.form.second.returnPressed.connect(self._submit)
        self.back_button.clicked.connect(self.back)
        self.finish()

    def _submit(self) -> None:
        if self.form.ok and self.action_button.isEnabled():
            self.submitted.emit(self.form.passphrase())

    def set_busy(self, busy: bool, message: str = "") -> None:
        self.busy.setVisible(busy)
        for widget in (self.form, self.action_button, self.back_button):
            widget.setEnabled(not busy)
        if not busy:
            self.action_button.setEnabled(self.form.ok)
        self.error.setText(message)

    def reset(self) -> None:
        self.form.clear()
        self.set_busy(False)


class RecoveryKeyScreen(Screen):
    """Shows the recovery key once; the user proves they kept it by typing its last group."""

    copy = Signal(str)
    print_key = Signal(str)
    save_key = Signal(str)
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("RecoveryKeyScreen", "Your recovery key"),
            shown_once(
                translate(
                    "RecoveryKeyScreen",
                    "If you ever forget your passphrase, this key is the only other way into "
                    "your vault.",
                ),
                translate(
                    "RecoveryKeyScreen",
                    "Write it down or print it, and keep it somewhere safe away from this "
                    "computer.",
                ),
            ),
            parent,
        )
        self.key_view = QLabel()  # a label wraps at the dashes when the text is large
        self.key_view.setWordWrap(True)
        self.key_view.setTextFormat(Qt.TextFormat.PlainText)
        self.key_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_view.setAccessibleName(words.recovery_key())
        # fixed width, at the section heading's size: easy to copy by hand, follows the text size
        self.key_view.setFont(typography.monospace(typography.Role.SECTION, self.font()))
        self.body.addWidget(self.key_view)
        self.copy_button = QPushButton(icon("copy"), translate("RecoveryKeyScreen", "C&opy"))
        set_icon(self.copy_button, "copy")
        self.print_button = QPushButton(translate("RecoveryKeyScreen", "&Print…"))
        self.save_button = QPushButton(translate("RecoveryKeyScreen", "&Save to file…"))
        self.body.addLayout(button_row(self.copy_button, self.print_button, self.save_button))
        self.check = QLineEdit()
        self.check.setAccessibleName(
            translate("RecoveryKeyScreen", "Last group of the recovery key")
        )
        check_label = QLabel(
            translate("RecoveryKeyScreen", "To check that you kept it, type its &last group:")
        )
        check_label.setBuddy(self.check)
        self.body.addWidget(check_label)
        self.body.addWidget(self.check)
        self.hint = paragraph("")
        self.body.addWidget(self.hint)
        self.continue_button = QPushButton(
            translate("RecoveryKeyScreen", "I have kept it — &continue")
        )
        self.continue_button.setEnabled(False)
        self.body.addLayout(button_row(self.continue_button))
        self._key = ""
        self.copy_button.clicked.connect(lambda: self.copy.emit(self._key))
        self.print_button.clicked.connect(lambda: self.print_key.emit(self._key))
        self.save_button.clicked.connect(lambda: self.save_key.emit(self._key))
        self.check.textChanged.connect(self._check)
        self.check.returnPressed.connect(self._enter)
        self.continue_button.clicked.connect(self._finish)
        self.finish()

    def show_key(self, key: str) -> None:
        self._key = key
        self.key_view.setText(key)
        self.check.clear()

    def last_group(self) -> str:
        return self._key.replace(" ", "-").split("-")[-1].strip().upper()

    def _check(self, text: str) -> None:
        ok = bool(self._key) and text.strip().upper() == self.last_group()
        self.continue_button.setEnabled(ok)
        self.hint.setText(translate("RecoveryKeyScreen", "That matches.") if ok else "")

    def _enter(self) -> None:
        """Enter confirms once the group matches; otherwise it says what is still wrong."""
        if self.continue_button.isEnabled():
            self._finish()
        elif self.check.text().strip():
            self.hint.setText(
                translate(
                    "RecoveryKeyScreen",
                    "That is not the last group yet. It is the part after the last dash.",
                )
            )

    def _finish(self) -> None:
        self._key = ""
        self.key_view.clear()
        self.check.clear()
        self.done.emit()


class UnlockScreen(Screen):
    unlock = Signal(str)
    recovery = Signal()
    resources = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("UnlockScreen", "Unlock PeerDesk"), parent=parent)
        self.where = paragraph("")
        self.body.addWidget(self.where)
        self.field = secret_field(translate("UnlockScreen", "Passphrase"))
        label = QLabel(translate("UnlockScreen", "&Passphrase:"))
        label.setBuddy(self.field)
        self.body.addWidget(label)
        self.body.addWidget(self.field)
        self.busy = busy_bar()
        self.error = paragraph("")
        self.error.setAccessibleName(translate("UnlockScreen", "Unlock message"))
        self.demo_hint = paragraph("")
        self.demo_hint.hide()
        self.body.addWidget(self.busy)
        self.body.addWidget(self.error)
        self.body.addWidget(self.demo_hint)
        self.unlock_button = QPushButton(icon("lock"), translate("UnlockScreen", "&Unlock"))
        set_icon(self.unlock_button, "lock")
        self.unlock_button.setDefault(True)
        self.recovery_button = QPushButton(translate("UnlockScreen", "Use recovery &key…"))
        self.resources_button = resources_button()
        self.body.addLayout(button_row(self.recovery_button, self.unlock_button))
        self.body.addLayout(button_row(self.resources_button))
        self.unlock_button.clicked.connect(self._submit)
        self.field.returnPressed.connect(self._submit)
        self.recovery_button.clicked.connect(self.recovery)
        self.resources_button.clicked.connect(self.resources)
        self.finish()

    def _submit(self) -> None:
        if self.field.text() and self.unlock_button.isEnabled():
            self.unlock.emit(self.field.text())

    def set_busy(self, busy: bool, message: str = "") -> None:
        self.busy.setVisible(busy)
        self.field.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.recovery_button.setEnabled(not busy)
        self.error.setText(message)

    def set_vault_path(self, text: str) -> None:
        where = translate("UnlockScreen", "Vault: %1", "%1: the vault file's path")
        self.where.setText(where.replace("%1", f"<code>{html.escape(text)}</code>"))

    def set_demo_passphrase(self, passphrase: str | None) -> None:
        self.demo_hint.setVisible(bool(passphrase))
        if passphrase:
            hint = translate(
                "UnlockScreen",
                "This is a throwaway demo vault with sample data. Its passphrase is <b>%1</b>. "
                "It is deleted when you quit.",
            )
            self.demo_hint.setText(hint.replace("%1", html.escape(passphrase)))


class RecoveryScreen(Screen):
    submitted = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("RecoveryScreen", "Unlock with your recovery key"),
            translate(
                "RecoveryScreen",
                "Type the recovery key you saved when you created the vault. After it opens, "
                "you will choose a new passphrase.",
            ),
            parent,
        )
        self.field = secret_field(words.recovery_key())
        self.field.setEchoMode(QLineEdit.EchoMode.Normal)  # long and printed: needs checking by eye
        label = QLabel(translate("RecoveryScreen", "Recovery &key:"))
        label.setBuddy(self.field)
        self.body.addWidget(label)
        self.body.addWidget(self.field)
        self.busy = busy_bar()
        self.error = paragraph("")
        self.body.addWidget(self.busy)
        self.body.addWidget(self.error)
        self.back_button = QPushButton(translate("UnlockScreens", "&Back"))
        self.action_button = QPushButton(translate("RecoveryScreen", "&Unlock with key"))
        self.action_button.setDefault(True)
        self.body.addLayout(button_row(self.back_button, self.action_button))
        self.action_button.clicked.connect(self._submit)
        self.field.returnPressed.connect(self._submit)
        self.back_button.clicked.connect(self.back)
        self.finish()

    def _submit(self) -> None:
        if self.field.text().strip() and self.action_button.isEnabled():
            self.submitted.emit(self.field.text().strip())

    def set_busy(self, busy: bool, message: str = "") -> None:
        self.busy.setVisible(busy)
        for widget in (self.field, self.action_button, self.back_button):
            widget.setEnabled(not busy)
        self.error.setText(message)


class ProblemScreen(Screen):
    """Damaged vault, vault in use, newer version: a clear message and what can be done."""

    action = Signal()
    back = Signal()
    quit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent=parent)
        self.message = paragraph("")
        self.body.addWidget(self.message)
        self.error = paragraph("")
        self.body.addWidget(self.error)
        self.back_button = QPushButton(translate("UnlockScreens", "&Back"))
        self.quit_button = QPushButton(words.quit_app())
        self.action_button = QPushButton("")
        self.action_button.hide()  # only a damaged vault has an action (open the backup)
        self.body.addLayout(button_row(self.quit_button, self.back_button, self.action_button))
        self.action_button.clicked.connect(self.action)
        self.back_button.clicked.connect(self.back)
        self.quit_button.clicked.connect(self.quit)
        self.kind = ""
        self.finish()

    def present(self, kind: str, heading: str, message: str, action: str = "") -> None:
        self.kind = kind
        self.heading.setText(heading)
        self.message.setText(message)
        self.error.setText("")
        self.action_button.setText(action)
        self.action_button.setAccessibleName(action.replace("&", ""))
        self.action_button.setVisible(bool(action))
        self.action_button.setDefault(bool(action))
