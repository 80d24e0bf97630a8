"""The PDF viewer: landing on a page with the term highlighted, find, zoom, keyboard."""

from __future__ import annotations

from pathlib import Path

from docfactory import doc_resource, make_pdf
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView

from real_desktop.core.models import Location, LocationKind, Status


def test_open_at_page_with_term_highlighted(view, five_pages):
    seen: list[Location] = []
    view.locationChanged.connect(seen.append)
    view.open(
        doc_resource(five_pages, "pdf"), Location(LocationKind.PAGE, page=3), terms=["equity"]
    )

    assert view.current_location() == Location(LocationKind.PAGE, page=3)
    assert seen and seen[-1].page == 3
    pdf = view.pdf
    assert pdf.search_model.searchString() == "equity"
    assert [len(pdf.search_model.resultsOnPage(p)) for p in range(5)] == [1, 0, 2, 0, 1]
    # The selected (current) match is the first one on page 3: global index 1.
    assert pdf.view.currentSearchResultIndex() == 1
    assert pdf.current_match() == (3, 0)
    assert pdf.find_bar.isVisibleTo(pdf) and pdf.find_bar.text == "equity"


def test_term_chosen_from_those_on_the_page(view, five_pages):
    view.open(
        doc_resource(five_pages, "pdf"),
        Location(LocationKind.PAGE, page=4),
        terms=["missing", "community"],
    )
    assert view.pdf.search_model.searchString() == "community"
    assert view.pdf.current_match() == (4, 0)


