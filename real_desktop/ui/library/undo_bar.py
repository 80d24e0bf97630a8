"""The bar under the library after a removal: what was removed, and Undo (Ctrl+Z)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from real_desktop.ui.actions.registry import ActionRegistry


class UndoBar(QFrame):
    def __init__(
        self, registry: ActionRegistry, undo: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Undo removal"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.undo_button = QPushButton()
        registry.button("library.undo_remove", self.undo_button, undo, text=True)
        close = QToolButton()
        close.setText("×")
        close.setAccessibleName(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        row.addWidget(close)
        self.hide()

    def offer(self, text: str) -> None:
        self.label.setText(text)
        self.show()
