"""The "Note deleted. Undo" bar of the notes panel; it hides itself after a while."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from real_desktop.ui.actions.registry import ActionRegistry

UNDO_BAR_MS = 8000


class UndoBar(QFrame):
    undoRequested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        registry: ActionRegistry | None = None,
    ) -> None:
        super().__init__(parent)
        reg = registry if registry is not None else ActionRegistry()
        self.setObjectName("notesUndoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_label = QLabel(self.tr("Note deleted."), self)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setAccessibleName(self.tr("Undo delete"))
        reg.button("notes.undo_delete", self.undo_button, self.undoRequested.emit)
        ub = QHBoxLayout(self)
        ub.setContentsMargins(8, 4, 4, 4)
        ub.addWidget(self.undo_label, 1)
        ub.addWidget(self.undo_button)
        self.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UNDO_BAR_MS)
        self.timer.timeout.connect(self.hide)

    def show_deleted(self, label: str | None) -> None:
        self.undo_label.setText(
            self.tr("Note at %1 deleted.").replace("%1", label) if label else self.tr("Note deleted.")
        )
        self.show()
        self.timer.start()

    def dismiss(self) -> None:
        self.hide()
        self.timer.stop()
