"""OCR of PDFs made only of page images: known words on known pages become searchable as
those pages, marked machine-made; the document's language picks the Tesseract model."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from real_desktop.core.jobs.queue import JobKind, JobQueue, JobState
from real_desktop.core.jobs.runner import JobRunner, items_without_text
from real_desktop.core.library import Library
from real_desktop.core.models import LocationKind
from real_desktop.core.ocr.engine import OcrError, check_language, tesseract_language

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from speech_fixtures import make_scanned_pdf  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract-ocr")

PAGES = [
    ["Community budget hearing", "Residents asked about sidewalks"],
    ["Leadership cohort meeting", "The facilitator opened with introductions"],
    ["Housing affordability report", "Eviction filings dropped in spring"],
]


def _ocr(lib: Library, rid: str, **options: str) -> list:
    ids = JobQueue(lib.db).enqueue(JobKind.OCR, [rid], options)
    return JobRunner(lib.db, lib.index, lib.home).run(ids).jobs


def test_scanned_pages_become_searchable_as_their_pages(lib: Library, files: Path) -> None:
    pdf = files / "scan.pdf"
    make_scanned_pdf(pdf, PAGES)
    rid = lib.import_all([pdf]).results[0].resource_id
    assert rid is not None
    assert lib.search("eviction").hits == []  # no text layer: nothing to find yet
    assert items_without_text(lib.db, JobKind.OCR) == [rid]
    jobs = _ocr(lib, rid)
    assert jobs[0].state is JobState.DONE, jobs[0].message
    assert "3 of 3 pages" in jobs[0].message
    for word, page in (("sidewalks", 1), ("facilitator", 2), ("eviction", 3)):
        hits = [h for h in lib.search(word).hits if h.resource_id == rid]
        assert hits, word
        assert hits[0].location.kind is LocationKind.PAGE and hits[0].location.page == page
        assert hits[0].machine
    assert items_without_text(lib.db, JobKind.OCR) == []
    r = lib.get(rid)
    assert r is not None and "OCR" in r.status_reason
    # Asked again: the recognised pages count as open to OCR again (they are replaced).
    assert _ocr(lib, rid)[0].state is JobState.DONE
    # The index (external content, schema v9) still agrees with the rewritten pages.
    with lib.db.write() as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
    assert [h.location.page for h in lib.search("eviction").hits if h.resource_id == rid] == [3]


def test_pages_with_their_own_text_are_left_alone(lib: Library, files: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from core_fixtures import write_pdf

    pdf = files / "typed.pdf"
    write_pdf(pdf, ["A typed page about zoning"])
    rid = lib.import_all([pdf]).results[0].resource_id
    assert rid is not None
    jobs = _ocr(lib, rid)
    assert jobs[0].state is JobState.FAILED and "already has text" in jobs[0].message
    hits = lib.search("zoning").hits
    assert hits and not hits[0].machine


def test_the_document_language_picks_the_model(lib: Library, files: Path) -> None:
    assert tesseract_language("es") == "spa" and tesseract_language("es-MX") == "spa"
    assert tesseract_language(None) == "eng" and tesseract_language("en", "spa") == "spa"
    pdf = files / "informe.pdf"
    make_scanned_pdf(pdf, [["Participación comunitaria", "La reunión empezó tarde"]])
    rid = lib.import_all([pdf]).results[0].resource_id
    assert rid is not None
    lib.edit(rid, language="es")
    jobs = _ocr(lib, rid)
    assert jobs[0].state is JobState.DONE
    text = lib.segments(rid)[0].text
    assert "Participación" in text and "reunión" in text  # accents: the Spanish model


def test_missing_language_data_is_a_clear_error() -> None:
    with pytest.raises(OcrError, match="tesseract-ocr-zzz"):
        check_language("zzz")
