"""What is drawn over PDF pages besides the selection: kept highlights and find matches.

Both live in page points, so they stay on their words at every zoom and scroll. Colours
are multiplied over the page, as a highlighter pen: the text under them stays black.

Find: QPdfView paints the current match as one box outline per glyph run when it holds the
search model; the viewer keeps the model here instead and draws every match as a light
band and the current one as a single strong band with one outline per line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QTransform
from PySide6.QtPdf import QPdfSearchModel

from real_desktop.ui.viewers.pdf_text import line_rects

MATCH_COLOR = QColor(255, 196, 120, 150)  # every match: a light orange wash
CURRENT_MATCH_COLOR = QColor(255, 150, 40)  # the current match: strong orange
CURRENT_MATCH_EDGE = QColor(200, 90, 0)
HIT_SLACK = 1.5  # points around a highlight's band that still count as a click on it
# The names of core.notes.HIGHLIGHT_COLORS (the core is Qt-free), marked here for lupdate;
# shown through QCoreApplication.translate("Highlights", name).
COLOR_NAMES = (
    QT_TRANSLATE_NOOP("Highlights", "Yellow"),
    QT_TRANSLATE_NOOP("Highlights", "Green"),
    QT_TRANSLATE_NOOP("Highlights", "Blue"),
    QT_TRANSLATE_NOOP("Highlights", "Pink"),
)


def band(rect: QRectF) -> QRectF:
    """A line's text box grown a little, as the selection is drawn."""
    return rect.adjusted(-0.5, -1.5, 0.5, 1.5)


@dataclass(frozen=True)
class PageHighlight:
    note_id: str
    page: int  # 0-based
    rects: tuple[QRectF, ...]  # page points, one per line
    color: QColor
    comment: str = ""


class PageOverlays:
    """Highlights per page, the highlight of the selected note, and the find matches."""

    def __init__(self) -> None:
        self.highlights: dict[int, list[PageHighlight]] = {}
        self.current_highlight: str | None = None
        self.find_model: QPdfSearchModel | None = None
        self.current_match: tuple[int, int] | None = None  # (page 0-based, index on it)
        self.current_index = -1  # document-wide, once counted
        self.matches_shown = True  # off while the find bar is closed

    # -- highlights -----------------------------------------------------------------------
    def set_highlights(self, items: Iterable[PageHighlight]) -> bool:
        """Replace every highlight; True when something changed (repaint)."""
        new: dict[int, list[PageHighlight]] = {}
        for h in items:
            new.setdefault(h.page, []).append(h)
        if new == self.highlights:
            return False
        self.highlights = new
        return True

    def all_highlights(self) -> list[PageHighlight]:
        return [h for page in sorted(self.highlights) for h in self.highlights[page]]

    def highlight_at(self, page: int, pt: QPointF) -> PageHighlight | None:
        """The highlight under a point of `page` (the latest one where two overlap)."""
        s = HIT_SLACK
        for h in reversed(self.highlights.get(page, [])):
            if any(band(r).adjusted(-s, -s, s, s).contains(pt) for r in h.rects):
                return h
        return None

    # -- find -----------------------------------------------------------------------------
    def match_lines(self, page: int) -> list[list[QRectF]]:
        """Each match on `page` as one box per line (QtPdf gives one per glyph run)."""
        if not self.matches_shown or self.find_model is None or not self.find_model.searchString():
            return []
        return [line_rects(list(hit.rectangles())) for hit in self.find_model.resultsOnPage(page)]

    # -- painting -------------------------------------------------------------------------
    def paint(
        self,
        painter: QPainter,
        pages: Iterable[int],
        transform: Callable[[int], QTransform | None],
    ) -> None:
        """Draw on the `pages` (0-based) that are on screen; `transform` maps page points
        to viewport pixels."""
        for page in pages:
            t = transform(page)
            if t is None:
                continue
            painter.save()
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
            for h in self.highlights.get(page, []):
                for r in h.rects:
                    painter.fillRect(t.mapRect(band(r)), h.color)
            matches = self.match_lines(page)
            current = (
                self.current_match[1]
                if self.current_match is not None and self.current_match[0] == page
                else -1
            )
            for i, lines in enumerate(matches):
                if i != current:
                    for r in lines:
                        painter.fillRect(t.mapRect(band(r)), MATCH_COLOR)
            painter.restore()
            selected = [h for h in self.highlights.get(page, []) if h.note_id == self.current_highlight]
            for h in selected:  # the note open in the panel: its highlight is outlined
                edge = QColor(h.color).darker(170)
                self._outline(painter, [t.mapRect(band(r)) for r in h.rects], edge, None)
            if 0 <= current < len(matches):
                rects = [t.mapRect(band(r)).adjusted(-1, -1, 1, 1) for r in matches[current]]
                painter.save()
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
                self._outline(painter, rects, CURRENT_MATCH_EDGE, CURRENT_MATCH_COLOR)
                painter.restore()

    @staticmethod
    def _outline(
        painter: QPainter, rects: list[QRectF], edge: QColor, fill: QColor | None
    ) -> None:
        """One outline around the union of `rects` (lines of one passage), not one per box."""
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        for r in rects:
            path.addRoundedRect(r, 2.0, 2.0)
        path = path.simplified()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if fill is not None:
            painter.fillPath(path, fill)
        pen = QPen(edge, 1.5)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.restore()


def swatch(color: str, size: int = 14) -> QIcon:
    """A stroke of marker colour for menus and buttons (a dot or a square would read as a
    radio button or a check box)."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor(color).darker(150), 1))
    p.setBrush(QColor(color))
    p.drawRoundedRect(QRectF(0.5, size * 0.3, size - 1, size * 0.45), 1.5, 1.5)
    p.end()
    return QIcon(pix)
