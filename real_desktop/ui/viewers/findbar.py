"""The find-in-document bar shared by the PDF and reader views."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from real_desktop.ui.actions.registry import ActionRegistry


class FindBar(QWidget):
    """A search field with previous/next buttons and a "3 of 12" counter.

    The bar only reports what the user wants (search text, next, previous, close); the
    view that owns it does the finding and calls set_status().
    """

    searchChanged = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, registry: ActionRegistry | None = None
    ) -> None:
        super().__init__(parent)
        reg = registry if registry is not None else ActionRegistry()
        self.setAccessibleName(self.tr("Find in document"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(4)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find in document"))
        self.field.setAccessibleName(self.tr("Find text"))
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(420)
        self.field.textChanged.connect(self.searchChanged)
        self.field.returnPressed.connect(self._on_return)
        self.prev_button = QToolButton(self)
        self.prev_button.setText(self.tr("Previous"))
        self.prev_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.prev_button.setAccessibleName(self.tr("Previous match"))
        reg.button("find.previous", self.prev_button, self.previousRequested.emit)
        self.next_button = QToolButton(self)
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        reg.button("find.next", self.next_button, self.nextRequested.emit)
        self.status = QLabel(self)
        self.status.setAccessibleDescription(self.tr("Matches"))
        self.status.setMinimumWidth(90)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Close find bar (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        reg.button("find.close", self.close_button, self.close_bar)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.close_button)

    @property
    def text(self) -> str:
        return self.field.text()

    def open_bar(self, text: str | None = None) -> None:
        if text is not None and text != self.field.text():
            self.field.setText(text)
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def set_text_silently(self, text: str) -> None:
        """Show `text` without emitting searchChanged (the view already searched)."""
        self.field.blockSignals(True)
        self.field.setText(text)
        self.field.blockSignals(False)

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def set_status(self, current: int, total: int, *, searching: bool = False) -> None:
        """current is 1-based; 0 means no current match."""
        if not self.field.text():
            self.status.setText("")
        elif total == 0:
            self.status.setText(self.tr("Searching…") if searching else self.tr("No matches"))
        elif current > 0:
            self.status.setText(
                self.tr("%1 of %2").replace("%1", str(current)).replace("%2", str(total))
            )
        else:
            self.status.setText(self.tr("%1 matches").replace("%1", str(total)))

    def _on_return(self) -> None:
        # Shift+Return goes backwards, as in browsers.
        from PySide6.QtWidgets import QApplication

        if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.previousRequested.emit()
        else:
            self.nextRequested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
