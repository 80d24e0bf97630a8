"""The preferred backend: libvlc through python-vlc, drawn into a native Qt widget.

We register no libvlc event callbacks: they run on VLC's threads, where touching Qt
objects is unsafe. The base class polls the player on the UI thread instead.
Captions are not VLC's business here (sidecar autodetection is off): the player view
renders cues from the library in its own caption band, the same way for both backends.
"""

from __future__ import annotations

import atexit
import logging
import os
import shlex
import sys
import weakref
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QWidget

from real_desktop.player.base import Player

try:  # python-vlc imports even without libvlc; Instance() is what fails (see load_vlc)
    import vlc
except Exception:  # pragma: no cover - python-vlc itself missing or broken
    vlc = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

_instance: Any = None
_live: weakref.WeakSet[VlcPlayer] = weakref.WeakSet()

_HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc"}


def _platform() -> str:
    app = QGuiApplication.instance()
    return QGuiApplication.platformName() if app is not None else "offscreen"


def sound_output_available(
    *,
    platform: str = sys.platform,
    env: dict[str, str] | None = None,
    asound_cards: Path = Path("/proc/asound/cards"),
) -> bool:
    """Whether libvlc has anywhere to play sound. On Linux that is a PulseAudio/PipeWire
    server or an ALSA card. With neither, VLC's ALSA output retries all through playback
    and libasound writes ~400 lines a second to stderr ("cannot find card '0'"), drowning
    our own log; we then give VLC the dummy output instead (there is nothing to hear)."""
    if not platform.startswith("linux"):
        return True  # WASAPI/CoreAudio always have a default device or fail quietly
    env = dict(os.environ) if env is None else env
    if env.get("PULSE_SERVER"):
        return True
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime and (Path(runtime) / "pulse" / "native").exists():
        return True
    try:
        cards = asound_cards.read_text(encoding="ascii", errors="replace")
    except OSError:
        return False
    # A card line looks like " 0 [PCH            ]: HDA-Intel - HDA Intel PCH".
    return any(line.strip()[:1].isdigit() for line in cards.splitlines())


def _instance_args() -> list[str]:
    args = [
        "--quiet",
        "--no-sub-autodetect-file",  # captions are ours (the caption band), not VLC's
        "--no-video-title-show",
        "--no-osd",
        "--no-snapshot-preview",
    ]
    if _platform() in _HEADLESS_PLATFORMS:
        # No native window to draw into, and usually no sound server (tests, CI).
        args += ["--vout=dummy", "--aout=dummy"]
    elif not sound_output_available():
        log.info("no sound device or sound server: videos play without sound")
        args.append("--aout=dummy")
    extra = os.environ.get("REAL_DESKTOP_VLC_ARGS")
    if extra:
        args += shlex.split(extra)
    return args


def load_vlc() -> Any:
    """The process-wide libvlc instance, created on first use.

    Raises RuntimeError when libvlc or its plugins are missing: python-vlc raises
    NameError ("no function 'libvlc_new'") without the library and returns None without
    plugins. Callers turn this into a one-line notice, never the raw exception.
    """
    global _instance
    if _instance is not None:
        return _instance
    if vlc is None:
        raise RuntimeError("python-vlc is not installed")
    try:
        inst = vlc.Instance(_instance_args())
    except Exception as exc:  # NameError/OSError from ctypes when libvlc is absent
        raise RuntimeError(f"libvlc could not be loaded: {exc}") from exc
    if inst is None:
        raise RuntimeError("libvlc found, but its plugins are missing")
    _instance = inst
    atexit.register(_shutdown)
    return inst


def _shutdown() -> None:
    """atexit: libvlc aborts at interpreter exit if the instance outlives Python's teardown.

    By now Qt may have deleted the players' C++ side (their parent widget went first);
    release() copes with that, and one failure must not keep the others alive."""
    global _instance
    for p in list(_live):
        try:
            p.release()
        except Exception as exc:  # pragma: no cover - last-resort guard at exit
            log.debug("releasing a VLC player at exit: %s", exc)
    _live.clear()
    if _instance is not None:
        inst, _instance = _instance, None
        try:
            inst.release()
        except Exception as exc:  # pragma: no cover
            log.debug("releasing libvlc at exit: %s", exc)


def live_players() -> int:
    """How many VLC players are not released yet (leak tests)."""
    return len(_live)


class VlcVideoWidget(QFrame):
    """A black native window libvlc draws into."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("black"))
        self.setPalette(pal)
        self.setAutoFillBackground(True)
        self.setMinimumSize(160, 90)


class VlcPlayer(Player):
    backend_name = "vlc"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vlc = load_vlc()
        self._mp = self._vlc.media_player_new()
        # Let Qt, not VLC, receive clicks and keys on the video surface.
        self._mp.video_set_mouse_input(False)
        self._mp.video_set_key_input(False)
        self._media: Any = None
        self._probe: Any = None
        self._widget: QWidget | None = None
        self._pending_seek: float | None = None
        self._want_playing = False
        self._started = False  # VLC reached Playing for this media
        self._awaiting_start: float | None = None  # opened with :start-time, clock not there yet
        self._parsed = False
        self._has_video = False
        self._chapters_read = False
        _live.add(self)

    # -- opening -------------------------------------------------------------------------
    def _open(self, path: str) -> None:
        if self._media is not None:  # a fresh player has nothing to stop
            self._mp.stop()
        self._pending_seek = None
        self._awaiting_start = None
        self._want_playing = False
        self._started = False
        self._parsed = False
        self._has_video = False
        self._chapters_read = False
        self._new_media(path)
        self._drop_probe()
        # Deferred: when play() follows at once (the usual case) there is no need to parse,
        # and a parse competing with playback start costs the first frame ~30 ms.
        QTimer.singleShot(0, self, self._start_probe)

    def _start_probe(self) -> None:
        """Duration and tracks without playing: VLC's preparser on a separate Media, so
        replacing the playing one (start-time) cannot lose the result. Polled in _poll."""
        if self._released or self._started or self._want_playing or self._path is None:
            return
        self._drop_probe()
        self._probe = self._vlc.media_new_path(self._path)
        self._probe.parse_with_options(vlc.MediaParseFlag.local, 5000)

    def _drop_probe(self) -> None:
        if self._probe is not None:
            self._probe.parse_stop()
            self._probe.release()
            self._probe = None

    def _new_media(self, path: str, start: float | None = None) -> None:
        if self._media is not None:
            self._media.release()
        self._media = self._vlc.media_new_path(path)
        if start:
            # Starting at the target avoids decoding (and showing) frame 0 first.
            self._media.add_option(f":start-time={start:.3f}")
        self._mp.set_media(self._media)

    def _check_parsed(self) -> None:
        status = self._probe.get_parsed_status()
        if not status:
            return
        self._parsed = True
        probe, self._probe = self._probe, None
        tracks = list(probe.tracks_get() or []) if status == vlc.MediaParsedStatus.done else None
        duration = probe.get_duration() / 1000.0
        probe.release()
        if tracks is not None:
            kinds = {t.type for t in tracks}
            self._has_video = vlc.TrackType.video in kinds
            if not tracks:
                self._fail(self._unplayable_message())
                return
            self._update(duration=duration)
        # failed/timeout: playing will tell (Ended without ever playing = unplayable)

    # -- polling ---------------------------------------------------------------------------
    def _poll(self) -> None:
        if self._media is None or self._released:
            return
        if self._probe is not None:
            self._check_parsed()
            if self._state == "error":
                return
        st = self._mp.get_state()
        S = vlc.State
        if st == S.Playing or st == S.Paused:
            if not self._started:
                self._started = True
                self._apply_volume(self._volume, self._muted)
                self._mp.set_rate(self._rate)
            if self._pending_seek is not None:
                self._mp.set_time(int(self._pending_seek * 1000))
                self._pending_seek = None
            if st == S.Playing and not self._want_playing:
                self._mp.set_pause(1)
            if not self._has_video and self._mp.video_get_track_count() > 0:
                self._has_video = True
            if not self._chapters_read:
                self._chapters_read = True
                self._set_chapters(self._read_chapters())
            length = self._mp.get_length()
            self._update(duration=length / 1000.0 if length > 0 else None)
            t = self._mp.get_time()
            if self._awaiting_start is not None and t >= 0:
                # With :start-time the clock reads 0 until the first frame at the target
                # is out; showing that 0 would make the seek bar jump back and forth.
                if t / 1000.0 < self._awaiting_start - 0.5:
                    t = -1
                else:
                    self._awaiting_start = None
            if t >= 0 and self._pending_seek is None:
                self._update(position=t / 1000.0)
            # VLC takes a pause asynchronously: until it has, it still says Playing, and
            # a pause asked for (a clip's out point, the user) must not read as playing.
            self._set_state("playing" if st == S.Playing and self._want_playing else "paused")
            if not self._frame_shown and self._first_frame_ready():
                self._show_frame()
        elif st == S.Ended:
            self._want_playing = False
            if not self._started:
                self._fail(self._unplayable_message())
                return
            self._update(position=self._duration)
            self._set_state("ended")
        elif st == S.Error:
            self._fail(self._unplayable_message())

    def _startup_news(self) -> bool:
        if self._media is None or self._released or self._probe is not None:
            return True
        st = self._mp.get_state()
        if st in (vlc.State.Opening, vlc.State.Buffering, vlc.State.NothingSpecial):
            return False
        if st in (vlc.State.Playing, vlc.State.Paused):
            return self._first_frame_ready()
        return True  # ended, stopped, error

    def _first_frame_ready(self) -> bool:
        # has_vout: VLC 3 creates the video output when the decoder hands over the first
        # picture. No video track (audio only): playing is as far as it goes.
        return self._mp.has_vout() > 0 or (
            self._mp.video_get_track_count() <= 0 and self._mp.audio_get_track_count() > 0
        )

    def _read_chapters(self) -> list[tuple[float, str]]:
        try:
            descs = self._mp.get_full_chapter_descriptions(-1)
        except Exception:  # python-vlc raises ValueError when the title has none
            return []
        out: list[tuple[float, str]] = []
        for d in descs or []:
            name = d.name.decode("utf-8", "replace") if isinstance(d.name, bytes) else d.name
            out.append((d.time_offset / 1000.0, name or ""))
        return out

    # -- transport -----------------------------------------------------------------------
    def _play(self) -> None:
        if self._media is None or self._state == "error" or self._released:
            return
        self._want_playing = True
        self._drop_probe()  # playing tells us the duration and tracks anyway
        st = self._mp.get_state()
        if st in (vlc.State.Paused, vlc.State.Playing):
            # Playing too: a pause asked for a moment ago may not have taken effect yet
            # (set_pause is asynchronous), and would otherwise win over this play.
            self._mp.set_pause(0)
        elif st in (vlc.State.NothingSpecial, vlc.State.Stopped, vlc.State.Ended):
            start = self._pending_seek
            if start or st != vlc.State.NothingSpecial:
                self._new_media(self._path or "", start)
            self._started = False
            self._pending_seek = None
            self._awaiting_start = start or None
            if start:
                self._position = start
            self._mp.play()
        self._set_state("playing")
        self._start_polling()

    def pause(self) -> None:
        if self._media is None or self._released:
            return
        self._want_playing = False
        if self._mp.get_state() == vlc.State.Playing:
            self._mp.set_pause(1)
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
        if self._media is None or self._released:
            return
        seconds = max(0.0, float(seconds))
        if self._duration > 0:
            seconds = min(seconds, max(0.0, self._duration - 0.05))
        st = self._mp.get_state()
        if st in (vlc.State.Playing, vlc.State.Paused) and self._started:
            self._mp.set_time(int(seconds * 1000))
        else:
            # Not started (or ended): VLC ignores set_time; apply when it starts.
            self._pending_seek = seconds
            if self._state == "ended":
                self._set_state("paused")
        self._update(position=seconds)

    def _apply_rate(self, rate: float) -> None:
        if self._mp is not None:
            self._mp.set_rate(rate)

    def _apply_volume(self, volume: int, muted: bool) -> None:
        if self._mp is None:
            return
        self._mp.audio_set_volume(volume)
        self._mp.audio_set_mute(muted)

    # -- video surface -------------------------------------------------------------------
    def create_video_widget(self, parent: QWidget | None = None) -> QWidget:
        return VlcVideoWidget(parent)

    def attach(self, widget: QWidget | None) -> None:
        self._widget = widget
        platform = _platform()
        if widget is None or self._mp is None or platform in _HEADLESS_PLATFORMS:
            return
        wid = int(widget.winId())
        if sys.platform.startswith("win"):
            self._mp.set_hwnd(wid)
        elif sys.platform == "darwin":
            self._mp.set_nsobject(wid)
        elif platform == "xcb":
            self._mp.set_xwindow(wid)
        # Wayland: libvlc cannot embed; it opens its own window.

    def has_video(self) -> bool:
        return self._has_video

    def snapshot(self, path: str, width: int = 0) -> bool:
        """Save the current frame as PNG (works with the dummy output too)."""
        return self._mp is not None and self._mp.video_take_snapshot(0, path, width, 0) == 0

    def _release(self) -> None:
        # Only libvlc objects here (no Qt calls): this also runs from the atexit handler,
        # when the QObject may already be gone. Each object is detached before it is
        # released, so nothing can reach a freed libvlc object afterwards.
        _live.discard(self)
        mp, self._mp = self._mp, None
        probe, self._probe = self._probe, None
        media, self._media = self._media, None
        self._widget = None
        if mp is not None:
            mp.stop()
            mp.release()
        if probe is not None:
            probe.parse_stop()
            probe.release()
        if media is not None:
            media.release()
