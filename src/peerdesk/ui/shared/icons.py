"""SVG icons tinted with the palette's text colour, re-tinted at once when the theme changes."""

from __future__ import annotations

from functools import cache
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleOption

from peerdesk.core.content import resource_path

# The usual icon sizes at 1× and 2×, as the sizes an icon says it has; any size asked for is
# rendered from the SVG at its device pixels, so Qt never scales a pixmap up.
_SIZES = (16, 22, 24, 32, 44, 48, 64, 96, 128)
_ICON_DIR = resource_path("icons")
_CLONES: list[QIconEngine] = []


@cache
def _svg_text(name: str) -> str:
    return (_ICON_DIR / f"{name}.svg").read_text(encoding="utf-8")


def _render(svg: bytes, width: int, height: int) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


class _SvgEngine(QIconEngine):
    """Renders the tinted SVG at exactly the size and pixel ratio asked for, when first asked.

    Rendering nine sizes of every icon up front cost ~4 ms an icon at start; most are never
    drawn at most of those sizes.
    """

    def __init__(self, svg: bytes, rendered: dict[tuple[int, int, int], QPixmap]) -> None:
        super().__init__()
        self._svg = svg
        self._rendered = rendered  # shared with clones: same SVG, same pixels

    def clone(self) -> QIconEngine:
        """Qt clones the engine when a copy of an icon is changed, and then owns the clone.

        The Python side must keep the clone alive (or it would be freed under Qt); once Qt
        has deleted it, shiboken marks it invalid and it is dropped here.
        """
        _CLONES[:] = [engine for engine in _CLONES if shiboken6.isValid(engine)]
        twin = _SvgEngine(self._svg, self._rendered)
        _CLONES.append(twin)
        return twin

    def actualSize(self, size: QSize, _mode: QIcon.Mode, _state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())  # the icons are square
        return QSize(side, side)

    def availableSizes(
        self,
        _mode: QIcon.Mode = QIcon.Mode.Normal,
        _state: QIcon.State = QIcon.State.Off,
    ) -> list[QSize]:
        return [QSize(side, side) for side in _SIZES]

    def isNull(self) -> bool:
        return False

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        side = min(size.width(), size.height())
        pixels = max(1, round(side * max(scale, 1.0)))
        key = (pixels, mode.value, int(state.value))
        found = self._rendered.get(key)
        if found is None:
            found = QPixmap.fromImage(_render(self._svg, pixels, pixels))
            if mode in (QIcon.Mode.Disabled, QIcon.Mode.Selected):
                found = _styled(mode, found)  # greyed or highlighted, as the style draws it
            self._rendered[key] = found
        result = QPixmap(found)
        result.setDevicePixelRatio(pixels / side if side else 1.0)
        return result

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))


def _styled(mode: QIcon.Mode, pixmap: QPixmap) -> QPixmap:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return pixmap
    option = QStyleOption()
    option.palette = app.palette()
    return app.style().generatedIconPixmap(mode, pixmap, option)


@cache
def _tinted(name: str, colour: str) -> QIcon:
    svg = _svg_text(name).replace("currentColor", colour).encode("utf-8")
    return QIcon(_SvgEngine(svg, {}))


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


def retint_all() -> None:
    """Re-tint every icon given by `set_icon` in the palette now in use (the theme calls this
    right after it sets a palette)."""
    current = _Retinter._current
    if current is not None and shiboken6.isValid(current):
        current.retint()


class _Retinter(QObject):
    """Every icon given by `set_icon`, to re-tint when the theme changes.

    One list for the whole application: widgets only hear about palette changes when they are
    visible or asked, menus and list items not at all. It is told by the theme rather than
    filtering the application's events: an application-wide filter runs Python for every
    event of every widget (hundreds while the dashboard opens).
    """

    _current: _Retinter | None = None

    def __init__(self, app: QObject) -> None:
        super().__init__(app)
        self._targets: dict[int, tuple[Any, str]] = {}

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

    def retint(self) -> None:
        for key, (target, name) in list(self._targets.items()):
            if shiboken6.isValid(target):
                target.setIcon(icon(name))
            else:  # its widget is gone: forget it
                del self._targets[key]
