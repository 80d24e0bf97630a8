"""The Qt-free core: library database, import and extraction, search, notes, policy.

Nothing under this package may import PySide6 (tests/core/test_no_qt.py enforces it).
"""
