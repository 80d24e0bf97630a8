"""Highlights on PDF pages (issue 10, item 10) and the find-match drawing (defect 9).

A passage selected with the mouse is kept with Ctrl+Shift+H: a note with the quote, the
page, the line boxes in page points and a colour, drawn on the page at every zoom and
after the viewer is rebuilt on the same database (a restart), selected by a click, deleted
and restored like any note. PDFs from docfactory.make_pdf: line j's baseline at
(72, 120 + 28 j) points.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docfactory import make_pdf
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from real_desktop.core.library import Library
from real_desktop.core.models import Location, LocationKind, Outcome
from real_desktop.core.notes import HIGHLIGHT_COLOR, NoteStore

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def baseline(line: int) -> float:
    return 120.0 + 28 * line


def to_view(pdf: Any, page0: int, x: float, y: float) -> QPoint:
    t = pdf.view.page_transform(page0)
    assert t is not None
    return t.map(QPointF(x, y)).toPoint()


def drag(qtbot: Any, pdf: Any, a: QPoint, b: QPoint) -> None:
    vp = pdf.view.viewport()
    qtbot.mousePress(vp, LEFT, NOMOD, a)
    qtbot.mouseMove(vp, QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    qtbot.mouseMove(vp, b)
    qtbot.mouseRelease(vp, LEFT, NOMOD, b)


def paper(pdf: Any, page0: int, line: int, x0: float = 74, x1: float = 180) -> list[QColor]:
    """The light pixels (paper between glyphs) along a row through a line's letters."""
    image = pdf.view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    row = []
    for x in range(int(x0), int(x1)):
        p = to_view(pdf, page0, x, baseline(line) - 4)
        row.append(image.pixelColor(int(p.x() * ratio), int(p.y() * ratio)))
    return [c for c in row if c.lightness() > 120]


def show_line(qtbot: Any, pdf: Any, page: int, line: int) -> None:
    """Go to `page` until `line` is on screen (after a zoom the view lays out later)."""

    def there() -> bool:
        pdf.go_to_page(page)
        y = to_view(pdf, page - 1, 100, baseline(line)).y()
        return 0 < y < pdf.view.viewport().height()

    qtbot.waitUntil(there)


def yellowish(colors: list[QColor]) -> bool:
    return len(colors) > 20 and all(c.blue() < c.red() - 80 and c.green() > 150 for c in colors)


@pytest.fixture
def guide(tmp_path: Path) -> Library:
    docs = tmp_path / "docs"
    docs.mkdir()
    make_pdf(
        docs / "guide.pdf",
        [
            ["Page one", "equity in the budget"],
            ["Page two", "nothing to see here"],
            ["Page three", "racial equity lens", "community conversations"],
        ],
    )
    lib = Library.open(tmp_path / "home", seed=False)
    assert lib.import_all([docs]).count(Outcome.ADDED) == 1
    yield lib
    lib.close()


def build(qtbot: Any, lib: Library, tasks: Any) -> tuple[Any, Any, NoteStore]:
    """A document view and a notes panel on `lib`, wired as the main window wires them."""
    from real_desktop.ui.notes.panel import NotesPanel
    from real_desktop.ui.viewers import DocumentView

    store = NoteStore(lib)
    doc = DocumentView(lib, tasks)
    panel = NotesPanel(store, tasks)
    for w in (doc, panel):
        qtbot.addWidget(w)
        w.resize(900, 700)
        w.show()
    qtbot.waitExposed(doc)
    doc.noteRequested.connect(panel.add_note_at)
    (res,) = lib.resources()
    doc.open(res)
    panel.set_viewer(doc)
    panel.set_resource(res)
    return doc, panel, store


@pytest.fixture
def parts(qtbot: Any, guide: Library, sync_tasks: Any) -> Iterator[tuple[Any, Any, NoteStore]]:
    doc, panel, store = build(qtbot, guide, sync_tasks)
    yield doc, panel, store
    doc.close_resource()
    store.close()


def select_lens(qtbot: Any, pdf: Any) -> None:
    pdf.go_to_page(3)
    drag(qtbot, pdf, to_view(pdf, 2, 60, baseline(1) - 4), to_view(pdf, 2, 400, baseline(1) - 4))
    assert pdf.selected_text() == "racial equity lens"


