"""Work around a reference-count bug in PySide6 6.12.0 (measured with Python 3.11.7).

`SignalInstance.emit()` returns `True` without giving the caller a new reference, so every
signal emitted from Python code takes one reference away from `True`. After a few hundred
emits (a search, a page of thumbnails, an import's progress events) CPython frees the
`True` singleton and aborts: "Fatal Python error: bool_dealloc: deallocating True or False".

Python 3.12+ makes these singletons immortal, so the bug is harmless there. On 3.11 we give
them a huge reference count once, at import: a missing decref can then never free them,
and an extra one is harmless. Reproduce with tests/ui/test_pyside_fix.py.
"""

from __future__ import annotations

import ctypes
import sys

_PINNED = False
_EXTRA_REFS = 1 << 40


def pin_singletons() -> None:
    global _PINNED
    if _PINNED or sys.version_info >= (3, 12) or not hasattr(sys, "getrefcount"):
        return
    for obj in (True, False, None):
        # ob_refcnt is the first field of every object in release builds of CPython.
        ctypes.c_ssize_t.from_address(id(obj)).value += _EXTRA_REFS
    _PINNED = True


pin_singletons()
