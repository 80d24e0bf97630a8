"""Fixtures for the main-window, browser and search tests: real PDFs, a real library."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

PdfMaker = Callable[[Path, list[str], str], Path]


@pytest.fixture
def runner(qapp: object) -> Iterator[object]:
    """The app's one task helper with real threads (typing must not wait for the database)."""
    from real_desktop.ui.tasks import TaskRunner

    r = TaskRunner()
    yield r
    r.shutdown()


def write_pdf(path: Path, pages: list[str], title: str = "") -> Path:
    """A real PDF with one paragraph per page, written by Qt (PDFium extracts its text)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    writer.setResolution(72)
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 12))
    for i, text in enumerate(pages):
        if i:
            writer.newPage()
        painter.drawText(QRectF(50, 50, 500, 650), Qt.TextFlag.TextWordWrap, text)
    painter.end()
    return path


@pytest.fixture
def make_pdf(qapp) -> PdfMaker:
    return write_pdf


# The small library most tests use: its words are chosen so each query has a known answer.
GUIDES = {
    "equity-guide.pdf": (
        "Equity Lens Guide",
        [
            "Welcome to the guide for city leaders.",
            "Chapter two covers community partners and listening sessions.",
            "Apply a racial equity lens to every budget decision the council makes.",
        ],
    ),
    "conversations.pdf": (
        "Community Conversations Handbook",
        [
            "How to prepare a community conversation on race.",
            "Invite residents, police and elected officials to listen together.",
        ],
    ),
    "youth.pdf": (
        "Youth Development Notes",
        ["Positive youth development programs improve outcomes in health and education."],
    ),
}


@pytest.fixture
def docs_dir(tmp_path: Path, make_pdf: PdfMaker) -> Path:
    d = tmp_path / "docs"
    for name, (title, pages) in GUIDES.items():
        make_pdf(d / name, pages, title)
    return d


@pytest.fixture
def library(home: Path, docs_dir: Path) -> Iterator[object]:
    """A real library (no starter content) holding the three GUIDES PDFs."""
    from real_desktop.core.library import Library
    from real_desktop.core.models import Outcome

    lib = Library.open(home, seed=False)
    summary = lib.import_all([docs_dir])
    assert summary.count(Outcome.ADDED) == len(GUIDES), summary
    yield lib
    lib.close()


@pytest.fixture
def empty_library(home: Path) -> Iterator[object]:
    from real_desktop.core.library import Library

    lib = Library.open(home, seed=False)
    yield lib
    lib.close()


@pytest.fixture
def settings(home: Path) -> object:
    from real_desktop.ui.settings import AppSettings

    return AppSettings(home / "settings.ini")


@pytest.fixture(autouse=True, scope="session")
def _english_plurals(qapp) -> None:
    """As the app does at start: Qt's %n plurals need the English forms installed."""
    from real_desktop.ui import i18n

    assert i18n.install(qapp)
