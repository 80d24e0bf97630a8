"""An empty state that never clips (issue 15): a list's "No notes yet — press …" words,
word-wrapped and centred, in a scroll area. At 200 % text in a narrow side panel the
words can be taller than the panel; they scroll instead of losing their last line.

The area takes keyboard focus only while there is something to scroll, so at normal
sizes it adds no Tab stop; `setText()`/`text()` are the label's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget


class EmptyState(QScrollArea):
    def __init__(self, name: str, parent: QWidget | None = None, margin: int = 16) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(name)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMargin(margin)
        self.label.setAccessibleDescription(name)
        # The label draws on the list's background, not the scroll area's window colour.
        self.viewport().setAutoFillBackground(False)
        self.label.setAutoFillBackground(False)
        self.setWidget(self.label)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalScrollBar().rangeChanged.connect(self._scrollable)

    def _scrollable(self, _low: int, high: int) -> None:
        # A keyboard user reaches words that do not fit; otherwise no useless Tab stop.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if high > 0 else Qt.FocusPolicy.NoFocus)

    def setText(self, text: str) -> None:  # noqa: N802 - QLabel's API
        self.label.setText(text)
        self.setAccessibleDescription(text)

    def text(self) -> str:
        return self.label.text()
