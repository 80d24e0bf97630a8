"""The player view with a real library, real media and real libvlc (dummy outputs)."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from media_files import LONG_CUES, long_cue_text
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolTip

from real_desktop.core.models import Location, LocationKind, Status
from real_desktop.core.timefmt import format_time

WAIT = 10_000


def by_file(library, name: str):
    return next(r for r in library.resources() if r.path and Path(r.path).name == name)


def _playing_at(qtbot, view, lo: float, hi: float) -> None:
    qtbot.waitUntil(
        lambda: (
            view.player is not None
            and view.player.state() == "playing"
            and view.player.duration() > 0  # the engine has really started
            and lo <= view.position() <= hi
        ),
        timeout=WAIT,
    )


def _transcript_ready(qtbot, view) -> None:
    """The transcript is filled after the first frame (or an error, or a short fallback)."""
    qtbot.waitUntil(
        lambda: not view.transcript_pending() and view.transcript.model.rowCount() > 0,
        timeout=WAIT,
    )


def test_open_at_cue_starts_two_seconds_before_with_cue_selected(qtbot, view, library):
    talk = by_file(library, "talk.mp4")
    view.open(talk, Location(LocationKind.TIME, start=8.0, end=10.0), ("budgets",))
    _playing_at(qtbot, view, 5.9, 7.9)
    _transcript_ready(qtbot, view)
    row = view.transcript.selected_row()
    assert row is not None
    assert view.transcript.model.cue(row).text == "Budgets show what a city values."
    # The search terms are found in the transcript too.
    assert view.transcript.matches() == [row]
    qtbot.waitUntil(lambda: view.transcript.model.current_row() in (3, 4), timeout=WAIT)


def test_transcript_click_seeks_there(qtbot, view, library):
    view.open(by_file(library, "talk.mp4"))
    _playing_at(qtbot, view, 0.0, 12.0)
    _transcript_ready(qtbot, view)
    lst = view.transcript.list
    index = view.transcript.proxy.index(5, 0)
    lst.scrollTo(index)
    rect = lst.visualRect(index)
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _playing_at(qtbot, view, 10.0, 12.0)
    qtbot.waitUntil(lambda: view.transcript.model.current_row() == 5, timeout=WAIT)
    assert view.caption_text() == "Thank you for joining us today."


def test_transcript_is_filled_after_the_first_frame_with_the_cue_in_view(qtbot, view, library):
    """open() starts the engine and leaves the transcript for later; once the first frame
    is up it is filled, the hit's cue selected and scrolled into view, the words found."""
    talk = by_file(library, "talk.mp4")
    view.open(talk, Location(LocationKind.TIME, start=10.0, end=12.0), ("thank",))
    # Right after open(): playback is under way, the transcript is not there yet, but the
    # layout-setting parts (caption tracks) and the find field are.
    assert view.transcript_pending()
    assert view.transcript.model.rowCount() == 0
    assert not view.transcript.empty_label.isVisibleTo(view)  # no "No transcript" flash
    assert view.transcript.find_edit.text() == "thank"
    assert view.tracks() == ["en", "es"]
    assert view.player.state() == "playing"
    with qtbot.waitSignal(view.player.firstFrame, timeout=WAIT):
        pass
    assert view.player.frame_shown()
    _transcript_ready(qtbot, view)
    t = view.transcript
    assert t.model.rowCount() == 6
    row = t.selected_row()
    assert row == 5 and t.model.cue(row).text == "Thank you for joining us today."
    assert t.matches() == [5]
    assert t.count_label.text() == "1 found"
    index = t.proxy.mapFromSource(t.model.index(row))
    assert t.list.viewport().rect().intersects(t.list.visualRect(index))
    # The cue playing (the one before the hit, 2 s of lead-in) is highlighted.
    qtbot.waitUntil(lambda: t.model.current_row() in (4, 5), timeout=WAIT)


def test_a_slow_first_frame_does_not_hold_the_transcript_back(qtbot, view, library):
    """The fallback timer fills the transcript when the engine takes long; the first
    frame arriving afterwards does not fill it a second time."""
    view.open(by_file(library, "talk.mp4"), Location(LocationKind.TIME, start=8.0))
    assert view._fill_timer.isActive() and view.transcript_pending()
    view._fill_timer.timeout.emit()  # the fallback firing, without waiting for it
    assert not view.transcript_pending() and view.transcript.model.rowCount() == 6
    assert view.transcript.selected_row() == 4
    view.transcript.select_row(0)  # the reader moves on
    qtbot.waitUntil(view.player.frame_shown, timeout=WAIT)
    assert view.transcript.selected_row() == 0  # not reset by a second fill


