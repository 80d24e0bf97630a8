"""The notes panel's header row: the title (never widening the panel), the Add note split
button with its menu, and the ⋯ menu (Export notes…, Pause playback while writing).

The title sits beside the buttons while it fits there; when it does not (a long title, a
narrow panel, a large text size) it moves onto its own line above them, wrapped onto at
most two lines (the resource's title alone: the buttons say what the panel is) and elided
at the end of the second, the full title in its tooltip. (Beside
the buttons at 24 pt it used to be cut down to a bare "…".)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.models import Kind, Resource
from real_desktop.ui.actions.registry import ActionRegistry

MAX_LINES = 2  # of a title on its own line


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
        # A long resource title wraps or is elided, never widening the panel.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.panel = panel
        self.title_text = self.tr("Notes")
        self._tooltip = ""
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
        self.line = QHBoxLayout()  # [title] Add note ⋯
        self.line.addWidget(self.title, 1)
        self.line.addWidget(self.add_button)
        self.line.addWidget(self.menu_button)
        self.row = QVBoxLayout()
        self.row.setSpacing(2)
        self.row.addLayout(self.line)
        self.stacked = False

    def set_title(self, text: str, tooltip: str) -> None:
        self.title_text = text
        self._tooltip = tooltip
        self.elide()

    def _width(self) -> int:
        """The header's width (from the panel's, not the title's own, which depends on
        where the title is)."""
        lay = self.panel.layout()
        m = lay.contentsMargins() if lay is not None else None
        return self.panel.width() - (m.left() + m.right() if m else 0)

    def _room_beside(self) -> int:
        buttons = self.add_button.sizeHint().width() + self.menu_button.sizeHint().width()
        return self._width() - buttons - 2 * max(0, self.line.spacing())

    def _place(self, stacked: bool) -> None:
        if stacked == self.stacked:
            return
        self.stacked = stacked
        if stacked:
            self.line.removeWidget(self.title)
            self.line.insertStretch(0, 1)  # the buttons stay on the right
            self.row.insertWidget(0, self.title)
        else:
            self.row.removeWidget(self.title)
            self.line.takeAt(0)  # that stretch
            self.line.insertWidget(0, self.title, 1)

    def elide(self) -> None:
        fm = self.title.fontMetrics()
        fits = fm.horizontalAdvance(self.title_text) <= self._room_beside()
        self._place(not fits and self.panel.width() > 0)
        if self.stacked:  # on its own lines the resource's title alone ("Notes ·" is implied)
            whole = self._tooltip or self.title_text
            shown = self._two_lines(whole, max(40, self._width()), fm)
        else:
            whole = shown = self.title_text
        self.title.setText(shown)
        self.title.setAccessibleName(self.title_text)
        elided = shown.replace("\n", " ") != whole
        self.title.setToolTip(self._tooltip or (self.title_text if elided else ""))

    @staticmethod
    def _two_lines(text: str, width: int, fm: Any) -> str:
        """`text` as at most MAX_LINES word-wrapped lines of `width`, the last elided."""
        lines: list[str] = []
        words = text.split(" ")
        while words and len(lines) < MAX_LINES - 1:
            line = words.pop(0)
            while words and fm.horizontalAdvance(f"{line} {words[0]}") <= width:
                line += " " + words.pop(0)
            if fm.horizontalAdvance(line) > width:  # one word wider than the line
                words.insert(0, line)
                break
            lines.append(line)
        if words:
            lines.append(fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
        return "\n".join(lines)

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
