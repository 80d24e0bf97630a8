"""NotesPanel offscreen: ordered list, add at a place, autosave, undo, delete/undo, jump.

The viewers beside it are the real ones: the PlayerView playing the "vid" recording (the
catalog entry re-linked to a video made with ffmpeg) and the DocumentView on the "pdf".
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from real_desktop.core.library import Library
from real_desktop.core.models import Location, LocationKind
from real_desktop.core.notes import NoteStore
from real_desktop.ui.notes import editor as editor_mod
from real_desktop.ui.notes.panel import NotesPanel

sys.path.insert(0, str(Path(__file__).parents[2] / "player"))
import media_files  # noqa: E402

pytestmark = pytest.mark.gui
needs_ffmpeg = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")
WAIT = 10_000


def stored_body(db: Path, note_id: str) -> str | None:
    """What another connection (another process, after a crash) would read."""
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT body FROM notes WHERE id = ?", (note_id,)).fetchone()
    finally:
        conn.close()
    return row[0] if row else None


@pytest.fixture
def playing(qtbot: Any, library: Library, sync_tasks: Any, tmp_path: Path) -> Iterator[Any]:
    """A real PlayerView playing "vid" from 5 s: the catalog video, found on this computer.
    It sits in a window with room for a panel beside it, as in the main window."""
    from real_desktop.ui.player.view import PlayerView

    video = media_files.make_video(tmp_path / "media" / "talk.mp4", seconds=30, chapters=False)
    assert library.relink("vid", video).path == str(video)
    win = QWidget()
    pv = PlayerView(library, sync_tasks, parent=win)
    QHBoxLayout(win).addWidget(pv, 3)
    qtbot.addWidget(win)
    win.resize(1100, 600)
    win.show()
    qtbot.waitExposed(win)
    pv.open(library.get("vid"), Location(LocationKind.TIME, start=5.0))
    qtbot.waitUntil(lambda: pv.player is not None and pv.player.state() == "playing", timeout=WAIT)
    yield pv
    pv.close_resource()


@pytest.fixture
def pdf_at_page_6(qtbot: Any, library: Library, sync_tasks: Any) -> Any:
    """A real DocumentView showing page 6 of the 12-page "pdf"."""
    from real_desktop.ui.viewers import DocumentView

    doc = DocumentView(library, sync_tasks)
    qtbot.addWidget(doc)
    doc.resize(700, 700)
    doc.show()
    doc.open(library.get("pdf"), Location(LocationKind.PAGE, page=6))
    qtbot.waitUntil(lambda: doc.current_location().page == 6)
    return doc


def test_lists_notes_in_anchor_order_with_labels_and_markers(
    qtbot: Any, panel: NotesPanel, store: NoteStore, library: Library
) -> None:
    assert panel.list_stack.currentWidget() is panel.empty
    assert "Open a document" in panel.empty.text()
    for t in (300, 5, 3725):
        store.create("vid", Location(LocationKind.TIME, start=t), body=f"at {t}")
    store.create("vid", None, body="whole talk")
    with qtbot.waitSignal(panel.markersChanged) as sig:
        panel.set_resource(library.get("vid"))
    labels = [panel.model.index(i).data() for i in range(panel.model.rowCount())]
    assert labels == [
        "Whole resource — whole talk",
        "0:05 — at 5",
        "5:00 — at 300",
        "1:02:05 — at 3725",
    ]
    assert [loc.start for loc in sig.args[0]] == [None, 5, 300, 3725]
    assert panel.list_stack.currentWidget() is panel.list

    panel.set_resource(library.get("pdf"))
    assert panel.model.rowCount() == 0
    assert "No notes yet" in panel.empty.text()
    assert panel.list_stack.currentWidget() is panel.empty


def test_clicking_a_note_requests_a_jump(
    qtbot: Any, panel: NotesPanel, store: NoteStore, library: Library
) -> None:
    store.create("pdf", Location(LocationKind.PAGE, page=9), body="later page")
    target = store.create("pdf", Location(LocationKind.PAGE, page=4), body="read this")
    panel.set_resource(library.get("pdf"))
    rect = panel.list.visualRect(panel.model.index(0))
    with qtbot.waitSignal(panel.jumpRequested) as sig:
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sig.args == [target.location]
    assert panel.editor.note.id == target.id
    # the anchor button in the editor jumps too
    with qtbot.waitSignal(panel.jumpRequested) as sig2:
        panel.editor.anchor_button.click()
    assert sig2.args[0].page == 4


@needs_ffmpeg
def test_typing_is_saved_within_a_second_without_a_save_button(
    qtbot: Any, store: NoteStore, async_tasks: Any, library: Library, playing: Any
) -> None:
    assert editor_mod.DELAY_MS <= 1000
    viewer = playing
    panel = NotesPanel(store, async_tasks)
    viewer.window().layout().addWidget(panel, 1)  # beside the player
    viewer.window().activateWindow()
    panel.set_viewer(viewer)
    panel.set_resource(library.get("vid"))
    qtbot.waitUntil(lambda: panel.list_stack.currentWidget() is panel.empty)

    here = viewer.current_location()
    panel.add_note_at(here)
    qtbot.waitUntil(lambda: panel.editor.editing and panel.editor.note is not None)
    note_id = panel.editor.note.id
    assert panel.editor.note.location == here  # the moment the player was at
    assert panel.editor.anchor_button.text() == here.label
    # pause-while-writing is on by default
    qtbot.waitUntil(lambda: viewer.player.state() == "paused", timeout=WAIT)
    qtbot.keyClicks(panel.editor.body, "Listen for the **budget** question")
    # a second connection sees the text without any explicit save
    qtbot.waitUntil(
        lambda: stored_body(store.db_path, note_id) == "Listen for the **budget** question",
        timeout=3000,
    )
    qtbot.waitUntil(lambda: panel.editor.status.text() == "Saved")
    # …and is in the library's search index, as a hit on this note
    hits = [
        h for h in library.search("listen question").hits if h.location.kind is LocationKind.NOTE
    ]
    assert [(h.resource_id, h.location.note_id) for h in hits] == [("vid", note_id)]

    # Esc closes the editor: the player gets focus back and plays on
    qtbot.keyClick(panel.editor.body, Qt.Key.Key_Escape)
    assert not panel.editor.editing
    qtbot.waitUntil(lambda: viewer.player.state() == "playing", timeout=WAIT)
    qtbot.waitUntil(lambda: not panel.editor.body.hasFocus())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is viewer)  # its shortcuts work again
    assert (
        "<strong>budget</strong>" in panel.editor.preview.toHtml()
        or "budget" in panel.editor.preview.toPlainText()
    )
    assert "**" not in panel.editor.preview.toPlainText()  # rendered, not raw Markdown
    async_tasks.wait()


def test_switching_resource_or_closing_flushes_at_once(
    qtbot: Any, store: NoteStore, async_tasks: Any, library: Library
) -> None:
    note = store.create("vid", Location(LocationKind.TIME, start=10), body="")
    panel = NotesPanel(store, async_tasks)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_resource(library.get("vid"), select_note=note.id)
    qtbot.waitUntil(lambda: panel.editor.note is not None)
    panel.editor.start_editing()
    qtbot.keyClicks(panel.editor.body, "first words")
    panel.set_resource(library.get("pdf"))  # before the debounce fires
    qtbot.waitUntil(lambda: stored_body(store.db_path, note.id) == "first words")

    panel.set_resource(library.get("vid"), select_note=note.id)
    qtbot.waitUntil(lambda: panel.editor.note is not None and panel.editor.note.id == note.id)
    panel.editor.start_editing()
    qtbot.keyClicks(panel.editor.body, ", then more")
    panel.close()  # synchronous flush: on disk when close() returns
    assert stored_body(store.db_path, note.id) == "first words, then more"
    async_tasks.wait()


def test_undo_redo_in_the_editor_and_the_saved_text_follows(
    qtbot: Any, panel: NotesPanel, store: NoteStore, library: Library
) -> None:
    panel.set_resource(library.get("pdf"))
    panel.add_note_at(
        {"location": Location(LocationKind.PAGE, page=3), "quote": "racial equity lens"}
    )
    note_id = panel.editor.note.id
    assert (
        panel.editor.quote.isVisibleTo(panel) and "racial equity lens" in panel.editor.quote.text()
    )
    assert store.get(note_id).quote == "racial equity lens"
    qtbot.keyClicks(panel.editor.body, "alpha")
    assert panel.editor.status.text() == "Editing…"  # not on disk yet: the indicator says so
    assert store.get(note_id).body == ""
    panel.editor.body.selectAll()
    qtbot.keyClicks(panel.editor.body, "beta")
    assert panel.editor.undo_button.isEnabled()
    panel.editor.undo_button.click()
    assert panel.editor.body.toPlainText() == "alpha"
    panel.autosaver.flush()
    assert store.get(note_id).body == "alpha"
    panel.editor.redo_button.click()
    assert panel.editor.body.toPlainText() == "beta"
    # …and from the keyboard
    qtbot.keyClick(panel.editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.editor.body.toPlainText() == "alpha"
    qtbot.keyClick(
        panel.editor.body,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert panel.editor.body.toPlainText() == "beta"
    panel.autosaver.flush()
    assert store.get(note_id).body == "beta"

    panel.editor.tags.setFocus()
    qtbot.keyClicks(panel.editor.tags, "budget, #lens")
    panel.autosaver.flush()
    assert store.get(note_id).tags == ("budget", "lens")


def test_delete_shows_undo_bar_and_undo_restores(
    qtbot: Any, panel: NotesPanel, store: NoteStore, library: Library
) -> None:
    keep = store.create("pdf", Location(LocationKind.PAGE, page=1), body="keep")
    gone = store.create("pdf", Location(LocationKind.PAGE, page=2), body="delete me")
    panel.set_resource(library.get("pdf"), select_note=gone.id)
    assert panel.current_note().id == gone.id
    with qtbot.waitSignal(panel.markersChanged) as sig:
        panel.editor.delete_button.click()
    assert [loc.page for loc in sig.args[0]] == [1]
    assert [n.id for n in panel.notes()] == [keep.id]
    assert store.get(gone.id).deleted
    assert panel.undo_bar.isVisibleTo(panel) and "p. 2" in panel.undo_label.text()

    panel.undo_button.click()
    assert not store.get(gone.id).deleted
    assert [n.id for n in panel.notes()] == [keep.id, gone.id]
    assert panel.current_note().id == gone.id
    assert not panel.undo_bar.isVisibleTo(panel)

    # Delete key on the list does the same
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert store.get(gone.id).deleted


def test_an_empty_new_note_is_discarded_when_editing_ends(
    qtbot: Any, panel: NotesPanel, store: NoteStore, library: Library, pdf_at_page_6: Any
) -> None:
    panel.set_viewer(pdf_at_page_6)
    panel.set_resource(library.get("pdf"))
    panel.add_button.click()
    nid = panel.editor.note.id
    assert store.get(nid).location.page == 6
    panel.editor.done_button.click()
    assert store.get(nid) is None and store.count(deleted=True) == 0
    assert panel.model.rowCount() == 0
    # …but one that was written in stays, even after it is emptied again
    panel.add_button.click()
    qtbot.keyClicks(panel.editor.body, "x")
    panel.autosaver.flush()
    panel.editor.body.clear()
    panel.editor.finish_editing()
    assert panel.model.rowCount() == 1


def test_no_resource_means_nothing_to_add(panel: NotesPanel, store: NoteStore) -> None:
    panel.set_resource(None)
    assert not panel.add_button.isEnabled()
    panel.add_note_at(Location(LocationKind.TIME, start=1))
    assert store.count() == 0


@needs_ffmpeg
def test_pause_setting_off_leaves_playback_alone(
    qtbot: Any, panel: NotesPanel, library: Library, playing: Any
) -> None:
    viewer = playing
    states: list[str] = []
    viewer.player.stateChanged.connect(states.append)
    panel.set_viewer(viewer)
    with qtbot.waitSignal(panel.pauseWhileWritingChanged) as sig:
        panel.pause_action.trigger()  # the checkable menu entry
    assert sig.args == [False] and not panel.pause_while_writing
    panel.set_resource(library.get("vid"))
    panel.add_note_at(viewer.current_location())
    qtbot.keyClicks(panel.editor.body, "no pause")
    panel.editor.finish_editing()
    # Player.pause() reports "paused" at once: nothing was asked of the engine
    assert states == [] and viewer.player.state() == "playing"


def test_a_failed_write_keeps_the_text_and_retries(
    qtbot: Any,
    panel: NotesPanel,
    store: NoteStore,
    library: Library,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sqlite3 as sqlite

    note = store.create("vid", Location(LocationKind.TIME, start=3), body="")
    panel.set_resource(library.get("vid"), select_note=note.id)
    panel.editor.start_editing()
    real_update = NoteStore.update
    calls = {"n": 0}

    def flaky(self: NoteStore, note_id: str, *, body: str | None = None, tags: Any = None) -> Any:
        calls["n"] += 1
        if calls["n"] == 1:
            raise sqlite.OperationalError("disk I/O error")
        return real_update(self, note_id, body=body, tags=tags)

    monkeypatch.setattr(NoteStore, "update", flaky)
    monkeypatch.setattr(editor_mod, "RETRY_MS", 100)
    qtbot.keyClicks(panel.editor.body, "do not lose this")
    panel.autosaver.flush()
    assert panel.editor.status.text() == "Not saved yet, retrying"
    assert "disk I/O error" in panel.editor.status.toolTip()
    assert store.get(note.id).body == ""
    qtbot.waitUntil(
        lambda: store.get(note.id).body == "do not lose this", timeout=6000
    )  # the retry
    assert panel.editor.status.text() == "Saved"