def test_find_text_typed_before_the_transcript_arrives_is_kept(qtbot, view, library):
    view.open(by_file(library, "talk.mp4"), Location(LocationKind.TIME, start=8.0), ("budgets",))
    assert view.transcript_pending()
    view.transcript.find_edit.setText("council")  # the user types while the video opens
    _transcript_ready(qtbot, view)
    assert view.transcript.find_edit.text() == "council"
    assert view.transcript.matches() == [3]


def test_reopening_before_the_first_frame_shows_the_new_transcript(qtbot, view, library):
    """A fill meant for the first recording must not land in the second."""
    view.open(by_file(library, "talk.mp4"))
    view.open(by_file(library, "tone.m4a"))
    _transcript_ready(qtbot, view)
    assert [c.text for c in view.transcript.model.cues()] == ["A steady tone."]


def test_resume_after_reopening(qtbot, view, library):
    talk = by_file(library, "talk.mp4")
    view.open(talk)
    _playing_at(qtbot, view, 0.0, 12.0)
    view.seek(7.0)
    view.player.pause()
    qtbot.waitUntil(lambda: view.player.state() == "paused", timeout=WAIT)
    view.close_resource()
    pos, finished = library.progress(talk.id)
    assert pos == pytest.approx(7.0, abs=1.0) and not finished
    view.open(talk)
    _playing_at(qtbot, view, pos - 0.1, 11.9)


def test_watching_to_the_end_marks_finished_and_restarts(qtbot, view, library):
    talk = by_file(library, "talk.mp4")
    view.open(talk)
    _playing_at(qtbot, view, 0.0, 12.0)
    view.seek(11.3)
    qtbot.waitUntil(lambda: view.player.state() == "ended", timeout=WAIT)
    view.close_resource()
    assert library.progress(talk.id)[1] is True
    view.open(talk)  # a finished recording starts from the beginning
    _playing_at(qtbot, view, 0.0, 4.0)


def test_captions_toggle_and_track_switch(qtbot, view, library):
    view.open(by_file(library, "talk.mp4"))
    assert view.tracks() == ["en", "es"]
    assert view.track_box.isVisibleTo(view)
    _transcript_ready(qtbot, view)
    view.seek(2.5)
    qtbot.waitUntil(
        lambda: view.caption_text() == "Equity starts with listening to residents.", timeout=WAIT
    )
    assert view.captions_visible()
    view.player.pause()
    view.set_track("es")
    assert view.current_track() == "es"
    qtbot.waitUntil(
        lambda: view.caption_text() == "La equidad empieza por escuchar a los vecinos.",
        timeout=WAIT,
    )
    assert view.transcript.model.cue(0).text.startswith("Bienvenidos")
    view.cc_button.click()
    assert not view.captions_visible()
    view.cc_button.click()
    assert view.captions_visible()


def test_missing_media_locate_relinks_it_and_its_neighbours(
    qtbot, view, library, media_dir, tmp_path, monkeypatch
):
    talk = by_file(library, "talk.mp4")
    panel = by_file(library, "panel.mp4")
    moved = tmp_path / "usb-stick"
    moved.mkdir()
    for name in ("talk.mp4", "panel.mp4"):
        shutil.move(media_dir / name, moved / name)
    gone = library.get(talk.id)
    view.open(gone)
    assert view.is_showing_missing()
    # No engine to wait for: the transcript is there at once (it lives in the library).
    assert not view.transcript_pending() and view.transcript.model.rowCount() == 6
    assert view.locate_button.isVisibleTo(view) and view.locate_button.isEnabled()
    assert not view.play_button.isEnabled()

    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(moved / "talk.mp4"), ""))
    )

    def yes(_parent, _title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    relinked: list[str] = []
    view.resourceChanged.connect(lambda r: relinked.append(r.id))
    view.locate_button.click()
    qtbot.waitUntil(lambda: len(relinked) == 2, timeout=WAIT)
    assert library.get(talk.id).path == str(moved / "talk.mp4")
    assert library.get(panel.id).path == str(moved / "panel.mp4")
    assert library.get(panel.id).status is Status.OK
    # One neighbour: singular wording, in the question and in the result.
    assert asked == ["1 other missing recording was found in the same folder. Link it too?"]
    qtbot.waitUntil(lambda: view.message_label.text() == "Linked 1 more recording.", timeout=WAIT)
    assert not view.is_showing_missing()
    _playing_at(qtbot, view, 0.0, 12.0)


def test_locating_a_wrong_file_says_why_and_keeps_the_entry(
    qtbot, view, library, media_dir, tmp_path, monkeypatch
):
    talk = by_file(library, "talk.mp4")
    os.remove(media_dir / "talk.mp4")
    note = tmp_path / "notes.txt"
    note.write_text("not a video")
    view.open(library.get(talk.id))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(note), ""))
    )
    view.locate_button.click()
    qtbot.waitUntil(lambda: view.message_label.isVisibleTo(view), timeout=WAIT)
    assert "notes.txt" in view.message_label.text()
    assert library.get(talk.id).path == str(media_dir / "talk.mp4")  # nothing lost
    assert view.is_showing_missing() and view.locate_button.isEnabled()


