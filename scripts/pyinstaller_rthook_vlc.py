"""PyInstaller runtime hook: make python-vlc use the libvlc and plugins inside the bundle.

PyInstaller has no hook for python-vlc. build.spec copies libvlc's plugins to
`<bundle>/vlc/plugins`; without pointing libvlc there, `vlc.Instance()` returns None (no
plugins found). python-vlc reads PYTHON_VLC_LIB_PATH / PYTHON_VLC_MODULE_PATH when it is
imported, libvlc reads VLC_PLUGIN_PATH, so this runs before any application code.
When the bundle carries no plugins (built with REAL_DESKTOP_BUNDLE_VLC=0) nothing is set and
the system's libvlc is used as usual.

Only environment variables are set at start: loading ctypes and libvlccore costs ~10 ms,
which a `real-desktop search` never needs. libvlc.so.5 finds libvlccore.so.9 by soname,
and nothing points the loader at the bundle, so libvlccore is loaded (globally) just before
the first `import vlc`, by a finder that then removes itself. If that fails,
PYTHON_VLC_LIB_PATH is dropped: python-vlc would call sys.exit() on a library it was told
to use and cannot load; without it, it searches the system's libvlc.
"""

from __future__ import annotations

import os
import sys


class _PreloadVlcCore:
    """A meta-path finder that finds nothing: it loads libvlccore when `vlc` is imported."""

    core = ""

    @classmethod
    def find_spec(cls, name: str, path: object = None, target: object = None) -> None:
        if name != "vlc":
            return None
        sys.meta_path.remove(cls)  # type: ignore[arg-type]
        import ctypes

        try:
            ctypes.CDLL(cls.core, mode=ctypes.RTLD_GLOBAL)
        except OSError:
            os.environ.pop("PYTHON_VLC_LIB_PATH", None)
        return None


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
    if os.path.isfile(lib) and os.path.isfile(core):
        os.environ.setdefault("PYTHON_VLC_LIB_PATH", lib)
        _PreloadVlcCore.core = core
        sys.meta_path.insert(0, _PreloadVlcCore)  # type: ignore[arg-type]


_use_bundled_vlc()
