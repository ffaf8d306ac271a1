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

from peerdesk.core import language
from peerdesk.core.errors import InvalidInput
from peerdesk.core.settings import Setting, in_scope
from peerdesk.ui.settings.data import DataSecurityGroup
from peerdesk.ui.shared.page import BasePage, UiContext

SCOPE_TITLES = {
    "vault": "Kept inside your vault",
    "local": "Before unlocking (kept on this computer, no content)",
}
# Plain words for stored codes, and units next to numbers (the stored values stay as they are).
THEME_NAMES = {"system": "Same as the system", "light": "Light", "dark": "Dark"}
# Shown instead of the stored codes; a language is named in its own language.
CHOICE_NAMES = {"language": language.NAMES, "theme": THEME_NAMES}
SUFFIXES = {
    "auto_lock_minutes": " minutes",
    "contacts.retention_months": " months",
    "backups_kept": " copies",
}
ZERO_WORDS = {"contacts.retention_months": "Never"}


def editor_for(spec: Setting, value: Any) -> QWidget:
    """One editor per setting type, bounded as the registry declares."""
    editor: QWidget
    if spec.kind is bool:
        editor = QCheckBox()
        editor.setChecked(bool(value))
    elif spec.choices:
        editor = QComboBox()
        names = CHOICE_NAMES.get(spec.key, {})
        for choice in spec.choices:
            editor.addItem(names.get(choice, choice), choice)
        editor.setCurrentIndex(max(0, editor.findData(str(value))))
    elif spec.kind is int:
        editor = QSpinBox()
        editor.setRange(int(spec.minimum or 0), int(spec.maximum or 10**6))
        editor.setSuffix(SUFFIXES.get(spec.key, ""))
        editor.setSpecialValueText(ZERO_WORDS.get(spec.key, ""))  # shown at the minimum
        editor.setValue(int(value))
    else:
        editor = QDoubleSpinBox()
        editor.setRange(spec.minimum or 0.0, spec.maximum or 100.0)
        editor.setSingleStep(0.1)
        editor.setSuffix(" ×")
        editor.setValue(float(value))
    editor.setAccessibleName(spec.label)
    editor.setAccessibleDescription(spec.description)
    editor.setToolTip(spec.description)
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
        self.editors: dict[str, QWidget] = {}
        column = self.scroll_column()  # frameless, with the page margin, like the other pages
        column.addWidget(QLabel("<h2>Settings</h2>"))
        for scope in ("vault", "local"):
            column.addWidget(self._group(scope))
        self.data_group = DataSecurityGroup(ctx)
        column.addWidget(self.data_group)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        column.addWidget(self.message)
        column.addStretch(1)

    def _group(self, scope: str) -> QGroupBox:
        box = QGroupBox(SCOPE_TITLES[scope])
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for spec in in_scope(scope):  # type: ignore[arg-type]
            editor = editor_for(spec, self.ctx.settings.get(spec.key))
            form.addRow(f"{spec.label}:", editor)
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
            self.ctx.status("Language saved. It applies the next time PeerDesk starts.")
        else:
            self.ctx.status("Setting saved.")

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
