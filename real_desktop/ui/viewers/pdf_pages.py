"""PdfPages: QtPdf's QPdfView plus text selection (drag, double-click a word, whole page).

QPdfView has no public mapping between the viewport and page points, so `page_rects()`
mirrors QPdfViewPrivate::calculateDocumentLayout (Qt 6.6–6.12): pages stacked inside
documentMargins with pageSpacing between them, centred horizontally, sized at
logicalDotsPerInch / 72 pixels per point times the zoom (fit modes work the zoom out from
the viewport), each size rounded to whole pixels as Qt does. The page image is drawn
into exactly that rectangle, so mapping through it keeps the highlight on the glyphs;
tests/ui/viewers/test_pdf_selection.py checks the rectangle against rendered pixels.

A selection lives on one page, in page points, so zooming and scrolling keep it.
Pages that carry notes get a small note badge in their top-right corner.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTransform,
)
from PySide6.QtPdf import QPdfDocument, QPdfSelection
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

# Pale blue multiplied over the page: reads as a highlighter and leaves the text black.
SELECTION_COLOR = QColor(150, 190, 255)
SNAP_SLACK = 2.0  # points around a glyph box that still count as "on the text"
WORD_CHARS = "_-'’"
AUTOSCROLL_MS = 40  # while a drag is held above or below the pages
AUTOSCROLL_MAX = 60  # pixels per step, reached 60 px past the edge
NOTE_BADGE = 22  # pixels, whatever the zoom: a marker, not part of the page
NOTE_BADGE_MARGIN = 6
NOTE_BADGE_COLOR = QColor(245, 190, 60)  # a sticky note's amber
PARAGRAPH_GAP = 1.6  # a line gap this many times the usual one starts a paragraph


def normalize_pdf_text(text: str) -> str:
    """PDFium's text: CRLF between lines, U+FFFE / U+0002 for soft hyphens."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\ufffe", "").replace("\x02", "").strip()


_HYPHEN_END = re.compile(r"(?<=[^\W\d_])-$")
SOFT_HYPHENS = "\ufffe\x02\u00ad"  # how PDFium (and some PDFs) mark a hyphenation point


def normalize_quote(text: str, paragraph_after: Iterable[int] = ()) -> str:
    """Selected PDF text as prose: hard-wrapped lines joined with a space, a word broken
    with a hyphen at a line's end ("equi-" + "table") joined back, blank lines (and the
    lines listed in `paragraph_after`, 0-based, where the page shows a paragraph gap) kept
    as paragraph breaks, runs of spaces collapsed."""
    breaks = set(paragraph_after)
    paragraphs: list[str] = []
    current, soft = "", False
    for i, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        stripped = raw.rstrip()
        ends_soft = bool(stripped) and stripped[-1] in SOFT_HYPHENS
        line = " ".join(stripped.translate({ord(c): None for c in SOFT_HYPHENS}).split())
        if not line:
            if current:
                paragraphs.append(current)
            current, soft = "", False
            continue
        if not current:
            current = line
        elif soft:
            current += line  # the PDF's own hyphenation point
        elif _HYPHEN_END.search(current) and line[0].islower():
            current = current[:-1] + line  # a hyphen at the line's end, a word going on
        elif _HYPHEN_END.search(current) and line[0].isupper():
            current += line  # "Anti-" + "American": a compound, the hyphen stays
        else:
            current += " " + line
        soft = ends_soft
        if i in breaks:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _group_lines(bounds: list[QRectF]) -> list[tuple[QRectF, list[QRectF]]]:
    """Glyph/run boxes grouped into lines, top to bottom: (line box, its boxes)."""
    lines: list[tuple[QRectF, list[QRectF]]] = []
    for r in sorted(bounds, key=lambda b: (b.center().y(), b.left())):
        if lines:
            last, members = lines[-1]
            overlap = min(last.bottom(), r.bottom()) - max(last.top(), r.top())
            if overlap > 0.5 * min(last.height(), r.height()):
                lines[-1] = (last.united(r), [*members, r])
                continue
        lines.append((QRectF(r), [r]))
    return lines


def _line_rects(bounds: list[QRectF]) -> list[QRectF]:
    """One box per line, so the highlight is a solid band rather than glyph speckles."""
    return [line for line, _ in _group_lines(bounds)]


