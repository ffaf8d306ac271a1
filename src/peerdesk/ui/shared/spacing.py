"""One spacing scale for every page (multiples of 4 px, as the GNOME and KDE guidelines use),
and the style that applies it (with group-box titles as sub-headings).

Every layout gets it without asking: `SpacedStyle` answers Qt's layout questions (margins,
spacing) from this scale, whatever the platform's style would say (Fusion says 6 and 9).
A layout that sets its own margins or spacing uses these names; tests/ui/test_visual_rules.py
checks every page's layouts against `SCALE`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionGroupBox, QWidget

from peerdesk.ui.shared import typography

UNIT = 4
TIGHT = UNIT  # inside one compound control (an icon and its text, rows of a list)
GAP = 2 * UNIT  # between related controls
ROW = 3 * UNIT  # between a form's label column and its fields
SECTION = 4 * UNIT  # between groups of controls
PAGE = 4 * UNIT  # the page's (and a dialog's) own margin
WIDE = 6 * UNIT  # between unrelated parts of a wide page

SCALE = (0, TIGHT, GAP, ROW, SECTION, WIDE, 8 * UNIT)

# A widget with this property set to True gets the page margin (BasePage sets it).
PAGE_PROPERTY = "peerdesk_page"

_PM = QStyle.PixelMetric
_MARGINS = (
    _PM.PM_LayoutLeftMargin,
    _PM.PM_LayoutTopMargin,
    _PM.PM_LayoutRightMargin,
    _PM.PM_LayoutBottomMargin,
)
_SPACINGS = (_PM.PM_LayoutHorizontalSpacing, _PM.PM_LayoutVerticalSpacing)


def mark_page(widget: QWidget) -> None:
    """`widget`'s layout gets the page margin rather than a group's."""
    widget.setProperty(PAGE_PROPERTY, True)


class SpacedStyle(QProxyStyle):
    """The platform's (or Fusion's) style, with layout margins and spacing from `SCALE`."""

    def name(self) -> str:
        return self.baseStyle().name()  # still the same style to everyone who asks

    def pixelMetric(self, metric: Any, option: Any = None, widget: Any = None) -> int:
        if metric in _MARGINS:
            page = widget is not None and (widget.isWindow() or widget.property(PAGE_PROPERTY))
            return PAGE if page else GAP
        if metric in _SPACINGS:
            return GAP
        return super().pixelMetric(metric, option, widget)

    def layoutSpacing(self, *_args: Any, **_kwargs: Any) -> int:
        # Some platform styles space by control type (e.g. macOS); one scale everywhere instead.
        return GAP

    # A group box's title is a sub-heading of the page (typography.Role.SUBHEADING): bold, at
    # body size, so the box keeps the height the style measured for it.
    def drawComplexControl(self, control: Any, option: Any, painter: Any, widget: Any = None):
        if control != QStyle.ComplexControl.CC_GroupBox or not option.text:
            return super().drawComplexControl(control, option, painter, widget)
        blank = QStyleOptionGroupBox(option)
        blank.text = ""
        super().drawComplexControl(control, blank, painter, widget)
        box = self.subControlRect(control, option, QStyle.SubControl.SC_GroupBoxLabel, widget)
        painter.save()
        painter.setFont(typography.font(typography.Role.SUBHEADING, painter.font()))
        flags = Qt.TextFlag.TextShowMnemonic | Qt.AlignmentFlag.AlignLeft
        flags |= Qt.AlignmentFlag.AlignVCenter
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        role = QPalette.ColorRole.WindowText
        self.drawItemText(painter, box, int(flags), option.palette, enabled, option.text, role)
        painter.restore()
        return None

    def subControlRect(self, control: Any, option: Any, sub: Any, widget: Any = None) -> QRect:
        rect = super().subControlRect(control, option, sub, widget)
        if (
            control == QStyle.ComplexControl.CC_GroupBox
            and sub == QStyle.SubControl.SC_GroupBoxLabel
        ):
            base = widget.font() if widget is not None else QApplication.font()
            bold = QFontMetrics(typography.font(typography.Role.SUBHEADING, base))
            need = bold.horizontalAdvance(option.text.replace("&", "")) + 2
            rect.setWidth(max(rect.width(), need))
        return rect
