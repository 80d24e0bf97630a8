"""The Settings dialog's list of watched folders: add (through the guarded folder
dialog) and remove. Changes are written at once (one small row each)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from real_desktop.core.textutil import display_path
from real_desktop.ui import guarded
from real_desktop.ui import theme as themes
from real_desktop.ui.actions.registry import ActionRegistry


class WatchedFolders(QWidget):
    def __init__(self, library: Any, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.registry = library, registry
        self.changed = False  # the window re-reads the list (and syncs) when the dialog closes
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Watched folders"))
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 4)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        registry.button("settings.watch_add", self.add_button, self._add, text=True)
        registry.button("settings.watch_remove", self.remove_button, self._remove, text=True)
        self.add_button.setAccessibleName(self.tr("Watch a folder"))
        self.remove_button.setAccessibleName(self.tr("Stop watching the folder"))
        self.list.currentRowChanged.connect(
            lambda row: self.remove_button.setEnabled(row >= 0)
        )
        note = QLabel(self.tr(
            "Files added, changed, moved or deleted in these folders are picked up at start "
            "and while REAL Desktop runs."
        ))  # fmt: skip
        note.setWordWrap(True)
        themes.mute(note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(note)
        self.reload()

    def folders(self) -> list[str]:
        return [str(self.list.item(i).toolTip()) for i in range(self.list.count())]

    def reload(self) -> None:
        self.list.clear()
        for folder in self.library.watch_list():
            self.list.addItem(display_path(folder))
            self.list.item(self.list.count() - 1).setToolTip(folder)
        self.remove_button.setEnabled(False)

    def add_folder(self, folder: str) -> None:
        self.library.watch_add(folder)
        self.changed = True
        self.reload()

    def _add(self) -> None:
        chosen = guarded.folder(self.registry.policy, self, self.tr("Watch a folder"))
        if chosen is not None:
            self.add_folder(str(chosen))

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.library.watch_remove(item.toolTip())
            self.changed = True
            self.reload()
