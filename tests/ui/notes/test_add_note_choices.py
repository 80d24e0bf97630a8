"""Where a new note is anchored: Add note's menu (here / the whole resource), a missing
video and a heading-less document falling back to the whole resource, a PDF page badge
selecting that page's note, and a long quote kept to a few lines in the editor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from real_desktop.core.library import Library
from real_desktop.core.models import Location, LocationKind, Outcome, Status
from real_desktop.core.notes import NoteStore
from real_desktop.ui import theme
from real_desktop.ui.notes.editor import QUOTE_LINES
from real_desktop.ui.notes.panel import NotesPanel

pytestmark = pytest.mark.gui


@pytest.fixture
def doc(qtbot: Any, library: Library, sync_tasks: Any) -> Iterator[Any]:
    from real_desktop.ui.viewers import DocumentView

    d = DocumentView(library, sync_tasks)
    qtbot.addWidget(d)
    d.resize(700, 700)
    d.show()
    yield d
    d.close_resource()


def _wire(doc: Any, panel: NotesPanel) -> None:
    """As the main window wires them."""
    doc.noteRequested.connect(panel.add_note_at)
    panel.markersChanged.connect(
        lambda locs: doc.set_markers(sorted({loc.page for loc in locs if loc.page}))
    )


def test_add_note_menu_offers_this_page_or_the_whole_document(
    qtbot: Any, panel: NotesPanel, doc: Any, library: Library, store: NoteStore
) -> None:
    doc.open(library.get("pdf"), Location(LocationKind.PAGE, page=6))
    _wire(doc, panel)
    panel.set_resource(library.get("pdf"))
    panel.set_viewer(doc)
    assert panel.add_button.menu() is not None
    assert panel.add_here_action.text() == "Note on this page"
    assert panel.add_whole_action.text() == "Note on the whole document"

    panel.add_button.click()  # the button itself: here, as before
    here = panel.editor.note
    assert here is not None and here.location == Location(LocationKind.PAGE, page=6)
    qtbot.keyClicks(panel.editor.body, "on page six")
    panel.editor.finish_editing()

    panel.add_whole_action.trigger()
    whole = panel.editor.note
    assert whole is not None and whole.id != here.id
    assert whole.location.kind is LocationKind.RESOURCE
    assert panel.editor.anchor_button.text() == "Whole resource"
    qtbot.keyClicks(panel.editor.body, "about all of it")
    panel.editor.finish_editing()
    assert store.get(whole.id).location.kind is LocationKind.RESOURCE

    qtbot.keyClick(
        doc.pdf.view,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert panel.editor.note.location == Location(LocationKind.PAGE, page=6)  # unchanged


def test_a_missing_video_notes_the_whole_video_not_0_00(
    qtbot: Any, panel: NotesPanel, library: Library, sync_tasks: Any
) -> None:
    from real_desktop.ui.player.view import PlayerView

    vid = library.get("vid")
    assert vid.status is Status.MISSING  # the catalog entry with no file here
    pv = PlayerView(library, sync_tasks)
    qtbot.addWidget(pv)
    pv.resize(800, 500)
    pv.show()
    pv.open(vid)
    pv.noteRequested.connect(panel.add_note_at)
    panel.set_resource(vid)
    panel.set_viewer(pv)
    assert panel.add_here_action.text() == "Note at this moment"
    assert panel.add_whole_action.text() == "Note on the whole video"
    assert not panel.add_here_action.isEnabled()  # there is no moment to point at

    panel.add_button.click()
    assert panel.editor.note is not None
    assert panel.editor.note.location.kind is LocationKind.RESOURCE
    panel.editor.finish_editing()  # empty: discarded

    pv.request_note()  # N in the player
    assert panel.editor.note.location.kind is LocationKind.RESOURCE
    assert panel.editor.anchor_button.text() == "Whole resource"
    pv.close_resource()


def test_a_document_without_headings_notes_the_whole_document(
    qtbot: Any, panel: NotesPanel, doc: Any, library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "memo.md").write_text("A memo with no heading at all.\n", encoding="utf-8")
    assert library.import_all([folder]).count(Outcome.ADDED) == 1
    memo = next(r for r in library.resources() if r.title.lower().startswith("memo"))
    _wire(doc, panel)
    with qtbot.waitSignal(doc.loaded, timeout=5000):
        doc.open(memo)
    panel.set_resource(memo)
    panel.set_viewer(doc)
    assert panel.add_here_action.text() == "Note on this section"
    panel.add_button.click()
    assert panel.editor.note.location.kind is LocationKind.RESOURCE
    assert panel.editor.anchor_button.text() == "Whole resource"  # not "p. 1"


def test_clicking_a_page_badge_selects_that_pages_first_note(
    qtbot: Any, panel: NotesPanel, doc: Any, library: Library, store: NoteStore
) -> None:
    store.create("pdf", Location(LocationKind.PAGE, page=1), body="first on page one")
    store.create("pdf", Location(LocationKind.PAGE, page=4), body="on page four")
    _wire(doc, panel)
    doc.open(library.get("pdf"))
    panel.set_viewer(doc)
    panel.set_resource(library.get("pdf"))
    assert doc.pdf.markers == [1, 4]
    badge = doc.pdf.view.note_badge_rect(0)
    assert badge is not None
    panel.list.setCurrentIndex(panel.model.index(1))  # the page-four note
    qtbot.mouseClick(doc.pdf.view.viewport(), Qt.MouseButton.LeftButton, pos=badge.center())
    assert panel.current_note().body == "first on page one"
    assert not panel.show_page_note(2)  # no note there: nothing changes
    assert panel.current_note().body == "first on page one"


def test_a_long_quote_is_kept_to_a_few_lines_with_the_whole_in_its_tooltip(
    qtbot: Any, qapp: Any, panel: NotesPanel, library: Library, store: NoteStore
) -> None:
    theme.apply(qapp, "light")  # the app's own text size, not the test app's smaller one
    panel.resize(380, 720)  # the notes panel's height in a 1280×800 window
    long_quote = " ".join(f"sentence {i} of a long passage about budgets." for i in range(60))
    store.create("pdf", Location(LocationKind.PAGE, page=2), body="", quote=long_quote)
    store.create("pdf", Location(LocationKind.PAGE, page=3), body="short", quote="equity lens")
    panel.set_resource(library.get("pdf"))
    panel.list.setCurrentIndex(panel.model.index(0))
    label = panel.editor.quote
    assert label.isVisibleTo(panel)
    assert label.text().endswith("…") and label.elided
    assert label.toolTip() == f"“{long_quote}”"
    line = label.fontMetrics().lineSpacing()
    assert label.heightForWidth(label.width()) <= (QUOTE_LINES + 1) * line
    # The note itself keeps room to be written (once the layout has settled).
    qtbot.waitUntil(lambda: panel.editor.stack.height() > 4 * line)
    panel.list.setCurrentIndex(panel.model.index(1))
    assert label.text() == "“equity lens”" and label.toolTip() == "" and not label.elided


def test_a_quote_in_a_short_panel_shows_whole_lines(
    qtbot: Any, panel: NotesPanel, library: Library, store: NoteStore
) -> None:
    """A squeezed editor (large text, a short window) used to cut the quote's last line
    in half; the note's text box gives way instead (it scrolls)."""
    long_quote = " ".join(f"sentence {i} of a long passage about budgets." for i in range(60))
    store.create("pdf", Location(LocationKind.PAGE, page=2), body="x", quote=long_quote)
    panel.resize(380, 420)
    panel.set_resource(library.get("pdf"))
    panel.list.setCurrentIndex(panel.model.index(0))
    label = panel.editor.quote
    qtbot.waitUntil(lambda: label.width() > 100)
    qtbot.wait(50)
    assert label.height() >= label.heightForWidth(label.width())
