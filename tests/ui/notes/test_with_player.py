"""Notes beside the real PlayerView: N makes a note at the current moment, playback pauses
while writing and resumes after, notes become seek-bar markers, a click seeks."""

from __future__ import annotations

import shutil
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
from real_desktop.ui.notes.panel import NotesPanel

sys.path.insert(0, str(Path(__file__).parents[2] / "player"))
import media_files  # noqa: E402

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg"),
]
WAIT = 10_000


@pytest.fixture
def video_library(qapp: Any, tmp_path: Path) -> Iterator[Library]:
    media = tmp_path / "media"
    media_files.make_video(media / "talk.mp4", seconds=12)
    lib = Library.open(tmp_path / "home", seed=False)
    summary = lib.import_all([media])
    assert not summary.of("failed"), summary.results
    yield lib
    lib.close()


@pytest.fixture
def rig(
    qtbot: Any, video_library: Library, sync_tasks: Any
) -> Iterator[tuple[Any, NotesPanel, NoteStore, QWidget]]:
    from real_desktop.ui.player.view import PlayerView

    store = NoteStore(video_library)
    win = QWidget()
    pv = PlayerView(video_library, sync_tasks, parent=win)
    panel = NotesPanel(store, sync_tasks, win)
    lay = QHBoxLayout(win)
    lay.addWidget(pv, 3)
    lay.addWidget(panel, 1)
    qtbot.addWidget(win)
    win.resize(1200, 600)
    win.show()
    qtbot.waitExposed(win)
    # wired as the main window wires them
    pv.noteRequested.connect(panel.add_note_at)
    panel.jumpRequested.connect(pv.go_to)
    panel.markersChanged.connect(pv.set_note_markers)
    yield pv, panel, store, win
    pv.close_resource()
    store.close()


def test_n_while_watching_pauses_writes_and_resumes(
    qtbot: Any, rig: Any, video_library: Library
) -> None:
    pv, panel, store, win = rig
    (res,) = video_library.resources()
    pv.open(res, Location(LocationKind.TIME, start=5.0))
    panel.set_resource(res)
    panel.set_viewer(pv)
    qtbot.waitUntil(lambda: pv.player is not None and pv.player.state() == "playing", timeout=WAIT)
    win.activateWindow()
    pv.setFocus()
    qtbot.waitUntil(
        lambda: pv.isAncestorOf(QApplication.focusWidget()) or QApplication.focusWidget() is pv
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)  # the player's own shortcut

    note = panel.editor.note
    assert note is not None and note.location.kind is LocationKind.TIME
    assert 2.0 <= note.location.start <= 12.0
    assert panel.editor.editing and panel.editor.body.hasFocus()
    qtbot.waitUntil(lambda: pv.player.state() == "paused", timeout=WAIT)
    # typing goes into the note, not to the player's K/J/L/M shortcuts
    qtbot.keyClicks(panel.editor.body, "kjlm Budgets show values")
    assert pv.player.state() == "paused" and not pv.is_muted()
    qtbot.keyClick(panel.editor.body, Qt.Key.Key_Escape)
    assert store.get(note.id).body == "kjlm Budgets show values"
    qtbot.waitUntil(lambda: pv.player.state() == "playing", timeout=WAIT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pv)
    assert pv.seek_bar.markers() == [(note.location.start, note.anchor_label)]
    # focus is back on the player: its shortcuts work again (M mutes)
    qtbot.keyClick(pv, Qt.Key.Key_M)
    assert pv.is_muted()


def test_clicking_a_note_seeks_the_video(qtbot: Any, rig: Any, video_library: Library) -> None:
    pv, panel, store, _win = rig
    (res,) = video_library.resources()
    store.create(res.id, Location(LocationKind.TIME, start=9.0), body="near the end")
    store.create(res.id, Location(LocationKind.TIME, start=1.0), body="start")
    pv.open(res, Location(LocationKind.TIME, start=3.0))
    panel.set_viewer(pv)
    panel.set_resource(res)
    assert [m[0] for m in pv.seek_bar.markers()] == [1.0, 9.0]
    qtbot.waitUntil(lambda: pv.player is not None and pv.player.state() == "playing", timeout=WAIT)
    rect = panel.list.visualRect(panel.model.index(1))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: 8.5 <= pv.position() <= 12.0, timeout=WAIT)
