"""The line above the player: the recording's title, and a message under it (an error,
the backend notice, "Linked 2 more recordings.")."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlayerHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(self)
        self.title_label.setAccessibleDescription(self.tr("Title"))
        self.title_label.setWordWrap(True)
        f = self.title_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.25)
        f.setBold(True)
        self.title_label.setFont(f)
        self.message_label = QLabel(self)  # errors and the backend notice
        self.message_label.setAccessibleDescription(self.tr("Player message"))
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        hl = QVBoxLayout(self)
        hl.setContentsMargins(8, 6, 8, 2)
        hl.addWidget(self.title_label)
        hl.addWidget(self.message_label)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("error", error)
        self.message_label.setStyleSheet("color: #c0392b;" if error else "")
        self.message_label.show()

    def hide_message(self, notice: str | None) -> None:
        """Back to the standing notice, if there is one."""
        if notice:
            self.show_message(notice)
        else:
            self.message_label.hide()
