"""The text of PDF pages: PDFium's text cleaned up, quotes as prose, and per page the
glyph boxes grouped into lines, which snapping a drag onto the text and picking the word
under a double-click work from."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtPdf import QPdfDocument, QPdfSelection

SNAP_SLACK = 2.0  # points around a glyph box that still count as "on the text"
WORD_CHARS = "_-'’"
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


def group_lines(bounds: list[QRectF]) -> list[tuple[QRectF, list[QRectF]]]:
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


def line_rects(bounds: list[QRectF]) -> list[QRectF]:
    """One box per line, so the highlight is a solid band rather than glyph speckles."""
    return [line for line, _ in group_lines(bounds)]


def selection_quote(sel: QPdfSelection) -> str | None:
    """A selection as a note's quote: prose with paragraphs (normalize_quote). A
    paragraph break is where the page leaves a taller gap between two lines, read from
    the selection's line boxes when they match its lines of text one for one."""
    text = sel.text().replace("\r\n", "\n").replace("\r", "\n").strip()
    lines = [line for line, _ in group_lines([p.boundingRect() for p in sel.bounds()])]
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


def is_word_char(c: str) -> bool:
    return c.isalnum() or c in WORD_CHARS


class PageText:
    """Text boxes and lines per page of `document()`, cached until `clear()`."""

    def __init__(self, document: Callable[[], QPdfDocument | None]) -> None:
        self.document = document
        self._boxes: dict[int, list[QRectF]] = {}  # text boxes per page, in points
        self._page_texts: dict[int, str] = {}
        self._line_boxes: dict[int, list[tuple[QRectF, list[QRectF]]]] = {}

    def clear(self) -> None:
        self._boxes.clear()
        self._page_texts.clear()
        self._line_boxes.clear()

    def boxes(self, page: int) -> list[QRectF]:
        boxes = self._boxes.get(page)
        if boxes is None:
            doc = self.document()
            sel = doc.getAllText(page) if doc is not None else QPdfSelection()
            boxes = [poly.boundingRect() for poly in sel.bounds()]
            self._boxes[page] = boxes
            self._page_texts[page] = sel.text()
        return boxes

    def text(self, page: int) -> str:
        self.boxes(page)
        return self._page_texts.get(page, "")

    def lines(self, page: int) -> list[tuple[QRectF, list[QRectF]]]:
        lines = self._line_boxes.get(page)
        if lines is None:
            lines = self._line_boxes[page] = group_lines(self.boxes(page))
        return lines

    def line_at(self, page: int, pt: QPointF) -> int:
        """Index of the text line nearest to `pt` vertically (-1: no text)."""
        lines = [line for line, _ in self.lines(page)]
        if not lines:
            return -1
        return min(
            range(len(lines)),
            key=lambda i: max(lines[i].top() - pt.y(), 0.0, pt.y() - lines[i].bottom()),
        )

    def reading_order(self, page: int, pt: QPointF) -> tuple[int, float]:
        """(line, x) of a point on the text: sorts points the way the text reads."""
        return self.line_at(page, pt), pt.x()

    def on_text(self, page: int, pt: QPointF) -> bool:
        s = SNAP_SLACK
        return any(b.adjusted(-s, -s, s, s).contains(pt) for b in self.boxes(page))

    def snap(self, page: int, pt: QPointF) -> QPointF | None:
        """`pt` moved onto the nearest text, so a drag that starts or ends in a margin still
        selects: the nearest line, then the nearest glyph on it; above all the text means
        its start, below it its end. None when the page has no text."""
        lines = self.lines(page)
        if not lines:
            return None
        if self.on_text(page, pt):
            return pt
        index = self.line_at(page, pt)
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


def word_selection(doc: QPdfDocument, texts: PageText, page: int, pt: QPointF) -> QPdfSelection | None:
    """The word under `pt` (a double-click), or None. QtPdf has no "char at point", so
    the index comes from a selection running from the point to its line's end."""
    p = texts.snap(page, pt)
    if p is None:
        return None
    index = texts.line_at(page, p)
    if index < 0:
        return None
    line = texts.lines(page)[index][0]
    y = p.y()
    to_end = doc.getSelection(page, p, QPointF(line.right() - 0.1, y))
    if to_end.isValid() and to_end.text():
        index = to_end.startIndex()
    else:  # the point is on the line's last character
        whole = doc.getSelection(page, QPointF(line.left() + 0.1, y), p)
        if not whole.isValid():
            return None
        index = whole.endIndex() - 1
    text = texts.text(page)
    if not 0 <= index < len(text) or not is_word_char(text[index]):
        return None
    start = end = index
    while start > 0 and is_word_char(text[start - 1]):
        start -= 1
    while end + 1 < len(text) and is_word_char(text[end + 1]):
        end += 1
    return doc.getSelectionAtIndex(page, start, end - start + 1)
