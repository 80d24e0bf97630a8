"""The player inside the main window: Esc leaves it (full screen first) back to where the
user came from (defect 4); a hit in the Spanish captions opens the Spanish track (defect
8); a relinked video shows its captions at once (defect 2, UI side)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from real_desktop.ui.main_window import MainWindow
from tests.ui.test_main_window import make_talk, make_window

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")
WAIT = 10_000


@pytest.fixture
def runner(qapp):
    from real_desktop.ui.tasks import TaskRunner

    r = TaskRunner()
    yield r
    r.shutdown()


@pytest.fixture
def talk_window(qtbot, empty_library, runner, settings, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("REAL_DESKTOP_PLAYER", "qt")  # plays offscreen without a sound server
    make_talk(tmp_path / "talks")
    empty_library.import_all([tmp_path / "talks"])
    w = make_window(qtbot, empty_library, runner, settings)
    yield w
    w.close()


def _esc(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


def test_esc_leaves_the_player_back_to_the_search_results(qtbot, talk_window: MainWindow):
    w = talk_window
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(w.search.field, "listening")
    qtbot.waitUntil(lambda: w.search.model.rowCount() == 1)
    qtbot.keyClick(w.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.current_viewer is w.player_view, timeout=WAIT)
    player = w.player_view
    focus = QApplication.focusWidget()
    assert focus is player or player.isAncestorOf(focus)
    _esc(qtbot)
    assert w.current_viewer is None and w.center.currentWidget() is w.browse_stack
    assert w.browse_stack.currentWidget() is w.search  # where the user came from
    assert w.search.field.text() == "listening" and w.search.model.rowCount() == 1
    assert QApplication.focusWidget() is w.search.view


def test_esc_in_full_screen_only_leaves_full_screen_then_the_player(
    qtbot, talk_window: MainWindow
) -> None:
    w = talk_window
    w.open_resource(w.library.resources()[0])
    qtbot.waitUntil(lambda: w.current_viewer is w.player_view, timeout=WAIT)
    player = w.player_view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F)
    assert player.is_full_screen()
    _esc(qtbot)
    assert not player.is_full_screen()
    assert w.current_viewer is player and w.center.currentWidget() is player
    _esc(qtbot)
    assert w.current_viewer is None
    assert w.browse_stack.currentWidget() is w.browser  # opened from the library
    assert not w.isFullScreen()


def test_esc_in_the_transcript_find_field_clears_it_first(qtbot, talk_window: MainWindow):
    w = talk_window
    w.open_resource(w.library.resources()[0])
    qtbot.waitUntil(lambda: w.current_viewer is w.player_view, timeout=WAIT)
    find = w.player_view.transcript.find_edit
    find.setFocus()
    qtbot.keyClicks(find, "equity")
    _esc(qtbot)
    assert find.text() == "" and w.current_viewer is w.player_view
    _esc(qtbot)
    assert w.current_viewer is None


def test_a_hit_in_the_spanish_captions_opens_the_spanish_track(
    qtbot, home, runner, settings, monkeypatch
) -> None:
    from real_desktop.core.library import Library

    monkeypatch.setenv("REAL_DESKTOP_PLAYER", "qt")
    lib = Library.open(home)  # the starter library: the demo tour has en + es captions
    try:
        w = make_window(qtbot, lib, runner, settings)
        w.search.set_query("bienvenida", immediate=True)
        qtbot.waitUntil(lambda: w.search.model.rowCount() >= 1)
        hit = w.search.model.hit(w.search.model.index(0, 0))
        assert hit.track == "es"
        w.search.open_current()
        qtbot.waitUntil(lambda: w.current_viewer is w.player_view, timeout=WAIT)
        player = w.player_view
        assert player.current_track() == "es"
        assert player.track_box.currentData() == "es"  # the menu says so too
        transcript = player.transcript
        qtbot.waitUntil(lambda: transcript.model.rowCount() > 0, timeout=WAIT)
        assert "bienvenida" in transcript.model.cue(0).text
        qtbot.waitUntil(lambda: len(transcript.matches()) >= 1)
        assert transcript.count_label.text() != "0 found"
        # Opened from the library, the first track is shown, as before.
        w.back()
        w.open_resource(lib.get(hit.resource_id))
        qtbot.waitUntil(lambda: w.current_viewer is w.player_view, timeout=WAIT)
        assert player.current_track() == "en"
        w.close()
    finally:
        lib.close()


def test_locate_file_shows_the_captions_that_stayed_and_the_new_ones(
    qtbot, talk_window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    w = talk_window
    talk = w.library.resources()[0]
    moved = tmp_path / "moved"
    moved.mkdir()
    new_path = moved / "renamed-talk.mp4"
    Path(talk.path).rename(new_path)  # the .en.vtt stays where it was
    (moved / "renamed-talk.es.vtt").write_text(
        "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nBienvenidos a la sesión.\n"
    )
    w.open_resource(talk)
    player = w.player_view
    qtbot.waitUntil(lambda: player.is_showing_missing(), timeout=WAIT)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(new_path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    player.locate_button.click()
    qtbot.waitUntil(lambda: not player.is_showing_missing(), timeout=WAIT)
    qtbot.waitUntil(lambda: player.resource is not None and player.resource.path == str(new_path))
    assert sorted(player.tracks()) == ["en", "es"]  # kept, and found beside the new place
    assert player.track_box.isVisible()
    assert player.current_track() == "en"  # the track the user had stays chosen
    qtbot.waitUntil(lambda: player.transcript.model.rowCount() == 2, timeout=WAIT)
    assert "Welcome" in player.transcript.model.cue(0).text
    player.set_track("es")
    qtbot.waitUntil(lambda: player.transcript.model.rowCount() == 1, timeout=WAIT)
    assert "Bienvenidos" in player.transcript.model.cue(0).text


def test_the_search_hint_says_what_ctrl_f_does_where_the_user_is(
    qtbot, talk_window: MainWindow, tmp_path: Path
) -> None:
    w = talk_window
    field = w.search_field
    assert "Search the library" in field.placeholderText()
    assert "Ctrl+F or /" in field.placeholderText()
    w.open_resource(w.library.resources()[0])
    qtbot.waitUntil(lambda: w.current_viewer is w.player_view, timeout=WAIT)
    assert "Ctrl+F finds in the transcript" in field.placeholderText()
    assert field.toolTip() == field.placeholderText()
    # ... and it does: Ctrl+F in the player goes to the transcript's find field.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is w.player_view.transcript.find_edit
    w.back()
    assert "Ctrl+F or /" in field.placeholderText()
