"""The seek bar: click or drag to seek, hover for the time, ticks for chapters and notes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider, QToolTip, QWidget

from real_desktop.core.timefmt import format_time

SCALE = 10  # slider units per second: 0.1 s steps keep the int range small for long talks


class SeekBar(QSlider):
    seekRequested = Signal(float)  # seconds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setMouseTracking(True)
        self.setRange(0, 0)
        self.setSingleStep(5 * SCALE)
        self.setPageStep(10 * SCALE)
        self.setAccessibleName(self.tr("Seek"))
        self._duration = 0.0
        self._chapters: list[tuple[float, str]] = []
        self._markers: list[tuple[float, str]] = []
        self.hover_text = ""  # last tooltip shown (tests read it; the user sees the tooltip)
        self.sliderReleased.connect(lambda: self.seekRequested.emit(self.value() / SCALE))

    # -- data ------------------------------------------------------------------------------
    def set_duration(self, seconds: float) -> None:
        self._duration = max(0.0, seconds)
        self.setRange(0, int(self._duration * SCALE))
        self.update()

    def duration(self) -> float:
        return self._duration

    def set_position(self, seconds: float) -> None:
        if not self.isSliderDown():  # never yank the handle from under the user's drag
            self.blockSignals(True)
            self.setValue(int(seconds * SCALE))
            self.blockSignals(False)

    def set_chapters(self, chapters: list[tuple[float, str]]) -> None:
        self._chapters = sorted(chapters)
        self.update()

    def chapters(self) -> list[tuple[float, str]]:
        return list(self._chapters)

    def set_markers(self, markers: list[tuple[float, str]]) -> None:
        """Note markers: (seconds, label). Drawn as ticks; their label shows on hover."""
        self._markers = sorted(markers)
        self.update()

    def markers(self) -> list[tuple[float, str]]:
        return list(self._markers)

    # -- geometry --------------------------------------------------------------------------
    def _groove(self) -> QRect:
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        groove = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderGroove, self
        )
        handle = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderHandle, self
        )
        # The handle's centre travels from groove.left + h/2 to groove.right - h/2.
        half = handle.width() // 2
        return QRect(
            groove.left() + half, groove.top(), max(1, groove.width() - 2 * half), groove.height()
        )

    def time_at(self, x: int) -> float:
        g = self._groove()
        if self._duration <= 0:
            return 0.0
        frac = min(1.0, max(0.0, (x - g.left()) / g.width()))
        return frac * self._duration

    def x_of(self, seconds: float) -> int:
        g = self._groove()
        if self._duration <= 0:
            return g.left()
        return g.left() + round(min(1.0, max(0.0, seconds / self._duration)) * g.width())

    def label_at(self, x: int) -> str:
        """Hover text: the time, plus the chapter it falls in and any note marker nearby."""
        t = self.time_at(x)
        # Rounded: the pointer is a pixel-wide estimate (a tick drawn at 9.0 s sits at 8.98).
        parts = [format_time(round(t))]
        chapter = [name for start, name in self._chapters if start <= t]
        if chapter and chapter[-1]:
            parts.append(chapter[-1])
        near = [label for s, label in self._markers if abs(self.x_of(s) - x) <= 4]
        parts += [self.tr("Note: {0}").format(label) for label in near if label]
        return " — ".join(parts)

    # -- events ----------------------------------------------------------------------------
    def mousePressEvent(self, ev: QMouseEvent) -> None:
        if ev.button() == Qt.MouseButton.LeftButton and self._duration > 0:
            # Jump to where the user clicked (Qt's default only pages one step).
            t = self.time_at(round(ev.position().x()))
            self.setValue(int(t * SCALE))
            self.seekRequested.emit(t)
        super().mousePressEvent(ev)

    def _show_hover(self, x: int) -> None:
        self.hover_text = self.label_at(x)
        QToolTip.showText(self.mapToGlobal(QPoint(x, -28)), self.hover_text, self)

    def mouseMoveEvent(self, ev: QMouseEvent) -> None:
        x = round(ev.position().x())
        self._show_hover(x)
        if self.isSliderDown():
            self.setValue(int(self.time_at(x) * SCALE))
        super().mouseMoveEvent(ev)

    def event(self, ev: QEvent) -> bool:
        # When the mouse rests Qt sends a ToolTip event, whose default handling would
        # replace the hover time with the widget's static tooltip (or hide it): answer
        # it with the time under the cursor instead. The keyboard hint lives in the
        # accessible description (PlayerView), not in a tooltip.
        if ev.type() == QEvent.Type.ToolTip and isinstance(ev, QHelpEvent):
            self._show_hover(ev.pos().x())
            return True
        return super().event(ev)

    def paintEvent(self, ev: QPaintEvent) -> None:
        super().paintEvent(ev)
        if self._duration <= 0 or not (self._chapters or self._markers):
            return
        p = QPainter(self)
        g = self._groove()
        mid = self.height() // 2
        p.setPen(self.palette().color(QPalette.ColorRole.Mid))
        for start, _ in self._chapters:
            if start > 0:
                x = self.x_of(start)
                p.drawLine(x, mid - 6, x, mid + 6)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
        for start, _ in self._markers:
            x = self.x_of(start)
            p.drawEllipse(QPoint(x, g.top() - 1 if g.top() > 3 else 2), 3, 3)
        p.end()
