"""The reader's link message bar: why a link was not followed ("needs an internet
connection"), with Copy link for web addresses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class LinkBar(QFrame):
    def __init__(self, parent: QWidget | None = None, *, allow_copy_link: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("linkBar")
        self.setAccessibleName(self.tr("Link message"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(8, 4, 8, 4)
        self.link_message = QLabel(self)
        self.link_message.setWordWrap(True)
        self.link_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_link_button = QPushButton(self.tr("Copy link"), self)
        self.copy_link_button.setAccessibleName(self.tr("Copy link"))
        self.copy_link_button.clicked.connect(self.copy_link)
        self.copy_link_button.setVisible(allow_copy_link)
        self._allow_copy = allow_copy_link
        close = QToolButton(self)
        close.setText("×")
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self.hide)
        bar.addWidget(self.link_message, 1)
        bar.addWidget(self.copy_link_button)
        bar.addWidget(close)
        self.hide()
        self._link_url = ""

    def show_message(self, text: str, *, url: str) -> None:
        self._link_url = url
        self.link_message.setText(text)
        self.copy_link_button.setText(self.tr("Copy link"))
        self.copy_link_button.setVisible(bool(url) and self._allow_copy)
        self.show()

    def copy_link(self) -> None:
        if self._link_url:
            QGuiApplication.clipboard().setText(self._link_url)
            self.copy_link_button.setText(self.tr("Copied"))
