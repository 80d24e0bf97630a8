"""The caption band under the picture (its text size follows the stage), and the caption
tracks whose cues it shows."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

from real_desktop.core.models import LocationKind, Resource, Segment
from real_desktop.player.cues import CueIndex
from real_desktop.ui import i18n

log = logging.getLogger(__name__)

# Caption text grows with the stage: this share of its height (~32 px on a 720 px
# stage, ~49 px in full screen on 1080p), never under CAPTION_MIN_PT; and never so wide
# that a line holds fewer than ~45 characters (a narrow stage beside the transcript), so
# usual cues still fit the band's two lines.
CAPTION_HEIGHT_SHARE = 0.045
CAPTION_WIDTH_DIVISOR = 28  # px of stage width per px of text size
CAPTION_MIN_PT = 14.0


# The person's caption style (Settings → Captions; issue 15): a size, as a share of the
# size above, and a background behind the text.
CAPTION_SIZES: dict[str, float] = {"small": 0.75, "medium": 1.0, "large": 1.35, "extra_large": 1.75}
CAPTION_BACKGROUNDS = ("opaque", "semi", "none")
_SHEETS = {
    "opaque": "background: black; color: white;",
    # Over the window behind the band: dark enough for white text in every theme.
    "semi": "background: rgba(0, 0, 0, 170); color: white;",
    "none": "background: transparent; color: palette(window-text);",
}


def caption_points(stage_width: int, stage_height: int, dpi: int) -> float:
    px = min(stage_height * CAPTION_HEIGHT_SHARE, stage_width / CAPTION_WIDTH_DIVISOR)
    return max(CAPTION_MIN_PT, px * 72.0 / max(1, dpi))


class CaptionBand(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Captions"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        cf = self.font()
        cf.setBold(True)
        self.setFont(cf)
        self.scale, self.background = 1.0, "opaque"
        self._stage: QWidget | None = None
        self.set_style("medium", "opaque")
        self.set_point_size(CAPTION_MIN_PT)  # until the stage has a size

    def set_style(self, size: str, background: str) -> None:
        """The person's caption size (a CAPTION_SIZES key) and background; applied at once."""
        self.scale = CAPTION_SIZES.get(size, 1.0)
        self.background = background if background in _SHEETS else "opaque"
        self.setStyleSheet(_SHEETS[self.background] + " padding: 6px 12px;")
        if self._stage is not None:
            self.scale_to(self._stage)

    def set_point_size(self, points: float) -> None:
        f = self.font()
        f.setPointSizeF(points)
        self.setFont(f)
        lines = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(lines * 2 + 16)  # two lines never jump the layout

    def scale_to(self, stage: QWidget) -> None:
        """Caption size from the stage's height (the stage, not the picture: the band is
        part of the stage, so its own growth cannot feed back into the size)."""
        self._stage = stage
        points = caption_points(stage.width(), stage.height(), self.logicalDpiY()) * self.scale
        if abs(points - self.font().pointSizeF()) >= 0.5:
            self.set_point_size(points)

    def point_size(self) -> float:
        return self.font().pointSizeF()


class CaptionTracks(QObject):
    """The open recording's caption tracks: the language chosen in `track_box`, its cues
    (loaded off the UI thread) and the band's text at a position. `cuesLoaded` fires when
    `cues` holds the chosen track's cues."""

    cuesLoaded = Signal()

    def __init__(
        self,
        library: Any,
        tasks: Any,
        band: CaptionBand,
        cc_button: QAbstractButton,
        track_box: QComboBox,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.tasks = library, tasks
        self.band, self.cc_button, self.track_box = band, cc_button, track_box
        self.cues = CueIndex([])
        self.track: str | None = None
        self._rid: str | None = None
        self._has_captions = False
        self._row: int | None = None
        track_box.currentIndexChanged.connect(self._on_track_chosen)

    def automatic_label(self) -> str:
        """"Automatic (English)" when the chosen track was made by speech recognition."""
        for i in range(self.track_box.count()):
            label = self.track_box.itemText(i)
            if self.track_box.itemData(i) == self.track and label.startswith("Automatic ("):
                return label
        return ""

    def fill(self, r: Resource, track: str | None = None) -> None:
        """The tracks of `r`, now opening; `track` chosen if `r` has it (a search hit in
        that language), else its first track."""
        self._rid, self._has_captions = r.id, bool(r.captions)
        languages = [t.language for t in r.captions]
        wanted = next(
            (i for i, lang in enumerate(languages) if track and (lang or "").lower() == track.lower()),
            i18n.preferred_index(languages),  # else the interface's language (issue 15)
        )
        with QSignalBlocker(self.track_box):
            self.track_box.clear()
            for t in r.captions:
                self.track_box.addItem(i18n.track_label(t.label, t.language), t.language)
            if r.captions:
                self.track_box.setCurrentIndex(wanted)
        self.track = languages[wanted] if r.captions else None
        self.track_box.setVisible(len(r.captions) > 1)
        self.cc_button.setEnabled(bool(r.captions))
        self.band.setVisible(bool(r.captions) and self.cc_button.isChecked())

    def clear(self) -> None:
        self._rid, self._has_captions = None, False
        self._row = None
        self.cues = CueIndex([])
        self.band.clear()

    def set_visible(self, on: bool) -> None:
        with QSignalBlocker(self.cc_button):
            self.cc_button.setChecked(on)
        self.band.setVisible(on and self._has_captions)

    def tracks(self) -> list[str | None]:
        return [self.track_box.itemData(i) for i in range(self.track_box.count())]

    def set_track(self, language: str | None) -> None:
        i = self.track_box.findData(language)
        if i >= 0:
            self.track_box.setCurrentIndex(i)  # → _on_track_chosen

    def _on_track_chosen(self, i: int) -> None:
        if i < 0 or self._rid is None:
            return
        self.track = self.track_box.itemData(i)
        self.load()

    def load(self) -> None:
        if self._rid is None:
            return
        rid, track = self._rid, self.track
        self.tasks.submit(
            self.library.segments, rid, track=track,
            on_done=lambda segs: self._set_cues(rid, track, segs),
            on_error=lambda e: log.warning("could not load transcript: %s", e),
            key=f"cues-{id(self)}",
        )  # fmt: skip

    def _set_cues(self, rid: str, track: str | None, segments: list[Segment]) -> None:
        if self._rid != rid or track != self.track:
            return  # the user moved on
        self.cues = CueIndex([s for s in segments if s.location.kind is LocationKind.TIME])
        self._row = None
        self.cuesLoaded.emit()

    def show_at(self, seconds: float) -> None:
        row = self.cues.at(seconds)
        if row != self._row:  # only touch the band when the cue changes
            self._row = row
            self.band.setText(self.cues.cues[row].text if row is not None else "")
