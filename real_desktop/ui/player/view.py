"""The player view: video (or an audio card), a caption band, controls, and the transcript.

Captions are drawn by us, in a band under the picture, from the cues the library already
holds (library.segments). Why not VLC's own subtitle renderer or an overlay on the picture:
the same code works for both backends; the text size follows the app's text size; the
transcript and the captions can never disagree; and a Qt label cannot be drawn on top of
VLC's native window reliably (a native child window always covers its siblings).
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPainter, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.models import Kind, Location, LocationKind, Resource, Segment, Status
from real_desktop.core.textutil import language_label
from real_desktop.core.timefmt import format_time
from real_desktop.player.base import Player
from real_desktop.player.cues import CueIndex
from real_desktop.player.factory import create_player
from real_desktop.ui.player.seekbar import SeekBar
from real_desktop.ui.player.transcript import TranscriptPanel

log = logging.getLogger(__name__)

LEAD_IN = 2.0  # seconds of context before a cue opened from search
# The transcript waits for the first frame (see open()), but never longer than this: a
# slow disk or an odd file must not leave the reader without it.
FILL_FALLBACK_MS = 500
SAVE_EVERY_MS = 5000
# Caption text grows with the stage: this share of its height (~32 px on a 720 px
# stage, ~49 px in full screen on 1080p), never under CAPTION_MIN_PT; and never so wide
# that a line holds fewer than ~45 characters (a narrow stage beside the transcript), so
# usual cues still fit the band's two lines.
CAPTION_HEIGHT_SHARE = 0.045
CAPTION_WIDTH_DIVISOR = 28  # px of stage width per px of text size
CAPTION_MIN_PT = 14.0
RESUME_MIN = 5.0  # do not "resume" a few seconds in: start over instead
SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
MEDIA_SUFFIXES = {
    ".mp4",
    ".m4v",
    ".mkv",
    ".webm",
    ".mov",
    ".avi",
    ".mp3",
    ".m4a",
    ".wav",
    ".ogg",
    ".opus",
    ".flac",
    ".aac",
}


def near_end(position: float, duration: float) -> bool:
    """Counts as watched: within the last 5% (at most 30 s) of the recording."""
    return duration > 0 and position >= duration - min(30.0, duration * 0.05)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def find_siblings(folder: Path, missing: Sequence[Resource], exclude: str) -> list[tuple[str, str]]:
    """(resource id, path) for files in `folder` that are other missing resources: same
    file name as their last known path, or (same size, then) same sha256. Runs off the UI
    thread; hashes only files whose size matches a candidate."""
    out: list[tuple[str, str]] = []
    try:
        files = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in MEDIA_SUFFIXES]
    except OSError:
        return out
    taken: set[Path] = set()
    for r in missing:
        if r.id == exclude:
            continue
        hit: Path | None = None
        if r.path:
            name = Path(r.path).name
            hit = next((f for f in files if f.name == name and f not in taken), None)
        if hit is None and r.sha256:
            for f in files:
                if f in taken or (r.size is not None and f.stat().st_size != r.size):
                    continue
                if _sha256(f) == r.sha256:
                    hit = f
                    break
        if hit is not None:
            taken.add(hit)
            out.append((r.id, str(hit)))
    return out


class PlayerView(QWidget):
    locationChanged = Signal(object)  # Location(TIME)
    noteRequested = Signal(object)  # Location(TIME, start=now)
    resourceChanged = Signal(object)  # Resource after a relink (the window refreshes lists)
    noticeChanged = Signal(str)  # e.g. "Using Qt Multimedia: VLC was not found"

    def __init__(
        self,
        library: Any,
        tasks: Any,
        player_factory: Callable[..., tuple[Player, str | None]] = create_player,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.tasks, self._factory = library, tasks, player_factory
        self.setAccessibleName(self.tr("Player"))
        self.player: Player | None = None
        self.notice: str | None = None
        self.resource: Resource | None = None
        self._cues = CueIndex([])
        self._caption_row: int | None = None
        self._track: str | None = None
        self._target_start: float | None = None
        self._fill_pending = False
        self._hidden_for_full_screen: list[QWidget] = []
        self._full = False
        self._was_maximized = False
        self._volume = 100
        self._muted = False
        self._rate = 1.0
        self._build()
        self._save_timer = QTimer(self)
        self._save_timer.setInterval(SAVE_EVERY_MS)
        self._save_timer.timeout.connect(self._save_progress)
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(FILL_FALLBACK_MS)
        self._fill_timer.timeout.connect(self._fill_transcript)
        self._double_clicked_at = 0.0
        self._click_timer = QTimer(self)
        self._click_timer.setSingleShot(True)
        self._click_timer.setInterval(QApplication.doubleClickInterval())
        self._click_timer.timeout.connect(self.toggle)
        self._bind_keys()
        self._set_enabled(False)

    # -- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setAccessibleName(self.tr("Title"))
        self.title_label.setWordWrap(True)
        f = self.title_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.25)
        f.setBold(True)
        self.title_label.setFont(f)
        self.message_label = QLabel(self)  # errors and the backend notice
        self.message_label.setAccessibleName(self.tr("Player message"))
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        # Stage: video / audio card / missing-file card, then the caption band.
        self.screen_stack = QStackedWidget(self)
        self.screen_stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.video_holder = QFrame(self)
        self.video_holder.setStyleSheet("background: black;")
        QVBoxLayout(self.video_holder).setContentsMargins(0, 0, 0, 0)
        self.video_widget: QWidget | None = None
        self.audio_card = QLabel(self)
        self.audio_card.setAccessibleName(self.tr("Audio recording"))
        self.audio_card.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.audio_card.setWordWrap(True)
        self.audio_card.setStyleSheet("background: #20262c; color: #e6e6e3; padding: 24px;")
        self.missing_card = QFrame(self)
        self.missing_card.setAccessibleName(self.tr("Media not on this computer"))
        self.missing_text = QLabel(self.missing_card)
        self.missing_text.setWordWrap(True)
        self.missing_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locate_button = QPushButton(self.tr("Locate file…"), self.missing_card)
        self.locate_button.setAccessibleName(self.tr("Locate file"))
        self.locate_button.setToolTip(self.tr("Find this recording on this computer and link it"))
        self.locate_button.clicked.connect(self.locate_file)
        ml = QVBoxLayout(self.missing_card)
        ml.addStretch(1)
        ml.addWidget(self.missing_text)
        ml.addWidget(self.locate_button, 0, Qt.AlignmentFlag.AlignHCenter)
        ml.addStretch(1)
        for w in (self.video_holder, self.audio_card, self.missing_card):
            self.screen_stack.addWidget(w)

        self.caption_band = QLabel(self)
        self.caption_band.setAccessibleName(self.tr("Captions"))
        self.caption_band.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption_band.setWordWrap(True)
        self.caption_band.setTextFormat(Qt.TextFormat.PlainText)
        cf = self.caption_band.font()
        cf.setBold(True)
        self.caption_band.setFont(cf)
        self.caption_band.setStyleSheet("background: black; color: white; padding: 6px 12px;")
        self._set_caption_size(CAPTION_MIN_PT)  # until the stage has a size

        # Controls.
        def tool(text: str, name: str, tip: str) -> QToolButton:
            b = QToolButton(self)
            b.setText(text)
            b.setAccessibleName(name)
            b.setToolTip(tip)
            b.setAutoRaise(True)
            b.setMinimumWidth(34)
            return b

        self._icons: dict[str, QIcon] = {}
        # Text glyphs, not style icons: Fusion's media icons are grey on grey in dark mode.
        self.play_button = tool("▶", self.tr("Play"), self.tr("Play / pause (Space or K)"))
        self.play_button.clicked.connect(self.toggle)
        self.back_button = tool("↶10", self.tr("Back 10 seconds"), self.tr("Back 10 seconds (J)"))
        self.back_button.clicked.connect(lambda: self.skip(-10))
        self.fwd_button = tool(
            "10↷", self.tr("Forward 10 seconds"), self.tr("Forward 10 seconds (L)")
        )
        self.fwd_button.clicked.connect(lambda: self.skip(10))
        self.elapsed_label = QLabel("0:00", self)
        self.elapsed_label.setAccessibleName(self.tr("Elapsed time"))
        self.total_label = QLabel("0:00", self)
        self.total_label.setAccessibleName(self.tr("Total time"))
        self.seek_bar = SeekBar(self)
        # No tooltip: the bar's own hover text (time, chapter) must stay while the mouse rests.
        self.seek_bar.setAccessibleDescription(self.tr("Seek (←/→ 5 s, J/L 10 s)"))
        self.seek_bar.seekRequested.connect(self.seek)
        self.speed_box = QComboBox(self)
        self.speed_box.setAccessibleName(self.tr("Playback speed"))
        self.speed_box.setToolTip(self.tr("Playback speed"))
        for s in SPEEDS:
            self.speed_box.addItem(f"{s:g}×", s)
        self.speed_box.setCurrentIndex(SPEEDS.index(1.0))
        self.speed_box.currentIndexChanged.connect(lambda i: self.set_rate(SPEEDS[i]))
        self.cc_button = tool("CC", self.tr("Captions"), self.tr("Captions on/off (C)"))
        self.cc_button.setCheckable(True)
        self.cc_button.setChecked(True)
        self.cc_button.toggled.connect(self.set_captions_visible)
        self.track_box = QComboBox(self)
        self.track_box.setAccessibleName(self.tr("Caption language"))
        self.track_box.setToolTip(self.tr("Caption language"))
        self.track_box.currentIndexChanged.connect(self._on_track_chosen)
        self.mute_button = tool("", self.tr("Mute"), self.tr("Mute (M)"))
        self.mute_button.setCheckable(True)
        self.mute_button.toggled.connect(self.set_muted)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(100)
        self.volume_slider.setMaximumWidth(110)
        self.volume_slider.setAccessibleName(self.tr("Volume"))
        self.volume_slider.setToolTip(self.tr("Volume (↑/↓)"))
        self.volume_slider.valueChanged.connect(self.set_volume)
        self.note_button = tool(
            "✎", self.tr("New note here"), self.tr("New note at this moment (N)")
        )
        self.note_button.clicked.connect(self.request_note)
        self.full_button = tool(
            "", self.tr("Full screen"), self.tr("Full screen (F, Esc to leave)")
        )
        self.full_button.clicked.connect(self.toggle_full_screen)
        self._tint_icons()

        seek_row = QHBoxLayout()
        seek_row.addWidget(self.elapsed_label)
        seek_row.addWidget(self.seek_bar, 1)
        seek_row.addWidget(self.total_label)
        buttons = QHBoxLayout()
        for w in (self.back_button, self.play_button, self.fwd_button):
            buttons.addWidget(w)
        buttons.addSpacing(8)
        buttons.addWidget(self.speed_box)
        buttons.addStretch(1)
        for w in (
            self.cc_button,
            self.track_box,
            self.mute_button,
            self.volume_slider,
            self.note_button,
            self.full_button,
        ):
            buttons.addWidget(w)

        self.stage = QWidget(self)  # what stays on screen in full screen
        sl = QVBoxLayout(self.stage)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(0)
        sl.addWidget(self.screen_stack, 1)
        sl.addWidget(self.caption_band)
        controls = QWidget(self.stage)
        cl = QVBoxLayout(controls)
        cl.setContentsMargins(6, 4, 6, 4)
        cl.addLayout(seek_row)
        cl.addLayout(buttons)
        sl.addWidget(controls)

        self.transcript = TranscriptPanel(self)
        self.transcript.cueActivated.connect(self._on_cue_clicked)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.stage)
        self.splitter.addWidget(self.transcript)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.header = QWidget(self)
        hl = QVBoxLayout(self.header)
        hl.setContentsMargins(8, 6, 8, 2)
        hl.addWidget(self.title_label)
        hl.addWidget(self.message_label)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.header)
        lay.addWidget(self.splitter, 1)
        self.stage.installEventFilter(self)  # its resizes scale the captions

    def _bind_keys(self) -> None:
        self.shortcuts: dict[str, QShortcut] = {}
        bindings: list[tuple[str, Callable[[], None]]] = [
            ("Space", self.toggle),
            ("K", self.toggle),
            ("J", lambda: self.skip(-10)),
            ("L", lambda: self.skip(10)),
            ("Left", lambda: self.skip(-5)),
            ("Right", lambda: self.skip(5)),
            ("Up", lambda: self.set_volume(self._volume + 5)),
            ("Down", lambda: self.set_volume(self._volume - 5)),
            ("F", self.toggle_full_screen),
            ("Escape", self.leave_full_screen),
            ("M", lambda: self.set_muted(not self._muted)),
            ("C", lambda: self.set_captions_visible(not self.cc_button.isChecked())),
            ("N", self.request_note),
        ]
        for key, fn in bindings:
            sc = QShortcut(QKeySequence(key), self)
            # Only while focus is in the player; the find field keeps its typing keys
            # because QLineEdit claims printable keys and arrows before shortcuts.
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(fn)
            self.shortcuts[key] = sc

    def _ensure_player(self) -> Player:
        if self.player is not None:
            return self.player
        player, notice = self._factory(self)
        self.player = player
        self.notice = notice
        if notice:
            self._show_message(notice)
            self.noticeChanged.emit(notice)
        if self.video_widget is None:
            self.video_widget = player.create_video_widget(self.video_holder)
            self.video_widget.setAccessibleName(self.tr("Video"))
            self.video_widget.setToolTip(self.tr("Click: play / pause — double-click: full screen"))
            self.video_widget.installEventFilter(self)
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

    def _set_caption_size(self, points: float) -> None:
        f = self.caption_band.font()
        f.setPointSizeF(points)
        self.caption_band.setFont(f)
        lines = self.caption_band.fontMetrics().lineSpacing()
        self.caption_band.setMinimumHeight(lines * 2 + 16)  # two lines never jump the layout

    def _scale_captions(self) -> None:
        """Caption size from the stage's height (the stage, not the picture: the band is
        part of the stage, so its own growth cannot feed back into the size)."""
        px = min(
            self.stage.height() * CAPTION_HEIGHT_SHARE, self.stage.width() / CAPTION_WIDTH_DIVISOR
        )
        points = max(CAPTION_MIN_PT, px * 72.0 / max(1, self.caption_band.logicalDpiY()))
        if abs(points - self.caption_band.font().pointSizeF()) >= 0.5:
            self._set_caption_size(points)

    def caption_point_size(self) -> float:
        return self.caption_band.font().pointSizeF()

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        if obj is self.stage and ev.type() == QEvent.Type.Resize:
            self._scale_captions()
            return False
        # Clicks on the picture: the usual player gestures (VLC's own mouse input is off).
        if obj is self.video_widget and self.resource is not None:
            if ev.type() == QEvent.Type.MouseButtonDblClick:
                self._click_timer.stop()
                self._double_clicked_at = time.monotonic()
                self.toggle_full_screen()
                return True
            if ev.type() == QEvent.Type.MouseButtonRelease:
                since = time.monotonic() - self._double_clicked_at
                if since * 1000 > QApplication.doubleClickInterval():  # not the end of one
                    self._click_timer.start()  # a double-click cancels it
                return True
        return super().eventFilter(obj, ev)

    def _release_player(self) -> None:
        if self.player is None:
            return
        p, self.player = self.player, None
        p.release()
        p.setParent(None)
        p.deleteLater()

    # -- viewer protocol -------------------------------------------------------------------
    def open(
        self, resource: Resource, location: Location | None = None, terms: Sequence[str] = ()
    ) -> None:
        """Show a recording. A TIME location starts LEAD_IN seconds before it with that cue
        selected; without one, playback resumes where the user stopped."""
        self.close_resource()
        self.resource = resource
        self._fill_pending = True
        self.title_label.setText(resource.title)
        self._hide_message()
        self._target_start = (
            location.start if location is not None and location.kind is LocationKind.TIME else None
        )
        # Cheap, and they settle the layout (caption band, language box) before the
        # picture appears. A search hit's words go in the find field now, so text the
        # user types before the transcript arrives is never overwritten; the cues are
        # searched when they arrive.
        self._fill_tracks(resource)
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
        self._show_stage(resource)
        player = self._ensure_player()
        player.open(path)
        if self._target_start is not None:
            self._start_at(max(0.0, self._target_start - LEAD_IN))
        else:
            rid = resource.id
            self.tasks.submit(
                self.library.progress, rid,
                on_done=lambda prog: self._resume(rid, prog),
                on_error=lambda _e: self._start_at(0.0),
            )  # fmt: skip
        self._fill_timer.start()

    def _fill_transcript(self) -> None:
        """Load the open recording's transcript, once per open: on its first frame, an
        error, or the fallback timer (at once for a missing file)."""
        if not self._fill_pending or self.resource is None:
            return
        self._fill_pending = False
        self._fill_timer.stop()
        self._load_cues()

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
        self._save_timer.stop()
        self._fill_timer.stop()
        self._fill_pending = False
        if self.player is not None and self.resource is not None:
            self._save_progress()
        self._release_player()
        self.resource = None
        self._caption_row = None
        self._cues = CueIndex([])
        self.transcript.clear()
        self.caption_band.clear()
        self.seek_bar.set_duration(0)
        self.seek_bar.set_chapters([])
        self.elapsed_label.setText("0:00")
        self.total_label.setText("0:00")
        self._set_enabled(False)

    def _tint_icons(self) -> None:
        """The style's speaker and window icons, recoloured to the text colour: as drawn
        they are dark grey, which vanishes on the dark theme's controls."""
        color = self.palette().color(QPalette.ColorRole.ButtonText)
        SP = QStyle.StandardPixmap
        for key, which in (
            ("volume", SP.SP_MediaVolume),
            ("muted", SP.SP_MediaVolumeMuted),
            ("full", SP.SP_TitleBarMaxButton),
        ):
            pixmap = self.style().standardIcon(which).pixmap(QSize(32, 32))
            painter = QPainter(pixmap)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(pixmap.rect(), color)
            painter.end()
            self._icons[key] = QIcon(pixmap)
        self.mute_button.setIcon(self._icons["muted" if self.mute_button.isChecked() else "volume"])
        self.full_button.setIcon(self._icons["full"])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._tint_icons()
        super().changeEvent(event)

    def set_markers(self, markers: list[tuple[float, str]]) -> None:
        """Note markers on the seek bar: (seconds, label)."""
        self.seek_bar.set_markers(markers)

    def set_note_markers(self, locations: Sequence[Location]) -> None:
        """The notes panel's locations, as seek-bar markers."""
        self.set_markers(
            [
                (loc.start, loc.label)
                for loc in locations
                if loc.kind is LocationKind.TIME and loc.start is not None
            ]
        )

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
        self.mute_button.setIcon(self._icons["muted" if self._muted else "volume"])
        self.mute_button.setAccessibleName(self.tr("Unmute") if self._muted else self.tr("Mute"))

    def is_muted(self) -> bool:
        return self._muted

    def request_note(self) -> None:
        if self.resource is not None:
            self.noteRequested.emit(self.current_location())

    # -- captions --------------------------------------------------------------------------
    def _fill_tracks(self, r: Resource) -> None:
        with QSignalBlocker(self.track_box):
            self.track_box.clear()
            for t in r.captions:
                self.track_box.addItem(t.label or language_label(t.language), t.language)
        self._track = r.captions[0].language if r.captions else None
        self.track_box.setVisible(len(r.captions) > 1)
        self.cc_button.setEnabled(bool(r.captions))
        self.caption_band.setVisible(bool(r.captions) and self.cc_button.isChecked())

    def captions_visible(self) -> bool:
        return self.cc_button.isChecked() and self.caption_band.isVisibleTo(self)

    def set_captions_visible(self, on: bool) -> None:
        with QSignalBlocker(self.cc_button):
            self.cc_button.setChecked(on)
        has = self.resource is not None and bool(self.resource.captions)
        self.caption_band.setVisible(on and has)

    def caption_text(self) -> str:
        return self.caption_band.text()

    def tracks(self) -> list[str | None]:
        return [self.track_box.itemData(i) for i in range(self.track_box.count())]

    def current_track(self) -> str | None:
        return self._track

    def set_track(self, language: str | None) -> None:
        i = self.track_box.findData(language)
        if i >= 0:
            self.track_box.setCurrentIndex(i)  # → _on_track_chosen

    def _on_track_chosen(self, i: int) -> None:
        if i < 0 or self.resource is None:
            return
        self._track = self.track_box.itemData(i)
        self._load_cues()

    def _load_cues(self) -> None:
        if self.resource is None:
            return
        rid, track = self.resource.id, self._track
        self.tasks.submit(
            self.library.segments, rid, track=track,
            on_done=lambda segs: self._set_cues(rid, track, segs),
            on_error=lambda e: log.warning("could not load transcript: %s", e),
            key=f"cues-{id(self)}",
        )  # fmt: skip

    def _set_cues(self, rid: str, track: str | None, segments: list[Segment]) -> None:
        if self.resource is None or self.resource.id != rid or track != self._track:
            return  # the user moved on
        cues = [s for s in segments if s.location.kind is LocationKind.TIME]
        self._cues = CueIndex(cues)
        self._caption_row = None
        self.transcript.set_cues(self._cues.cues)
        if self._target_start is not None:
            row = self._cues.nearest(self._target_start)
            if row is not None:
                self.transcript.select_row(row)
        self._on_position(self.position())

    # -- player signals --------------------------------------------------------------------
    def _on_position(self, seconds: float) -> None:
        self.seek_bar.set_position(seconds)
        self.elapsed_label.setText(format_time(seconds))
        row = self._cues.at(seconds)
        if row != self._caption_row:  # only touch widgets when the cue changes
            self._caption_row = row
            self.caption_band.setText(self._cues.cues[row].text if row is not None else "")
        current = self._cues.current_or_previous(seconds)
        if current != self.transcript.model.current_row():
            self.transcript.set_current_row(current)
            self.locationChanged.emit(self.current_location())

    def _on_duration(self, seconds: float) -> None:
        self.seek_bar.set_duration(seconds)
        self.total_label.setText(format_time(seconds))
        self._store_duration(seconds)

    def _store_duration(self, seconds: float) -> None:
        """Keep the engine's duration in the library when it tells the user something
        else (unknown, or another minute:second) than the one stored at import, so the
        library's lists show the length the player shows."""
        r = self.resource
        if r is None or seconds <= 0:
            return
        if r.duration is not None and format_time(r.duration) == format_time(seconds):
            return
        self.resource = dataclasses.replace(r, duration=seconds)
        rid = r.id

        def stored(_: object) -> None:
            if self.resource is not None and self.resource.id == rid:
                self.resourceChanged.emit(self.resource)  # the window refreshes its lists

        self.tasks.submit(
            self.library.set_duration, rid, seconds,
            on_done=stored, on_error=lambda e: log.warning("could not save duration: %s", e),
        )  # fmt: skip

    def _on_state(self, state: str) -> None:
        playing = state == "playing"
        self.play_button.setText("❚❚" if playing else "▶")
        self.play_button.setAccessibleName(self.tr("Pause") if playing else self.tr("Play"))
        if playing:
            self._save_timer.start()
        else:
            self._save_timer.stop()
            if state in ("paused", "ended"):
                self._save_progress()

    def _on_error(self, message: str) -> None:
        self._show_message(message, error=True)
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

    def _resume(self, rid: str, prog: tuple[float, bool] | None) -> None:
        if self.resource is None or self.resource.id != rid or self.player is None:
            return
        start = 0.0
        if prog is not None:
            pos, finished = prog
            dur = self.resource.duration or self.player.duration()
            if not finished and pos >= RESUME_MIN and not (dur and near_end(pos, dur)):
                start = pos
        self._start_at(start)

    def _save_progress(self) -> None:
        if self.player is None or self.resource is None or self.player.state() == "error":
            return
        pos, dur = self.player.position(), self.player.duration()
        finished = self.player.state() == "ended" or near_end(pos, dur)
        self.tasks.submit(
            self.library.set_progress, self.resource.id, pos, finished=finished,
            on_error=lambda e: log.warning("could not save progress: %s", e),
        )  # fmt: skip

    def _show_stage(self, r: Resource) -> None:
        if r.kind is Kind.AUDIO:
            text = f"♪\n\n{r.title}"
            if r.people:
                text += "\n" + ", ".join(r.people)
            self.audio_card.setText(text)
            if r.thumbnail and Path(r.thumbnail).is_file():
                pm = QPixmap(r.thumbnail)
                if not pm.isNull():
                    self.audio_card.setPixmap(
                        pm.scaled(
                            320,
                            320,
                            Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation,
                        )
                    )
            self.screen_stack.setCurrentWidget(self.audio_card)
        else:
            self.screen_stack.setCurrentWidget(self.video_holder)

    def _show_missing(self, r: Resource) -> None:
        self._set_enabled(False)
        self.screen_stack.setCurrentWidget(self.missing_card)
        where = f"\n\n{r.path}" if r.path else ""
        self.missing_text.setText(
            self.tr(
                "This recording is not on this computer.{0}\n\nIf you have the file, "
                "locate it and REAL Desktop will link it (and any other missing "
                "recordings in the same folder)."
            ).format(where)
        )
        self.locate_button.setEnabled(True)

    def is_showing_missing(self) -> bool:
        return self.resource is not None and self.screen_stack.currentWidget() is self.missing_card

    def _set_enabled(self, on: bool) -> None:
        for w in (
            self.play_button,
            self.back_button,
            self.fwd_button,
            self.seek_bar,
            self.speed_box,
            self.note_button,
            self.full_button,
        ):
            w.setEnabled(on)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("error", error)
        self.message_label.setStyleSheet("color: #c0392b;" if error else "")
        self.message_label.show()

    def _hide_message(self) -> None:
        if self.notice:
            self._show_message(self.notice)
        else:
            self.message_label.hide()

    # -- locate a missing file -------------------------------------------------------------
    def locate_file(self) -> None:
        r = self.resource
        if r is None:
            return
        start_dir = str(Path(r.path).parent) if r.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Locate “{0}”").format(r.title), start_dir,
            self.tr("Media files ({0});;All files (*)").format(" ".join(f"*{s}" for s in sorted(MEDIA_SUFFIXES))),
        )  # fmt: skip
        if not path:
            return
        self.locate_button.setEnabled(False)
        self.tasks.submit(
            self.library.relink, r.id, Path(path),
            on_done=lambda res: self._relinked(res, Path(path)),
            on_error=self._relink_failed,
        )  # fmt: skip

    def _relink_failed(self, exc: BaseException) -> None:
        self.locate_button.setEnabled(True)
        msg = str(exc) if isinstance(exc, ValueError) else self.tr("The file could not be linked.")
        self._show_message(msg, error=True)

    def _relinked(self, resource: Resource, path: Path) -> None:
        self.resourceChanged.emit(resource)
        self.open(resource)
        lib = self.library

        def look() -> list[tuple[str, str]]:
            # Missing = marked so by a rescan, or simply not where the library last saw it.
            media = [r for k in (Kind.VIDEO, Kind.AUDIO) for r in lib.resources(kind=k)]
            gone = [
                r for r in media
                if r.status is Status.MISSING or not r.path or not Path(r.path).is_file()
            ]  # fmt: skip
            return find_siblings(path.parent, gone, resource.id)

        self.tasks.submit(
            look, on_done=self._offer_siblings, on_error=lambda e: log.warning("%s", e)
        )

    def _offer_siblings(self, found: list[tuple[str, str]]) -> None:
        if not found:
            return
        # Picked by n in code: Qt's %n plurals need a translation file, even for English.
        n = len(found)
        question = (
            self.tr("1 other missing recording was found in the same folder. Link it too?")
            if n == 1
            else self.tr(
                "%n other missing recordings were found in the same folder. Link them too?", "", n
            )
        )
        answer = QMessageBox.question(self, self.tr("Link other recordings?"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        lib = self.library

        def relink_all() -> list[Resource]:
            done = []
            for rid, p in found:
                try:
                    done.append(lib.relink(rid, Path(p)))
                except ValueError as exc:
                    log.info("could not relink %s: %s", rid, exc)
            return done

        def linked(resources: list[Resource]) -> None:
            for res in resources:
                self.resourceChanged.emit(res)
            n = len(resources)
            self._show_message(
                self.tr("Linked 1 more recording.")
                if n == 1
                else self.tr("Linked %n more recordings.", "", n)
            )

        self.tasks.submit(relink_all, on_done=linked)

    # -- full screen -----------------------------------------------------------------------
    def is_full_screen(self) -> bool:
        return self._full

    def toggle_full_screen(self) -> None:
        if self.is_full_screen():
            self.leave_full_screen()
        else:
            self.enter_full_screen()

    def enter_full_screen(self) -> None:
        """Fill the screen with the stage, without reparenting it: a reparented native
        video window gets a new id and libvlc would lose it. Every sibling on the way up
        to the window is hidden instead, and shown again on leaving."""
        if self.resource is None or self.is_full_screen():
            return
        win = self.window()
        w: QWidget = self.stage
        hidden: list[QWidget] = []
        while w is not win and w.parentWidget() is not None:
            parent = w.parentWidget()
            for sib in parent.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            ):
                if sib is not w and sib.isVisible() and not sib.isWindow():
                    sib.hide()
                    hidden.append(sib)
            w = parent
        self._hidden_for_full_screen = hidden
        self._full = True
        self._was_maximized = win.isMaximized()
        win.showFullScreen()

    def leave_full_screen(self) -> None:
        if not self._full:
            return
        self._full = False
        for w in reversed(self._hidden_for_full_screen):
            w.show()
        self._hidden_for_full_screen = []
        win = self.window()
        if self._was_maximized:
            win.showMaximized()
        else:
            win.showNormal()
