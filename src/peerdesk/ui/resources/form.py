"""The "Add your organisation's service" form (EAP, peer team, HR, chaplain…); edits them too."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import InvalidInput
from peerdesk.core.resources.entity import CHANNELS, Resource
from peerdesk.core.resources.template import row_to_dict
from peerdesk.core.resources.texts import human
from peerdesk.ui.resources.countries import preferred_country
from peerdesk.ui.resources.labels import channel_name
from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.text import mark_sensitive


def kinds() -> tuple[tuple[str, str], ...]:
    """(category stored, what the list shows) for the usual kinds of workplace service."""
    return (
        ("eap", translate("ServiceForm", "Employee assistance programme (EAP)")),
        (
            "peer support",
            translate("ServiceForm", "Peer support team", "a kind of service in the directory"),
        ),
        ("human resources", translate("ServiceForm", "Human resources")),
        ("chaplaincy", translate("ServiceForm", "Chaplain or spiritual care")),
        ("occupational health", translate("ServiceForm", "Occupational health")),
        (
            "counselling",
            translate("ServiceForm", "Counselling", "a kind of service in the directory"),
        ),
    )


def lines() -> dict[str, tuple[str, str, str]]:
    """Form field -> (label, accessible name, hint shown as placeholder)."""
    return {
        "name": (
            translate("ServiceForm", "&Name:"),
            translate("ServiceForm", "Name"),
            translate("ServiceForm", "e.g. Staff support line"),
        ),
        "organisation": (
            translate("ServiceForm", "&Organisation:"),
            translate("ServiceForm", "Organisation"),
            translate("ServiceForm", "Who runs it"),
        ),
        "phones": (
            translate("ServiceForm", "&Phone numbers:"),
            translate("ServiceForm", "Phone numbers"),
            translate("ServiceForm", "Separate several with ;"),
        ),
        "text_codes": (
            translate("ServiceForm", "Te&xt codes:"),
            translate("ServiceForm", "Text codes"),
            translate("ServiceForm", "e.g. HOME to 741741"),
        ),
        "hours": (
            translate("ServiceForm", "Ho&urs:", "a service's opening hours"),
            human("Hours"),
            translate("ServiceForm", "e.g. Weekdays 8:00–18:00"),
        ),
        "languages": (
            translate("ServiceForm", "&Languages:"),
            human("Languages"),
            translate("ServiceForm", "Codes such as en; fr"),
        ),
        "website": (
            translate("ServiceForm", "&Website:"),
            human("Website"),
            translate("ServiceForm", "https://…", "a web address, as a hint"),
        ),
        "country": (
            words.country_field(),
            words.country(),
            translate("ServiceForm", "Two letters, e.g. CA"),
        ),
        "region": (
            words.region_field(),
            words.region(),
            translate("ServiceForm", "Province, state or site"),
        ),
    }


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "service"


def add_service_title() -> str:
    """The form's title when adding; the Resources page's button says the same."""
    return translate("ServiceForm", "Add your organisation's service")


class ServiceForm(QDialog):
    """Saves through `directory.add_user_resource`; errors name the field and keep the form."""

    def __init__(
        self, directory: Any, parent: QWidget | None = None, existing: Resource | None = None
    ) -> None:
        super().__init__(parent)
        self.directory = directory
        self.existing = existing
        self.saved: Resource | None = None
        edit = words.edit_your_service()
        add = add_service_title()
        self.setWindowTitle(edit if existing else add)
        self.fields: dict[str, QLineEdit] = {}
        self.form = QFormLayout()
        self._build()
        if existing is not None:
            self._fill(existing)

    def _build(self) -> None:
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.setAccessibleName(translate("ServiceForm", "Kind of service"))
        for value, text in kinds():
            self.kind.addItem(text, value)
        for key, (label, name, hint) in lines().items():
            edit = QLineEdit()
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(name)
            mark_sensitive(edit)
            self.fields[key] = edit
            self.form.addRow(label, edit)
            if key == "name":
                self.form.addRow(translate("ServiceForm", "&Kind:"), self.kind)
        self.fields["country"].setText(preferred_country() or "")
        self.open_24_7 = QCheckBox(words.open_24_7())
        self.form.addRow("", self.open_24_7)
        self.form.addRow(translate("ServiceForm", "Ways to reach:"), self._channel_boxes())
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(translate("ServiceForm", "Description"))
        mark_sensitive(self.description)
        self.form.addRow(translate("ServiceForm", "&Description:"), self.description)
        self.verified = QDateEdit(QDate.currentDate())
        self.verified.setCalendarPopup(True)
        self.verified.setAccessibleName(human("Last verified"))
        self.form.addRow(translate("ServiceForm", "Last &verified:"), self.verified)
        self._finish()

    def _channel_boxes(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.channels = {c: QCheckBox(channel_name(c)) for c in CHANNELS}
        for check in self.channels.values():
            row.addWidget(check)
        row.addStretch(1)
        self.channels["call"].setChecked(True)
        return box

    def _finish(self) -> None:
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(translate("ServiceForm", "Problem with the form"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addWidget(self.error)
        column.addWidget(buttons)

    def _fill(self, r: Resource) -> None:
        found = self.kind.findData(r.categories[0] if r.categories else None)
        if found >= 0:
            self.kind.setCurrentIndex(found)
        elif r.categories:
            self.kind.setEditText(r.categories[0])
        values = {
            "name": r.name,
            "organisation": r.organisation,
            "hours": r.hours,
            "phones": "; ".join(p.number for p in r.phones),
            "text_codes": "; ".join(
                f"{c.keyword} to {c.number}" if c.keyword else c.number for c in r.text_codes
            ),
            "languages": "; ".join(r.languages),
            "website": r.website,
            "country": r.country or "",
            "region": r.region,
        }
        for key, value in values.items():
            self.fields[key].setText(value)
        self.open_24_7.setChecked(r.open_24_7)
        for code, check in self.channels.items():
            check.setChecked(code in r.channels)
        self.description.setPlainText(r.description)
        if r.last_verified:
            day = r.last_verified
            self.verified.setDate(QDate(day.year, day.month, day.day))

    def category(self) -> str:
        text = self.kind.currentText().strip()
        index = self.kind.findText(text)
        return str(self.kind.itemData(index)) if index >= 0 else text.lower()

    def data(self) -> dict[str, Any]:
        """The form as the CSV template's row, normalised by the same code as an import."""
        row = {key: edit.text().strip() for key, edit in self.fields.items()}
        row["categories"] = self.category()
        row["channels"] = ";".join(c for c, check in self.channels.items() if check.isChecked())
        row["open_24_7"] = "yes" if self.open_24_7.isChecked() else ""
        row["description"] = self.description.toPlainText().strip()
        row["last_verified"] = self.verified.date().toString("yyyy-MM-dd")
        row["id"] = self.existing.id if self.existing else f"user-{slug(row['name'])}"
        row["source"] = "Added by the supporter"
        data = row_to_dict(row, None)
        data["last_verified"] = date.fromisoformat(row["last_verified"])
        return data

    def save(self) -> None:
        try:
            self.saved = self.directory.add_user_resource(self.data())
        except InvalidInput as err:
            self.show_error(err)
            return
        self.accept()

    def show_error(self, err: InvalidInput) -> None:
        self.error.setText(translate("ServiceForm", "⚠ Not saved. %1").replace("%1", err.message))
        key = (err.field or "").split("[")[0].split(".")[0]
        widget = self.fields.get(key)
        if widget is not None:
            widget.setFocus()
            widget.selectAll()
