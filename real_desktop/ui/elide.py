"""A push button whose label is elided when it has less room than it would like (a
narrow pane at a large text size), instead of asking the window for that room."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPaintEvent
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QToolTip,
    QWidget,
)

KEEP = "Mmm…"  # at least this much of the label stays readable


class ElidingPushButton(QPushButton):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        # A push button's usual policy (Minimum) never shrinks below its size hint.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        fm = self.fontMetrics()
        padding = hint.width() - fm.horizontalAdvance(self.text())
        return QSize(min(hint.width(), padding + fm.horizontalAdvance(KEEP)), hint.height())

    def paintEvent(self, e: QPaintEvent) -> None:
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        missing = self.sizeHint().width() - self.width()
        if missing > 0:
            fm = self.fontMetrics()
            room = fm.horizontalAdvance(opt.text) - missing
            opt.text = fm.elidedText(opt.text, Qt.TextElideMode.ElideRight, max(0, room))
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, opt)

    def elided(self) -> bool:
        return self.width() < self.sizeHint().width()

    def event(self, e: QEvent) -> bool:
        # An elided label with no tooltip of its own shows the whole label on hover.
        if e.type() == QEvent.Type.ToolTip and not self.toolTip() and self.elided():
            assert isinstance(e, QHelpEvent)
            QToolTip.showText(e.globalPos(), self.text(), self)
            return True
        return super().event(e)
