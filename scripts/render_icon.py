"""Render assets/icons/real-desktop.svg to PNG with Qt's SVG renderer (no extra tools).

    .venv/bin/python scripts/render_icon.py          # writes assets/icons/real-desktop.png (256 px)
    .venv/bin/python scripts/render_icon.py 16 32 64  # also real-desktop-16.png, … for checking

Runs headless (QT_QPA_PLATFORM=offscreen unless a platform is set).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "assets" / "icons" / "real-desktop.svg"


def render(size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)  # the tile has rounded corners
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"could not write {out}")
    print(f"{out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}: {size}x{size}")


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    render(256, SVG.with_suffix(".png"))
    for size in (int(a) for a in argv):
        render(size, SVG.with_name(f"{SVG.stem}-{size}.png"))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
