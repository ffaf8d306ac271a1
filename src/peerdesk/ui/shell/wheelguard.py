"""Safe long forms, for the whole application at once (not a subclass of every control).

- Wheel: drop-downs, spin boxes and sliders change on the wheel only when focused; otherwise
  the wheel scrolls the form around them and never silently changes a value such as "how it
  affected me".
- Focus: a field reached by Tab or an Alt+letter mnemonic is scrolled into view, so the
  cursor never sits in a field that is off-screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QScrollBar,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def _guarded(obj: QObject) -> bool:
    # Scroll bars are sliders too, but the wheel is exactly how they are meant to be used.
    return isinstance(obj, GUARDED) and not isinstance(obj, QScrollBar)


class WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and _guarded(obj):
            assert isinstance(obj, QWidget)
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel must not focus it
        elif kind == QEvent.Type.Wheel and _guarded(obj):
            assert isinstance(obj, QWidget)
            if not obj.hasFocus():
                assert isinstance(event, QWheelEvent)
                _pass_up(obj, event)
                return True
        return False


def _pass_up(widget: QWidget, event: QWheelEvent) -> None:
    """Offer the wheel to each enclosing widget in turn (a scroll area takes it)."""
    # Qt passes only spontaneous (real) wheel events up the parent chain by itself.
    point = event.position()
    parent = widget.parentWidget()
    while parent is not None:
        point = QPointF(widget.mapTo(parent, point.toPoint()))
        copy = QWheelEvent(
            point,
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
        )
        copy.setAccepted(False)
        QApplication.sendEvent(parent, copy)
        if copy.isAccepted() or parent.isWindow():
            return
        widget, parent = parent, parent.parentWidget()


def install(app: QApplication) -> None:
    """Install once per application (the window may be built more than once, e.g. in tests)."""
    if app.property("peerdesk_wheel_guard") is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        app.focusChanged.connect(show_focused)
        app.setProperty("peerdesk_wheel_guard", True)


def show_focused(_old: QWidget | None, new: QWidget | None) -> None:
    """Scroll every scroll area holding the newly focused field so that it is in view."""
    widget = new
    while widget is not None:
        parent = widget.parentWidget()
        if isinstance(parent, QWidget) and isinstance(parent.parentWidget(), QScrollArea):
            area = parent.parentWidget()
            assert isinstance(area, QScrollArea)
            inner = area.widget()
            if inner is not None and new is not None and inner.isAncestorOf(new):
                area.ensureWidgetVisible(new, 16, 16)
        widget = parent
