"""Callbacks that outlive their widget.

A background task may finish after the widget that asked for it was closed and deleted
(a window closed mid-search). Calling into the deleted C++ object raises; the result is
simply no longer wanted, so such callbacks are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def while_alive(owner: QObject, fn: Callable[..., Any]) -> Callable[..., Any]:
    """`fn`, but doing nothing once `owner`'s C++ object has been deleted."""

    def call(*args: Any) -> Any:
        if shiboken6.isValid(owner):
            return fn(*args)
        return None

    return call
