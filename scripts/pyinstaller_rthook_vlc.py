"""PyInstaller runtime hook: make python-vlc use the libvlc and plugins inside the bundle.

PyInstaller has no hook for python-vlc. build.spec copies libvlc's plugins to
`<bundle>/vlc/plugins`; without pointing libvlc there, `vlc.Instance()` returns None (no
plugins found). python-vlc reads PYTHON_VLC_LIB_PATH / PYTHON_VLC_MODULE_PATH when it is
imported, libvlc reads VLC_PLUGIN_PATH, so this runs before any application code.
When the bundle carries no plugins (built with REAL_DESKTOP_BUNDLE_VLC=0) nothing is set and
the system's libvlc is used as usual.
"""

from __future__ import annotations

import ctypes
import os
import sys


def _use_bundled_vlc() -> None:
    bundle = getattr(sys, "_MEIPASS", None)
    if not bundle:
        return
    plugins = os.path.join(bundle, "vlc", "plugins")
    if not os.path.isdir(plugins):
        return
    os.environ.setdefault("VLC_PLUGIN_PATH", plugins)
    os.environ.setdefault("PYTHON_VLC_MODULE_PATH", plugins)
    core = os.path.join(bundle, "libvlccore.so.9")
    lib = os.path.join(bundle, "libvlc.so.5")
    if os.path.isfile(lib):
        # libvlc.so.5 needs libvlccore.so.9 by soname; loading it first (globally) means the
        # dynamic loader finds it already resident instead of searching system paths.
        if os.path.isfile(core):
            try:
                ctypes.CDLL(core, mode=ctypes.RTLD_GLOBAL)
            except OSError:
                return  # leave python-vlc to its own search (system libvlc)
        os.environ.setdefault("PYTHON_VLC_LIB_PATH", lib)


_use_bundled_vlc()
