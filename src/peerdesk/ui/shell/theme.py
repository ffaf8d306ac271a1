"""Light, dark and follow-the-system looks that work on every platform.

Qt's colour-scheme hint only changes anything where the platform theme supports it (Windows
11, macOS, some Wayland desktops); on X11 it does nothing. So a chosen light or dark look uses
the Fusion style with a complete palette of our own (every role, every colour group), and
"follow the system" keeps the platform's own style and palette, or uses our palette for the
scheme the platform reports when its own style cannot draw it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QStyleFactory

from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.icons import retint_all
from peerdesk.ui.shared.spacing import SpacedStyle

R = QPalette.ColorRole
G = QPalette.ColorGroup
THEMES = ("system", "light", "dark")


def theme_names() -> dict[str, str]:
    """Each theme's name as the Settings list shows it, in the window's language."""
    return {
        "system": translate("Theme", "Same as the system"),
        "light": translate("Theme", "Light"),
        "dark": translate("Theme", "Dark"),
    }


# Each text colour is at least 4.5:1 on the background it is drawn on (WCAG 2 AA, checked
# by tests/ui/test_theme.py); disabled text is exempt but still readable (about 3:1).
LIGHT: dict[R, str] = {
    R.Window: "#f4f4f4",
    R.WindowText: "#1b1b1b",
    R.Base: "#ffffff",
    R.AlternateBase: "#f0f2f5",
    R.Text: "#1b1b1b",
    R.PlaceholderText: "#636363",
    R.Button: "#e9e9e9",
    R.ButtonText: "#1b1b1b",
    R.BrightText: "#ffffff",
    R.Highlight: "#1d5fb4",
    R.HighlightedText: "#ffffff",
    R.ToolTipBase: "#fffbe0",
    R.ToolTipText: "#1b1b1b",
    R.Link: "#0b54a3",
    R.LinkVisited: "#6a3b97",
    R.Light: "#ffffff",
    R.Midlight: "#f0f0f0",
    R.Mid: "#b8b8b8",
    R.Dark: "#9a9a9a",
    R.Shadow: "#6e6e6e",
}
DARK: dict[R, str] = {
    R.Window: "#2a2a2c",
    R.WindowText: "#ececec",
    R.Base: "#1e1e20",
    R.AlternateBase: "#262629",
    R.Text: "#ececec",
    R.PlaceholderText: "#a3a3a3",
    R.Button: "#38383b",
    R.ButtonText: "#ececec",
    R.BrightText: "#ffffff",
    R.Highlight: "#2c66b0",
    R.HighlightedText: "#ffffff",
    R.ToolTipBase: "#3b3b3f",
    R.ToolTipText: "#ececec",
    R.Link: "#8ab8ff",
    R.LinkVisited: "#c6a0ff",
    R.Light: "#4a4a4e",
    R.Midlight: "#3e3e42",
    R.Mid: "#2f2f32",
    R.Dark: "#1a1a1c",
    R.Shadow: "#0c0c0d",
}
DISABLED_TEXT = {"light": "#7f7f7f", "dark": "#858585"}
# Which text roles sit on which background (for the contrast test and for disabled colours).
TEXT_ON = {
    R.WindowText: R.Window,
    R.Text: R.Base,
    R.PlaceholderText: R.Base,
    R.ButtonText: R.Button,
    R.HighlightedText: R.Highlight,
    R.ToolTipText: R.ToolTipBase,
    R.Link: R.Base,
    R.LinkVisited: R.Base,
}


def palette(scheme: str) -> QPalette:
    """A complete palette for "light" or "dark": all roles in all colour groups."""
    colours = DARK if scheme == "dark" else LIGHT
    result = QPalette()
    for role, value in colours.items():
        result.setColor(role, QColor(value))
    if hasattr(R, "Accent"):
        result.setColor(R.Accent, QColor(colours[R.Highlight]))
    disabled = QColor(DISABLED_TEXT["dark" if scheme == "dark" else "light"])
    for role in (R.WindowText, R.Text, R.ButtonText, R.PlaceholderText):
        result.setColor(G.Disabled, role, disabled)
    result.setColor(G.Disabled, R.Highlight, QColor(colours[R.Mid]))
    return result


def system_scheme() -> str:
    """ "dark" or "light" as the platform reports it; from its palette when it says nothing."""
    reported = QGuiApplication.styleHints().colorScheme()
    if reported == Qt.ColorScheme.Dark:
        return "dark"
    if reported == Qt.ColorScheme.Light:
        return "light"
    native = _native_palette()
    return "dark" if native.color(R.Window).lightness() < 128 else "light"


def _native_palette() -> QPalette:
    app = QApplication.instance()
    stored = app.property("peerdesk_native_palette") if app is not None else None
    return stored if isinstance(stored, QPalette) else QGuiApplication.palette()


def _remember_native(app: QApplication) -> None:
    """Before the first change: the platform's own style and palette, to go back to."""
    if app.property("peerdesk_native_style") is None:
        app.setProperty("peerdesk_native_style", app.style().name())
        app.setProperty("peerdesk_native_palette", QPalette(app.palette()))


