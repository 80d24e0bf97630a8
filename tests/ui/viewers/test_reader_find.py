"""Highlights and find in the reader's text, on a real browser."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser

from real_desktop.ui.viewers.findbar import FindBar
from real_desktop.ui.viewers.reader_find import ReaderFinder, term_highlights


def test_terms_are_highlighted_from_their_stem_in_document_order(qtbot) -> None:
    b = QTextBrowser()
    qtbot.addWidget(b)
    b.setPlainText("Budget talk. We invite you; inviting neighbours is the budget's aim.")
    sels = term_highlights(b, ["budget", "invite"])
    assert [s.cursor.selectedText() for s in sels] == ["Budget", "invite", "inviting", "budget"]


def test_find_steps_through_matches_and_wraps(qtbot) -> None:
    b = QTextBrowser()
    qtbot.addWidget(b)
    bar = FindBar()
    qtbot.addWidget(bar)
    b.setPlainText("equity one, equity two, equity three")
    finder = ReaderFinder(b, bar)
    bar.set_text_silently("equity")
    finder.find_next()
    first = b.textCursor().selectionStart()
    finder.find_next()
    finder.find_next()
    assert b.textCursor().selectionStart() > first
    finder.find_next()  # past the last: back to the first
    assert b.textCursor().selectionStart() == first
    finder.find_previous()
    assert b.textCursor().selectedText() == "equity" and b.textCursor().selectionStart() > first
