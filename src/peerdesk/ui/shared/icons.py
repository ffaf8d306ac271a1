"""SVG icons tinted with the palette's text colour, re-tinted at once when the theme changes."""

from __future__ import annotations

from functools import cache
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from peerdesk.core.content import resource_path

# Pixel sizes rendered from the SVG: the usual icon sizes at 1× and at 2× (a 48 px icon at 2×
# needs 96 px), so Qt picks a pixmap at least as large as it draws and never scales one up.
_SIZES = (16, 22, 24, 32, 44, 48, 64, 96, 128)
_ICON_DIR = resource_path("icons")


@cache
def _svg_text(name: str) -> str:
    return (_ICON_DIR / f"{name}.svg").read_text(encoding="utf-8")


def _render(svg: str, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


@cache
def _tinted(name: str, colour: str) -> QIcon:
    svg = _svg_text(name).replace("currentColor", colour)
    result = QIcon()
    for size in _SIZES:
        result.addPixmap(_render(svg, size))
    return result


def icon(name: str) -> QIcon:
    """A QIcon with crisp pixmaps at several sizes (HiDPI) in the current text colour.

    It keeps this colour: for an icon that follows the theme, use `set_icon`.
    """
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return QIcon(_tinted(name, colour))


def app_icon() -> QIcon:
    return icon("peerdesk")


def set_icon(target: Any, name: str) -> None:
    """Give `target` (a QAction, a button, a list item: anything with setIcon) the icon `name`,
    now and again after every theme change. Calling it again replaces the earlier name."""
    target.setIcon(icon(name))
    _Retinter.instance().follow(target, name)


class _Retinter(QObject):
    """Watches the application for a new palette and re-tints every icon given by `set_icon`.

    One watcher for the whole application: widgets only hear about palette changes when they
    are visible or asked, menus and list items not at all.
    """

    _current: _Retinter | None = None

    def __init__(self, app: QObject) -> None:
        super().__init__(app)
        self._targets: dict[int, tuple[Any, str]] = {}
        app.installEventFilter(self)

    @classmethod
    def instance(cls) -> _Retinter:
        app = QGuiApplication.instance()
        assert app is not None, "icons are made after the application"
        current = cls._current
        if current is None or not shiboken6.isValid(current) or current.parent() is not app:
            cls._current = current = cls(app)
        return current

    def follow(self, target: Any, name: str) -> None:
        self._targets[id(target)] = (target, name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and watched is self.parent():
            self.retint()
        return False

    def retint(self) -> None:
        for key, (target, name) in list(self._targets.items()):
            if shiboken6.isValid(target):
                target.setIcon(icon(name))
            else:  # its widget is gone: forget it
                del self._targets[key]
