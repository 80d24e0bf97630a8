"""Render starter guides from Markdown to PDF with Qt (QTextDocument -> QPdfWriter).

    .venv/bin/python scripts/make_guide_pdfs.py                 # the guides listed in GUIDES
    .venv/bin/python scripts/make_guide_pdfs.py path/to/guide.md  # any Markdown file, PDF beside it

Needs only the project's venv (PySide6) and a font (fonts-dejavu-core); runs headless
(QT_QPA_PLATFORM=offscreen is set if no platform is given). The starter library ships one
guide as a PDF so that page-based documents (open at a page, page thumbnails) can be shown
with real content. Pages carry a plain page number at the foot (it is part of the page
text, like the footer QTextDocument.print_() would add).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

ROOT = Path(__file__).resolve().parents[1]
DPI = 300
EDGE = 10  # pixels at DPI; much less than a line of text
GUIDES = [ROOT / "assets" / "starter" / "guides" / "leadership-for-racial-equity.md"]


def keep_blocks_on_one_page(doc: QTextDocument, page_height: float) -> None:
    """Move any paragraph that a page break would split (and any heading left alone at the
    foot of a page) to the next page.

    Why: QTextLayout::draw() also draws the last line above its clip rect, so a paragraph
    split across pages puts that line, clipped but still extractable, on the next page too
    and search would report it on both. Guide paragraphs are short, so the cost is a little
    white space at some page feet. (QTextBlockFormat.setNonBreakableLines would also stop
    word wrap, so it cannot be used.)
    """
    from PySide6.QtGui import QTextBlockFormat, QTextCursor

    layout = doc.documentLayout()
    for _ in range(200):  # each pass moves one block; guides have far fewer page breaks
        doc.pageCount()  # finishes the (lazy) layout, so every block's rect is current
        block = doc.begin()
        moved = False
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            first = int(rect.top() // page_height)
            last = int((rect.bottom() - 1) // page_height)
            nxt = block.next()
            orphan_heading = (
                block.blockFormat().headingLevel() > 0
                and nxt.isValid()
                and int(layout.blockBoundingRect(nxt).top() // page_height) > first
            )
            if (last > first or orphan_heading) and block != doc.begin():
                fmt = QTextBlockFormat()
                fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).mergeBlockFormat(fmt)
                if orphan_heading:  # the heading now leads the page; its text follows it
                    fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_Auto)
                    QTextCursor(nxt).mergeBlockFormat(fmt)
                moved = True
                break
            block = nxt
        if not moved:
            return


def render(md_path: Path, pdf_path: Path) -> int:
    """Write pdf_path from md_path; return the number of pages."""
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import (
        QAbstractTextDocumentLayout,
        QFont,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )

    text = md_path.read_text(encoding="utf-8")
    title = next(
        (line[2:].strip() for line in text.splitlines() if line.startswith("# ")), md_path.stem
    )

    writer = QPdfWriter(str(pdf_path))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(25, 22, 25, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("REAL Desktop scripts/make_guide_pdfs.py")

    doc = QTextDocument()
    # Lay out with the writer's metrics (300 dpi) so point sizes come out right on paper.
    doc.documentLayout().setPaintDevice(writer)
    font = QFont("DejaVu Serif")
    font.setPointSizeF(11.5)
    # No "fi"/"ff" ligatures: extracted text must contain plain letters, or search for
    # "benefits" or "specific" would miss words typeset with a ligature glyph.
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setMarkdown(text)

    page = writer.pageLayout().paintRectPixels(DPI)
    footer = DPI * 0.4  # room for the page number under the body
    body = QSizeF(page.width(), page.height() - footer)
    doc.setPageSize(body)  # paginated layout: no line straddles two pages
    keep_blocks_on_one_page(doc, body.height())
    pages = doc.pageCount()

    # Paginate by hand rather than QTextDocument.print_(): print_() also emits (clipped,
    # invisible) the line just above each page's top edge, so PDF text extraction would
    # see that line twice and search would report it on two pages.
    painter = QPainter(writer)
    footer_font = QFont(font)
    footer_font.setPointSizeF(9)
    for i in range(pages):
        if i:
            writer.newPage()
        top = i * body.height()
        painter.save()
        painter.translate(0, -top)
        painter.setClipRect(QRectF(0, top, body.width(), body.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        # The layout skips lines outside ctx.clip; keep it inside the page edges so the
        # neighbouring pages' edge lines are left out rather than merely clipped.
        ctx.clip = QRectF(0, top + EDGE, body.width(), body.height() - 2 * EDGE)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
        painter.setFont(footer_font)
        painter.drawText(
            QRectF(0, body.height(), body.width(), footer),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
            str(i + 1),
        )
    painter.end()
    return pages


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # fonts need a GUI application
    sources = [Path(a).resolve() for a in argv] or GUIDES
    for md in sources:
        if not md.is_file():
            print(f"not a file: {md}", file=sys.stderr)
            return 2
        pdf = md.with_suffix(".pdf")
        pages = render(md, pdf)
        shown = pdf.relative_to(ROOT) if pdf.is_relative_to(ROOT) else pdf
        print(f"{shown}: {pages} pages, {pdf.stat().st_size / 1024:.0f} KB")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
