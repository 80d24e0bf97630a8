"""The picture and the transcript side by side when there is room for both, one above the
other when there is not (a 1024 px projector at a large text size, beside the notes).

Its minimum width is the stacked one — the wider pane's — so the player never makes the
window wider than the screen; side by side is chosen whenever the width holds both panes'
minimums.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


def _min_size(w: QWidget) -> QSize:
    """What a layout gives a widget at least (Qt's qSmartMinSize, simplified)."""
    hint = w.minimumSizeHint()
    explicit = w.minimumSize()
    return QSize(max(hint.width(), explicit.width()), max(hint.height(), explicit.height()))


class AdaptiveSplitter(QSplitter):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._shares = (3, 2)  # the picture gets the larger part in either direction

    def _shown(self) -> list[QWidget]:
        return [w for i in range(self.count()) if not (w := self.widget(i)).isHidden()]

    def side_by_side_width(self) -> int:
        """The width both panes need next to each other."""
        shown = self._shown()
        return sum(_min_size(w).width() for w in shown) + self.handleWidth() * max(
            0, len(shown) - 1
        )

    def minimumSizeHint(self) -> QSize:
        shown = self._shown()
        if len(shown) < 2:
            return super().minimumSizeHint()
        sizes = [_min_size(w) for w in shown]
        width = max(s.width() for s in sizes)
        height = max(s.height() for s in sizes)
        if self.orientation() is Qt.Orientation.Vertical:
            height = sum(s.height() for s in sizes) + self.handleWidth()
        return QSize(width, height)

    def resizeEvent(self, e: QResizeEvent) -> None:
        self.fit(e.size().width())
        super().resizeEvent(e)

    def fit(self, width: int) -> None:
        """Choose the direction for this width."""
        wanted = (
            Qt.Orientation.Horizontal
            if width >= self.side_by_side_width()
            else Qt.Orientation.Vertical
        )
        if wanted is self.orientation():
            return
        self.setOrientation(wanted)
        total = width if wanted is Qt.Orientation.Horizontal else self.height()
        a, b = self._shares
        self.setSizes([total * a // (a + b), total * b // (a + b)])
        self.updateGeometry()  # the minimum height changed with the direction
