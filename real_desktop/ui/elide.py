"""A push button that fits a narrow pane at a large text size instead of asking the
window for more room: its label wraps (`WrappingPushButton`). Line edits: placeholder.py."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPaintEvent, QPalette
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


_WRAP = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
_BIG = 100_000


class WrappingPushButton(QPushButton):
    """A push button whose label goes onto more lines when it has less room than one line
    needs (a narrow pane at 200 % text), so nothing of it is cut. Only a single word longer
    than the whole button is elided (its tooltip is then whole)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _padding(self) -> QSize:
        hint = super().sizeHint()
        fm = self.fontMetrics()
        return QSize(hint.width() - fm.horizontalAdvance(self.text()), hint.height() - fm.height())

    def _label_rect(self, width: int) -> QRect:
        room = max(1, width - self._padding().width())
        return self.fontMetrics().boundingRect(QRect(0, 0, room, _BIG), _WRAP, self.text())

    def _widest_word(self) -> int:
        fm = self.fontMetrics()
        return max((fm.horizontalAdvance(w) for w in self.text().split()), default=0)

    def minimumSizeHint(self) -> QSize:
        keep = min(self._widest_word(), self.fontMetrics().horizontalAdvance(KEEP))
        return QSize(self._padding().width() + keep, super().sizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(super().sizeHint().height(), self._label_rect(width).height() + self._padding().height())

    def elided(self) -> bool:
        return self._widest_word() > self.width() - self._padding().width()

    def wrapped(self) -> bool:
        return self.width() < self.sizeHint().width()

    def paintEvent(self, e: QPaintEvent) -> None:
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        text, opt.text = opt.text, ""
        p = QStylePainter(self)
        p.drawControl(QStyle.ControlElement.CE_PushButton, opt)  # bevel, no label
        rect = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, self)
        flags = _WRAP | int(Qt.TextFlag.TextShowMnemonic)
        if self.elided():
            text = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextShowMnemonic)
        p.drawItemText(rect, flags, self.palette(), self.isEnabled(), text,
                       QPalette.ColorRole.ButtonText)  # fmt: skip

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and not self.toolTip() and self.elided():
            assert isinstance(e, QHelpEvent)
            QToolTip.showText(e.globalPos(), self.text(), self)
            return True
        return super().event(e)

