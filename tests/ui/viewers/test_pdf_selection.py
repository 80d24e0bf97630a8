"""Text selection in the PDF viewer (drag, double-click, Ctrl+A, Ctrl+C, context menu,
"Add note" quoting the selection) and the zoom label in the fit modes.

The PDFs come from docfactory.make_pdf: A4 at 72 dpi, DejaVu Sans 14 pt, line j of a page
drawn with its baseline at (72, 120 + 28 j) points, so the words' places are known.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docfactory import doc_resource, make_pdf
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtPdfWidgets import QPdfView

from real_desktop.core.library import Library
from real_desktop.core.models import Location, LocationKind, Outcome

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier


def baseline(line: int) -> float:
    return 120.0 + 28 * line


def to_view(pdf: Any, page0: int, x: float, y: float) -> QPoint:
    """Page points -> viewport pixels, through the viewer's own mapping."""
    t = pdf.view.page_transform(page0)
    assert t is not None
    return t.map(QPointF(x, y)).toPoint()


def drag(qtbot: Any, pdf: Any, a: QPoint, b: QPoint) -> None:
    vp = pdf.view.viewport()
    qtbot.mousePress(vp, LEFT, NOMOD, a)
    qtbot.mouseMove(vp, QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    qtbot.mouseMove(vp, b)
    qtbot.mouseRelease(vp, LEFT, NOMOD, b)


def white_page_box(image: QImage) -> tuple[int, int, int]:
    """(left, right, top) of the white page in a grab of the viewport: the page is painted
    white on the view's darker background, whatever the layout code believes."""
    mid = image.width() // 2
    top = next(y for y in range(image.height()) if image.pixelColor(mid, y).lightness() > 250)
    y = top + 20  # the top margin of the page has no text
    xs = [x for x in range(image.width()) if image.pixelColor(x, y).lightness() > 250]
    return xs[0], xs[-1], top


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    return make_pdf(
        tmp_path / "letters.pdf",
        [
            ["Page one", "equity in the budget"],
            ["Page two", "nothing to see here"],
            ["Page three", "racial equity lens", "community conversations"],
            ["Page four", "the end"],
        ],
    )


@pytest.fixture
def pdf(view: Any, letters: Path) -> Any:
    view.open(doc_resource(letters, "pdf"))
    return view.pdf


# -- geometry and zoom ---------------------------------------------------------------------
@pytest.mark.parametrize("mode", ["width", "page", "custom"])
def test_page_rectangle_and_zoom_label_match_the_rendered_page(pdf: Any, qtbot: Any, mode: str):
    {"width": pdf.fit_width, "page": pdf.fit_page, "custom": lambda: pdf.set_zoom(1.3)}[mode]()
    image = pdf.view.viewport().grab().toImage()
    left, right, top = white_page_box(image)
    rect = pdf.view.page_rects()[0]
    assert (rect.left(), rect.top()) == (left, top)
    if mode != "custom":  # at 130 % the page is wider than the viewport and cut off
        assert rect.right() == right
        # The zoom worked out independently: painted width over the page's width at
        # 100 % (points at the screen's DPI, as QPdfView sizes pages).
        dpi = QGuiApplication.primaryScreen().logicalDotsPerInch()
        width_pt = pdf.document.pagePointSize(0).width()
        measured = (right - left + 1) / (width_pt * dpi / 72)
        assert pdf.zoom_label.text() == f"{round(measured * 100)} %"
    else:
        assert pdf.zoom_label.text() == "130 %"
    if mode == "width":
        assert 50 <= round(measured * 100) <= 400


def test_fit_width_label_follows_the_viewport(view: Any, pdf: Any, qtbot: Any):
    pdf.fit_width()
    before = pdf.zoom_label.text()
    view.resize(1400, 700)
    qtbot.waitUntil(lambda: pdf.zoom_label.text() != before)
    left, right, _ = white_page_box(pdf.view.viewport().grab().toImage())
    dpi = QGuiApplication.primaryScreen().logicalDotsPerInch()
    measured = (right - left + 1) / (pdf.document.pagePointSize(0).width() * dpi / 72)
    assert pdf.zoom_label.text() == f"{round(measured * 100)} %"
    before = pdf.zoom_label.text()
    pdf.toggle_side_panel()  # hiding the sidebar widens the pages too
    qtbot.waitUntil(lambda: pdf.zoom_label.text() != before)
    left2, right2, _ = white_page_box(pdf.view.viewport().grab().toImage())
    assert right2 - left2 > right - left
    measured2 = (right2 - left2 + 1) / (pdf.document.pagePointSize(0).width() * dpi / 72)
    assert pdf.zoom_label.text() == f"{round(measured2 * 100)} %"


# -- selecting -----------------------------------------------------------------------------
def test_drag_across_words_selects_them_and_ctrl_c_copies(pdf: Any, qtbot: Any):
    # From the left margin (outside any glyph) to just past "the".
    drag(qtbot, pdf, to_view(pdf, 0, 40, baseline(1) - 4), to_view(pdf, 0, 160, baseline(1) - 4))
    assert pdf.selected_text() == "equity in the"
    assert pdf.selection_page == 1
    QGuiApplication.clipboard().clear()
    pdf.view.setFocus()
    qtbot.keyClick(pdf.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "equity in the"


def test_drag_over_two_lines_and_backwards(pdf: Any, qtbot: Any):
    drag(qtbot, pdf, to_view(pdf, 0, 74, baseline(0) - 4), to_view(pdf, 0, 300, baseline(1) - 4))
    assert pdf.selected_text() == "Page one\nequity in the budget"
    # Right to left, ending on the "i" of "in".
    drag(qtbot, pdf, to_view(pdf, 0, 300, baseline(1) - 4), to_view(pdf, 0, 122.5, baseline(1) - 4))
    assert pdf.selected_text() == "in the budget"


def test_selection_on_a_scrolled_page_and_the_highlight_is_painted_there(pdf: Any, qtbot: Any):
    pdf.go_to_page(3)
    assert pdf.view.verticalScrollBar().value() > 0
    drag(qtbot, pdf, to_view(pdf, 2, 60, baseline(1) - 4), to_view(pdf, 2, 400, baseline(1) - 4))
    assert pdf.selected_text() == "racial equity lens"
    assert pdf.selection_page == 3
    image = pdf.view.viewport().grab().toImage()

    def paper(line: int) -> list[Any]:
        # The light pixels (paper between and inside glyphs) along a row through the
        # line's lower-case letters, from the start of the line to before its last letter.
        row = [image.pixelColor(to_view(pdf, 2, 72 + x, baseline(line) - 4)) for x in range(2, 115)]
        return [c for c in row if c.lightness() > 150]

    selected, unselected = paper(1), paper(2)
    assert len(selected) > 50 and len(unselected) > 50
    assert all(c.blue() > c.red() + 40 for c in selected)  # blue tint over the selection
    assert all(abs(c.blue() - c.red()) < 10 for c in unselected)  # plain paper elsewhere


def test_a_click_clears_the_selection_and_double_click_selects_a_word(pdf: Any, qtbot: Any):
    vp = pdf.view.viewport()
    qtbot.mouseDClick(vp, LEFT, NOMOD, to_view(pdf, 0, 190, baseline(1) - 4))
    assert pdf.selected_text() == "budget"
    qtbot.mouseClick(vp, LEFT, NOMOD, to_view(pdf, 0, 300, 400))
    assert pdf.selected_text() is None


def test_ctrl_a_selects_the_current_page_and_loading_clears(
    view: Any, pdf: Any, qtbot: Any, five_pages: Path
):
    pdf.go_to_page(4)
    pdf.view.setFocus()
    qtbot.keyClick(pdf.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert pdf.selected_text() == "Page four\nthe end"
    assert pdf.selection_page == 4
    view.open(doc_resource(five_pages, "pdf", rid="doc-2"))
    assert pdf.selected_text() is None and pdf.selection_page is None


def test_context_menu_copy_and_add_note_on_selection(view: Any, pdf: Any, qtbot: Any):
    where = to_view(pdf, 0, 200, baseline(1))
    menu = pdf.context_menu(where)
    labels = {a.text(): a for a in menu.actions() if a.text()}
    assert not labels["Copy"].isEnabled()  # nothing selected yet
    assert "Add note on page 1" in labels

    drag(qtbot, pdf, to_view(pdf, 0, 140, baseline(1) - 4), to_view(pdf, 0, 230, baseline(1) - 4))
    assert pdf.selected_text() == "the budget"
    menu = pdf.context_menu(where)
    labels = {a.text(): a for a in menu.actions() if a.text()}
    QGuiApplication.clipboard().clear()
    labels["Copy"].trigger()
    assert QGuiApplication.clipboard().text() == "the budget"
    with qtbot.waitSignal(view.noteRequested) as sig:
        labels["Add note on selection"].trigger()
    assert sig.args[0] == {"location": Location(LocationKind.PAGE, page=1), "quote": "the budget"}


def test_note_quote_is_anchored_to_the_selections_page(view: Any, pdf: Any, qtbot: Any):
    pdf.go_to_page(3)
    drag(qtbot, pdf, to_view(pdf, 2, 60, baseline(2) - 4), to_view(pdf, 2, 400, baseline(2) - 4))
    pdf.go_to_page(4)  # scrolled on; the selection stays where it was made
    assert view.current_location().page == 4
    with qtbot.waitSignal(view.noteRequested) as sig:
        pdf.act_note.trigger()
    assert sig.args[0] == {
        "location": Location(LocationKind.PAGE, page=3),
        "quote": "community conversations",
    }
    pdf.clear_selection()
    with qtbot.waitSignal(view.noteRequested) as sig:
        pdf.act_note.trigger()
    assert sig.args[0] == {"location": Location(LocationKind.PAGE, page=4), "quote": None}


# -- with the notes panel and a real library -----------------------------------------------
@pytest.fixture
def real_library(qapp: Any, tmp_path: Path) -> Iterator[Library]:
    docs = tmp_path / "docs"
    docs.mkdir()
    make_pdf(docs / "budget.pdf", [["Page one", "equity in the budget"], ["Page two", "more"]])
    lib = Library.open(tmp_path / "lib-home", seed=False)
    assert lib.import_all([docs]).count(Outcome.ADDED) == 1
    yield lib
    lib.close()


def test_add_note_on_selection_stores_the_quote_and_page(
    qtbot: Any, real_library: Library, sync_tasks: Any
) -> None:
    from real_desktop.core.notes import NoteStore
    from real_desktop.ui.notes.panel import NotesPanel
    from real_desktop.ui.viewers import DocumentView

    store = NoteStore(real_library)
    doc = DocumentView(real_library, sync_tasks)
    panel = NotesPanel(store, sync_tasks)
    for w in (doc, panel):
        qtbot.addWidget(w)
        w.resize(900, 700)
        w.show()
    doc.noteRequested.connect(panel.add_note_at)  # as the main window wires them
    try:
        (res,) = real_library.resources()
        doc.open(res)
        panel.set_resource(res)
        panel.set_viewer(doc)
        pdf = doc.pdf
        drag(
            qtbot, pdf, to_view(pdf, 0, 40, baseline(1) - 4), to_view(pdf, 0, 135, baseline(1) - 4)
        )
        assert pdf.selected_text() == "equity in"
        pdf.act_note.trigger()  # the toolbar's "Add note"
        (note,) = store.for_resource(res.id)
        assert note.quote == "equity in"
        assert note.location.kind is LocationKind.PAGE and note.location.page == 1
        assert panel.editor.note is not None and panel.editor.note.id == note.id
    finally:
        doc.close_resource()
        store.close()


def test_zoom_mode_unchanged_by_selection(pdf: Any, qtbot: Any):
    # Selecting must not disturb the fit mode the reader chose.
    drag(qtbot, pdf, to_view(pdf, 0, 74, baseline(0) - 4), to_view(pdf, 0, 150, baseline(0) - 4))
    assert pdf.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_label_is_right_for_a_pdf_opened_before_the_window_is_shown(
    qtbot: Any, sync_tasks: Any, library: Library, letters: Path
):
    # The main window opens documents while the viewer is still hidden (a tiny viewport);
    # the label must follow once the real size arrives, not keep the tiny one's zoom.
    from real_desktop.ui.viewers import DocumentView

    v = DocumentView(library, sync_tasks)
    qtbot.addWidget(v)
    v.open(doc_resource(letters, "pdf"))
    v.resize(1100, 700)
    v.show()
    qtbot.waitExposed(v)
    pdf = v.pdf
    left, right, _ = white_page_box(pdf.view.viewport().grab().toImage())
    dpi = QGuiApplication.primaryScreen().logicalDotsPerInch()
    measured = (right - left + 1) / (pdf.document.pagePointSize(0).width() * dpi / 72)
    assert 0.5 < measured < 4
    assert pdf.zoom_label.text() == f"{round(measured * 100)} %"


def test_dragging_below_the_pages_scrolls_and_keeps_selecting(pdf: Any, qtbot: Any):
    vp = pdf.view.viewport()
    bar = pdf.view.verticalScrollBar()
    assert bar.value() == 0
    start = to_view(pdf, 0, 74, baseline(0) - 4)
    below = QPoint(start.x() + 200, vp.height() + 40)
    qtbot.mousePress(vp, LEFT, NOMOD, start)
    qtbot.mouseMove(vp, QPoint(start.x() + 20, start.y() + 20))
    qtbot.mouseMove(vp, below)
    qtbot.waitUntil(lambda: bar.value() > 0)
    qtbot.mouseRelease(vp, LEFT, NOMOD, below)
    scrolled = bar.value()
    # The selection stays on the page it began on and reaches that page's last word.
    assert pdf.selected_text() == "Page one\nequity in the budget"
    assert pdf.selection_page == 1
    qtbot.wait(100)  # released: no more scrolling
    assert bar.value() == scrolled
