"""The player view: video (or an audio card), a caption band, controls, and the transcript.

Captions are drawn by us, in a band under the picture, from the cues the library already
holds (library.segments). Why not VLC's own subtitle renderer or an overlay on the picture:
the same code works for both backends; the text size follows the app's text size; the
transcript and the captions can never disagree; and a Qt label cannot be drawn on top of
VLC's native window reliably (a native child window always covers its siblings).

The parts live beside it: stage.py (video / audio / missing-file cards, caption band and
controls), controls.py (the controls bar), captions.py (the band and its tracks), header.py
(title and message), keys.py (shortcuts, clicks on the picture),
fullscreen.py, adaptive.py (side by side or stacked), relink.py ("Locate file…" and its siblings), progress.py (resume position).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from real_desktop.core.models import Location, LocationKind, Resource, Status
from real_desktop.core.timefmt import format_time
from real_desktop.player.base import Player
from real_desktop.player.factory import create_player
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.player.adaptive import AdaptiveSplitter
from real_desktop.ui.player.captions import CaptionTracks
from real_desktop.ui.player.controls import SPEEDS
from real_desktop.ui.player.fullscreen import FullScreen
from real_desktop.ui.player.header import PlayerHeader
from real_desktop.ui.player.keys import ClickGestures, bind_player_keys
from real_desktop.ui.player.progress import ProgressKeeper, duration_differs
from real_desktop.ui.player.relink import Relinker
from real_desktop.ui.player.speech import StateSpeech
from real_desktop.ui.player.stage import PlayerStage
from real_desktop.ui.player.transcript import TranscriptPanel

log = logging.getLogger(__name__)

LEAD_IN = 2.0  # seconds of context before a cue opened from search
# The transcript waits for the first frame (see open()), but never longer than this: a
# slow disk or an odd file must not leave the reader without it.
FILL_FALLBACK_MS = 500


class PlayerView(QWidget):
    locationChanged = Signal(object)  # Location(TIME)
    noteRequested = Signal(object)  # Location(TIME, start=now)
    resourceChanged = Signal(object)  # Resource after a relink (the window refreshes lists)
    noticeChanged = Signal(str)  # e.g. "Using Qt Multimedia: VLC was not found"
    backRequested = Signal()  # Esc outside full screen: leave the player (the window goes back)

    def __init__(
        self,
        library: Any,
        tasks: Any,
        player_factory: Callable[..., tuple[Player, str | None]] = create_player,
        parent: QWidget | None = None,
        *,
        registry: ActionRegistry | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = registry if registry is not None else ActionRegistry()
        self.library, self.tasks, self._factory = library, tasks, player_factory
        self.setAccessibleName(self.tr("Player"))
        self.player: Player | None = None
        self.notice: str | None = None
        self.resource: Resource | None = None
        self._target_start: float | None = None
        self._fill_pending = False
        self._volume = 100
        self._muted = False
        self._rate = 1.0
        self._build()
        self.full_screen = FullScreen(self.stage)
        self.captions = CaptionTracks(
            library, tasks, self.caption_band, self.cc_button, self.track_box, self
        )
        self.captions.cuesLoaded.connect(self._on_cues_loaded)
        self.progress = ProgressKeeper(library, tasks, lambda: (self.player, self.resource), self)
        self.progress.durationStored.connect(self.resourceChanged)  # the window refreshes lists
        self.relinker = Relinker(library, tasks, self, policy=self.registry.live_policy)
        self.relinker.resourceChanged.connect(self.resourceChanged)
        # Reopened with its captions (kept, and found beside the new place), on the same track.
        self.relinker.relinked.connect(lambda r: self.open(r, track=self.captions.track))
        self.relinker.started.connect(lambda: self.locate_button.setEnabled(False))
        self.relinker.failed.connect(self._relink_failed)
        self.relinker.message.connect(self.header.show_message)
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(FILL_FALLBACK_MS)
        self._fill_timer.timeout.connect(self._fill_transcript)
        self.clicks = ClickGestures(
            lambda: self.resource is not None, self.toggle, self.toggle_full_screen, self
        )
        self.shortcuts = bind_player_keys(self)
        self.state_speech = StateSpeech(self)
        self._set_enabled(False)

    # -- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        self.header = PlayerHeader(self)
        self.title_label, self.message_label = self.header.title_label, self.header.message_label

        # Stage: video / audio card / missing-file card, then the caption band and controls.
        self.stage = PlayerStage(self)  # what stays on screen in full screen
        self.screen_stack = self.stage.screen_stack
        self.video_holder = self.screen_stack.video_holder
        self.video_widget: QWidget | None = None
        self.audio_card = self.screen_stack.audio_card
        self.missing_card = self.screen_stack.missing_card
        self.missing_text = self.screen_stack.missing_text
        self.locate_button = self.screen_stack.locate_button
        reg = self.registry
        reg.button("player.locate", self.locate_button, self.locate_file)
        self.caption_band = self.stage.caption_band
        c = self.controls = self.stage.controls
        self.play_button, self.back_button, self.fwd_button = (
            c.play_button, c.back_button, c.fwd_button
        )
        self.elapsed_label, self.total_label, self.seek_bar = (
            c.elapsed_label, c.total_label, c.seek_bar
        )
        self.speed_box, self.cc_button, self.track_box = c.speed_box, c.cc_button, c.track_box
        self.mute_button, self.volume_slider = c.mute_button, c.volume_slider
        self.note_button, self.full_button = c.note_button, c.full_button
        reg.button("player.play_pause", self.play_button, self.toggle)
        reg.button("player.back_10", self.back_button, lambda: self.skip(-10))
        reg.button("player.forward_10", self.fwd_button, lambda: self.skip(10))
        self.seek_bar.seekRequested.connect(self.seek)
        self.speed_box.currentIndexChanged.connect(lambda i: self.set_rate(SPEEDS[i]))
        # clicked, not toggled: the code sets both buttons' state with signals blocked.
        cc, mute = self.cc_button, self.mute_button
        reg.button("player.captions", cc, lambda: self.set_captions_visible(cc.isChecked()))
        reg.button("player.mute", mute, lambda: self.set_muted(mute.isChecked()))
        self.volume_slider.valueChanged.connect(self.set_volume)
        reg.button("player.add_note", self.note_button, self.request_note)
        reg.button("player.full_screen", self.full_button, self.toggle_full_screen)

        self.transcript = TranscriptPanel(self, registry=reg)
        self.transcript.cueActivated.connect(self._on_cue_clicked)
        self.splitter = AdaptiveSplitter(self)  # stacked when too narrow for both
        self.splitter.addWidget(self.stage)
        self.splitter.addWidget(self.transcript)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.header)
        lay.addWidget(self.splitter, 1)

    def _ensure_player(self) -> Player:
        if self.player is not None:
            return self.player
        player, notice = self._factory(self)
        self.player = player
        self.notice = notice
        if notice:
            self.header.show_message(notice)
            self.noticeChanged.emit(notice)
        if self.video_widget is None:
            self.video_widget = player.create_video_widget(self.video_holder)
            self.video_widget.setAccessibleName(self.tr("Video"))
            self.video_widget.setToolTip(self.tr("Click: play / pause — double-click: full screen"))
            self.video_widget.installEventFilter(self.clicks)
            self.video_holder.layout().addWidget(self.video_widget)
        player.attach(self.video_widget)
        player.set_volume(self._volume)
        player.set_muted(self._muted)
        player.set_rate(self._rate)
        player.positionChanged.connect(self._on_position)
        player.durationChanged.connect(self._on_duration)
        player.stateChanged.connect(self._on_state)
        player.errorOccurred.connect(self._on_error)
        player.chaptersChanged.connect(self.seek_bar.set_chapters)
        player.firstFrame.connect(self._fill_transcript)
        return player

    def caption_point_size(self) -> float:
        return self.caption_band.point_size()

    def _release_player(self) -> None:
        if self.player is None:
            return
        p, self.player = self.player, None
        p.release()
        p.setParent(None)
        p.deleteLater()

    # -- viewer protocol -------------------------------------------------------------------
    def open(
        self,
        resource: Resource,
        location: Location | None = None,
        terms: Sequence[str] = (),
        *,
        track: str | None = None,
    ) -> None:
        """Show a recording. A TIME location starts LEAD_IN seconds before it with that cue
        selected; without one, playback resumes where the user stopped. `track`: the
        caption language to show (a search hit's), else the first track."""
        self.close_resource()
        self.resource = resource
        self._fill_pending = True
        self.title_label.setText(resource.title)
        self.header.hide_message(self.notice)
        self._target_start = (
            location.start if location is not None and location.kind is LocationKind.TIME else None
        )
        # Cheap, and they settle the layout (caption band, language box) before the
        # picture appears. A search hit's words go in the find field now, so text the
        # user types before the transcript arrives is never overwritten; the cues are
        # searched when they arrive.
        self.captions.fill(resource, track)
        self.transcript.set_find_text(" ".join(terms))
        path = Path(resource.path) if resource.path else None
        if resource.status is Status.MISSING or path is None or not path.is_file():
            self._show_missing(resource)
            self._fill_transcript()  # no engine to make room for
            return
        # Start the engine, then keep the UI thread idle until its first frame: the
        # transcript (query, hundreds of wrapped rows laid out, the hit's cue selected and
        # scrolled to) waits for Player.firstFrame, an error, or FILL_FALLBACK_MS. Filled
        # earlier, it competed with libvlc's decoder threads for the same cores and made
        # the first frame a third slower on 2 cores (docs/PERFORMANCE.md, "Player").
        self._set_enabled(True)
        self.screen_stack.show_resource(resource)
        player = self._ensure_player()
        player.open(path)
        if self._target_start is not None:
            self._start_at(max(0.0, self._target_start - LEAD_IN))
        else:
            self.progress.resume(resource.id, self._start_at)
        self._fill_timer.start()

    def _fill_transcript(self) -> None:
        """Load the open recording's transcript, once per open: on its first frame, an
        error, or the fallback timer (at once for a missing file)."""
        if not self._fill_pending or self.resource is None:
            return
        self._fill_pending = False
        self._fill_timer.stop()
        self.captions.load()

    def transcript_pending(self) -> bool:
        """True between open() and the moment the transcript is requested (tests and
        benchmarks/player.py wait on it)."""
        return self._fill_pending

    def go_to(self, location: Location) -> None:
        if (
            location.kind is LocationKind.TIME
            and location.start is not None
            and self.player is not None
        ):
            self.seek(location.start)

    def current_location(self) -> Location:
        return Location(LocationKind.TIME, start=round(self.position(), 2))

    def close_resource(self) -> None:
        """Stop, remember where the user was, and free the engine."""
        self.leave_full_screen()
        self.progress.stop()
        self._fill_timer.stop()
        self._fill_pending = False
        if self.player is not None and self.resource is not None:
            self.progress.save()
        self._release_player()
        self.resource = None
        self.captions.clear()
        self.transcript.clear()
        self.controls.reset_times()
        self._set_enabled(False)

    def set_note_markers(self, locations: Sequence[Location]) -> None:
        """The notes panel's locations, as seek-bar markers: (seconds, label)."""
        times = [loc for loc in locations if loc.kind is LocationKind.TIME and loc.start is not None]
        self.seek_bar.set_markers([(loc.start, loc.label) for loc in times])

    # -- transport -------------------------------------------------------------------------
    def position(self) -> float:
        return self.player.position() if self.player is not None else 0.0

    def toggle(self) -> None:
        if self.player is not None:
            self.player.toggle()

    def seek(self, seconds: float) -> None:
        if self.player is None:
            return
        d = self.player.duration()
        seconds = max(0.0, min(seconds, d) if d > 0 else seconds)
        self.player.seek(seconds)
        self._on_position(self.player.position())
        self.locationChanged.emit(self.current_location())

    def skip(self, delta: float) -> None:
        self.seek(self.position() + delta)

    def set_rate(self, rate: float) -> None:
        self._rate = rate
        if self.player is not None:
            self.player.set_rate(rate)
            self._rate = self.player.rate()
        i = SPEEDS.index(self._rate) if self._rate in SPEEDS else -1
        if i >= 0 and self.speed_box.currentIndex() != i:
            with QSignalBlocker(self.speed_box):
                self.speed_box.setCurrentIndex(i)

    def set_volume(self, volume: int) -> None:
        self._volume = int(min(100, max(0, volume)))
        if self.player is not None:
            self.player.set_volume(self._volume)
        with QSignalBlocker(self.volume_slider):
            self.volume_slider.setValue(self._volume)

    def volume(self) -> int:
        return self._volume

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        if self.player is not None:
            self.player.set_muted(self._muted)
        with QSignalBlocker(self.mute_button):
            self.mute_button.setChecked(self._muted)
        self.controls.show_muted(self._muted)

    def is_muted(self) -> bool:
        return self._muted

    def request_note(self) -> None:
        if self.resource is not None:
            self.noteRequested.emit(self.current_location())

    # -- captions --------------------------------------------------------------------------
    def captions_visible(self) -> bool:
        return self.cc_button.isChecked() and self.caption_band.isVisibleTo(self)

    def set_captions_visible(self, on: bool) -> None:
        self.captions.set_visible(on)

    def caption_text(self) -> str:
        return self.caption_band.text()

    def tracks(self) -> list[str | None]:
        return self.captions.tracks()

    def current_track(self) -> str | None:
        return self.captions.track

    def set_track(self, language: str | None) -> None:
        self.captions.set_track(language)

    def _on_cues_loaded(self) -> None:
        cues = self.captions.cues
        self.transcript.set_cues(cues.cues)
        self.transcript.set_source(self.captions.automatic_label())
        if self._target_start is not None:
            row = cues.nearest(self._target_start)
            if row is not None:
                self.transcript.select_row(row)
        self._on_position(self.position())

    # -- player signals --------------------------------------------------------------------
    def _on_position(self, seconds: float) -> None:
        self.seek_bar.set_position(seconds)
        self.elapsed_label.setText(format_time(seconds))
        self.captions.show_at(seconds)
        current = self.captions.cues.current_or_previous(seconds)
        if current != self.transcript.model.current_row():
            self.transcript.set_current_row(current)
            self.locationChanged.emit(self.current_location())

    def _on_duration(self, seconds: float) -> None:
        self.seek_bar.set_duration(seconds)
        self.total_label.setText(format_time(seconds))
        self._store_duration(seconds)

    def _store_duration(self, seconds: float) -> None:
        r = self.resource
        if r is not None and duration_differs(r, seconds):
            self.resource = r._replace(duration=seconds)
            self.progress.store_duration(r.id, seconds)

    def _on_state(self, state: str) -> None:
        self.controls.set_playing(state == "playing")
        self.state_speech.state(state)
        self.progress.on_state(state)

    def _on_error(self, message: str) -> None:
        self.header.show_message(message, error=True)
        self._fill_transcript()  # no first frame is coming; the transcript is still useful

    def _on_cue_clicked(self, start: float) -> None:
        self.seek(start)
        if self.player is not None and self.player.state() in ("paused", "stopped", "ended"):
            self.player.play()

    # -- opening helpers -------------------------------------------------------------------
    def _start_at(self, seconds: float) -> None:
        if self.player is None:
            return
        if seconds > 0:
            self.player.seek(seconds)
            self._on_position(seconds)
        self.player.play()

    def is_showing_missing(self) -> bool:
        return self.resource is not None and self.screen_stack.showing_missing()

    def _show_missing(self, r: Resource) -> None:
        self._set_enabled(False)
        self.screen_stack.show_missing(r)

    def _set_enabled(self, on: bool) -> None:
        self.controls.set_transport_enabled(on)

    # -- locate a missing file -------------------------------------------------------------
    def locate_file(self) -> None:
        if self.resource is not None:
            self.relinker.locate(self.resource)

    def _relink_failed(self, message: str) -> None:
        self.locate_button.setEnabled(True)
        self.header.show_message(message, error=True)

    # -- full screen -----------------------------------------------------------------------
    def is_full_screen(self) -> bool:
        return self.full_screen.is_active()

    def toggle_full_screen(self) -> None:
        (self.leave_full_screen if self.is_full_screen() else self.enter_full_screen)()

    def enter_full_screen(self) -> None:
        if self.resource is not None:
            self.full_screen.enter()

    def leave_full_screen(self) -> None:
        self.full_screen.leave()
