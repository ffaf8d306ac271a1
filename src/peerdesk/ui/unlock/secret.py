"""Passphrase fields: a show/hide toggle and a live Caps Lock warning, in the field itself.

Qt offers no portable way to read the Caps Lock state, so it is inferred from what is typed:
a capital letter without Shift (or a small one with Shift) means Caps Lock is on. The warning
appears as soon as that happens, before any failed attempt, and goes when it stops.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.icons import icon, set_icon
from peerdesk.ui.shared.text import mark_sensitive

SHOW_KEYS = "Ctrl+Shift+H"


def caps_text() -> str:
    return translate("SecretField", "Caps Lock is on")


class SecretField(QLineEdit):
    """A password-mode line edit with `reveal` (show/hide) and `caps` (warning) actions."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(name)
        mark_sensitive(self)
        self.caps = QAction(icon("capslock"), caps_text(), self)
        self.caps.setToolTip(
            translate("SecretField", "Caps Lock is on: the passphrase may be typed in capitals.")
        )
        set_icon(self.caps, "capslock")  # and again after a theme change
        self.caps.setVisible(False)
        self.addAction(self.caps, QLineEdit.ActionPosition.TrailingPosition)
        self.what = name.lower()
        self.reveal = QAction(icon("eye"), "", self)
        set_icon(self.reveal, "eye")
        self.reveal.setCheckable(True)
        self.reveal.setShortcut(QKeySequence(SHOW_KEYS))
        self.reveal.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._name_reveal(shown=False)
        self.reveal.toggled.connect(self.set_revealed)
        self.addAction(self.reveal, QLineEdit.ActionPosition.TrailingPosition)
        self.caps_on: bool | None = None  # unknown until a letter is typed
        self.installEventFilter(_CapsWatch(self))

    def set_revealed(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        set_icon(self.reveal, "eye-off" if shown else "eye")
        self._name_reveal(shown)
        self.reveal.blockSignals(True)
        self.reveal.setChecked(shown)
        self.reveal.blockSignals(False)

    def _name_reveal(self, shown: bool) -> None:
        if shown:
            text = translate("SecretField", "Hide %1", "%1: the field's name, e.g. new passphrase")
        else:
            text = translate("SecretField", "Show %1", "%1: the field's name, e.g. new passphrase")
        self.reveal.setText(text.replace("%1", self.what))
        keys = QKeySequence(SHOW_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        tip = translate("SecretField", "%1 (%2)", "action (its keyboard shortcut)")
        self.reveal.setToolTip(tip.replace("%1", self.reveal.text()).replace("%2", keys))

    def set_caps(self, on: bool) -> None:
        self.caps_on = on
        self.caps.setVisible(on)
        self.setAccessibleDescription(caps_text() if on else "")

    def hide_secret(self) -> None:
        """Lock, clear: never leave a passphrase readable."""
        self.set_revealed(False)

    def clear(self) -> None:
        super().clear()
        self.hide_secret()


class _CapsWatch(QObject):
    def __init__(self, field: SecretField) -> None:
        super().__init__(field)
        self.field = field

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            caps = caps_lock_from(event.text(), event.modifiers())
            if caps is not None:
                self.field.set_caps(caps)
        elif event.type() == QEvent.Type.FocusOut and self.field.reveal.isChecked():
            self.field.hide_secret()  # shown only while the user is looking at it
        return False


def caps_lock_from(text: str, modifiers: Qt.KeyboardModifier) -> bool | None:
    """True/False when a typed letter tells the Caps Lock state, None when it cannot."""
    if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
        return None  # digits, symbols, and scripts without case say nothing
    shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift
