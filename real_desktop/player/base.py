"""The Player interface both backends implement.

Backends never emit from foreign threads: each polls its engine with a QTimer on the
thread that owns it (the UI thread), and the shared `_update` logic emits a signal only
when a value actually changed. That keeps position updates to a few per second however
chatty the engine is, and keeps VLC's own threads away from Qt objects.
"""

from __future__ import annotations

import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

STATES = ("stopped", "playing", "paused", "ended", "error")
MIN_RATE, MAX_RATE = 0.5, 2.0
POLL_MS = 150  # position refresh: smooth enough for a seek bar, cheap for the UI thread
# Until the first frame is up the engine is polled more often: the view waits for that
# moment to fill the transcript, and 150 ms of slack would show. Those polls only ask
# "is the frame up?" (see _tick); they stop after FAST_POLL_S either way.
STARTUP_POLL_MS = 10
FAST_POLL_S = 3.0
CLIP_SLACK = 0.03  # s: this close to a clip's out point counts as there


def qt_alive(obj: object) -> bool:
    """False once the C++ side of a Qt object is gone (its parent deleted it, or the
    interpreter is shutting down): touching it then raises RuntimeError."""
    try:
        return obj is not None and shiboken6.isValid(obj)
    except Exception:  # shiboken itself half torn down at exit
        return False


