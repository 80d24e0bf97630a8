"""Render the app icon (assets/icons/real-desktop.svg) into packaging/icons/hicolor/ in the
freedesktop sizes, for the .desktop file and AppStream (scripts/install-terminal.sh installs
them). Re-run after changing the SVG:

    .venv/bin/python scripts/make_packaging_icons.py
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_icon import ROOT, SVG, render  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HICOLOR = ROOT / "packaging" / "icons" / "hicolor"
NAME = "real-desktop"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    for size in SIZES:
        out = HICOLOR / f"{size}x{size}" / "apps" / f"{NAME}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        render(size, out)
    scalable = HICOLOR / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
