"""A stacked widget as wide as the page it shows, not as its widest page ever added.

QStackedWidget asks for the largest minimum of all its pages, so every viewer opened
once (each added to the stack) kept the window wider for the rest of the session.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget


class ShownStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _i: self.updateGeometry())

    def _shown(self) -> QWidget | None:
        return self.currentWidget()

    def sizeHint(self) -> QSize:
        w = self._shown()
        return w.sizeHint().expandedTo(QSize(0, 0)) if w is not None else QSize(0, 0)

    def minimumSizeHint(self) -> QSize:
        w = self._shown()
        if w is None:
            return QSize(0, 0)
        return w.minimumSizeHint().expandedTo(w.minimumSize()).expandedTo(QSize(0, 0))
