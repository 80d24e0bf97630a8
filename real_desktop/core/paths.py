"""Where REAL Desktop keeps its data, and where the bundled assets are.

Nothing assumes a writable home: REAL_DESKTOP_HOME overrides the data directory (tests,
kiosk profiles). Portable mode: when the frozen program (the PyInstaller bundle) finds a
file named `portable` beside its executable, the data directory is `data/` beside it, and
`enter_portable_mode` (run by the bundle's runtime hook before anything else) points
caches, configuration and temporary files there too, so a trainer's USB stick carries the
app and its library and the computer it ran on keeps nothing. REAL_DESKTOP_HOME still wins.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "REAL Desktop"
PORTABLE_MARKER = "portable"
PORTABLE_DATA = "data"
# Where, under data/, enter_portable_mode sends each kind of write (fontconfig's and Qt's
# caches, VLC's configuration, Python's and Qt's temporary files).
PORTABLE_ENV = {
    "XDG_CACHE_HOME": "cache",
    "XDG_CONFIG_HOME": "config",
    "XDG_DATA_HOME": "share",
    "XDG_STATE_HOME": "state",
    "TMPDIR": "tmp",
    "TEMP": "tmp",  # Windows
    "TMP": "tmp",
}


def portable_root() -> Path | None:
    """The folder holding the executable when this is a frozen program with a `portable`
    file beside it (a directory of that name does not count), else None."""
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent
    return folder if (folder / PORTABLE_MARKER).is_file() else None


def portable_data() -> Path | None:
    root = portable_root()
    return root / PORTABLE_DATA if root is not None else None


def enter_portable_mode() -> Path | None:
    """In portable mode, create data/ and its cache, config and temp folders and point the
    process's environment at them (children such as import workers inherit it). Returns
    data/, or None when not portable. Safe to call more than once."""
    data = portable_data()
    if data is None:
        return None
    for var, sub in PORTABLE_ENV.items():
        folder = data / sub
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(folder)
    if os.name == "posix":
        # Qt wants a private runtime folder; without one it makes /tmp/runtime-USER.
        runtime = data / "tmp" / "runtime"
        runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(runtime, 0o700)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    import tempfile

    tempfile.tempdir = None  # forget a temp folder chosen before the variables changed
    return data


def data_home(create: bool = True) -> Path:
    """The directory holding library.db, thumbnails/ and backups/ (created if needed, unless
    `create` is False): $REAL_DESKTOP_HOME, else data/ beside a portable bundle, else the
    user data folder."""
    env = os.environ.get("REAL_DESKTOP_HOME")
    portable = None if env else portable_data()
    if env:
        home = Path(env).expanduser()
    elif portable is not None:
        home = portable
    else:
        import platformdirs

        home = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if create:
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
