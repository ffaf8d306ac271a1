"""One spacing scale for every page (multiples of 4 px, as the GNOME and KDE guidelines use).

Every layout gets it without asking: `SpacedStyle` answers Qt's layout questions (margins,
spacing) from this scale, whatever the platform's style would say (Fusion says 6 and 9).
A layout that sets its own margins or spacing uses these names; tests/ui/test_visual_rules.py
checks every page's layouts against `SCALE`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QProxyStyle, QStyle, QWidget

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