def apply_theme(app: QApplication, theme: str) -> str:
    """Apply "system", "light" or "dark"; returns the scheme now in use ("light"/"dark")."""
    _remember_native(app)
    hints = QGuiApplication.styleHints()
    wanted = {"dark": Qt.ColorScheme.Dark, "light": Qt.ColorScheme.Light}
    hints.setColorScheme(wanted.get(theme, Qt.ColorScheme.Unknown))  # title bars, where honoured
    if theme in ("light", "dark"):
        _use(app, "Fusion", palette(theme))
        return theme
    scheme = system_scheme()
    native_scheme = "dark" if _native_palette().color(R.Window).lightness() < 128 else "light"
    if scheme == native_scheme:
        _use(app, str(app.property("peerdesk_native_style")), _native_palette())
    else:  # the platform says dark but its style draws light (or the reverse): use ours
        _use(app, "Fusion", palette(scheme))
    return scheme


def _use(app: QApplication, style_name: str, colours: QPalette) -> None:
    # Either style keeps PeerDesk's spacing scale (ui/shared/spacing.py).
    wrapper = OutlinedStyle if style_name.lower() == "fusion" else SpacedStyle
    current = app.style()
    if type(current) is not wrapper or current.name().lower() != style_name.lower():
        style = QStyleFactory.create(style_name)
        if style is not None:
            app.setStyle(wrapper(style))
    app.setPalette(colours)
    _recolour_links()
    retint_all()  # icons given by set_icon take the new text colour


def _recolour_links() -> None:
    """Links in rich-text labels keep the colour of the palette they were set under (Qt
    resolves it when the text is set): set their text again, so a link on a dark window is
    not dark blue."""
    # From the top-level windows down, never allWidgets(): that list may hold a label Qt is
    # already destroying (deleteLater), and reading its text crashed the process.
    for window in QApplication.topLevelWidgets():
        if not shiboken6.isValid(window):
            continue
        for label in window.findChildren(QLabel):
            if shiboken6.isValid(label) and "<a " in label.text():
                text = label.text()
                label.clear()  # setText() of the same text does nothing
                label.setText(text)


class OutlinedStyle(SpacedStyle):
    """Fusion, with check boxes and radio buttons outlined at 3:1 or more (WCAG 1.4.11).

    Fusion draws their edge a shade darker than the window, which all but vanishes on a dark
    window (and is faint on a light one).
    """

    def name(self) -> str:
        return "fusion"  # still Fusion to everyone who asks

    def drawPrimitive(self, element, option, painter, widget=None):
        super().drawPrimitive(element, option, painter, widget)
        if element not in (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        ):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(option.palette.color(R.PlaceholderText), 1.2))
        box = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()


def follow_system_changes(app: QApplication, current_theme: object) -> None:
    """While "system" is chosen, a change of the desktop's scheme is followed at once."""

    def changed(_scheme: Qt.ColorScheme) -> None:
        theme = current_theme() if callable(current_theme) else current_theme
        if theme == "system":
            apply_theme(app, "system")

    QGuiApplication.styleHints().colorSchemeChanged.connect(changed)
