"""Documents for the viewer tests: real PDFs (QPdfWriter, or hand-written when an outline
is needed) and Resource records pointing at them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from real_desktop.core.models import Kind, Resource


def make_pdf(path: Path, pages: list[list[str]]) -> Path:
    """One page per entry; each line of text drawn at a known place (72 dpi, A4)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 14))
    for i, lines in enumerate(pages):
        if i:
            writer.newPage()
        for j, line in enumerate(lines):
            painter.drawText(72, 120 + 28 * j, line)
    painter.end()
    return path


def doc_resource(
    path: Path, fmt: str, rid: str = "doc-1", title: str = "Test document"
) -> Resource:
    return Resource(id=rid, kind=Kind.DOCUMENT, title=title, path=str(path), format=fmt)


def make_pdf_with_outline(path: Path, chapters: list[str]) -> Path:
    """A small hand-written PDF with one page per chapter and an outline (bookmarks)
    pointing at each page: QPdfWriter cannot write outlines."""
    n = len(chapters)
    # Object numbers: 1 catalog, 2 pages, 3 font, 4 outlines root,
    # then per chapter: page, content stream, outline item.
    page_obj = [5 + 3 * i for i in range(n)]
    objs: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R /Outlines 4 0 R /PageMode /UseOutlines >>",
        2: (
            f"<< /Type /Pages /Count {n} /Kids [" + " ".join(f"{p} 0 R" for p in page_obj) + "] >>"
        ).encode(),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        4: (
            f"<< /Type /Outlines /First {page_obj[0] + 2} 0 R /Last {page_obj[-1] + 2} 0 R "
            f"/Count {n} >>"
        ).encode(),
    }
    for i, title in enumerate(chapters):
        p, c, o = page_obj[i], page_obj[i] + 1, page_obj[i] + 2
        objs[p] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {c} 0 R "
            f"/Resources << /Font << /F1 3 0 R >> >> >>"
        ).encode()
        stream = f"BT /F1 24 Tf 72 700 Td ({title}) Tj ET".encode()
        objs[c] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        links = ""
        if i > 0:
            links += f" /Prev {page_obj[i - 1] + 2} 0 R"
        if i < n - 1:
            links += f" /Next {page_obj[i + 1] + 2} 0 R"
        objs[o] = (
            f"<< /Title ({title}) /Parent 4 0 R /Dest [{p} 0 R /XYZ 0 792 0]{links} >>"
        ).encode()
    out = bytearray(b"%PDF-1.4\n")
    offsets: dict[int, int] = {}
    for num in sorted(objs):
        offsets[num] = len(out)
        out += f"{num} 0 obj\n".encode() + objs[num] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for num in range(1, size):
        out += f"{offsets[num]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path