class Player(QObject):
    """Plays one media file at a time. Times are seconds (float)."""

    positionChanged = Signal(float)
    durationChanged = Signal(float)
    stateChanged = Signal(str)  # one of STATES
    errorOccurred = Signal(str)  # a message for the user, never a raw exception
    mediaEnded = Signal()
    chaptersChanged = Signal(object)  # list[tuple[float, str]]
    # Once per opened file: the first picture is up (audio only: playback has begun).
    # The view defers filling the transcript until then.
    firstFrame = Signal()
    # A clip (set_clip) reached its out point: playback paused there.
    clipEnded = Signal()

    backend_name = "none"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = "stopped"
        self._position = 0.0
        self._duration = 0.0
        self._rate = 1.0
        self._volume = 100
        self._muted = False
        self._path: str | None = None
        self._chapters: list[tuple[float, str]] = []
        self._released = False
        self._frame_shown = False
        self._fast_until = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._tick)
        self._clip: tuple[float, float] | None = None
        # Fires when the out point is due (re-armed on every position update), so a clip
        # stops within a few ms of its out point rather than up to a poll interval late.
        self._clip_timer = QTimer(self)
        self._clip_timer.setSingleShot(True)
        self._clip_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._clip_timer.timeout.connect(self._clip_timer_fired)

    # -- to implement ------------------------------------------------------------------
    def _open(self, path: str) -> None:
        raise NotImplementedError

    def _poll(self) -> None:
        """Read the engine's state/position/duration and call _update()."""
        raise NotImplementedError

    def _play(self) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def _seek(self, seconds: float) -> None:
        raise NotImplementedError

    def _apply_rate(self, rate: float) -> None:
        raise NotImplementedError

    def _apply_volume(self, volume: int, muted: bool) -> None:
        raise NotImplementedError

    def create_video_widget(self, parent: QWidget | None = None) -> QWidget:
        """A widget this backend can draw video into (pass it to attach())."""
        raise NotImplementedError

    def attach(self, widget: QWidget | None) -> None:
        """Render video into `widget` (from create_video_widget), or nowhere (None)."""
        raise NotImplementedError

    def has_video(self) -> bool:
        """True when the open media has a picture (False for audio files)."""
        raise NotImplementedError

    def _release(self) -> None:
        raise NotImplementedError

    # -- shared behaviour --------------------------------------------------------------
    def open(self, path: str | Path) -> None:
        """Load a file, paused at 0 (call play()). Problems arrive as errorOccurred."""
        if self._released:
            return
        self._path = str(path)
        self._position = 0.0
        self._duration = 0.0
        self._chapters = []
        self._frame_shown = False
        self._clip = None
        self._clip_timer.stop()
        self._set_state("stopped")
        if not Path(path).is_file():
            self._fail(self.tr("The media file was not found: %1").replace("%1", str(path)))
            return
        self._open(str(path))
        self._timer.setInterval(POLL_MS)
        self._timer.start()

    def path(self) -> str | None:
        return self._path

    def state(self) -> str:
        return self._state

    def play(self) -> None:
        """Play from where it is; with a clip, from its in point when outside it (or at its
        out point: playing again replays the clip)."""
        if self._clip is not None and not self._released:
            start, end = self._clip
            if self._position < start - CLIP_SLACK or self._position >= end - CLIP_SLACK:
                self._seek(start)
        self._play()

    def seek(self, seconds: float) -> None:
        """Jump to `seconds`; with a clip, kept inside it."""
        if self._clip is not None:
            start, end = self._clip
            seconds = min(max(float(seconds), start), end)
        self._seek(seconds)
        if self._clip is not None and self._state == "playing":
            self._arm_clip()

    def set_clip(self, start: float, end: float) -> None:
        """Play only [start, end] of the open file: play() starts at `start`, playback pauses
        at `end` (clipEnded), seeks stay inside. Cleared by clear_clip() or open()."""
        start = max(0.0, float(start))
        end = float(end)
        if end <= start:
            raise ValueError(f"clip out point {end} must come after its in point {start}")
        self._clip = (start, end)
        if not (start - CLIP_SLACK <= self._position <= end):
            self._seek(start)

    def clear_clip(self) -> None:
        self._clip = None
        self._clip_timer.stop()

    def clip(self) -> tuple[float, float] | None:
        return self._clip

    def toggle(self) -> None:
        if self._state == "playing":
            self.pause()
        else:
            self.play()

    def position(self) -> float:
        return self._position

    def duration(self) -> float:
        return self._duration

    def chapters(self) -> list[tuple[float, str]]:
        return list(self._chapters)

    def set_rate(self, rate: float) -> None:
        self._rate = min(MAX_RATE, max(MIN_RATE, float(rate)))
        self._apply_rate(self._rate)

    def rate(self) -> float:
        return self._rate

    def set_volume(self, volume: int) -> None:
        self._volume = int(min(100, max(0, volume)))
        self._apply_volume(self._volume, self._muted)

    def volume(self) -> int:
        return self._volume

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        self._apply_volume(self._volume, self._muted)

    def is_muted(self) -> bool:
        return self._muted

    def release(self) -> None:
        """Free the engine's resources; the object is unusable afterwards.

        Idempotent, and safe when Qt already deleted this object's C++ side (a parent
        widget destroyed first, or interpreter exit): backends then free only what is
        not a Qt object."""
        if self._released:
            return
        self._released = True
        if qt_alive(self._timer):
            self._timer.stop()
        if qt_alive(self._clip_timer):
            self._clip_timer.stop()
        self._release()

    def is_released(self) -> bool:
        return self._released

    def frame_shown(self) -> bool:
        """True once firstFrame was emitted for the open file."""
        return self._frame_shown

    # -- helpers for backends ----------------------------------------------------------
    def _start_polling(self) -> None:
        """Start the poll timer; fast until the first frame of this file is up."""
        if not self._frame_shown:
            self._fast_until = time.monotonic() + FAST_POLL_S
            self._timer.setInterval(STARTUP_POLL_MS)
        self._timer.start()

    def _tick(self) -> None:
        fast = self._timer.interval() != POLL_MS
        if fast and (self._frame_shown or time.monotonic() > self._fast_until):
            self._timer.setInterval(POLL_MS)
            fast = False
        # While fast, only ask whether the first frame is up: a full poll would report
        # duration, chapters and position as they trickle in, and each repaints part of
        # the view while the decoder needs the CPU. They all come with the first frame.
        if not fast or self._startup_news():
            self._poll()

    def _startup_news(self) -> bool:
        """Before the first frame: is there anything for a full poll to report (the frame,
        an end, an error)? Backends with a cheap answer override this."""
        return True

    def _show_frame(self) -> None:
        if not self._frame_shown:
            self._frame_shown = True
            self._timer.setInterval(POLL_MS)
            self.firstFrame.emit()

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)
            if state == "ended":
                self.mediaEnded.emit()

    def _update(self, *, position: float | None = None, duration: float | None = None) -> None:
        if duration is not None and duration > 0 and abs(duration - self._duration) > 1e-3:
            self._duration = duration
            self.durationChanged.emit(duration)
        if position is not None and abs(position - self._position) > 1e-3:
            self._position = max(0.0, position)
            self.positionChanged.emit(self._position)
            if self._clip is not None and self._state == "playing":
                self._arm_clip()

    def _arm_clip(self) -> None:
        assert self._clip is not None
        left = (self._clip[1] - self._position) / max(self._rate, MIN_RATE)
        if left <= CLIP_SLACK:
            self._clip_due()
        else:
            self._clip_timer.start(int(left * 1000))

    def _clip_timer_fired(self) -> None:
        """The out point is due by the clock: ask the engine first, so a stalled decoder
        (still short of the out point) is not cut early; _poll re-arms or stops."""
        if self._clip is None or self._released or self._state != "playing":
            return
        self._poll()
        if self._clip is not None and self._state == "playing":
            if self._position < self._clip[1] - 0.25:
                self._arm_clip()
            else:
                self._clip_due()

    def _clip_due(self) -> None:
        if self._clip is None or self._released or self._state != "playing":
            return
        end = self._clip[1]
        self.pause()
        self._seek(end)  # show the out point's frame, report the out point
        self._update(position=end)
        self.clipEnded.emit()

    def _set_chapters(self, chapters: list[tuple[float, str]]) -> None:
        if chapters != self._chapters:
            self._chapters = chapters
            self.chaptersChanged.emit(list(chapters))

    def _fail(self, message: str) -> None:
        if self._state == "error":  # engines often report one problem several ways
            return
        self._timer.stop()
        self._set_state("error")
        self.errorOccurred.emit(message)

    def _unplayable_message(self) -> str:
        return self.tr(
            "This file could not be played. It may be damaged, incomplete, "
            "or in a format that is not supported."
        )
