"""Fallback backend: Qt Multimedia (QMediaPlayer, FFmpeg inside the PySide6 wheel).

Used when libvlc is not installed. QMediaPlayer's own positionChanged fires up to once
per frame; we ignore it and poll like the VLC backend, so the UI sees the same rhythm.

Closing never calls QMediaPlayer.stop(), where teardown intermittently hung in tests
(faulthandler pointed at it): stop() rewinds the engine to 0, work that is thrown away
at once. We cut our connections first (no slot of ours runs mid-teardown), pause (silent
at once), then drop the source, which tears the engine down a single time.

No chapter marks with this backend: Qt Multimedia (6.12) has no chapter API, and
QMediaMetaData has no chapter key (its keys: title, duration, codecs, cover art, ...), so
chapters() stays empty and the seek bar shows the time alone. Reading them ourselves would
mean parsing each container's chapter atoms (MP4 'chpl' or a QuickTime text track,
Matroska 'Chapters') in the core; not done.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import (
    QAudioOutput,
    QMediaDevices,
    QMediaMetaData,
    QMediaPlayer,
    QVideoSink,
)
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QWidget

from real_desktop.player.base import Player, qt_alive

MS = QMediaPlayer.MediaStatus


class QtPlayer(Player):
    backend_name = "qt"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mp = QMediaPlayer(self)
        # No audio device (servers, CI, a muted kiosk): attach no output. With one attached,
        # Qt's FFmpeg backend occasionally deadlocked in stop() here, and nothing is heard.
        self._audio: QAudioOutput | None = None
        if QMediaDevices.audioOutputs():
            self._audio = QAudioOutput(self)
            self._mp.setAudioOutput(self._audio)
        # Frames must go somewhere for playback to advance; a sink needs no window.
        self._sink = QVideoSink(self)
        self._mp.setVideoOutput(self._sink)
        self._pending_seek: float | None = None
        self._want_playing = False
        self._mp.mediaStatusChanged.connect(self._on_status)
        self._mp.errorOccurred.connect(self._on_error)
        self._mp.metaDataChanged.connect(self._on_metadata)

    def video_sink(self) -> QVideoSink:
        """Where frames arrive when no widget is attached (tests read frames here)."""
        return self._sink

    def _open(self, path: str) -> None:
        self._pending_seek = None
        self._want_playing = False
        self._mp.setSource(QUrl.fromLocalFile(path))

    def _loaded(self) -> bool:
        return self._mp.mediaStatus() in (
            MS.LoadedMedia,
            MS.BufferingMedia,
            MS.BufferedMedia,
            MS.EndOfMedia,
        )

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._released:
            return
        if status == MS.InvalidMedia:
            self._fail(self._unplayable_message())
        elif status == MS.LoadedMedia:
            self._update(duration=self._mp.duration() / 1000.0)
            if self._pending_seek is not None:
                self._mp.setPosition(int(self._pending_seek * 1000))
                self._pending_seek = None
        elif status == MS.EndOfMedia:
            self._want_playing = False
            self._update(position=self._duration)
            self._set_state("ended")

    def _on_error(self, error: QMediaPlayer.Error, _text: str) -> None:
        if error != QMediaPlayer.Error.NoError and not self._released:
            self._fail(self._unplayable_message())

    def _on_metadata(self) -> None:
        d = self._mp.metaData().value(QMediaMetaData.Key.Duration)
        if isinstance(d, int) and d > 0:
            self._update(duration=d / 1000.0)

    def _poll(self) -> None:
        if self._released or self._state in ("error", "ended"):
            return
        if self._mp.duration() > 0:
            self._update(duration=self._mp.duration() / 1000.0)
        if self._pending_seek is None:
            self._update(position=self._mp.position() / 1000.0)
        ps = self._mp.playbackState()
        if ps == QMediaPlayer.PlaybackState.PlayingState:
            self._set_state("playing")
            # Playing with the clock running: frames (or samples) are flowing. Close
            # enough for the fallback backend; Qt has no "first frame" signal that works
            # for both a widget and our sink.
            if self._mp.position() > 0:
                self._show_frame()
        elif ps == QMediaPlayer.PlaybackState.PausedState:
            self._set_state("paused")

    def _play(self) -> None:
        if self._released or self._state == "error" or self._path is None:
            return
        self._want_playing = True
        if self._state == "ended" and self._pending_seek is None:
            self._mp.setPosition(0)
        self._mp.play()
        self._set_state("playing")
        self._start_polling()

    def pause(self) -> None:
        if self._released or self._path is None:
            return
        self._want_playing = False
        self._mp.pause()
        if self._state == "playing":
            self._set_state("paused")

    def stop(self) -> None:
        if self._released:
            return
        self._want_playing = False
        self._pending_seek = None
        self._mp.stop()
        self._update(position=0.0)
        if self._state != "error":
            self._set_state("stopped")

    def _seek(self, seconds: float) -> None:
        if self._released or self._path is None:
            return
        seconds = max(0.0, float(seconds))
        if self._duration > 0:
            seconds = min(seconds, max(0.0, self._duration - 0.05))
        if self._loaded():
            self._mp.setPosition(int(seconds * 1000))
        else:
            self._pending_seek = seconds
        if self._state == "ended":
            self._set_state("paused")
        self._update(position=seconds)

    def _apply_rate(self, rate: float) -> None:
        if not self._released:
            self._mp.setPlaybackRate(rate)

    def _apply_volume(self, volume: int, muted: bool) -> None:
        if self._audio is not None and not self._released:
            self._audio.setVolume(volume / 100.0)
            self._audio.setMuted(muted)

    def create_video_widget(self, parent: QWidget | None = None) -> QWidget:
        w = QVideoWidget(parent)
        w.setMinimumSize(160, 90)
        return w

    def attach(self, widget: QWidget | None) -> None:
        if self._released:
            return
        if isinstance(widget, QVideoWidget):
            self._mp.setVideoOutput(widget)
        else:
            self._mp.setVideoOutput(self._sink)

    def has_video(self) -> bool:
        return not self._released and bool(self._mp.hasVideo())

    def _release(self) -> None:
        mp, audio = self._mp, self._audio
        self._audio = None
        if not qt_alive(mp):  # deleted with our parent already: nothing left to stop
            return
        for signal, slot in (
            (mp.mediaStatusChanged, self._on_status),
            (mp.errorOccurred, self._on_error),
            (mp.metaDataChanged, self._on_metadata),
        ):
            with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
                signal.disconnect(slot)
        mp.pause()  # silent at once, and the engine's threads stop pulling frames
        mp.setSource(QUrl())  # tears the engine down once
        mp.setVideoOutput(None)
        mp.deleteLater()
        if audio is not None and qt_alive(audio):
            audio.deleteLater()
