"""Render the PeerDesk SVG icon to the PNG sizes desktops want, plus .ico and .icns, with Qt."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "peerdesk.svg"
APP_ID = "org.peerdesk.PeerDesk"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int) -> object:
    """One square, transparent PNG-ready QImage of the icon at `size` pixels."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def make_icons(svg: Path, out: Path) -> list[Path]:
    """Write the freedesktop hicolor tree, peerdesk.ico (Windows) and peerdesk.icns (macOS)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    written: list[Path] = []
    for size in SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        _save(render(svg, size), target)
        written.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    for name, size in (("peerdesk.ico", 256), ("peerdesk.icns", 512)):
        _save(render(svg, size), out / name)
        written.append(out / name)
    return written


def _save(image: object, target: Path) -> None:
    if not image.save(str(target)):  # type: ignore[attr-defined]
        raise SystemExit(f"could not write {target} (is the Qt image plugin missing?)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--svg", type=Path, default=SVG, help="source SVG (default: the app icon)")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons", help="output folder")
    args = parser.parse_args(argv)
    for path in make_icons(args.svg, args.out):
        print(path.relative_to(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
