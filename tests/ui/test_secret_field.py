"""Passphrase fields: show/hide, a Caps Lock warning while typing, Enter confirms the key check."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from peerdesk.ui.unlock.secret import SecretField, caps_lock_from

SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def field(qtbot):
    widget = SecretField("Passphrase")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_show_toggle_reveals_and_hides_again(field, qtbot):
    field.setText("correct horse")
    assert field.echoMode() == QLineEdit.EchoMode.Password
    field.reveal.trigger()
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    assert field.reveal.text() == "Hide passphrase"
    field.reveal.trigger()
    assert field.echoMode() == QLineEdit.EchoMode.Password
    field.reveal.trigger()
    field.clear()  # as on lock: never left readable
    assert field.echoMode() == QLineEdit.EchoMode.Password


def test_caps_lock_warning_appears_while_typing_and_goes_away(field, qtbot):
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    assert not field.caps.isVisible()  # unknown until a letter is typed
    capital = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_A, NONE, "A")
    QApplication.sendEvent(field, capital)
    assert field.caps.isVisible() and field.caps_on is True
    assert field.accessibleDescription() == "Caps Lock is on"
    small = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_B, NONE, "b")
    QApplication.sendEvent(field, small)
    assert not field.caps.isVisible() and field.caps_on is False


@given(st.characters(), st.booleans())
def test_caps_inference_only_from_cased_letters(char, shift):
    found = caps_lock_from(char, SHIFT if shift else NONE)
    if char.lower() == char.upper() or not char.isalpha():
        assert found is None
    else:
        assert found == (char.isupper() != shift)


def test_enter_confirms_the_recovery_key_check(qtbot):
    from peerdesk.ui.unlock.screens import RecoveryKeyScreen

    screen = RecoveryKeyScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.show_key("ABCD-EFGH-JKLM")
    screen.check.setText("jkl")
    with qtbot.assertNotEmitted(screen.done):
        qtbot.keyClick(screen.check, Qt.Key.Key_Return)
    assert "last group" in screen.hint.text()
    screen.check.setText("jklm")
    with qtbot.waitSignal(screen.done, timeout=1000):
        qtbot.keyClick(screen.check, Qt.Key.Key_Return)
