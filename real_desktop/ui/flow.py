"""A layout that places its items in a row and wraps them onto more rows when the row is
too narrow (Qt ships none for widgets; this follows Qt's own "Flow Layout" example).

Its minimum width is its widest item's minimum, so a row of filter chips never makes the
window wider than a 1024 px screen at a large text size; it grows taller instead. Items
given a stretch (`add_widget(w, stretch)`) share each row's spare width by it, so a filter
row still fills the window when it is wide (as a QHBoxLayout with stretches would)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: dict[int, int] = {}  # id(item) -> stretch
        self._gap = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        self.addWidget(widget)
        if stretch:
            self._stretch[id(self._items[-1])] = stretch

    # -- QLayout ---------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._stretch.pop(id(item), None)
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal if self._stretch else Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._gap * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest item alone on a row."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- placing ---------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in `rect` (or only measure); returns the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows: list[list[tuple[QLayoutItem, int]]] = [[]]
        x = area.x()
        for item in self._shown():
            width = min(item.sizeHint().width(), area.width())  # an item wider than a row shrinks
            if x > area.x() and x + width > area.right() + 1:  # no room left on this row
                rows.append([])
                x = area.x()
            rows[-1].append((item, width))
            x += width + self._gap
        y = area.y()
        row_height = 0
        for n, row in enumerate(rows):
            if n:
                y += row_height + self._gap
            row_height = max((i.sizeHint().height() for i, _ in row), default=0)
            if not move:
                continue
            spare = area.width() - sum(w for _, w in row) - self._gap * max(0, len(row) - 1)
            total = sum(self._stretch.get(id(i), 0) for i, _ in row)
            x = area.x()
            for item, width in row:
                if total and spare > 0:
                    width += spare * self._stretch.get(id(item), 0) // total
                item.setGeometry(QRect(QPoint(x, y), QSize(width, item.sizeHint().height())))
                x += width + self._gap
        return y + row_height - rect.y() + m.bottom()
