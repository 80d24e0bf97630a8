"""Notes seen on the PDF itself: a badge on each page that has notes (also with the side
panel hidden), its tooltip and click; and a selection's quote turned into prose (hard line
breaks joined, hyphenated words mended, paragraph gaps kept)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docfactory import doc_resource, make_pdf
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from real_desktop.core.models import Location, LocationKind
from real_desktop.ui.viewers.pdf_badges import NOTE_BADGE_COLOR
from real_desktop.ui.viewers.pdf_text import normalize_quote

pytestmark = pytest.mark.gui


def _is_badge(c: QColor) -> bool:
    want = NOTE_BADGE_COLOR
    return (
        abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) < 30
    )


def _badge_pixels(pdf: Any, page0: int) -> int:
    """Badge-coloured pixels in the top-right corner of a page as painted on screen."""
    rect = pdf.view.page_rects()[page0].translated(
        -pdf.view.horizontalScrollBar().value(), -pdf.view.verticalScrollBar().value()
    )
    image = pdf.view.viewport().grab().toImage()
    corner = range(rect.right() - 40, rect.right()), range(rect.top(), rect.top() + 40)
    return sum(_is_badge(image.pixelColor(x, y)) for x in corner[0] for y in corner[1])


def test_pages_with_notes_carry_a_badge_even_with_the_side_panel_hidden(
    view: Any, five_pages: Path, qtbot: Any
) -> None:
    view.open(doc_resource(five_pages, "pdf"))
    pdf = view.pdf
    pdf.toggle_side_panel()
    assert not pdf.side.isVisible()
    assert _badge_pixels(pdf, 0) == 0
    view.set_markers([1, 3])
    assert pdf.view.note_pages == [0, 2]
    assert _badge_pixels(pdf, 0) > 100
    view.set_markers([3])  # the note on page 1 was deleted
    assert _badge_pixels(pdf, 0) == 0
    view.go_to(Location(LocationKind.PAGE, page=3))
    assert _badge_pixels(pdf, 2) > 100


def test_badge_tooltip_and_click(view: Any, five_pages: Path, qtbot: Any) -> None:
    view.open(doc_resource(five_pages, "pdf"))
    view.set_markers([1])
    pages = view.pdf.view
    badge = pages.note_badge_rect(0)
    assert badge is not None and pages.viewport().rect().contains(badge)
    center = badge.center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, center, pages.viewport().mapToGlobal(center))
    QApplication.sendEvent(pages.viewport(), event)
    assert QToolTip.text() == "This page has notes"
    QToolTip.hideText()
    with qtbot.waitSignal(view.noteMarkerClicked) as sig:
        qtbot.mouseClick(pages.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert sig.args == [1]
    assert pages.selection is None  # a click on the badge is not the start of a selection
    # Off the badge nothing is announced.
    assert pages.note_badge_at(QPointF(badge.left() - 30, badge.bottom() + 30)) is None


def test_normalize_quote_joins_lines_and_mends_hyphens() -> None:
    raw = "Cities need an equi-\r\ntable budget for\r\nevery district.\r\n\r\nA well-\r\nknown Anti-\r\nAmerican myth."
    assert normalize_quote(raw) == (
        "Cities need an equitable budget for every district.\n\nA wellknown Anti-American myth."
    )
    # A hyphen inside a line is kept; PDFium's soft-hyphen marks always join.
    assert normalize_quote("pre-war  plans\r\nre\x02\r\nmain") == "pre-war plans remain"
    # Paragraph breaks the page shows by a gap (found from the line boxes).
    assert normalize_quote("one\ntwo\nthree\nfour", [1]) == "one two\n\nthree four"
    assert normalize_quote("1990-\n2000") == "1990- 2000"  # not a word broken in two


def test_a_quote_from_a_hard_wrapped_pdf_reads_as_prose(view: Any, tmp_path: Path, qtbot: Any):
    path = make_pdf(
        tmp_path / "wrapped.pdf",
        [
            [
                "Cities need an equi-",
                "table budget for",
                "every district.",
                "",  # the gap between two paragraphs
                "Listening comes",
                "first.",
            ]
        ],
    )
    view.open(doc_resource(path, "pdf"))
    view.pdf.select_page()
    assert "\n" in view.pdf.selected_text()  # the copy keeps the page's lines
    with qtbot.waitSignal(view.noteRequested) as sig:
        view.request_note()
    assert sig.args[0]["quote"] == (
        "Cities need an equitable budget for every district.\n\nListening comes first."
    )
    assert sig.args[0]["location"] == Location(LocationKind.PAGE, page=1)


def test_note_on_a_document_without_headings_is_on_the_whole_document(
    view: Any, tmp_path: Path, qtbot: Any
) -> None:
    md = tmp_path / "plain.md"
    md.write_text("Just a paragraph of text, with no heading at all.\n", encoding="utf-8")
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.open(doc_resource(md, "md"))
    assert view.current_location() == Location(LocationKind.RESOURCE)  # not "p. 1"