def test_ctrl_shift_h_keeps_the_selection_as_a_highlight_with_a_comment(
    qtbot: Any, parts: Any, guide: Library, sync_tasks: Any
) -> None:
    doc, panel, store = parts
    pdf = doc.pdf
    select_lens(qtbot, pdf)
    doc.activateWindow()  # the panel was shown last
    qtbot.waitUntil(doc.isActiveWindow)
    pdf.view.setFocus()
    qtbot.keyClick(pdf.view, Qt.Key.Key_H, CTRL_SHIFT)

    (h,) = store.for_resource(doc.resource.id)
    assert h.is_highlight and h.quote == "racial equity lens" and h.color == HIGHLIGHT_COLOR
    assert h.location == Location(LocationKind.PAGE, page=3)
    ((x0, y0, x1, y1),) = h.rects  # one line, in page points (not pixels)
    assert 70 < x0 < 74 and 190 < x1 < 260 and y0 < baseline(1) - 4 < y1
    assert pdf.selected_text() is None  # the highlight shows where the selection was
    # The editor opens on it for an optional comment.
    assert panel.editor.editing and panel.editor.note.id == h.id
    assert "Highlight" in panel.editor.anchor_button.text()
    qtbot.keyClicks(panel.editor.body, "why the lens matters")
    panel.editor.finish_editing()
    assert store.get(h.id).body == "why the lens matters"
    assert [x.note_id for x in pdf.view.overlays.all_highlights()] == [h.id]
    assert yellowish(paper(pdf, 2, 1)) and not yellowish(paper(pdf, 2, 2))

    # At another zoom it is still on its words.
    pdf.set_zoom(2.0)
    show_line(qtbot, pdf, 3, 1)
    assert yellowish(paper(pdf, 2, 1)) and not yellowish(paper(pdf, 2, 2))

    # Quote and comment are searchable; the hit opens at the page.
    for words in ("racial", "lens matters"):
        hits = [x for x in guide.search(words).hits if x.location.note_id == h.id]
        assert hits and store.resolve(hits[0].location)[1].page == 3

    # "Restart": a new viewer and panel on the same database draw it again.
    doc.close_resource()
    doc2, panel2, store2 = build(qtbot, guide, sync_tasks)
    try:
        show_line(qtbot, doc2.pdf, 3, 1)
        assert yellowish(paper(doc2.pdf, 2, 1))
        # A click on it selects its note in the panel (and outlines it).
        panel2.list.clearSelection()
        panel2.list.setCurrentIndex(panel2.model.index(-1))
        qtbot.mouseClick(doc2.pdf.view.viewport(), LEFT, NOMOD, to_view(doc2.pdf, 2, 120, baseline(1) - 4))
        assert panel2.current_note() is not None and panel2.current_note().id == h.id
        assert doc2.pdf.view.overlays.current_highlight == h.id
    finally:
        doc2.close_resource()
        store2.close()


def test_a_colour_from_the_context_menu_and_delete_with_undo(qtbot: Any, parts: Any) -> None:
    doc, panel, store = parts
    pdf = doc.pdf
    select_lens(qtbot, pdf)
    menu = pdf.context_menu(to_view(pdf, 2, 120, baseline(1) - 4))
    colours = next(a.menu() for a in menu.actions() if a.menu() is not None)
    green = next(a for a in colours.actions() if a.text() == "Green")
    green.trigger()
    (h,) = store.for_resource(doc.resource.id)
    assert h.color == "#a5d6a7" and pdf.highlight_color == "#a5d6a7"  # kept for the next
    panel.editor.finish_editing()
    assert len(pdf.view.overlays.all_highlights()) == 1

    panel.delete_note(h.id)
    assert pdf.view.overlays.all_highlights() == []
    assert not [c for c in paper(pdf, 2, 1) if c.blue() < c.red() - 40]
    panel.undo_delete()
    assert [x.note_id for x in pdf.view.overlays.all_highlights()] == [h.id]


