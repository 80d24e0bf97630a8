"""Full screen for the player's stage, without reparenting it: a reparented native video
window gets a new id and libvlc would lose it. Every sibling on the way up to the window
is hidden instead, and shown again on leaving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


class FullScreen:
    def __init__(self, stage: QWidget) -> None:
        self.stage = stage
        self._hidden: list[QWidget] = []
        self._full = False
        self._was_maximized = False

    def is_active(self) -> bool:
        return self._full

    def enter(self) -> None:
        if self._full:
            return
        win = self.stage.window()
        w: QWidget = self.stage
        hidden: list[QWidget] = []
        while w is not win and w.parentWidget() is not None:
            parent = w.parentWidget()
            for sib in parent.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            ):
                if sib is not w and sib.isVisible() and not sib.isWindow():
                    sib.hide()
                    hidden.append(sib)
            w = parent
        self._hidden = hidden
        self._full = True
        self._was_maximized = win.isMaximized()
        win.showFullScreen()

    def leave(self) -> None:
        if not self._full:
            return
        self._full = False
        for w in reversed(self._hidden):
            w.show()
        self._hidden = []
        win = self.stage.window()
        if self._was_maximized:
            win.showMaximized()
        else:
            win.showNormal()
