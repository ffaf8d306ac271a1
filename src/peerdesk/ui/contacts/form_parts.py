"""Pieces of the contact form: keyboard-checkable lists and the referral editor."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import Referral
from peerdesk.core.errors import InvalidInput
from peerdesk.ui.contacts import labels
from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.text import mark_sensitive

CODE = Qt.ItemDataRole.UserRole


class CheckList(QListWidget):
    """Codes with checkboxes: arrow keys move, Space ticks, typing a letter jumps to an entry."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setUniformItemSizes(True)

    def set_choices(self, choices: Mapping[str, str], checked: Iterable[str] = ()) -> None:
        ticked = set(checked)
        self.clear()
        for code, label in choices.items():
            item = QListWidgetItem(label)
            item.setData(CODE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setCurrentRow(0)
        rows = min(self.count(), 7)
        self.setMinimumHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth())

    def checked(self) -> tuple[str, ...]:
        items = (self.item(row) for row in range(self.count()))
        return tuple(i.data(CODE) for i in items if i.checkState() == Qt.CheckState.Checked)

    def set_checked(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for row in range(self.count()):
            item = self.item(row)
            state = Qt.CheckState.Checked if item.data(CODE) in wanted else Qt.CheckState.Unchecked
            item.setCheckState(state)


def referral_text(referral: Referral) -> str:
    category = labels.referral_categories().get(referral.category, referral.category)
    if referral.declined:
        text = translate("ReferralEditor", "%1 (%2) — offered but declined", "label (category)")
    else:
        text = translate("ReferralEditor", "%1 (%2)", "a referral's label (its category)")
    # The category first: a label typed by the person may itself hold "%2".
    return text.replace("%2", category).replace("%1", referral.label)


def _picker() -> Any | None:
    """The resources helper's "pick a referral" dialog, if this build has it."""
    try:
        module = importlib.import_module("peerdesk.ui.resources.referral")
    except ModuleNotFoundError:
        return None
    return getattr(module, "pick_referral", None)


class ReferralEditor(QWidget):
    """Referrals given: pick from the directory or type a label; "offered but declined" allowed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(words.referrals())
        self.referrals: list[Referral] = []
        self.label_edit = QLineEdit()
        self.label_edit.setAccessibleName(
            translate("ReferralEditor", "Referral, in your own words")
        )
        self.label_edit.setPlaceholderText(
            translate("ReferralEditor", "e.g. employee assistance programme")
        )
        mark_sensitive(self.label_edit)
        self.category = QComboBox()
        self.category.setAccessibleName(translate("ReferralEditor", "Kind of referral"))
        for code, label in labels.referral_categories().items():
            self.category.addItem(label, code)
        self.category.setCurrentIndex(self.category.findData("other"))
        self.declined = QCheckBox(translate("ReferralEditor", "Offered but &declined"))
        self.add_button = QPushButton(translate("ReferralEditor", "Add referra&l"))
        self.pick_button = QPushButton(translate("ReferralEditor", "From the director&y…"))
        self.pick_button.setAccessibleName(
            translate("ReferralEditor", "Pick a referral from the directory")
        )
        self.pick_button.setVisible(_picker() is not None)
        self.listing = QListWidget()
        self.listing.setAccessibleName(translate("ReferralEditor", "Referrals given"))
        self.remove_button = QPushButton(translate("ReferralEditor", "Remo&ve referral"))
        self._lay_out()
        self.add_button.clicked.connect(self.add_typed)
        self.label_edit.returnPressed.connect(self.add_typed)
        self.pick_button.clicked.connect(self.pick)
        self.remove_button.clicked.connect(self.remove_current)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.label_edit, 0, 0, 1, 2)
        grid.addWidget(self.category, 0, 2)
        grid.addWidget(self.declined, 1, 0)
        grid.addWidget(self.add_button, 1, 1)
        grid.addWidget(self.pick_button, 1, 2)
        grid.addWidget(self.listing, 2, 0, 1, 3)
        grid.addWidget(self.remove_button, 3, 2)
        self.listing.setMaximumHeight(self.listing.fontMetrics().height() * 4 + 16)  # ~3 rows

    def set_referrals(self, referrals: Iterable[Referral]) -> None:
        self.referrals = list(referrals)
        self.listing.clear()
        self.listing.addItems([referral_text(r) for r in self.referrals])
        self.remove_button.setEnabled(bool(self.referrals))

    def add(self, referral: Referral) -> None:
        self.set_referrals([*self.referrals, referral])

    def add_typed(self) -> None:
        label = " ".join(self.label_edit.text().split())
        if not label:
            self.label_edit.setFocus()
            return
        self.add(
            Referral(
                label=label,
                category=str(self.category.currentData()),
                declined=self.declined.isChecked(),
            )
        )
        self.label_edit.clear()
        self.declined.setChecked(False)

    def pick(self) -> None:
        picker = _picker()
        chosen = picker(self.window()) if picker is not None else None
        if chosen is None:
            return
        label, category, resource_id = _triple(chosen)
        if category not in vocab.REFERRAL_CATEGORIES:
            category = "other"
        self.add(
            Referral(
                label=label,
                category=category,
                resource_id=resource_id,
                declined=self.declined.isChecked(),
            )
        )

    def remove_current(self) -> None:
        row = self.listing.currentRow()
        if 0 <= row < len(self.referrals):
            self.set_referrals(self.referrals[:row] + self.referrals[row + 1 :])


def _triple(chosen: Any) -> tuple[str, str, str | None]:
    """Accept (label, category, resource_id), a bare label or an object with those fields."""
    if isinstance(chosen, str):
        return chosen, "other", None
    if isinstance(chosen, tuple):
        label, category, resource_id = (*chosen, None, None)[:3]
        return str(label), str(category or "other"), resource_id
    label = getattr(chosen, "label", None)
    if label is None:
        message = translate("ReferralEditor", "the directory returned an unexpected choice")
        raise InvalidInput(message, field="referrals")
    return (
        str(label),
        str(getattr(chosen, "category", "other")),
        getattr(chosen, "resource_id", None),
    )