def test_keyboard_shortcuts(qtbot, view, library):
    view.open(by_file(library, "talk.mp4"))
    _playing_at(qtbot, view, 0.0, 12.0)
    view.transcript.list.setFocus()
    view.activateWindow()
    qtbot.waitUntil(lambda: view.isActiveWindow(), timeout=WAIT)
    target = view.transcript.list

    qtbot.keyClick(target, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.player.state() == "paused", timeout=WAIT)
    qtbot.keyClick(target, Qt.Key.Key_K)
    assert view.player.state() == "playing"
    view.player.pause()
    view.seek(5.0)
    qtbot.keyClick(target, Qt.Key.Key_L)
    assert view.position() == pytest.approx(11.95, abs=0.2)  # clamped to the end
    view.seek(5.0)
    qtbot.keyClick(target, Qt.Key.Key_Right)
    assert view.position() == pytest.approx(10.0, abs=0.2)
    qtbot.keyClick(target, Qt.Key.Key_Left)
    assert view.position() == pytest.approx(5.0, abs=0.2)
    qtbot.keyClick(target, Qt.Key.Key_J)
    assert view.position() == pytest.approx(0.0, abs=0.2)

    view.set_volume(50)
    qtbot.keyClick(target, Qt.Key.Key_Up)
    assert view.player.volume() == 55 and view.volume_slider.value() == 55
    qtbot.keyClick(target, Qt.Key.Key_Down)
    qtbot.keyClick(target, Qt.Key.Key_Down)
    assert view.player.volume() == 45
    qtbot.keyClick(target, Qt.Key.Key_M)
    assert view.player.is_muted() and view.mute_button.isChecked()
    qtbot.keyClick(target, Qt.Key.Key_M)
    assert not view.player.is_muted()
    qtbot.keyClick(target, Qt.Key.Key_C)
    assert not view.captions_visible()
    qtbot.keyClick(target, Qt.Key.Key_C)
    assert view.captions_visible()

    view.seek(4.0)
    with qtbot.waitSignal(view.noteRequested) as sig:
        qtbot.keyClick(target, Qt.Key.Key_N)
    loc = sig.args[0]
    assert loc.kind is LocationKind.TIME and loc.start == pytest.approx(4.0, abs=0.2)

    qtbot.keyClick(target, Qt.Key.Key_F)
    assert view.is_full_screen() and not view.transcript.isVisible()
    assert view.seek_bar.isVisible()  # controls stay on screen
    qtbot.keyClick(view.stage, Qt.Key.Key_Escape)
    assert not view.is_full_screen() and view.transcript.isVisible()


def test_typing_in_find_field_is_not_a_shortcut(qtbot, view, library):
    view.open(by_file(library, "talk.mp4"))
    _playing_at(qtbot, view, 0.0, 12.0)
    _transcript_ready(qtbot, view)
    view.player.pause()
    qtbot.waitUntil(lambda: view.player.state() == "paused", timeout=WAIT)
    view.activateWindow()
    view.transcript.find_edit.setFocus()
    qtbot.keyClicks(view.transcript.find_edit, "city values")
    assert view.transcript.find_edit.text() == "city values"
    assert view.player.state() == "paused" and not view.is_muted()
    assert len(view.transcript.matches()) == 1
    view.transcript.next_match()
    assert view.transcript.selected_row() == 4
    view.transcript.only_box.setChecked(True)
    assert view.transcript.proxy.rowCount() == 1


