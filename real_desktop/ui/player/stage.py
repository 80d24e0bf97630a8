"""The stage: what stays on screen in full screen. On top the video, an audio card, or
the card for a recording that is not on this computer (with its "Locate file…" button);
then the caption band and the controls."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.models import Kind, Resource
from real_desktop.ui.player.captions import CaptionBand
from real_desktop.ui.player.controls import PlayerControls


class ScreenStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.video_holder = QFrame(self)
        self.video_holder.setStyleSheet("background: black;")
        QVBoxLayout(self.video_holder).setContentsMargins(0, 0, 0, 0)
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
        ml = QVBoxLayout(self.missing_card)
        ml.addStretch(1)
        ml.addWidget(self.missing_text)
        ml.addWidget(self.locate_button, 0, Qt.AlignmentFlag.AlignHCenter)
        ml.addStretch(1)
        for w in (self.video_holder, self.audio_card, self.missing_card):
            self.addWidget(w)

    def show_resource(self, r: Resource) -> None:
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
            self.setCurrentWidget(self.audio_card)
        else:
            self.setCurrentWidget(self.video_holder)

    def show_missing(self, r: Resource) -> None:
        self.setCurrentWidget(self.missing_card)
        where = f"\n\n{r.path}" if r.path else ""
        self.missing_text.setText(
            self.tr(
                "This recording is not on this computer.{0}\n\nIf you have the file, "
                "locate it and REAL Desktop will link it (and any other missing "
                "recordings in the same folder)."
            ).format(where)
        )
        self.locate_button.setEnabled(True)

    def showing_missing(self) -> bool:
        return self.currentWidget() is self.missing_card


class PlayerStage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen_stack = ScreenStack(self)
        self.caption_band = CaptionBand(self)
        self.controls = PlayerControls(self)
        sl = QVBoxLayout(self)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(0)
        sl.addWidget(self.screen_stack, 1)
        sl.addWidget(self.caption_band)
        sl.addWidget(self.controls)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.caption_band.scale_to(self)  # captions grow with the stage
        super().resizeEvent(event)
