"""Pick a referral for the contact log: a directory entry, or a free label, with its category."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.contacts.vocab import REFERRAL_CATEGORIES
from peerdesk.core.reports.texts import human
from peerdesk.core.resources.entity import Resource
from peerdesk.ui.resources.browser import DirectoryBrowser, clipboard_for
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.text import mark_sensitive

# Directory categories → the contact log's referral category; the first rule that fits wins.
CATEGORY_RULES = (
    ("crisis_line", {"emergency", "crisis", "suicide prevention", "self-harm"}),
    ("eap", {"eap", "employee assistance"}),
    ("peer_team", {"peer support", "peer team"}),
    ("counselling", {"counselling", "bereavement", "emotional support", "mental health"}),
    ("medical", {"health", "urgent care", "occupational health", "medical"}),
)


class PickedReferral(NamedTuple):
    label: str
    category: str  # a key of peerdesk.core.contacts.vocab.REFERRAL_CATEGORIES
    resource_id: str | None  # None for a free label


def referral_category(resource: Resource) -> str:
    found = set(resource.categories)
    for category, names in CATEGORY_RULES:
        if found & names:
            return category
    return "community"


class ReferralDialog(QDialog):
    """Search the directory and choose an entry, or tick "not in the directory" for a free label."""

    def __init__(self, directory: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReferralDialog", "Add a referral"))
        self._own_directory = directory is None
        if directory is None:
            from peerdesk.storage.directory import Directory

            directory = Directory.open()
        self.directory = directory
        self.picked: PickedReferral | None = None
        self._label_edited = False
        self.browser = DirectoryBrowser(directory, clipboard_for(parent))
        self._build()
        self.browser.current_changed.connect(self._current)
        self._current(self.browser.current())

    def _build(self) -> None:
        self.free = QCheckBox(
            translate("ReferralDialog", "&Not in the directory (type a label instead)")
        )
        self.label = QLineEdit()
        self.label.setAccessibleName(translate("ReferralDialog", "Referral label"))
        self.label.setMaxLength(200)
        mark_sensitive(self.label)
        self.category = QComboBox()
        self.category.setAccessibleName(translate("ReferralDialog", "Referral category"))
        for key, text in REFERRAL_CATEGORIES.items():
            self.category.addItem(human(text), key)  # the report's labels, in the same words
        self.error = QLabel("")
        self.error.setAccessibleName(translate("ReferralDialog", "Problem"))
        form = QFormLayout()
        form.addRow("", self.free)
        form.addRow(translate("ReferralDialog", "&Label:"), self.label)
        form.addRow(translate("ReferralDialog", "Categor&y:"), self.category)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("ReferralDialog", "&Use this referral"))
        ok.setAccessibleName(translate("ReferralDialog", "Use this referral"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(cancel.text().replace("&", ""))  # Qt's own, translated by Qt
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.browser, 1)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(buttons)
        self.free.toggled.connect(self._free_toggled)
        self.label.textEdited.connect(self._edited)
        width = self.fontMetrics().horizontalAdvance("M") * 70
        self.resize(width, width * 3 // 4)

    def _edited(self, _text: str) -> None:
        self._label_edited = True

    def _current(self, resource: Resource | None) -> None:
        if resource is None or self.free.isChecked():
            return
        if not self._label_edited:
            self.label.setText(resource.name)
        self.category.setCurrentIndex(self.category.findData(referral_category(resource)))

    def _free_toggled(self, free: bool) -> None:
        self.browser.setEnabled(not free)
        if free:
            self.label.clear()
            self.category.setCurrentIndex(self.category.findData("other"))
            self._label_edited = True
            self.label.setFocus()
        else:
            self._label_edited = False
            self._current(self.browser.current())

    def result_referral(self) -> PickedReferral | None:
        """What the dialog would return now; None when there is nothing to return."""
        label = self.label.text().strip()
        resource = None if self.free.isChecked() else self.browser.current()
        if not label:
            return None
        rid = resource.id if resource is not None else None
        return PickedReferral(label, str(self.category.currentData()), rid)

    def accept(self) -> None:
        picked = self.result_referral()
        if picked is None:
            self.error.setText(
                translate("ReferralDialog", "⚠ Choose a service, or tick the box and type a label.")
            )
            self.label.setFocus()
            return
        self.picked = picked
        super().accept()

    def done(self, result: int) -> None:
        self.browser.clear()
        if self._own_directory:
            self.directory.close()
        super().done(result)


def pick_referral(parent: QWidget | None, directory: Any = None) -> PickedReferral | None:
    """Show the dialog; returns (label, category, resource_id) or None if cancelled."""
    dialog = ReferralDialog(directory, parent)
    dialog.exec()
    return dialog.picked