class PdfPages(QPdfView):
    """The page area of the PDF viewer. Pages are 0-based here (QtPdf's convention)."""

    selectionChanged = Signal()
    contextMenuAt = Signal(QPoint, QPoint)  # viewport position, global position
    noteBadgeClicked = Signal(int)  # 0-based page whose note badge was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selection: tuple[int, QPdfSelection] | None = None
        self._press: QPointF | None = None
        self._anchor: tuple[int, QPointF] | None = None  # page, point where the drag began
        self._dragging = False
        self._boxes: dict[int, list[QRectF]] = {}  # text boxes per page, in points
        self._page_texts: dict[int, str] = {}
        self._line_boxes: dict[int, list[tuple[QRectF, list[QRectF]]]] = {}
        self._layout_key: tuple[object, ...] | None = None
        self._layout: dict[int, QRect] = {}
        self._drag_pos = QPointF()
        self._note_pages: set[int] = set()  # 0-based pages showing a note badge
        self._over_badge = False
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(AUTOSCROLL_MS)
        self._autoscroll.timeout.connect(self._autoscroll_step)

    # -- geometry -------------------------------------------------------------------------
    @staticmethod
    def screen_scale() -> float:
        """Pixels per point at zoom 1.0: QPdfView uses the primary screen's logical DPI."""
        screen = QGuiApplication.primaryScreen()
        return screen.logicalDotsPerInch() / 72.0 if screen is not None else 96.0 / 72.0

    def page_rects(self) -> dict[int, QRect]:
        """{page: its rectangle in content coordinates (viewport + scroll offset)}."""
        doc = self.document()
        if doc is None or doc.status() != QPdfDocument.Status.Ready or doc.pageCount() == 0:
            return {}
        res = self.screen_scale()
        vp = self.viewport().size()
        m = self.documentMargins()
        spacing = self.pageSpacing()
        mode = self.zoomMode()
        single = self.pageMode() == QPdfView.PageMode.SinglePage
        pages: range | list[int] = (
            [self.pageNavigator().currentPage()] if single else range(doc.pageCount())
        )
        # Mouse moves and paints ask often; a long PDF has hundreds of pages to size.
        key = (id(doc), doc.pageCount(), res, vp, m, spacing, mode, self.zoomFactor(), pages)
        if key == self._layout_key:
            return self._layout
        sizes: dict[int, QSize] = {}
        for p in pages:
            points = doc.pagePointSize(p)
            if mode == QPdfView.ZoomMode.Custom:
                size = (points * res * self.zoomFactor()).toSize()
            elif mode == QPdfView.ZoomMode.FitToWidth:
                size = (points * res).toSize()
                if size.width() > 0:
                    size = size * ((vp.width() - m.left() - m.right()) / size.width())
            else:  # FitInView
                avail = QSize(vp.width() - m.left() - m.right(), vp.height() - spacing)
                size = (points * res).toSize().scaled(avail, Qt.AspectRatioMode.KeepAspectRatio)
            sizes[p] = size
        total = max(s.width() for s in sizes.values()) + m.left() + m.right()
        rects: dict[int, QRect] = {}
        y = m.top()
        for p, size in sizes.items():
            x = int((max(total, vp.width()) - size.width()) / 2)  # C++ int division
            rects[p] = QRect(QPoint(x, y), size)
            y += size.height() + spacing
        self._layout_key, self._layout = key, rects
        return rects

    def effective_zoom(self, page: int) -> float:
        """The zoom the page is shown at (1.0 = actual size), also in the fit modes."""
        rect = self.page_rects().get(page)
        doc = self.document()
        if rect is None or doc is None:
            return self.zoomFactor()
        width = doc.pagePointSize(page).width()
        return rect.width() / (width * self.screen_scale()) if width > 0 else self.zoomFactor()

    def _offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def page_transform(self, page: int) -> QTransform | None:
        """Page points -> viewport pixels for `page`, or None if it is not laid out."""
        rect = self.page_rects().get(page)
        doc = self.document()
        if rect is None or doc is None:
            return None
        width = doc.pagePointSize(page).width()
        if width <= 0:
            return None
        scale = rect.width() / width
        off = QPointF(rect.topLeft()) - self._offset()
        return QTransform(scale, 0, 0, scale, off.x(), off.y())

    def page_at(self, pos: QPointF, *, nearest: bool = False) -> tuple[int, QPointF] | None:
        """(page, point in page points) under a viewport position; with `nearest`, a
        position in a margin or between pages counts for the closest page."""
        content = pos + self._offset()
        best: tuple[float, int] | None = None
        for page, rect in self.page_rects().items():
            r = QRectF(rect)
            dx = max(r.left() - content.x(), 0.0, content.x() - r.right())
            dy = max(r.top() - content.y(), 0.0, content.y() - r.bottom())
            if dx == 0 and dy == 0:
                best = (0.0, page)
                break
            if nearest and (best is None or dx + dy < best[0]):
                best = (dx + dy, page)
        if best is None:
            return None
        return best[1], self.to_page(best[1], pos)

    def to_page(self, page: int, pos: QPointF) -> QPointF:
        """A viewport position in `page`'s points, even when it lies outside the page."""
        t = self.page_transform(page)
        return t.inverted()[0].map(pos) if t is not None else QPointF()

    # -- text -----------------------------------------------------------------------------
    def _text_boxes(self, page: int) -> list[QRectF]:
        boxes = self._boxes.get(page)
        if boxes is None:
            doc = self.document()
            sel = doc.getAllText(page) if doc is not None else QPdfSelection()
            boxes = [poly.boundingRect() for poly in sel.bounds()]
            self._boxes[page] = boxes
            self._page_texts[page] = sel.text()
        return boxes

    def page_text(self, page: int) -> str:
        self._text_boxes(page)
        return self._page_texts.get(page, "")

    def _snap(self, page: int, pt: QPointF) -> QPointF | None:
        """`pt` moved onto the nearest text, so a drag that starts or ends in a margin still
        selects: the nearest line, then the nearest glyph on it; above all the text means
        its start, below it its end. None when the page has no text."""
        lines = self._lines(page)
        if not lines:
            return None
        s = SNAP_SLACK
        if any(b.adjusted(-s, -s, s, s).contains(pt) for b in self._text_boxes(page)):
            return pt
        index = self._line_at(page, pt)
        line, boxes = lines[index]
        if index == len(lines) - 1 and pt.y() > line.bottom():
            last = max(boxes, key=lambda b: b.right())
            return QPointF(last.right() - 0.1, last.center().y())
        if index == 0 and pt.y() < line.top():
            first = min(boxes, key=lambda b: b.left())
            return QPointF(first.left() + 0.1, first.center().y())
        box = min(boxes, key=lambda b: max(b.left() - pt.x(), 0.0, pt.x() - b.right()))
        x = min(max(pt.x(), box.left() + 0.1), box.right() - 0.1)
        return QPointF(x, box.center().y())

    def _lines(self, page: int) -> list[tuple[QRectF, list[QRectF]]]:
        lines = self._line_boxes.get(page)
        if lines is None:
            lines = self._line_boxes[page] = _group_lines(self._text_boxes(page))
        return lines

    def _line_at(self, page: int, pt: QPointF) -> int:
        """Index of the text line nearest to `pt` vertically (-1: no text)."""
        lines = [line for line, _ in self._lines(page)]
        if not lines:
            return -1
        return min(
            range(len(lines)),
            key=lambda i: max(lines[i].top() - pt.y(), 0.0, pt.y() - lines[i].bottom()),
        )

    def _reading_order(self, page: int, pt: QPointF) -> tuple[int, float]:
        """(line, x) of a point on the text: sorts points the way the text reads."""
        return self._line_at(page, pt), pt.x()

    def is_over_text(self, pos: QPointF) -> bool:
        hit = self.page_at(pos)
        if hit is None:
            return False
        page, pt = hit
        s = SNAP_SLACK
        return any(b.adjusted(-s, -s, s, s).contains(pt) for b in self._text_boxes(page))

    # -- selection ------------------------------------------------------------------------
    @property
    def selection(self) -> tuple[int, QPdfSelection] | None:
        return self._selection

    def selected_text(self) -> str | None:
        if self._selection is None:
            return None
        return normalize_pdf_text(self._selection[1].text()) or None

    def selected_quote(self) -> str | None:
        """The selection as a note's quote: prose with paragraphs (normalize_quote). A
        paragraph break is where the page leaves a taller gap between two lines, read from
        the selection's line boxes when they match its lines of text one for one."""
        if self._selection is None:
            return None
        _page, sel = self._selection
        text = sel.text().replace("\r\n", "\n").replace("\r", "\n").strip()
        lines = [line for line, _ in _group_lines([p.boundingRect() for p in sel.bounds()])]
        # PDFium joins a word hyphenated across lines itself ("equi\ufffetable"), so one
        # line of text may span several line boxes: map each box to its line of text.
        text_line_of: list[int] = []
        for t, line_text in enumerate(text.split("\n")):
            spans = 1 + sum(line_text.count(c) for c in SOFT_HYPHENS)
            text_line_of.extend([t] * spans)
        breaks: list[int] = []
        if len(lines) >= 3 and len(lines) == len(text_line_of):
            gaps = [b.top() - a.top() for a, b in zip(lines, lines[1:], strict=False)]
            usual = sorted(gaps)[len(gaps) // 2]  # the median line pitch
            breaks = [
                text_line_of[g]
                for g, gap in enumerate(gaps)
                if usual > 0
                and gap > PARAGRAPH_GAP * usual
                and text_line_of[g] != text_line_of[g + 1]
            ]
        return normalize_quote(text, breaks) or None

    def _set_selection(self, page: int, sel: QPdfSelection | None) -> None:
        new = (page, sel) if sel is not None and sel.isValid() and sel.text() else None
        old = self._selection
        if old is None and new is None:
            return
        if (
            old is not None
            and new is not None
            and old[0] == new[0]
            and (old[1].startIndex(), old[1].endIndex()) == (new[1].startIndex(), new[1].endIndex())
        ):
            return
        self._selection = new
        self.viewport().update()
        self.selectionChanged.emit()

    def clear_selection(self) -> None:
        self._set_selection(-1, None)

    # -- note badges ----------------------------------------------------------------------
    def set_note_pages(self, pages: Iterable[int]) -> None:
        """0-based pages that carry notes: each gets a badge drawn on the page."""
        new = {int(p) for p in pages if int(p) >= 0}
        if new != self._note_pages:
            self._note_pages = new
            self.viewport().update()

    @property
    def note_pages(self) -> list[int]:
        return sorted(self._note_pages)

    def note_badge_rect(self, page: int) -> QRect | None:
        """The badge of `page` in viewport pixels (None: no notes or not laid out)."""
        if page not in self._note_pages:
            return None
        rect = self.page_rects().get(page)
        if rect is None:
            return None
        size = min(NOTE_BADGE, max(8, rect.width() // 6))
        off = self._offset()
        return QRect(
            rect.right() - size - NOTE_BADGE_MARGIN - round(off.x()),
            rect.top() + NOTE_BADGE_MARGIN - round(off.y()),
            size,
            size,
        )

    def note_badge_at(self, pos: QPointF) -> int | None:
        """The page whose note badge is under a viewport position, if any."""
        for page in self._note_pages:
            r = self.note_badge_rect(page)
            if r is not None and r.adjusted(-2, -2, 2, 2).contains(pos.toPoint()):
                return page
        return None

    def _paint_note_badges(self, painter: QPainter) -> None:
        visible = self.viewport().rect()
        for page in sorted(self._note_pages):
            r = self.note_badge_rect(page)
            if r is None or not r.intersects(visible):
                continue
            # A sticky note with a folded corner and three ruled lines.
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

    def reset_text_cache(self) -> None:
        """Forget cached page text (a different document was loaded)."""
        self._boxes.clear()
        self._page_texts.clear()
        self._line_boxes.clear()
        self._layout_key = None
        self._press = self._anchor = None
        self._dragging = False
        self._autoscroll.stop()
        self.clear_selection()

    def select_between(self, page: int, start: QPointF, end: QPointF) -> None:
        """Select the text of `page` from `start` to `end` (page points)."""
        a, b = self._snap(page, start), self._snap(page, end)
        doc = self.document()
        if a is None or b is None or doc is None:
            self.clear_selection()
            return
        # QtPdf includes the end point's character only when it is the later one in reading
        # order, so a right-to-left or upward drag is turned around first.
        if self._reading_order(page, b) < self._reading_order(page, a):
            a, b = b, a
        self._set_selection(page, doc.getSelection(page, a, b))

    def select_page(self, page: int) -> None:
        doc = self.document()
        if doc is None or not 0 <= page < doc.pageCount():
            return
        self._set_selection(page, doc.getAllText(page))

    def select_word_at(self, page: int, pt: QPointF) -> None:
        """Select the word under `pt` (double-click). QtPdf has no "char at point", so
        the index comes from a selection running from the point to its line's end."""
        doc = self.document()
        p = self._snap(page, pt)
        if doc is None or p is None:
            return
        index = self._line_at(page, p)
        if index < 0:
            return
        line = self._lines(page)[index][0]
        y = p.y()
        to_end = doc.getSelection(page, p, QPointF(line.right() - 0.1, y))
        if to_end.isValid() and to_end.text():
            index = to_end.startIndex()
        else:  # the point is on the line's last character
            whole = doc.getSelection(page, QPointF(line.left() + 0.1, y), p)
            if not whole.isValid():
                return
            index = whole.endIndex() - 1
        text = self.page_text(page)
        if not 0 <= index < len(text) or not self._is_word_char(text[index]):
            return
        start = end = index
        while start > 0 and self._is_word_char(text[start - 1]):
            start -= 1
        while end + 1 < len(text) and self._is_word_char(text[end + 1]):
            end += 1
        self._set_selection(page, doc.getSelectionAtIndex(page, start, end - start + 1))

    @staticmethod
    def _is_word_char(c: str) -> bool:
        return c.isalnum() or c in WORD_CHARS

    # -- events ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            badge = self.note_badge_at(event.position())
            if badge is not None:
                self.noteBadgeClicked.emit(badge)
                event.accept()
                return
            self._press = event.position()
            self._dragging = False
            self.clear_selection()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if not self._dragging:
                moved = (event.position() - self._press).manhattanLength()
                if moved < QApplication.startDragDistance():
                    return
                self._anchor = self.page_at(self._press, nearest=True)
                self._dragging = self._anchor is not None
            if self._dragging:
                self._drag_to(event.position())
            return
        super().mouseMoveEvent(event)  # the pointing hand over links
        over_badge = self.note_badge_at(event.position()) is not None
        if over_badge != self._over_badge:
            self._over_badge = over_badge
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if over_badge else Qt.CursorShape.ArrowCursor
            )
        if not over_badge and self.cursor().shape() != Qt.CursorShape.PointingHandCursor:
            over = self.is_over_text(event.position())
            self.setCursor(Qt.CursorShape.IBeamCursor if over else Qt.CursorShape.ArrowCursor)

    def _drag_to(self, pos: QPointF) -> None:
        if self._anchor is None:
            return
        self._drag_pos = pos
        page, start = self._anchor
        self.select_between(page, start, self.to_page(page, pos))
        # Held above or below the pages: keep scrolling, as text editors do.
        outside = pos.y() < 0 or pos.y() > self.viewport().height()
        if outside and not self._autoscroll.isActive():
            self._autoscroll.start()
        elif not outside:
            self._autoscroll.stop()

    def _autoscroll_step(self) -> None:
        if not self._dragging:
            self._autoscroll.stop()
            return
        y, h = self._drag_pos.y(), self.viewport().height()
        past = y if y < 0 else y - h
        step = int(max(-AUTOSCROLL_MAX, min(AUTOSCROLL_MAX, past)))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + (step or (1 if past > 0 else -1)))
        self._drag_to(self._drag_pos)  # the same spot now lies over different text

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            dragged = self._dragging
            self._press = self._anchor = None
            self._dragging = False
            self._autoscroll.stop()
            if dragged:
                return  # a drag selects; it never follows a link it ends on
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.page_at(event.position())
            if hit is not None:
                self.select_word_at(*hit)
            return
        super().mouseDoubleClickEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ToolTip
            and isinstance(event, QHelpEvent)
            and self.note_badge_at(QPointF(event.pos())) is not None
        ):
            QToolTip.showText(event.globalPos(), self.tr("This page has notes"), self)
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.contextMenuAt.emit(event.pos(), event.globalPos())
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._selection is None and not self._note_pages:
            return
        painter = QPainter(self.viewport())
        if self._selection is not None:
            page, sel = self._selection
            t = self.page_transform(page)
            if t is not None:
                painter.save()
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
                for line in _line_rects([poly.boundingRect() for poly in sel.bounds()]):
                    painter.fillRect(
                        t.mapRect(line.adjusted(-0.5, -1.5, 0.5, 1.5)), SELECTION_COLOR
                    )
                painter.restore()
        self._paint_note_badges(painter)
        painter.end()