def test_highlights_are_listed_as_such_with_their_colour(qtbot: Any, parts: Any) -> None:
    from real_desktop.ui.notes.notes_table import NoteRow, NotesTableModel

    doc, panel, store = parts
    h = store.create(doc.resource.id, Location(LocationKind.PAGE, page=3), body="a comment",
                     quote="racial equity lens", rects=[(72, 130, 200, 152)], color="#90caf9")  # fmt: skip
    panel.reload()
    text = panel.model.data(panel.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert text == "p. 3 — Highlight (Blue): “racial equity lens” — a comment"
    table = NotesTableModel()
    table.set_rows([NoteRow(h, "Guide", True, None)])
    assert table.data(table.index(0, 2)) == "“racial equity lens” — a comment"
    assert table.data(table.index(0, 1)) == "p. 3 · Highlight"
    assert table.data(table.index(0, 2), Qt.ItemDataRole.DecorationRole) == QColor("#90caf9")


def test_the_current_find_match_is_one_band_apart_from_the_others(
    qtbot: Any, view: Any, tmp_path: Path
) -> None:
    """Defect 9: QPdfView outlined every glyph run of the current match. The pages draw
    the matches themselves now: all of them lightly, the current one strongly."""
    from docfactory import doc_resource

    path = make_pdf(tmp_path / "twice.pdf", [["Page one", "equity and equity"]])
    view.open(doc_resource(path, "pdf"), terms=["equity"])
    pdf = view.pdf
    assert pdf.view.searchModel() is None  # Qt's own match painting is off
    assert pdf.current_match() == (1, 0)
    qtbot.wait(50)
    first, second = paper(pdf, 0, 1, 74, 120), paper(pdf, 0, 1, 160, 205)
    assert first and second

    def mean_blue(cs: list[QColor]) -> float:
        return sum(c.blue() for c in cs) / len(cs)

    assert mean_blue(first) < mean_blue(second) - 40  # the current one is the stronger
    pdf.find_next()
    assert pdf.current_match() == (1, 1)
    qtbot.wait(50)
    first, second = paper(pdf, 0, 1, 74, 120), paper(pdf, 0, 1, 160, 205)
    assert mean_blue(second) < mean_blue(first) - 40
    # One band per line of the match, whatever QtPdf returns per glyph run.
    (lines,) = [pdf.view.overlays.match_lines(0)[1]]
    assert len(lines) == 1


def test_the_pdf_export_shows_the_quote_page_colour_and_comment(
    qtbot: Any, parts: Any, tmp_path: Path
) -> None:
    from PySide6.QtPdf import QPdfDocument

    from real_desktop.ui.notes.export_pdf import write_pdf

    doc, _panel, store = parts
    h = store.create(doc.resource.id, Location(LocationKind.PAGE, page=3), body="ask *finance*",
                     quote="racial equity lens", rects=[(72, 130, 200, 152)], color="#f48fb1")  # fmt: skip
    out = write_pdf(store.to_html([h], title="Highlights"), tmp_path / "notes.pdf")
    pdf = QPdfDocument()
    assert pdf.load(str(out)) == QPdfDocument.Error.None_
    text = " ".join(pdf.getAllText(0).text().split())
    assert "p. 3" in text and "racial equity lens" in text and "ask finance" in text
    assert "Highlight (pink)" in text
    pdf.close()


def test_closing_the_find_bar_takes_the_matches_away(qtbot: Any, view: Any, tmp_path: Path) -> None:
    from docfactory import doc_resource

    path = make_pdf(tmp_path / "once.pdf", [["Page one", "equity and more"]])
    view.open(doc_resource(path, "pdf"), terms=["equity"])
    pdf = view.pdf
    assert len(pdf.view.overlays.match_lines(0)) == 1
    pdf.find_bar.close_bar()
    assert pdf.view.overlays.match_lines(0) == []
    assert not [c for c in paper(pdf, 0, 1, 74, 120) if c.blue() < c.red() - 40]
    pdf.find_next()  # F3 brings bar and matches back
    assert pdf.find_bar.isVisible() and len(pdf.view.overlays.match_lines(0)) == 1


def test_a_kept_highlights_menu_changes_its_colour_and_deletes_it(qtbot: Any, parts: Any) -> None:
    doc, panel, store = parts
    pdf = doc.pdf
    select_lens(qtbot, pdf)
    pdf.highlight_selection()
    panel.editor.finish_editing()
    (h,) = store.for_resource(doc.resource.id)
    on_it = to_view(pdf, 2, 120, baseline(1) - 4)

    menu = pdf.context_menu(on_it)
    texts = [a.text() for a in menu.actions()]
    assert "Colour of this highlight" in texts and "Delete highlight" in texts
    recolour = next(a.menu() for a in menu.actions() if a.text() == "Colour of this highlight")
    next(a for a in recolour.actions() if a.text() == "Blue").trigger()
    assert store.get(h.id).color == "#90caf9"
    (drawn,) = pdf.view.overlays.all_highlights()
    assert drawn.color == QColor("#90caf9")

    # Elsewhere on the page the menu has no such entries.
    away = [a.text() for a in pdf.context_menu(to_view(pdf, 2, 120, baseline(2) - 4)).actions()]
    assert "Delete highlight" not in away

    delete = next(a for a in pdf.context_menu(on_it).actions() if a.text() == "Delete highlight")
    delete.trigger()
    assert store.get(h.id).deleted and pdf.view.overlays.all_highlights() == []
    assert panel.undo_bar.isVisible()  # undoable like any note
    panel.undo_delete()
    assert [x.note_id for x in pdf.view.overlays.all_highlights()] == [h.id]
