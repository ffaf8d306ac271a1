"""The mouse wheel never changes a drop-down, spin box or slider the user has not focused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


@pytest.fixture
def form(qtbot, qapp):
    from peerdesk.ui.shell import wheelguard

    wheelguard.install(qapp)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    inner = QWidget()
    column = QVBoxLayout(inner)
    combo = QComboBox()
    combo.addItems([str(i) for i in range(10)])
    spin = QSpinBox()
    spin.setRange(0, 100)
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, 100)
    line = QLineEdit()
    column.addWidget(line)
    for widget in (combo, spin, slider):
        column.addWidget(widget)
        column.addSpacing(900)  # a long form: the page itself can scroll
    scroll.setWidget(inner)
    scroll.resize(300, 300)
    qtbot.addWidget(scroll)
    scroll.show()
    qtbot.waitExposed(scroll)
    return scroll, line, combo, spin, slider


def _wheel(widget: QWidget, notches: int = -1) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _value(widget) -> int:
    return widget.currentIndex() if isinstance(widget, QComboBox) else widget.value()


@pytest.mark.parametrize("which", [2, 3, 4])
def test_wheel_over_an_unfocused_control_scrolls_the_form_instead(form, which):
    scroll, line, *_ = form
    control = form[which]
    line.setFocus()
    before = _value(control)
    start = scroll.verticalScrollBar().value()
    _wheel(control)
    assert _value(control) == before
    assert scroll.verticalScrollBar().value() > start
    assert not control.hasFocus()  # the wheel does not take the focus either


@pytest.mark.parametrize("which", [2, 3, 4])
def test_wheel_over_a_focused_control_changes_it(form, which):
    control = form[which]
    control.setFocus()
    before = _value(control)
    _wheel(control, notches=-1 if which == 2 else 1)
    assert _value(control) != before


def test_the_real_contact_form_is_guarded(qtbot, make_window, existing_vault):
    from tests.ui.conftest import unlock

    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    form = window.go("contacts")
    window.new_contact()
    form = window.session.view.current_page().form
    form.note.setFocus()
    before = form.affect.currentIndex()
    _wheel(form.affect)
    assert form.affect.currentIndex() == before


def test_a_focused_field_is_scrolled_into_view(form):
    scroll, line, _combo, _spin, slider = form
    line.setFocus()
    assert scroll.verticalScrollBar().value() == 0
    slider.setFocus()  # as Tab or an Alt+letter mnemonic would
    top = slider.mapTo(scroll.viewport(), slider.rect().topLeft()).y()
    assert 0 <= top <= scroll.viewport().height() - slider.height()