def test_find_next_and_previous_wrap(view, five_pages, qtbot):
    view.open(
        doc_resource(five_pages, "pdf"), Location(LocationKind.PAGE, page=3), terms=["equity"]
    )
    pdf = view.pdf
    pdf.find_next()
    assert pdf.current_match() == (3, 1)
    pdf.find_next()
    assert pdf.current_match() == (5, 0)
    assert view.current_location().page == 5
    pdf.find_next()  # wraps to the start
    assert pdf.current_match() == (1, 0)
    assert view.current_location().page == 1
    pdf.find_previous()  # and back around the end
    assert pdf.current_match() == (5, 0)
    # Keyboard: Shift+F3 goes back, F3 forward.
    pdf.view.setFocus()
    qtbot.keyClick(pdf.view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert pdf.current_match() == (3, 1)
    qtbot.keyClick(pdf.view, Qt.Key.Key_F3)
    assert pdf.current_match() == (5, 0)
    assert "3 of" in pdf.find_bar.status.text() or "4 of" in pdf.find_bar.status.text()


def test_find_typed_in_the_bar(view, five_pages, qtbot):
    view.open(doc_resource(five_pages, "pdf"))
    pdf = view.pdf
    pdf.view.setFocus()
    qtbot.keyClick(pdf.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pdf.find_bar.isVisible()
    qtbot.keyClicks(pdf.find_bar.field, "conversations")
    assert pdf.current_match() == (4, 0)
    assert view.current_location().page == 4
    pdf.find_bar.field.clear()
    qtbot.keyClicks(pdf.find_bar.field, "zzzunfindable")
    assert pdf.current_match() is None
    assert pdf.find_bar.status.text() in ("No matches", "Searching…")


def test_zoom_and_fit(view, five_pages, qtbot):
    view.open(doc_resource(five_pages, "pdf"))
    pdf = view.pdf
    assert pdf.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    pdf.view.setFocus()
    qtbot.keyClick(pdf.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert pdf.view.zoomMode() == QPdfView.ZoomMode.Custom
    zoomed = pdf.view.zoomFactor()
    qtbot.keyClick(pdf.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert pdf.view.zoomFactor() < zoomed
    pdf.set_zoom(100.0)  # clamped
    assert pdf.view.zoomFactor() == 6.0
    assert pdf.zoom_label.text() == "600 %"
    pdf.fit_page()
    assert pdf.view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert pdf.act_fit_page.isChecked() and not pdf.act_fit_width.isChecked()
    qtbot.keyClick(pdf.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert pdf.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_page_keys_and_page_box(view, five_pages, qtbot):
    view.open(doc_resource(five_pages, "pdf"))
    pdf = view.pdf
    pdf.view.setFocus()
    qtbot.keyClick(pdf.view, Qt.Key.Key_PageDown)
    assert view.current_location().page == 2
    qtbot.keyClick(pdf.view, Qt.Key.Key_End)
    assert view.current_location().page == 5
    assert not pdf.act_next.isEnabled()
    qtbot.keyClick(pdf.view, Qt.Key.Key_PageUp)
    assert view.current_location().page == 4
    qtbot.keyClick(pdf.view, Qt.Key.Key_Home)
    assert view.current_location().page == 1
    pdf.page_spin.setValue(3)
    assert view.current_location().page == 3
    view.go_to(Location(LocationKind.PAGE, page=99))  # clamped, not an error
    assert view.current_location().page == 5
    assert pdf.page_total.text() == "of 5"


def test_page_list_thumbnails_and_markers(view, five_pages):
    view.open(doc_resource(five_pages, "pdf"))
    pdf = view.pdf
    assert pdf.pages.count() == 5
    pdf.pages.render_visible_thumbs()  # the debounce timer's work, run now
    icon = pdf.pages.item(0).icon().pixmap(pdf.pages.iconSize()).toImage()
    # A rendered page is white paper, not the transparent blank it started as.
    assert icon.pixelColor(icon.width() // 2, icon.height() - 5).alpha() == 255
    view.set_markers([2, 4])
    assert pdf.markers == [2, 4]
    assert "●" in pdf.pages.item(1).text() and "●" not in pdf.pages.item(0).text()
    pdf.pages.setCurrentRow(3)  # clicking a page in the list goes there
    assert view.current_location().page == 4


def test_note_request_carries_the_page(view, five_pages, qtbot):
    view.open(doc_resource(five_pages, "pdf"), Location(LocationKind.PAGE, page=2))
    with qtbot.waitSignal(view.noteRequested) as sig:
        view.pdf.act_note.trigger()
    assert sig.args[0] == {"location": Location(LocationKind.PAGE, page=2), "quote": None}


def test_broken_and_missing_pdfs_show_a_reason(view, tmp_path: Path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf")
    view.open(doc_resource(bad, "pdf"))
    assert view.stack.currentWidget() is view.message
    assert "not a readable PDF" in view.message.text()

    missing = doc_resource(tmp_path / "gone.pdf", "pdf")
    view.open(
        missing._replace(status=Status.MISSING, status_reason="The file was moved or deleted.")
    )
    assert "moved or deleted" in view.message.text()
    assert view.current_location() == Location(LocationKind.RESOURCE)


def test_close_resource_resets(view, five_pages):
    view.open(
        doc_resource(five_pages, "pdf"), Location(LocationKind.PAGE, page=3), terms=["equity"]
    )
    view.close_resource()
    assert view.resource is None
    assert view.current_location() == Location(LocationKind.RESOURCE)
    assert view.pdf.page_count == 0 and view.pdf.search_model.searchString() == ""


def test_reading_progress_is_saved(view, library, tmp_path, qtbot):
    docs = tmp_path / "docs"
    docs.mkdir()
    pdf_path = make_pdf(docs / "p.pdf", [["one"], ["two"], ["three"]])
    summary = library.import_all([pdf_path])
    rid = summary.results[0].resource_id
    view.open(library.get(rid))
    view.pdf.go_to_page(3)
    view.close_resource()  # flushes the debounced write
    assert library.progress(rid) == (3.0, True)


def test_outline_shown_and_navigates(view, tmp_path):
    from docfactory import make_pdf_with_outline

    pdf_path = make_pdf_with_outline(tmp_path / "outline.pdf", ["Premise", "Lens", "Budgets"])
    view.open(doc_resource(pdf_path, "pdf"))
    pdf = view.pdf
    assert pdf.page_count == 3
    assert pdf.side.isTabVisible(0) and pdf.side.currentWidget() is pdf.outline
    model = pdf.outline.model()
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles == ["Premise", "Lens", "Budgets"]
    pdf.outline.activated.emit(model.index(2, 0))
    assert view.current_location().page == 3
    # A PDF without an outline hides the tab again.
    view.open(doc_resource(make_pdf(tmp_path / "plain.pdf", [["x"]]), "pdf"))
    assert not pdf.side.isTabVisible(0) and pdf.side.currentWidget() is pdf.pages


def test_landing_deep_in_a_long_pdf_counts_matches_in_slices(view, tmp_path, qtbot):
    pages = [[f"Page {i + 1}", "equity" if i % 3 == 0 else "nothing"] for i in range(40)]
    long_pdf = make_pdf(tmp_path / "long.pdf", pages)
    view.open(doc_resource(long_pdf, "pdf"), Location(LocationKind.PAGE, page=37), terms=["equity"])
    pdf = view.pdf
    # On the page at once, with the match reported as current, before the count is done.
    assert view.current_location().page == 37
    assert pdf.current_match() == (37, 0)
    expected = sum(1 for i in range(36) if i % 3 == 0)  # matches on pages 1..36
    qtbot.waitUntil(lambda: pdf.view.currentSearchResultIndex() == expected, timeout=5000)
    assert pdf.current_match() == (37, 0)
    assert pdf.find_bar.status.text().startswith(f"{expected + 1} of")
    pdf.find_next()
    assert pdf.current_match() == (40, 0)


def test_hit_without_a_page_goes_to_the_first_match(view, five_pages):
    view.open(
        doc_resource(five_pages, "pdf"), Location(LocationKind.RESOURCE), terms=["conversations"]
    )
    assert view.current_location().page == 4
    assert view.pdf.current_match() == (4, 0)
