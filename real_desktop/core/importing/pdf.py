"""PDF pages (pypdfium2, imported only when a PDF is read)."""

from __future__ import annotations

import re
from pathlib import Path

from real_desktop.core.i18n import later
from real_desktop.core.importing.documents import split_people
from real_desktop.core.importing.files import Extracted, ExtractError, sniff_contents


def extract_pdf(path: Path, out: Extracted) -> None:
    with open(path, "rb") as f:
        head = f.read(1024)
    if b"%PDF" not in head:
        raise ExtractError(
            later.tr("not a PDF file (it contains {what}; wrong file extension?)").format(
                what=sniff_contents(head)
            )
        )
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise ExtractError(later.tr("the PDF is encrypted (password protected)")) from exc
        if "format" in msg or "file" in msg:
            raise ExtractError(later.tr("the PDF is damaged or truncated and cannot be opened")) from exc
        raise ExtractError(
            later.tr("the PDF cannot be opened ({error})").format(error=str(exc))
        ) from exc
    try:
        try:
            info = pdf.get_metadata_dict()
        except Exception:  # broken info dictionaries are common and harmless
            info = {}
        meta_title = str(info.get("Title") or "").strip()
        out.people = split_people(str(info.get("Author") or ""))
        n = len(pdf)
        if n == 0:
            raise ExtractError(later.tr("the PDF has no pages"))
        chars = 0
        unreadable = 0
        for i in range(n):
            try:
                page = pdf[i]
            except pdfium.PdfiumError:
                unreadable += 1  # one broken page must not lose the rest of the document
                out.segments.append((i, "page", i + 1, None, None, None, None, None, ""))
                continue
            try:
                tp = page.get_textpage()
                text = tp.get_text_range()
                tp.close()
            except pdfium.PdfiumError:
                unreadable += 1
                text = ""
            finally:
                page.close()
            text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
            chars += len(text.strip())
            out.segments.append((i, "page", i + 1, None, None, None, None, None, text))
        out.page_count = n
        meta_title = _clean_pdf_title(meta_title)
        if meta_title:
            out.title = meta_title
        if chars == 0:
            out.note = later.tr("no text found (scanned pages?): only the title is searchable")
        elif unreadable:
            out.note = later.tr("{unreadable} of {n} pages could not be read").format(
                unreadable=unreadable, n=n
            )
    finally:
        pdf.close()


def _clean_pdf_title(title: str) -> str:
    """PDF Title fields are often word-processor leftovers: keep only a real title."""
    title = re.sub(r"^Microsoft (Word|PowerPoint) - ", "", title.strip())
    if re.search(r"\.(docx?|pptx?|pdf|indd|odt|rtf)$", title, re.I) or title.lower() in (
        "untitled",
        "title",
        "document",
    ):
        return ""
    return title


