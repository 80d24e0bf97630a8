"""A line edit's placeholder that shortens to fit (issue 15): at 200 % text a narrow field
says "Find" rather than "Find in…". Its accessible name and tooltip stay whole.

No `Qt` namespace here: the search field uses it before the window's first paint."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame


def placeholder_room(edit: QLineEdit) -> int:
    """The width a line edit's placeholder gets (its contents, less text margins, Qt's 2 px
    each side and a clear button's room when it has one)."""
    opt = QStyleOptionFrame()
    edit.initStyleOption(opt)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, opt, edit)
    m = edit.textMargins()
    room = rect.width() - m.left() - m.right() - 4
    if edit.isClearButtonEnabled():
        room -= edit.fontMetrics().height() + 8
    return room


class _PlaceholderFit(QObject):
    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit, self.texts = edit, [""]
        edit.installEventFilter(self)

    def fit(self) -> None:
        room, fm = placeholder_room(self.edit), self.edit.fontMetrics()
        fits = [t for t in self.texts if fm.horizontalAdvance(t) <= room]
        self.edit.setPlaceholderText(fits[0] if fits else self.texts[-1])

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if e.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.fit()
        return False


def fit_placeholder(edit: QLineEdit, *texts: str) -> None:
    """Show the longest of `texts` (longest first) that fits the field, now and whenever
    it is resized or its font changes."""
    fitter = edit.findChild(_PlaceholderFit)
    if fitter is None:
        fitter = _PlaceholderFit(edit)
    fitter.texts = list(texts) or [""]
    fitter.fit()
