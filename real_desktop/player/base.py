"""The Player interface both backends implement.

Backends never emit from foreign threads: each polls its engine with a QTimer on the
thread that owns it (the UI thread), and the shared `_update` logic emits a signal only
when a value actually changed. That keeps position updates to a few per second however
chatty the engine is, and keeps VLC's own threads away from Qt objects.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

STATES = ("stopped", "playing", "paused", "ended", "error")
MIN_RATE, MAX_RATE = 0.5, 2.0
POLL_MS = 150  # position refresh: smooth enough for a seek bar, cheap for the UI thread


class Player(QObject):
    """Plays one media file at a time. Times are seconds (float)."""

    positionChanged = Signal(float)
    durationChanged = Signal(float)
    stateChanged = Signal(str)  # one of STATES
    errorOccurred = Signal(str)  # a message for the user, never a raw exception
    mediaEnded = Signal()
    chaptersChanged = Signal(object)  # list[tuple[float, str]]

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
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    # -- to implement ------------------------------------------------------------------
    def _open(self, path: str) -> None:
        raise NotImplementedError

    def _poll(self) -> None:
        """Read the engine's state/position/duration and call _update()."""
        raise NotImplementedError

    def play(self) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def seek(self, seconds: float) -> None:
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
        self._path = str(path)
        self._position = 0.0
        self._duration = 0.0
        self._chapters = []
        self._set_state("stopped")
        if not Path(path).is_file():
            self._fail(self.tr("The media file was not found: %1").replace("%1", str(path)))
            return
        self._open(str(path))
        self._timer.start()

    def path(self) -> str | None:
        return self._path

    def state(self) -> str:
        return self._state

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
        """Free the engine's resources; the object is unusable afterwards."""
        if self._released:
            return
        self._released = True
        self._timer.stop()
        self._release()

    def is_released(self) -> bool:
        return self._released

    # -- helpers for backends ----------------------------------------------------------
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