def test_audio_file_plays_with_its_transcript(qtbot, view, library):
    tone = by_file(library, "tone.m4a")
    view.open(tone)
    assert view.screen_stack.currentWidget() is view.audio_card
    assert tone.title in view.audio_card.text()
    _playing_at(qtbot, view, 0.0, 3.0)
    _transcript_ready(qtbot, view)  # no picture: "first frame" is the start of playback
    assert view.player.frame_shown()
    assert view.transcript.model.rowCount() == 1


def test_seek_bar_hover_chapters_and_markers(qtbot, view, library):
    view.open(by_file(library, "talk.mp4"))
    _playing_at(qtbot, view, 0.0, 12.0)
    qtbot.waitUntil(lambda: len(view.seek_bar.chapters()) == 2, timeout=WAIT)
    view.set_note_markers([Location(LocationKind.TIME, start=9.0)])
    assert view.seek_bar.markers() == [(9.0, "0:09")]
    bar = view.seek_bar
    x = bar.x_of(9.0)
    pos = QPointF(x, bar.height() / 2)
    # A real hover event (QTest's mouseMove moves the cursor, which offscreen ignores).
    ev = QMouseEvent(
        QEvent.Type.MouseMove, pos, bar.mapToGlobal(pos), Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(bar, ev)
    assert bar.hover_text.startswith("0:09")
    assert "Budgets" in bar.hover_text and "Note" in bar.hover_text


def test_backend_notice_is_shown(qtbot, library, sync_tasks):
    from real_desktop.player.qt_backend import QtPlayer
    from real_desktop.ui.player.view import PlayerView

    def factory(parent=None):
        return QtPlayer(parent), "Using Qt Multimedia: VLC was not found"

    v = PlayerView(library, sync_tasks, player_factory=factory)
    qtbot.addWidget(v)
    v.show()
    v.open(by_file(library, "talk.mp4"))
    assert v.message_label.isVisibleTo(v)
    assert v.message_label.text() == "Using Qt Multimedia: VLC was not found"
    qtbot.waitUntil(lambda: v.player.state() == "playing", timeout=WAIT)
    v.close_resource()


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _threads() -> int:
    return len(os.listdir("/proc/self/task"))


@pytest.mark.vlc
def test_hundred_open_close_cycles_release_everything(qtbot, view, library):
    from real_desktop.player import vlc_backend

    talk = by_file(library, "talk.mp4")
    view.open(talk)  # warm up: the shared libvlc instance and its plugin threads
    _playing_at(qtbot, view, 0.0, 12.0)
    view.close_resource()
    qtbot.wait(200)  # let libvlc's helper threads wind down before counting
    fds, threads, py_threads = _fds(), _threads(), threading.active_count()
    for _ in range(100):
        view.open(talk)
        view.close_resource()
    qtbot.waitUntil(lambda: _threads() <= threads + 2, timeout=WAIT)
    assert _fds() <= fds + 3
    assert threading.active_count() <= py_threads + 1
    assert vlc_backend.live_players() == 0
    assert view.player is None


def test_progress_is_saved_while_playing(qtbot, view, library):
    talk = by_file(library, "talk.mp4")
    view.open(talk)
    _playing_at(qtbot, view, 0.0, 12.0)
    assert view.progress.save_timer.isActive()  # periodic saving runs only while playing
    view.seek(6.0)
    view.progress.save_timer.timeout.emit()  # one tick of the periodic save, without waiting 5 s
    pos, finished = library.progress(talk.id)
    assert pos == pytest.approx(6.0, abs=1.0) and not finished


def test_unplayable_file_shows_a_clear_message(qtbot, view, library, media_dir):
    from real_desktop.core.models import Kind, Resource

    bad = media_dir / "broken.mp4"
    bad.write_bytes(b"\x00" * 5000)
    r = Resource(id="broken", kind=Kind.VIDEO, title="Broken", path=str(bad), format="mp4")
    view.open(r)
    qtbot.waitUntil(lambda: view.message_label.isVisibleTo(view), timeout=WAIT)
    assert "could not be played" in view.message_label.text()
    assert view.player.state() == "error"
    # No first frame will come: the transcript is not left waiting for one.
    assert not view.transcript_pending()
    assert view.transcript.empty_label.isVisibleTo(view)  # this one has no captions
    qtbot.keyClick(view, Qt.Key.Key_Space)  # nothing breaks when asked to play again
    assert view.player.state() == "error"


def test_double_click_on_video_toggles_full_screen(qtbot, view, library):
    view.open(by_file(library, "talk.mp4"))
    _playing_at(qtbot, view, 0.0, 12.0)
    qtbot.mouseDClick(view.video_widget, Qt.MouseButton.LeftButton)
    assert view.is_full_screen()
    qtbot.mouseDClick(view.video_widget, Qt.MouseButton.LeftButton)
    assert not view.is_full_screen()
    # A double-click is not also a click: after the click interval, still playing.
    qtbot.wait(QApplication.doubleClickInterval() + 150)
    assert view.player.state() == "playing"
    qtbot.mouseClick(view.video_widget, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.player.state() == "paused", timeout=WAIT)


# -- long transcripts, highlight, hover, caption size, duration ------------------------------


def _row_in_view(transcript, row: int) -> bool:
    lst = transcript.list
    rect = lst.visualRect(transcript.proxy.mapFromSource(transcript.model.index(row)))
    return rect.isValid() and lst.viewport().rect().contains(rect)


def test_long_transcript_shows_the_hit_and_follows_seeks(qtbot, view, library, long_talk):
    """150 cues: the rows are laid out and the hit's cue, then the current cue, are in
    view at once, with no event processing in between: a batched layout was unfinished
    when they were scrolled to, and the list stayed blank or at 0:00."""
    view.open(long_talk, Location(LocationKind.TIME, start=240.0, end=242.0), ("quixote120",))
    view._fill_timer.timeout.emit()  # fill now (as the fallback does), then look at once
    t, lst = view.transcript, view.transcript.list
    assert t.model.rowCount() == LONG_CUES and t.proxy.rowCount() == LONG_CUES
    # Every row laid out: the scroll range covers all 150 (a partial layout's is short).
    full = lst.verticalScrollBar().maximum()
    assert full >= LONG_CUES * lst.fontMetrics().height() - lst.viewport().height()
    assert t.selected_row() == 120 and t.model.cue(120).text == long_cue_text(120)
    assert _row_in_view(t, 120)
    _playing_at(qtbot, view, 237.0, 260.0)
    qtbot.waitUntil(lambda: t.model.current_row() in (119, 120, 121), timeout=WAIT)
    assert _row_in_view(t, t.model.current_row())
    assert _rows_painted(t)

    view.seek(79 * 2.0 + 0.5)  # updates the position, the cue and the list synchronously
    assert t.model.current_row() == 79
    assert lst.verticalScrollBar().maximum() == full  # no layout started over
    assert _row_in_view(t, 79)
    assert view.caption_text() == long_cue_text(79)
    qtbot.wait(50)  # a later layout pass must not take it away again
    assert _row_in_view(t, 79) and _rows_painted(t)


def _rows_painted(transcript) -> bool:
    """Some row lies in the viewport (indexAt on one point can land in the row spacing)."""
    lst = transcript.list
    h = lst.viewport().height()
    return any(lst.indexAt(QPoint(10, y)).isValid() for y in range(0, min(h, 60), 3))


def _pixel(transcript, row: int) -> QColor:
    lst = transcript.list
    rect = lst.visualRect(transcript.proxy.mapFromSource(transcript.model.index(row)))
    image = lst.viewport().grab().toImage()
    return image.pixelColor(rect.left() + 1, rect.center().y())


def test_the_playing_cue_has_the_strong_highlight_not_the_hit(qtbot, view, library):
    talk = by_file(library, "talk.mp4")
    view.open(talk, Location(LocationKind.TIME, start=8.0, end=10.0), ("budgets",))
    _playing_at(qtbot, view, 5.9, 12.0)
    _transcript_ready(qtbot, view)
    t = view.transcript
    assert t.selected_row() == 4  # the hit
    view.seek(10.5)  # playback moves past the hit
    qtbot.waitUntil(lambda: t.model.current_row() == 5, timeout=WAIT)
    strong = t.list.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    assert _pixel(t, 5) == strong  # playing: the selection colour itself
    hit = _pixel(t, 4)
    assert hit != strong and hit.lightness() > strong.lightness()  # the hit: a pale tint
    assert t.selected_row() == 4  # still selected (screen readers, Enter on it)


def test_seek_bar_hover_time_stays_when_the_mouse_rests(qtbot, view, library):
    view.open(by_file(library, "talk.mp4"))
    _playing_at(qtbot, view, 0.0, 12.0)
    qtbot.waitUntil(lambda: len(view.seek_bar.chapters()) == 2, timeout=WAIT)
    bar = view.seek_bar
    assert bar.toolTip() == ""  # a static tooltip would replace the time
    assert "J/L" in bar.accessibleDescription()
    pos = QPoint(bar.x_of(9.0), bar.height() // 2)
    # What Qt sends when the mouse rests over the bar.
    QApplication.sendEvent(bar, QHelpEvent(QEvent.Type.ToolTip, pos, bar.mapToGlobal(pos)))
    assert QToolTip.text() == bar.hover_text
    assert bar.hover_text.startswith("0:09") and "Budgets" in bar.hover_text
    QToolTip.hideText()


def test_caption_size_follows_the_video_area(qtbot, view, library):
    view.open(by_file(library, "talk.mp4"))
    _playing_at(qtbot, view, 0.0, 12.0)
    view.resize(700, 330)
    qtbot.waitUntil(lambda: view.stage.height() < 330, timeout=WAIT)
    small = view.caption_point_size()
    assert small >= 14.0
    view.resize(2600, 1300)
    qtbot.waitUntil(lambda: view.stage.height() > 1000, timeout=WAIT)
    big = view.caption_point_size()
    dpi = view.caption_band.logicalDpiY()
    assert big > small
    px = min(view.stage.height() * 0.045, view.stage.width() / 28)  # tall, or wide enough
    assert big == pytest.approx(px * 72 / dpi, abs=0.5)
    # Two lines of the bigger text still fit without moving the picture.
    assert view.caption_band.minimumHeight() >= 2 * view.caption_band.fontMetrics().lineSpacing()


def test_the_measured_duration_is_kept_in_the_library(qtbot, view, library):
    talk = by_file(library, "talk.mp4")
    library.set_duration(talk.id, 80.4)  # a wrong length, as an odd container might give
    changed: list[object] = []
    view.resourceChanged.connect(changed.append)
    view.open(library.get(talk.id))
    _playing_at(qtbot, view, 0.0, 12.0)
    qtbot.waitUntil(lambda: library.get(talk.id).duration < 20, timeout=WAIT)
    stored = library.get(talk.id).duration
    assert stored == pytest.approx(view.player.duration(), abs=0.05)
    assert format_time(stored) == view.total_label.text() == "0:12"
    assert changed  # the window refreshes its lists


def test_transcript_panel_scrolls_to_a_cue_right_after_filling(qtbot, library, long_talk):
    """The panel on its own, as it is filled: all rows laid out before the hit is scrolled
    to, and a new current cue does not start the layout over."""
    from real_desktop.ui.player.transcript import TranscriptPanel

    panel = TranscriptPanel()
    qtbot.addWidget(panel)
    panel.resize(300, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_find_text("quixote120")  # a search hit's words, as PlayerView.open sets them
    panel.set_cues(library.segments(long_talk.id))
    panel.select_row(120)
    lst = panel.list
    full = lst.verticalScrollBar().maximum()
    assert full >= LONG_CUES * lst.fontMetrics().height() - lst.viewport().height()
    assert _row_in_view(panel, 120)
    qtbot.wait(50)
    panel.set_current_row(79)
    assert lst.verticalScrollBar().maximum() == full
    assert _row_in_view(panel, 79) and _rows_painted(panel)


def test_locating_one_file_offers_its_neighbours_in_the_plural(
    qtbot, view, library, media_dir, tmp_path, monkeypatch
):
    talk = by_file(library, "talk.mp4")
    moved = tmp_path / "usb-stick"
    moved.mkdir()
    for name in ("talk.mp4", "panel.mp4", "tone.m4a"):
        shutil.move(media_dir / name, moved / name)
    view.open(library.get(talk.id))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(moved / "talk.mp4"), ""))
    )
    asked: list[str] = []

    def yes(_parent, _title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    view.locate_button.click()
    qtbot.waitUntil(lambda: view.message_label.text().startswith("Linked"), timeout=WAIT)
    assert asked == ["2 other missing recordings were found in the same folder. Link them too?"]
    assert view.message_label.text() == "Linked 2 more recordings."
