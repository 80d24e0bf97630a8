"""The Qt layer. Importing it first applies a PySide6 6.12 workaround (see _pyside_fix)."""

from real_desktop.ui import _pyside_fix as _pyside_fix  # noqa: F401  (applied on import)
