"""SVG icons tinted with the palette's text colour, so they follow light and dark themes."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from peerdesk.core.content import resource_path

_SIZES = (16, 24, 32, 48, 64)
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


def icon(name: str) -> QIcon:
    """A QIcon with crisp pixmaps at several sizes (HiDPI) in the current text colour."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    svg = _svg_text(name).replace("currentColor", colour)
    result = QIcon()
    for size in _SIZES:
        result.addPixmap(_render(svg, size))
    return result


def app_icon() -> QIcon:
    return icon("peerdesk")
