"""Words in the reader: the search terms highlighted, and the find bar's matches."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QRegularExpression
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from real_desktop.ui.viewers.findbar import FindBar
from real_desktop.ui.viewers.rendering import stem_prefix
from real_desktop.ui.viewers.safe_browser import find_all

HIGHLIGHT_BG = QColor("#ffe066")
HIGHLIGHT_FG = QColor("#1a1a1a")


def term_highlights(browser: QTextBrowser, terms: Iterable[str]) -> list[QTextEdit.ExtraSelection]:
    """Every word from the stem of each term, in document order, marked in yellow."""
    fmt = QTextCharFormat()
    fmt.setBackground(HIGHLIGHT_BG)
    fmt.setForeground(HIGHLIGHT_FG)
    sels: list[QTextEdit.ExtraSelection] = []
    for term in terms:
        # Whole words from the stem: the index matched "inviting" for "invite".
        pattern = QRegularExpression(
            r"\b" + QRegularExpression.escape(stem_prefix(term)) + r"\w*",
            QRegularExpression.PatternOption.CaseInsensitiveOption
            | QRegularExpression.PatternOption.UseUnicodePropertiesOption,
        )
        for cur in find_all(browser.document(), pattern):
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cur
            sel.format = fmt
            sels.append(sel)
    sels.sort(key=lambda s: s.cursor.selectionStart())
    return sels


class ReaderFinder(QObject):
    """The find bar's text in the browser: each step selects the next (or previous) match
    from the cursor, wrapping around."""

    def __init__(self, browser: QTextBrowser, find_bar: FindBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.browser, self.find_bar = browser, find_bar
        find_bar.searchChanged.connect(self._on_find_text)

    def _find_matches(self) -> list[QTextCursor]:
        text = self.find_bar.text
        if not text:
            return []
        pattern = QRegularExpression(
            QRegularExpression.escape(text), QRegularExpression.PatternOption.CaseInsensitiveOption
        )
        return find_all(self.browser.document(), pattern)

    def _on_find_text(self, text: str) -> None:
        cur = self.browser.textCursor()
        cur.setPosition(cur.selectionStart())
        self.browser.setTextCursor(cur)
        self.step(forward=True)

    def step(self, *, forward: bool) -> None:
        matches = self._find_matches()
        if not matches:
            cur = self.browser.textCursor()
            cur.clearSelection()
            self.browser.setTextCursor(cur)
            self.find_bar.set_status(0, 0)
            return
        here = self.browser.textCursor()
        if forward:
            start = here.selectionEnd() if here.hasSelection() else here.position()
            idx = next((i for i, m in enumerate(matches) if m.selectionStart() >= start), 0)
        else:
            start = here.selectionStart()
            idx = next(
                (i for i in range(len(matches) - 1, -1, -1) if matches[i].selectionStart() < start),
                len(matches) - 1,
            )
        self.browser.setTextCursor(matches[idx])
        self.browser.ensureCursorVisible()
        self.find_bar.set_status(idx + 1, len(matches))

    def find_next(self) -> None:
        self._step_or_open(forward=True)

    def find_previous(self) -> None:
        self._step_or_open(forward=False)

    def _step_or_open(self, *, forward: bool) -> None:
        if not self.find_bar.text:
            self.find_bar.open_bar()
            return
        self.step(forward=forward)
