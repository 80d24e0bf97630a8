"""PyInstaller runtime hook: where Qt finds its plugins in the bundle, without loading Qt.

Replaces PyInstaller's own pyi_rth_pyside6 (build.spec swaps it out), which imports
PySide6.QtCore at the start of every process to write an embedded qt.conf: ~40 ms of
shiboken6 and QtCore on every `real-desktop search`, which never shows a window. The
PySide6 wheels make themselves relocatable when they are imported, so only the
environment variables that hook set are needed (benchmarks/bundle.py, docs/PERFORMANCE.md).
"""

import os
import sys


def _point_qt_at_bundle() -> None:
    base = getattr(sys, "_MEIPASS", None)
    if not base:
        return
    qt = os.path.join(base, "PySide6") if sys.platform.startswith("win") else os.path.join(base, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt, "qml")
    if sys.platform.startswith("win"):  # QtNetwork's OpenSSL DLLs, as PyInstaller's hook does
        os.environ["PATH"] = base + os.pathsep + os.environ.get("PATH", "")


_point_qt_at_bundle()
