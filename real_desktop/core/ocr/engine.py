"""Tesseract OCR of PDF pages.

pytesseract drives Debian's `tesseract` program (5.x, with the `eng`/`spa` data packages):
it uses exactly the Tesseract and language data the system has, and each page is a
subprocess, which a Cancel can stop at once. The document's language picks the model."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from real_desktop.core.i18n import later

DPI = 200  # enough for 10-pt body text; 300 is ~2x slower for no better words here
# ISO 639-1 (what the library stores) → Tesseract's traineddata names.
TESSERACT_LANGS = {"en": "eng", "es": "spa", "fr": "fra", "pt": "por", "de": "deu", "it": "ita"}


class OcrError(RuntimeError):
    """OCR cannot run or failed; the message is for the user."""


def tesseract_language(document_language: str | None, override: str | None = None) -> str:
    """`--language eng` wins; else the document's language ("es-MX" → "spa"); else "eng"."""
    if override:
        return override
    base = (document_language or "en").split("-")[0].split("_")[0].lower()
    return TESSERACT_LANGS.get(base, "eng")


def available_languages() -> list[str]:
    import pytesseract

    try:
        return sorted(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, OSError) as exc:
        raise OcrError(_not_installed()) from exc


def _not_installed() -> str:
    return later.tr("Tesseract is not installed: install the Debian packages tesseract-ocr, "
                    "tesseract-ocr-eng and tesseract-ocr-spa")  # fmt: skip


def check_language(language: str) -> None:
    have = available_languages()
    wanted = language.split("+")
    missing = [w for w in wanted if w not in have]
    if missing:
        raise OcrError(
            later.tr(
                "Tesseract has no “{missing}” language data on this computer "
                "(installed: {installed}); install tesseract-ocr-{first}"
            ).format(
                missing="+".join(missing),
                installed=", ".join(x for x in have if x != "osd") or later.tr("none"),
                first=missing[0],
            )
        )


def ocr_pdf(
    path: Path,
    pages: Sequence[int],
    language: str,
    *,
    report: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    dpi: int = DPI,
) -> dict[int, str]:
    """Text of each 1-based page in `pages`. A page that cannot be rendered or read is
    left out (its error does not lose the others)."""
    import pypdfium2 as pdfium
    import pytesseract

    check_language(language)
    try:
        pdf = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError) as exc:
        raise OcrError(later.tr("the PDF cannot be opened ({error})").format(error=exc)) from exc
    out: dict[int, str] = {}
    # Tesseract's own threads would compete with the window for the two cores.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        for done, number in enumerate(pages):
            if cancelled is not None and cancelled():
                break
            try:
                page = pdf[number - 1]
                try:
                    image = page.render(scale=dpi / 72, grayscale=True).to_pil()
                finally:
                    page.close()
                text = pytesseract.image_to_string(image, lang=language, config="--psm 3")
            except pytesseract.TesseractNotFoundError as exc:
                raise OcrError(_not_installed()) from exc
            except (pdfium.PdfiumError, pytesseract.TesseractError, IndexError):
                continue
            out[number] = "\n".join(line.rstrip() for line in text.replace("\x0c", "").splitlines()).strip()
            if report is not None:
                report(done + 1, len(pages))
    finally:
        pdf.close()
    return out
