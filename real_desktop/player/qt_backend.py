"""Fallback backend: Qt Multimedia (QMediaPlayer, FFmpeg inside the PySide6 wheel).

Used when libvlc is not installed. QMediaPlayer's own positionChanged fires up to once
per frame; we ignore it and poll like the VLC backend, so the UI sees the same rhythm.
"""

from __future__ import annotations

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

from real_desktop.player.base import Player

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
        elif ps == QMediaPlayer.PlaybackState.PausedState:
            self._set_state("paused")

    def play(self) -> None:
        if self._released or self._state == "error" or self._path is None:
            return
        self._want_playing = True
        if self._state == "ended" and self._pending_seek is None:
            self._mp.setPosition(0)
        self._mp.play()
        self._set_state("playing")
        self._timer.start()

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

    def seek(self, seconds: float) -> None:
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
        self._mp.setPlaybackRate(rate)

    def _apply_volume(self, volume: int, muted: bool) -> None:
        if self._audio is not None:
            self._audio.setVolume(volume / 100.0)
            self._audio.setMuted(muted)

    def create_video_widget(self, parent: QWidget | None = None) -> QWidget:
        w = QVideoWidget(parent)
        w.setMinimumSize(160, 90)
        return w

    def attach(self, widget: QWidget | None) -> None:
        if isinstance(widget, QVideoWidget):
            self._mp.setVideoOutput(widget)
        else:
            self._mp.setVideoOutput(self._sink)

    def has_video(self) -> bool:
        return bool(self._mp.hasVideo())

    def _release(self) -> None:
        self._mp.stop()
        self._mp.setSource(QUrl())
        self._mp.setVideoOutput(None)
        self._mp.deleteLater()
        if self._audio is not None:
            self._audio.deleteLater()
