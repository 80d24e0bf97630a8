"""The note badge drawn on PDF pages that carry notes: a small sticky note in the page's
top-right corner, the same size whatever the zoom."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

NOTE_BADGE = 22  # pixels, whatever the zoom: a marker, not part of the page
NOTE_BADGE_MARGIN = 6
NOTE_BADGE_COLOR = QColor(245, 190, 60)  # a sticky note's amber


def badge_rect(page_rect: QRect, offset: QPointF) -> QRect:
    """The badge of a page laid out at `page_rect` (content coordinates), in viewport
    pixels for a view scrolled by `offset`."""
    size = min(NOTE_BADGE, max(8, page_rect.width() // 6))
    return QRect(
        page_rect.right() - size - NOTE_BADGE_MARGIN - round(offset.x()),
        page_rect.top() + NOTE_BADGE_MARGIN - round(offset.y()),
        size,
        size,
    )


def paint_badge(painter: QPainter, r: QRect) -> None:
    """A sticky note with a folded corner and three ruled lines."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(NOTE_BADGE_COLOR.darker(160), 1))
    painter.setBrush(NOTE_BADGE_COLOR)
    painter.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    fold = r.width() // 3
    painter.setBrush(NOTE_BADGE_COLOR.darker(130))
    painter.drawPolygon(
        [
            QPointF(r.right() - fold, r.bottom() + 0.5),
            QPointF(r.right() + 0.5, r.bottom() - fold),
            QPointF(r.right() - fold, r.bottom() - fold),
        ]
    )
    painter.setPen(QPen(NOTE_BADGE_COLOR.darker(220), 1.2))
    step = r.height() / 4
    for k in (1, 2, 3):
        y = r.top() + k * step
        right = r.right() - (fold + 2 if k == 3 else 4)
        painter.drawLine(QPointF(r.left() + 4, y), QPointF(right, y))
