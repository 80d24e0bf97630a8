"""The notes panel's header row: the title (elided, never widening the panel), the Add
note split button with its menu, and the ⋯ menu (Export notes…, Pause playback while
writing)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton, QWidget

from real_desktop.core.models import Kind, Resource
from real_desktop.ui.actions.registry import ActionRegistry


class NotesHeader(QObject):
    """Not a widget: its row is a layout inside the panel's, so the panel's geometry is
    the same as when the row was built there. The widgets are the panel's children."""

    def __init__(
        self,
        panel: QWidget,
        add_here: Callable[[], None],
        add_whole: Callable[[], None],
        export: Callable[[], None],
        pause: Callable[[bool], None],
        registry: ActionRegistry,
    ) -> None:
        super().__init__(panel)
        reg = registry
        self.title = QLabel(self.tr("Notes"), panel)
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        # A long resource title is elided, never widening the panel.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title_text = self.tr("Notes")
        # A split button: the click adds a note here (as N does); its menu also offers a
        # note on the whole resource.
        self.add_button = QToolButton(panel)
        self.add_button.setText(self.tr("Add note"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.add_button.setToolTip(self.tr("Add a note here (N in the player)"))
        self.add_button.setAccessibleName(self.tr("Add note"))
        reg.button("notes.add_here", self.add_button, add_here)
        add_menu = QMenu(self.add_button)
        self.add_here_action = reg.action("notes.add_here", add_menu, add_here)
        self.add_whole_action = reg.action("notes.add_whole", add_menu, add_whole)
        add_menu.addActions([self.add_here_action, self.add_whole_action])
        self.add_button.setMenu(add_menu)
        self.menu_button = QToolButton(panel)
        self.menu_button.setText("⋯")
        self.menu_button.setAccessibleName(self.tr("More note actions"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.menu_button)
        self.export_action = reg.action("notes.export", menu, export)
        # Triggered, not toggled: the panel also checks it when the setting is restored.
        self.pause_action = reg.action(
            "notes.pause_while_writing",
            menu,
            lambda: pause(self.pause_action.isChecked()),
            checkable=True,
        )
        self.pause_action.setChecked(True)
        menu.addActions([self.export_action, self.pause_action])
        self.menu_button.setMenu(menu)
        self.row = QHBoxLayout()
        self.row.addWidget(self.title, 1)
        self.row.addWidget(self.add_button)
        self.row.addWidget(self.menu_button)

    def set_title(self, text: str, tooltip: str) -> None:
        self.title_text = text
        self.elide()
        self.title.setToolTip(tooltip)

    def elide(self) -> None:
        width = max(40, self.title.width())
        self.title.setText(
            self.title.fontMetrics().elidedText(self.title_text, Qt.TextElideMode.ElideRight, width)
        )

    def update_for(self, r: Resource | None, missing: bool) -> None:
        """Name the Add note choices after what is open: a moment, a page or a section."""
        if r is None:
            here, whole = self.tr("Note at this place"), self.tr("Note on the whole resource")
        elif r.kind is Kind.DOCUMENT:
            whole = self.tr("Note on the whole document")
            fmt = (r.format or Path(r.path or "").suffix.lstrip(".")).lower()
            here = self.tr("Note on this page") if fmt == "pdf" else self.tr("Note on this section")
        else:
            here = self.tr("Note at this moment")
            whole = (
                self.tr("Note on the whole recording")
                if r.kind is Kind.AUDIO
                else self.tr("Note on the whole video")
            )
        self.add_here_action.setText(here)
        self.add_whole_action.setText(whole)
        # Without the media there is no moment or page: the click notes the whole resource.
        self.add_here_action.setEnabled(r is not None and not missing)
        self.add_whole_action.setEnabled(r is not None)
        self.add_button.setToolTip(
            self.tr("Add a note on the whole resource")
            if missing
            else self.tr("Add a note here (N in the player); the arrow offers more")
        )
