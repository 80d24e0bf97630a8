"""PdfPages: QtPdf's QPdfView plus text selection (drag, double-click a word, whole page).

QPdfView has no public mapping between the viewport and page points, so `page_rects()`
mirrors QPdfViewPrivate::calculateDocumentLayout (Qt 6.6–6.12): pages stacked inside
documentMargins with pageSpacing between them, centred horizontally, sized at
logicalDotsPerInch / 72 pixels per point times the zoom (fit modes work the zoom out from
the viewport), each size rounded to whole pixels as Qt does. The page image is drawn
into exactly that rectangle, so mapping through it keeps the highlight on the glyphs;
tests/ui/viewers/test_pdf_selection.py checks the rectangle against rendered pixels.

A selection lives on one page, in page points, so zooming and scrolling keep it; so do
kept highlights and find matches, drawn by pdf_highlights.PageOverlays.
Pages that carry notes get a small note badge in their top-right corner (pdf_badges.py).
The page text, its lines and the quote rules are in pdf_text.py.
"""

from __future__ import annotations

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
    QTransform,
)
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel, QPdfSelection
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from real_desktop.ui.viewers.pdf_badges import badge_rect, paint_badge
from real_desktop.ui.viewers.pdf_highlights import PageHighlight, PageOverlays
from real_desktop.ui.viewers.pdf_text import (
    PageText,
    line_rects,
    normalize_pdf_text,
    selection_quote,
    word_selection,
)

# Pale blue multiplied over the page: reads as a highlighter and leaves the text black.
SELECTION_COLOR = QColor(150, 190, 255)
AUTOSCROLL_MS = 40  # while a drag is held above or below the pages
AUTOSCROLL_MAX = 60  # pixels per step, reached 60 px past the edge


class PdfPages(QPdfView):
    """The page area of the PDF viewer. Pages are 0-based here (QtPdf's convention)."""

    selectionChanged = Signal()
    contextMenuAt = Signal(QPoint, QPoint)  # viewport position, global position
    noteBadgeClicked = Signal(int)  # 0-based page whose note badge was clicked
    highlightClicked = Signal(str)  # the note id of a highlight clicked (not dragged over)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selection: tuple[int, QPdfSelection] | None = None
        self._press: QPointF | None = None
        self._anchor: tuple[int, QPointF] | None = None  # page, point where the drag began
        self._dragging = False
        self.texts = PageText(self.document)
        self._layout_key: tuple[object, ...] | None = None
        self._layout: dict[int, QRect] = {}
        self._drag_pos = QPointF()
        self._note_pages: set[int] = set()  # 0-based pages showing a note badge
        self._over_badge = False
        self.overlays = PageOverlays()
        self._press_highlight: str | None = None
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
    def page_text(self, page: int) -> str:
        return self.texts.text(page)

    def is_over_text(self, pos: QPointF) -> bool:
        hit = self.page_at(pos)
        if hit is None:
            return False
        return self.texts.on_text(*hit)

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
        return selection_quote(self._selection[1]) if self._selection is not None else None

    def selection_rects(self) -> list[QRectF]:
        """The selection as one box per line, in page points (what a highlight keeps)."""
        if self._selection is None:
            return []
        return line_rects([poly.boundingRect() for poly in self._selection[1].bounds()])

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
        return badge_rect(rect, self._offset()) if rect is not None else None

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
            paint_badge(painter, r)

    # -- highlights and find matches (drawn by self.overlays) -------------------------------
    def set_highlights(self, items: Iterable[PageHighlight]) -> None:
        if self.overlays.set_highlights(items):
            self.viewport().update()

    def set_current_highlight(self, note_id: str | None) -> None:
        if note_id != self.overlays.current_highlight:
            self.overlays.current_highlight = note_id
            self.viewport().update()

    def highlight_at(self, pos: QPointF) -> PageHighlight | None:
        hit = self.page_at(pos)
        return self.overlays.highlight_at(*hit) if hit is not None else None

    def set_find_model(self, model: QPdfSearchModel) -> None:
        """Matches are drawn here, not by QPdfView (see pdf_highlights)."""
        self.overlays.find_model = model
        model.countChanged.connect(self.viewport().update)

    def set_matches_shown(self, shown: bool) -> None:
        self.overlays.matches_shown = shown
        self.viewport().update()

    def set_current_match(self, page: int, index: int) -> None:
        """The current match: the `index`-th on `page` (0-based), drawn apart."""
        self.overlays.current_match = (page, index) if page >= 0 and index >= 0 else None
        self.viewport().update()

    def setCurrentSearchResultIndex(self, index: int) -> None:  # noqa: N802 - QPdfView's name
        self.overlays.current_index = index
        if index < 0:
            self.set_current_match(-1, -1)

    def currentSearchResultIndex(self) -> int:  # noqa: N802
        return self.overlays.current_index

    def reset_text_cache(self) -> None:
        """Forget cached page text (a different document was loaded)."""
        self.texts.clear()
        self._layout_key = None
        self._press = self._anchor = None
        self._dragging = False
        self._autoscroll.stop()
        self.clear_selection()

    def select_between(self, page: int, start: QPointF, end: QPointF) -> None:
        """Select the text of `page` from `start` to `end` (page points)."""
        a, b = self.texts.snap(page, start), self.texts.snap(page, end)
        doc = self.document()
        if a is None or b is None or doc is None:
            self.clear_selection()
            return
        # QtPdf includes the end point's character only when it is the later one in reading
        # order, so a right-to-left or upward drag is turned around first.
        if self.texts.reading_order(page, b) < self.texts.reading_order(page, a):
            a, b = b, a
        self._set_selection(page, doc.getSelection(page, a, b))

    def select_page(self, page: int) -> None:
        doc = self.document()
        if doc is None or not 0 <= page < doc.pageCount():
            return
        self._set_selection(page, doc.getAllText(page))

    def select_word_at(self, page: int, pt: QPointF) -> None:
        """Select the word under `pt` (double-click)."""
        doc = self.document()
        sel = word_selection(doc, self.texts, page, pt) if doc is not None else None
        if sel is not None:
            self._set_selection(page, sel)

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
            hit = self.highlight_at(event.position())
            self._press_highlight = hit.note_id if hit is not None else None
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
            hit = self.highlight_at(event.position())
            if hit is not None and hit.note_id == self._press_highlight:
                self.highlightClicked.emit(hit.note_id)
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
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.highlight_at(QPointF(event.pos()))
            if hit is not None:  # the highlight's comment, else what a click does
                tip = hit.comment or self.tr("Highlight — click to see its note")
                QToolTip.showText(event.globalPos(), tip, self)
                return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.contextMenuAt.emit(event.pos(), event.globalPos())
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        visible = self.viewport().rect().translated(self._offset().toPoint())
        on_screen = [p for p, r in self.page_rects().items() if r.intersects(visible)]
        self.overlays.paint(painter, on_screen, self.page_transform)
        if self._selection is not None:
            page, sel = self._selection
            t = self.page_transform(page)
            if t is not None:
                painter.save()
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
                for line in line_rects([poly.boundingRect() for poly in sel.bounds()]):
                    painter.fillRect(
                        t.mapRect(line.adjusted(-0.5, -1.5, 0.5, 1.5)), SELECTION_COLOR
                    )
                painter.restore()
        self._paint_note_badges(painter)
        painter.end()
