"""The type ramp: page title, section heading, sub-heading, body and caption; nothing else.

Every size comes from the application font (which follows the user's text-size setting), so
the ramp scales with it. Rich text may use the same steps: Qt draws <h2> at 1.5× and <h3> at
1.2× bold, which is why TITLE and SECTION have those sizes; <h1> (2×) is not used.
tests/ui/test_visual_rules.py checks that no other module sets a font size.
"""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QLabel, QWidget


class Role(Enum):
    """(size relative to the body text, bold)"""

    TITLE = (1.5, True)  # one per page or dialog
    SECTION = (1.2, True)  # a group of controls or a part of the page
    SUBHEADING = (1.0, True)  # inside a section
    BODY = (1.0, False)
    CAPTION = (1.0, False)  # secondary text: body size, in the palette's placeholder colour


HTML_TAG = {Role.TITLE: "h2", Role.SECTION: "h3", Role.SUBHEADING: "h4"}

W = TypeVar("W", bound=QWidget)


def font(role: Role, base: QFont) -> QFont:
    """`base` at the role's size and weight."""
    scale, bold = role.value
    result = QFont(base)
    if scale != 1.0:
        if base.pointSizeF() > 0:
            result.setPointSizeF(base.pointSizeF() * scale)
        else:  # a font sized in pixels (e.g. painted on an image)
            result.setPixelSize(round(base.pixelSize() * scale))
    result.setBold(bold)
    return result


def apply(widget: W, role: Role) -> W:
    """Give `widget` the role's font (and the caption colour); returns the widget."""
    widget.setFont(font(role, widget.font()))
    if role is Role.CAPTION:
        widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return widget


def label(text: str, role: Role) -> QLabel:
    """A plain-text, wrapping label in the role's style."""
    result = QLabel(text)
    result.setTextFormat(Qt.TextFormat.PlainText)
    result.setWordWrap(True)
    return apply(result, role)


def title(text: str = "") -> QLabel:
    return label(text, Role.TITLE)


def section(text: str = "") -> QLabel:
    return label(text, Role.SECTION)


def caption(text: str = "") -> QLabel:
    return label(text, Role.CAPTION)


def monospace(role: Role, base: QFont) -> QFont:
    """The system's fixed-width font at `base`'s size, in the role's size and weight."""
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if base.pointSizeF() > 0:
        mono.setPointSizeF(base.pointSizeF())
    return font(role, mono)
