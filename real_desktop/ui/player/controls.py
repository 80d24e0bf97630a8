"""The controls under the picture: the seek row (elapsed, bar, total) and the buttons
(transport, speed | captions, volume, note, full screen: one row, or two when narrow). Only widgets and their looks;
the player view wires them to what they do."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from real_desktop.ui import i18n
from real_desktop.ui.player.seekbar import SeekBar

SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
MIN_BUTTON = 34  # px: a comfortable click target for a one-glyph button


class ControlButton(QToolButton):
    """A control's button: at least MIN_BUTTON px wide, and never narrower than its text
    (a fixed minimum let a layout squeeze "↶10" to "…" at large text sizes)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(MIN_BUTTON, hint.width()), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class PlayerControls(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        def tool(text: str, name: str, tip: str) -> QToolButton:
            b = ControlButton(self)
            b.setText(text)
            b.setAccessibleName(name)
            b.setToolTip(tip)
            b.setAutoRaise(True)
            return b

        self.icons: dict[str, QIcon] = {}
        # Text glyphs, not style icons: Fusion's media icons are grey on grey in dark mode.
        self.play_button = tool("▶", self.tr("Play"), self.tr("Play / pause (Space or K)"))
        self.back_button = tool("↶10", self.tr("Back 10 seconds"), self.tr("Back 10 seconds (J)"))
        self.fwd_button = tool(
            "10↷", self.tr("Forward 10 seconds"), self.tr("Forward 10 seconds (L)")
        )
        self.elapsed_label = QLabel("0:00", self)
        self.elapsed_label.setAccessibleDescription(self.tr("Elapsed time"))
        self.total_label = QLabel("0:00", self)
        self.total_label.setAccessibleDescription(self.tr("Total time"))
        self.seek_bar = SeekBar(self)
        # No tooltip: the bar's own hover text (time, chapter) must stay while the mouse rests.
        self.seek_bar.setAccessibleDescription(self.tr("Seek (←/→ 5 s, J/L 10 s)"))
        self.speed_box = QComboBox(self)
        self.speed_box.setAccessibleName(self.tr("Playback speed"))
        self.speed_box.setToolTip(self.tr("Playback speed"))
        for s in SPEEDS:
            self.speed_box.addItem(i18n.number(s, 2) + "×", s)
        self.speed_box.setCurrentIndex(SPEEDS.index(1.0))
        self.cc_button = tool("CC", self.tr("Captions"), self.tr("Captions on/off (C)"))
        self.cc_button.setCheckable(True)
        self.cc_button.setChecked(True)
        self.track_box = QComboBox(self)
        self.track_box.setAccessibleName(self.tr("Caption language"))
        self.track_box.setToolTip(self.tr("Caption language"))
        self.mute_button = tool("", self.tr("Mute"), self.tr("Mute (M)"))
        self.mute_button.setCheckable(True)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(100)
        self.volume_slider.setMaximumWidth(110)
        self.volume_slider.setAccessibleName(self.tr("Volume"))
        self.volume_slider.setToolTip(self.tr("Volume (↑/↓)"))
        self.note_button = tool(
            "✎", self.tr("New note here"), self.tr("New note at this moment (N)")
        )
        self.full_button = tool(
            "", self.tr("Full screen"), self.tr("Full screen (F, Esc to leave)")
        )
        self.tint_icons()

        seek_row = QHBoxLayout()
        seek_row.addWidget(self.elapsed_label)
        seek_row.addWidget(self.seek_bar, 1)
        seek_row.addWidget(self.total_label)
        # Transport and speed on the left, captions, sound, note and full screen on the
        # right; one row when they fit, two when not (large text beside the notes).
        self.left_group, self.right_group = QWidget(self), QWidget(self)
        left, right = QHBoxLayout(self.left_group), QHBoxLayout(self.right_group)
        for lay in (left, right):
            lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.back_button, self.play_button, self.fwd_button):
            left.addWidget(w)
        left.addSpacing(8)
        left.addWidget(self.speed_box)
        left.addStretch(1)
        right.addStretch(1)
        for w in (
            self.cc_button,
            self.track_box,
            self.mute_button,
            self.volume_slider,
            self.note_button,
            self.full_button,
        ):
            right.addWidget(w)
        self.buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addWidget(self.left_group)
        self.buttons.addWidget(self.right_group)
        cl = QVBoxLayout(self)
        cl.setContentsMargins(6, 4, 6, 4)
        cl.addLayout(seek_row)
        cl.addLayout(self.buttons)

    def one_row_width(self) -> int:
        m = self.layout().contentsMargins()
        return (
            self.left_group.minimumSizeHint().width()
            + self.right_group.minimumSizeHint().width()
            + self.buttons.spacing()
            + m.left()
            + m.right()
        )

    def minimumSizeHint(self) -> QSize:
        """The two-row minimum: the controls never make the window wider than the wider
        of the two groups (resizeEvent puts them on one row when they fit)."""
        hint = super().minimumSizeHint()
        m = self.layout().contentsMargins()
        groups = max(self.left_group.minimumSizeHint().width(),
                     self.right_group.minimumSizeHint().width())  # fmt: skip
        return QSize(groups + m.left() + m.right(), hint.height())

    def resizeEvent(self, e: QResizeEvent) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if e.size().width() >= self.one_row_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self.buttons.direction() != wanted:
            self.buttons.setDirection(wanted)
            self.updateGeometry()  # one row or two: the height changed
        super().resizeEvent(e)

    def set_playing(self, playing: bool) -> None:
        self.play_button.setText("❚❚" if playing else "▶")
        self.play_button.setAccessibleName(self.tr("Pause") if playing else self.tr("Play"))

    def show_muted(self, muted: bool) -> None:
        self.mute_button.setIcon(self.icons["muted" if muted else "volume"])
        self.mute_button.setAccessibleName(self.tr("Unmute") if muted else self.tr("Mute"))

    def set_transport_enabled(self, on: bool) -> None:
        """Everything that needs a playable recording (captions and volume do not)."""
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

    def reset_times(self) -> None:
        self.seek_bar.set_duration(0)
        self.seek_bar.set_chapters([])
        self.elapsed_label.setText("0:00")
        self.total_label.setText("0:00")

    def tint_icons(self) -> None:
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
            self.icons[key] = QIcon(pixmap)
        self.mute_button.setIcon(self.icons["muted" if self.mute_button.isChecked() else "volume"])
        self.full_button.setIcon(self.icons["full"])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.tint_icons()
        super().changeEvent(event)
