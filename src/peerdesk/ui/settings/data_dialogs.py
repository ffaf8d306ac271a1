"""Dialogs of "Your data and security": new passphrase, typed confirmation, secret, restore."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.settings.backups_model import BackupModel
from peerdesk.ui.shared.filedialogs import ask_open_path, run_dialog
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.rows import even_rows
from peerdesk.ui.unlock import keyout
from peerdesk.ui.unlock.screens import RecoveryKeyScreen
from peerdesk.ui.unlock.widgets import NewPassphraseForm, paragraph, secret_field

PASSPHRASE, RECOVERY = "passphrase", "recovery_key"


def vault_filter() -> str:
    """The file dialogs' filter: the patterns stay, the names are in the window's language."""
    return translate("DataDialogs", "PeerDesk vaults and backups (*.peerdesk *.bak);;All files (*)")


class _Dialog(QDialog):
    """A modal dialog: an intro paragraph, content, then OK/Cancel with our own OK text."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, action: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.layout_ = QVBoxLayout(self)
        self.intro = paragraph(intro)
        self.intro.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.layout_.addWidget(self.intro)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.layout_.addWidget(self.buttons)


class PassphraseDialog(_Dialog):
    """A new passphrase with the create flow's own form: strength meter and policy messages."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, action: str) -> None:
        super().__init__(parent, title, intro, action)
        self.form = NewPassphraseForm()
        self.layout_.addWidget(self.form)
        self.form.validity.connect(self.ok_button.setEnabled)
        self.finish()
        self.form.first.setFocus()

    def passphrase(self) -> str:
        return self.form.passphrase()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.form.clear()
        super().done(result)


class ChangePassphraseDialog(PassphraseDialog):
    """A new passphrase plus why: when someone may know the old one, the data key goes too."""

    def __init__(self, parent: QWidget | None, intro: str) -> None:
        super().__init__(
            parent,
            translate("DataDialogs", "Change passphrase"),
            intro,
            translate("DataDialogs", "&Change passphrase"),
        )
        self.routine = QRadioButton(translate("DataDialogs", "&Routine change"))
        self.exposed = QRadioButton(translate("DataDialogs", "&Someone may know my old passphrase"))
        self.routine.setChecked(True)
        self.rotate = QCheckBox(
            translate(
                "DataDialogs",
                "Also &replace the data key (re-encrypts the vault, deletes the automatic "
                "backups and gives you a new recovery key)",
            )
        )
        self.exposed.toggled.connect(self.rotate.setChecked)  # on by default for that reason
        at = self.layout_.indexOf(self.form)
        for offset, widget in enumerate((self.routine, self.exposed, self.rotate)):
            self.layout_.insertWidget(at + offset, widget)

    def rotate_key(self) -> bool:
        return self.rotate.isChecked()


class TypedConfirmDialog(_Dialog):
    """A warning the user confirms by typing a word (EXPORT, ERASE): no accidental click."""

    def __init__(self, parent: QWidget | None, title: str, warning: str, word: str) -> None:
        super().__init__(parent, title, warning.replace("\n", " "), word.capitalize())
        self.word = word
        self.field = QLineEdit()
        self.field.setAccessibleName(
            translate("DataDialogs", "Type %1 to confirm").replace("%1", word)
        )
        label = QLabel(translate("DataDialogs", "To go ahead, &type %1:").replace("%1", word))
        label.setBuddy(self.field)
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.field)
        self.field.textChanged.connect(
            lambda text: self.ok_button.setEnabled(text.strip() == self.word)
        )
        self.finish()
        self.field.setFocus()


class SecretForm(QWidget):
    """Passphrase or recovery key, chosen with two radio buttons; one secret field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.use_passphrase = QRadioButton(translate("DataDialogs", "With its &passphrase"))
        self.use_recovery = QRadioButton(translate("DataDialogs", "With its recovery &key"))
        self.use_passphrase.setChecked(True)
        self.field = secret_field(translate("DataDialogs", "Passphrase or recovery key"))
        label = QLabel(translate("DataDialogs", "&Secret:"))
        label.setBuddy(self.field)
        for widget in (self.use_passphrase, self.use_recovery, label, self.field):
            column.addWidget(widget)

    def kind(self) -> str:
        return RECOVERY if self.use_recovery.isChecked() else PASSPHRASE

    def secret(self) -> str:
        text = self.field.text()
        return text.strip() if self.kind() == RECOVERY else text


class SecretDialog(_Dialog):
    def __init__(self, parent: QWidget | None, title: str, intro: str, action: str) -> None:
        super().__init__(parent, title, intro, action)
        self.secret_form = SecretForm()
        self.layout_.addWidget(self.secret_form)
        self.secret_form.field.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip()))
        )
        self.finish()
        self.secret_form.field.setFocus()


