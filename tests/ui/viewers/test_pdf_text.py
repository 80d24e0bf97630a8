"""Page text of a real PDF: lines, snapping onto the text, quotes, word characters."""

from __future__ import annotations

from pathlib import Path

from docfactory import make_pdf
from PySide6.QtCore import QPointF, QRect
from PySide6.QtPdf import QPdfDocument

from real_desktop.ui.viewers.pdf_badges import NOTE_BADGE, NOTE_BADGE_MARGIN, badge_rect
from real_desktop.ui.viewers.pdf_text import PageText, is_word_char, selection_quote


def _doc(tmp_path: Path) -> QPdfDocument:
    path = make_pdf(tmp_path / "t.pdf", [["first line of text", "second line here"], []])
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    return doc


def test_lines_and_snapping_onto_the_text(qapp, tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    text = PageText(lambda: doc)
    lines = text.lines(0)
    assert len(lines) == 2 and lines[0][0].top() < lines[1][0].top()
    assert "second line here" in text.text(0)
    top, bottom = lines[0][0], lines[1][0]
    # Lines are drawn at y = 120 and 148 points (docfactory): the nearest line is picked.
    assert text.line_at(0, QPointF(100, top.center().y())) == 0
    assert text.line_at(0, QPointF(100, 500)) == 1
    assert text.on_text(0, top.center()) and not text.on_text(0, QPointF(10, 10))
    # Above all the text: its start; below it: its end; a margin: onto the nearest glyph.
    start = text.snap(0, QPointF(300, 5))
    assert start is not None and abs(start.y() - top.center().y()) < top.height()
    end = text.snap(0, QPointF(10, 800))
    assert end is not None and end.x() > bottom.left()
    assert text.snap(1, QPointF(10, 10)) is None  # a page without text
    assert text.reading_order(0, top.center()) < text.reading_order(0, bottom.center())
    text.clear()
    assert text.lines(0) == lines  # read again after clear
    doc.close()


def test_selection_quote_of_the_whole_page(qapp, tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    assert selection_quote(doc.getAllText(0)) == "first line of text second line here"
    doc.close()


def test_word_chars() -> None:
    assert all(is_word_char(c) for c in "aZ9_-'’é")
    assert not any(is_word_char(c) for c in " .,;")


def test_badge_rect_sits_in_the_top_right_corner() -> None:
    r = badge_rect(QRect(100, 50, 600, 800), QPointF(0, 30))
    assert r.width() == r.height() == NOTE_BADGE
    assert r.right() == 100 + 600 - 1 - NOTE_BADGE_MARGIN - 1
    assert r.top() == 50 + NOTE_BADGE_MARGIN - 30
    assert badge_rect(QRect(0, 0, 60, 80), QPointF()).width() == 10  # a thumbnail-sized page
