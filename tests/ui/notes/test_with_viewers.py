"""Notes with the real pieces: a Library, a PDF made by Qt, the DocumentView, search."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from real_desktop.core.library import Library
from real_desktop.core.models import Location, LocationKind, Outcome
from real_desktop.core.notes import NoteStore
from real_desktop.ui.notes.panel import NotesPanel

pytestmark = pytest.mark.gui


def write_pdf(path: Path, pages: list[str]) -> Path:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    writer.setResolution(72)
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 12))
    for i, text in enumerate(pages):
        if i:
            writer.newPage()
        painter.drawText(QRectF(50, 50, 500, 650), Qt.TextFlag.TextWordWrap, text)
    painter.end()
    return path


@pytest.fixture
def real_library(qapp: Any, tmp_path: Path) -> Iterator[Library]:
    docs = tmp_path / "docs"
    docs.mkdir()
    write_pdf(docs / "budget.pdf", [f"Page {i} of the equity budget guide." for i in range(1, 7)])
    lib = Library.open(tmp_path / "home", seed=False)
    assert lib.import_all([docs]).count(Outcome.ADDED) == 1
    yield lib
    lib.close()


@pytest.fixture
def parts(
    qtbot: Any, real_library: Library, sync_tasks: Any
) -> Iterator[tuple[Any, NotesPanel, NoteStore]]:
    from real_desktop.ui.viewers import DocumentView

    store = NoteStore(real_library)
    doc = DocumentView(real_library, sync_tasks)
    panel = NotesPanel(store, sync_tasks)
    for w in (doc, panel):
        qtbot.addWidget(w)
        w.resize(700, 700)
        w.show()
    # wired the way the main window wires them
    doc.noteRequested.connect(panel.add_note_at)
    panel.jumpRequested.connect(doc.go_to)
    panel.markersChanged.connect(
        lambda locs: doc.set_markers(sorted({loc.page for loc in locs if loc.page}))
    )
    yield doc, panel, store
    doc.close_resource()
    store.close()


def test_note_on_a_pdf_page_then_found_by_search_opens_at_its_page(
    qtbot: Any, parts: Any, real_library: Library
) -> None:
    doc, panel, store = parts
    (res,) = real_library.resources()
    doc.open(res)
    panel.set_resource(res)
    panel.set_viewer(doc)
    doc.go_to(Location(LocationKind.PAGE, page=4))
    assert doc.current_location().page == 4

    doc.request_note()  # the viewer's "Add note" on the current page
    note = panel.editor.note
    assert (
        note is not None and note.location.page == 4 and panel.editor.anchor_button.text() == "p. 4"
    )
    qtbot.keyClicks(panel.editor.body, "Ask finance about the zanzibarian line item")
    panel.editor.finish_editing()
    assert store.get(note.id).body == "Ask finance about the zanzibarian line item"
    assert doc.pdf.markers == [4]

    # a search hit in the note opens the PDF at the note's page, with the note selected
    hits = [
        h for h in real_library.search("zanzibarian").hits if h.location.kind is LocationKind.NOTE
    ]
    assert len(hits) == 1
    rid, anchor = store.resolve(hits[0].location)
    doc.close_resource()
    panel.set_resource(None)
    doc.open(real_library.get(rid), anchor)
    panel.set_resource(real_library.get(rid), select_note=anchor.note_id)
    assert doc.current_location().page == 4
    assert panel.current_note().id == note.id


def test_clicking_a_note_in_the_panel_moves_the_pdf(
    qtbot: Any, parts: Any, real_library: Library
) -> None:
    from PySide6.QtCore import Qt

    doc, panel, store = parts
    (res,) = real_library.resources()
    store.create(res.id, Location(LocationKind.PAGE, page=5), body="fifth")
    store.create(res.id, Location(LocationKind.PAGE, page=2), body="second")
    doc.open(res)
    panel.set_viewer(doc)
    panel.set_resource(res)
    assert doc.current_location().page == 1
    assert doc.pdf.markers == [2, 5]
    rect = panel.list.visualRect(panel.model.index(1))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert doc.current_location().page == 5
