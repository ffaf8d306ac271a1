"""The Settings page, generated from the declared registry in peerdesk.core.settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QWidget,
)

from peerdesk.core.errors import InvalidInput
from peerdesk.core.settings import Setting, in_scope
from peerdesk.ui.resources.countries import country_name
from peerdesk.ui.settings.data import DataSecurityGroup
from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.page import BasePage, UiContext
from peerdesk.ui.shell.theme import theme_names


def scope_titles() -> dict[str, str]:
    return {
        "vault": translate("SettingsPage", "Kept inside your vault"),
        "local": translate("SettingsPage", "Before unlocking (kept on this computer, no content)"),
    }


def setting_texts() -> dict[str, tuple[str, str]]:
    """(label, description) per setting key: the registry's English, in the window's words."""
    return {
        "theme": (
            translate("SettingsPage", "Colour theme"),
            translate("SettingsPage", "Follow the system's light or dark look, or choose one."),
        ),
        "font_scale": (
            translate("SettingsPage", "Text size"),
            translate("SettingsPage", "Makes all text larger or smaller (1.0 is the system size)."),
        ),
        "language": (
            words.language(),
            translate(
                "SettingsPage",
                "The language of the window and of the questionnaires; “System” follows your "
                "computer. A change applies the next time PeerDesk starts.",
            ),
        ),
        "country": (
            words.your_country(),
            translate(
                "SettingsPage",
                "The referral directory shows this country's services first, starting with its "
                "emergency number; “System” follows your computer's region.",
            ),
        ),
        "auto_lock_minutes": (
            translate("SettingsPage", "Lock after idle minutes"),
            translate(
                "SettingsPage", "Lock after this many minutes without keyboard or mouse use."
            ),
        ),
        "lock_on_minimise": (
            translate("SettingsPage", "Lock when minimised"),
            translate("SettingsPage", "Lock the vault as soon as the window is minimised."),
        ),
        "lock_on_screen_lock": (
            translate("SettingsPage", "Lock with the screen"),
            translate(
                "SettingsPage",
                "Lock the vault when your computer's screen locks or it goes to sleep.",
            ),
        ),
        "backups_kept": (
            translate("SettingsPage", "Backups kept"),
            translate("SettingsPage", "How many earlier encrypted copies of the vault to keep."),
        ),
        "contacts.retention_months": (
            translate("SettingsPage", "Clear old contact notes after"),
            translate(
                "SettingsPage",
                "Blank the text of contact notes and incident numbers older than this many "
                "months; the statistics stay. “Never” keeps notes until you delete them.",
            ),
        ),
    }


def choice_names(key: str, choices: tuple[str, ...]) -> dict[str, str]:
    """Plain words for stored codes (the stored values stay as they are)."""
    if key == "language":  # a language is named in its own language, as language pickers do
        return {
            "system": translate("SettingsPage", "System", "the language setting"),
            "en": translate("SettingsPage", "English", "in its own language: keep as is"),
            "fr": translate("SettingsPage", "Français", "in its own language: keep as is"),
        }
    if key == "theme":
        return theme_names()  # written once, in ui/shell/theme.py
    if key == "country":
        system = translate("SettingsPage", "System", "the country setting: the computer's region")
        return {code: system if code == "system" else country_name(code) for code in choices}
    return {}


def suffixes() -> dict[str, str]:
    """Units shown after numbers in spin boxes (a leading space included)."""
    return {
        "auto_lock_minutes": translate("SettingsPage", " minutes", "after a number"),
        "contacts.retention_months": translate("SettingsPage", " months", "after a number"),
        "backups_kept": translate("SettingsPage", " copies", "after a number"),
    }


def zero_words() -> dict[str, str]:
    return {"contacts.retention_months": translate("SettingsPage", "Never", "clear notes after")}


def editor_for(spec: Setting, value: Any) -> QWidget:
    """One editor per setting type, bounded as the registry declares."""
    editor: QWidget
    label, description = setting_texts().get(spec.key, (spec.label, spec.description))
    if spec.kind is bool:
        editor = QCheckBox()
        editor.setChecked(bool(value))
    elif spec.choices:
        editor = QComboBox()
        names = choice_names(spec.key, spec.choices)
        for choice in spec.choices:
            editor.addItem(names.get(choice, choice), choice)
        editor.setCurrentIndex(max(0, editor.findData(str(value))))
    elif spec.kind is int:
        editor = QSpinBox()
        editor.setRange(int(spec.minimum or 0), int(spec.maximum or 10**6))
        editor.setSuffix(suffixes().get(spec.key, ""))
        editor.setSpecialValueText(zero_words().get(spec.key, ""))  # shown at the minimum
        editor.setValue(int(value))
    else:
        editor = QDoubleSpinBox()
        editor.setRange(spec.minimum or 0.0, spec.maximum or 100.0)
        editor.setSingleStep(0.1)
        editor.setSuffix(" ×")
        editor.setValue(float(value))
    editor.setAccessibleName(label)
    editor.setAccessibleDescription(description)
    editor.setToolTip(description)
    editor.setMinimumWidth(editor.fontMetrics().horizontalAdvance("0" * 12))
    return editor


def value_of(editor: QWidget) -> Any:
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QSpinBox | QDoubleSpinBox):
        return editor.value()
    raise TypeError(type(editor).__name__)


class Page(BasePage):
    title = "Settings"
    icon_name = "settings"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAccessibleName(words.page_titles()["settings"])
        self.editors: dict[str, QWidget] = {}
        column = self.scroll_column()  # frameless, with the page margin, like the other pages
        heading = words.page_titles()["settings"]
        column.addWidget(QLabel(f"<h2>{heading}</h2>"))
        for scope in ("vault", "local"):
            column.addWidget(self._group(scope))
        self.data_group = DataSecurityGroup(ctx)
        column.addWidget(self.data_group)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        column.addWidget(self.message)
        column.addStretch(1)

    def _group(self, scope: str) -> QGroupBox:
        box = QGroupBox(scope_titles()[scope])
        texts = setting_texts()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for spec in in_scope(scope):  # type: ignore[arg-type]
            editor = editor_for(spec, self.ctx.settings.get(spec.key))
            label = texts.get(spec.key, (spec.label, ""))[0]
            form.addRow(
                translate("SettingsPage", "%1:", "a form label").replace("%1", label), editor
            )
            self.editors[spec.key] = editor
            self._watch(spec.key, editor)
        return box

    def _watch(self, key: str, editor: QWidget) -> None:
        signal = {
            QCheckBox: "toggled",
            QComboBox: "currentTextChanged",
            QSpinBox: "valueChanged",
            QDoubleSpinBox: "valueChanged",
        }[type(editor)]
        getattr(editor, signal).connect(lambda *_: self.apply(key))

    def apply(self, key: str) -> None:
        try:
            self.ctx.settings.set(key, value_of(self.editors[key]))
        except InvalidInput as err:
            self.message.setText(err.message)
            return
        self.message.setText("")
        if key == "language":
            self.ctx.status(
                translate(
                    "SettingsPage", "Language saved. It applies the next time PeerDesk starts."
                )
            )
        else:
            self.ctx.status(translate("SettingsPage", "Setting saved."))

    def refresh(self, topic: str) -> None:
        if topic != "settings":
            return
        for key, editor in self.editors.items():
            editor.blockSignals(True)
            _set_value(editor, self.ctx.settings.get(key))
            editor.blockSignals(False)

    def clear(self) -> None:
        self.message.clear()
        self.data_group.clear()


def _set_value(editor: QWidget, value: Any) -> None:
    if isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(0, editor.findData(str(value))))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    elif isinstance(editor, QDoubleSpinBox):
        editor.setValue(float(value))
