"""The search field on its own, so the window can show it (and take typing) before the
results panel and its item views are built.

It touches `Qt` only inside its key handlers: creating that namespace costs ~50 ms (94
Python enums) and the window's first paint does not need it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from real_desktop.ui import theme as themes
from real_desktop.ui.placeholder import fit_placeholder


class SearchField(QLineEdit):
    """Esc clears; Down moves into the results; Enter opens the current result."""

    escapePressed = Signal()
    downPressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Search"))
        self.set_viewing(None)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        themes.style_locally(self, themes.FIELD_SHEET)

    def set_viewing(self, what: str | None) -> None:
        """Say what the keys do where the user is: in the library Ctrl+F and / come here;
        inside a viewer ("document" or "recording") Ctrl+F finds in it, / still comes here."""
        if what == "document":
            hint = self.tr("Search the library (/) · Ctrl+F finds in this document")
            short = self.tr("Search the library (/)")
        elif what == "recording":
            hint = self.tr("Search the library (/) · Ctrl+F finds in the transcript")
            short = self.tr("Search the library (/)")
        else:
            hint = self.tr("Search the library: documents, talks and notes   (Ctrl+F or /)")
            short = self.tr("Search the library (Ctrl+F or /)")
        # Shorter when the field is narrow (200 % text beside the toolbar's buttons).
        fit_placeholder(self, hint, short, self.tr("Search"))
        self.setToolTip(hint)

    def event(self, e: QEvent) -> bool:
        # Claim Esc before window shortcuts (Back) see it: in the field Esc means "clear".
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent) and self.text():
            from PySide6.QtCore import Qt

            if e.key() == Qt.Key.Key_Escape:
                e.accept()
                return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # a module attribute once the namespace exists

        if e.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.escapePressed.emit()
            return
        if e.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            return
        super().keyPressEvent(e)
