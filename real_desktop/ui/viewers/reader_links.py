"""The reader's link message bar: why a link was not followed ("needs an internet
connection"), with Copy link for web addresses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from real_desktop.ui import guarded
from real_desktop.ui.actions.registry import ActionRegistry


class LinkBar(QFrame):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        allow_copy_link: bool = True,
        registry: ActionRegistry | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = reg = registry if registry is not None else ActionRegistry()
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
        reg.button("reader.copy_link", self.copy_link_button, self.copy_link)
        self._allow_copy = allow_copy_link
        reg.show(self.copy_link_button, allow_copy_link)
        close = QToolButton(self)
        close.setText("×")
        close.setAccessibleName(self.tr("Dismiss message"))
        reg.button("reader.close_link_bar", close, self.hide)
        bar.addWidget(self.link_message, 1)
        bar.addWidget(self.copy_link_button)
        bar.addWidget(close)
        self.hide()
        self._link_url = ""

    def show_message(self, text: str, *, url: str) -> None:
        self._link_url = url
        self.link_message.setText(text)
        self.copy_link_button.setText(self.tr("Copy link"))
        self.registry.show(self.copy_link_button, bool(url) and self._allow_copy)
        self.show()

    def copy_link(self) -> None:
        if self._link_url and guarded.copy_text(self.registry.policy, self._link_url, link=True):
            self.copy_link_button.setText(self.tr("Copied"))