class RestoreDialog(SecretDialog):
    """Pick an automatic backup (date, save number) or a file, then its passphrase or key."""

    def __init__(self, parent: QWidget | None, backups: list[Any]) -> None:
        super().__init__(
            parent,
            translate("DataDialogs", "Restore a backup"),
            translate(
                "DataDialogs",
                "Choose a backup. Restoring locks PeerDesk and replaces your vault with the "
                "backup; the file it replaces is kept as a backup too. Changes made after the "
                "backup was taken are not in it.",
            ),
            translate("DataDialogs", "&Restore"),
        )
        self.model = BackupModel(self)
        self.model.set_backups(backups)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("DataDialogs", "Automatic backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().hide()
        even_rows(self.table)
        self.file_button = QPushButton(translate("DataDialogs", "From a &file…"))
        self.source_label = paragraph("")
        self.source_label.setAccessibleName(translate("DataDialogs", "Chosen backup"))
        self.layout_.insertWidget(1, self.table)
        self.layout_.insertWidget(2, self.file_button)
        self.layout_.insertWidget(3, self.source_label)
        self.source: Path | None = None
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.choose(self.model.path(current.row()))
        )
        self.file_button.clicked.connect(self._from_file)
        self.secret_form.field.textChanged.connect(lambda _t: self._update())
        if backups:
            self.table.selectRow(0)
        else:
            self.source_label.setText(
                translate("DataDialogs", "There are no automatic backups yet.")
            )

    def _from_file(self) -> None:
        title = translate("DataDialogs", "Restore from a backup file")
        path = ask_open_path(self, title, vault_filter())
        if path is not None:
            self.table.clearSelection()
            self.choose(path)

    def choose(self, path: Path | None) -> None:
        self.source = path
        if path is not None:
            chosen = translate("DataDialogs", "Backup: %1")
            self.source_label.setText(
                chosen.replace("%1", f"<code>{html.escape(path.name)}</code>")
            )
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(
            self.source is not None and bool(self.secret_form.field.text().strip())
        )


class KeyDialog(QDialog):
    """The create flow's recovery-key screen in a dialog: shown once, last group typed back."""

    def __init__(self, parent: QWidget | None, key: str, clipboard: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DataDialogs", "Your new recovery key"))
        self.setModal(True)
        self.key_screen = RecoveryKeyScreen()
        self.key_screen.intro.setText(
            translate(
                "DataDialogs",
                "This new key replaces the old one, which no longer opens this vault. It is "
                "shown <b>only now</b>: write it down or print it, and keep it away from this "
                "computer.",
            )
        )
        QVBoxLayout(self).addWidget(self.key_screen)
        self.key_screen.copy.connect(lambda k: keyout.copy_key(clipboard, k))
        self.key_screen.print_key.connect(lambda k: keyout.print_key(self, k))
        self.key_screen.save_key.connect(lambda k: keyout.save_key(self, k))
        self.key_screen.done.connect(self.accept)
        self.key_screen.show_key(key)
        self.key_screen.check.setFocus()
        # Wrapped labels need height for their width: size the dialog for ~70 characters.
        width = self.fontMetrics().averageCharWidth() * 70
        layout = self.layout()
        assert layout is not None
        self.resize(width, layout.totalHeightForWidth(width))

    def done(self, result: int) -> None:
        self.key_screen.show_key("")  # the key leaves memory-held widgets when the dialog closes
        super().done(result)


# -- the ask functions the page calls (tests replace them: a modal dialog would wait) ---------
def ask_new_passphrase(parent: QWidget, title: str, intro: str, action: str) -> str | None:
    dialog = PassphraseDialog(parent, title, intro, action)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    passphrase = dialog.passphrase() if accepted else None
    dialog.form.clear()
    dialog.deleteLater()
    return passphrase


def ask_change_passphrase(parent: QWidget, intro: str) -> tuple[str, bool] | None:
    """(new passphrase, also replace the data key) or None when cancelled."""
    dialog = ChangePassphraseDialog(parent, intro)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    choice = (dialog.passphrase(), dialog.rotate_key()) if accepted else None
    dialog.form.clear()
    dialog.deleteLater()
    return choice


def ask_typed(parent: QWidget, title: str, warning: str, word: str) -> bool:
    dialog = TypedConfirmDialog(parent, title, warning, word)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


def ask_secret(parent: QWidget, title: str, intro: str) -> tuple[str, str] | None:
    dialog = SecretDialog(parent, title, intro, translate("DataDialogs", "&Open"))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    result = (dialog.secret_form.kind(), dialog.secret_form.secret()) if accepted else None
    dialog.secret_form.field.clear()
    dialog.deleteLater()
    return result


def ask_restore(parent: QWidget, backups: list[Any]) -> tuple[Path, str, str] | None:
    dialog = RestoreDialog(parent, backups)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.source is not None
    form = dialog.secret_form
    result = (dialog.source, form.kind(), form.secret()) if accepted else None
    form.field.clear()
    dialog.deleteLater()
    return result  # type: ignore[return-value]


def show_key(parent: QWidget, key: str, clipboard: Any) -> None:
    dialog = KeyDialog(parent, key, clipboard)
    dialog.exec()
    dialog.deleteLater()


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_folder(parent: QWidget, caption: str) -> Path | None:
    dialog = QFileDialog(parent, caption)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = run_dialog(dialog)
    return chosen[0] if chosen else None
