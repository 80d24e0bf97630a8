"""Where REAL Desktop keeps its data, and where the bundled assets are.

Nothing assumes a writable home: REAL_DESKTOP_HOME overrides the data directory (tests,
portable installs on a USB stick, kiosk profiles).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "REAL Desktop"


def data_home() -> Path:
    """The directory holding library.db, thumbnails/ and backups/ (created if needed)."""
    env = os.environ.get("REAL_DESKTOP_HOME")
    if env:
        home = Path(env).expanduser()
    else:
        import platformdirs

        home = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    home.mkdir(parents=True, exist_ok=True)
    return home


def project_root() -> Path:
    """Root holding assets/ and media/: the source checkout, or PyInstaller's bundle dir."""
    env = os.environ.get("REAL_DESKTOP_ASSETS")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def assets_dir() -> Path:
    return project_root() / "assets"


def media_dir() -> Path:
    return project_root() / "media"
