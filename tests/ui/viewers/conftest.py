"""Fixtures for the document viewer tests: real PDFs written with QPdfWriter, real text
files, a real library, and a DocumentView shown offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from real_desktop.core.library import Library
from real_desktop.core.models import Kind, Resource


def make_pdf(path: Path, pages: list[list[str]]) -> Path:
    """One page per entry; each line of text drawn at a known place (72 dpi, A4)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 14))
    for i, lines in enumerate(pages):
        if i:
            writer.newPage()
        for j, line in enumerate(lines):
            painter.drawText(72, 120 + 28 * j, line)
    painter.end()
    return path


def doc_resource(path: Path, fmt: str, rid: str = "doc-1", title: str = "Test document") -> Resource:
    return Resource(id=rid, kind=Kind.DOCUMENT, title=title, path=str(path), format=fmt)


@pytest.fixture
def five_pages(tmp_path: Path) -> Path:
    """'equity' on pages 1, 3 (twice) and 5; page 2 and 4 without it."""
    return make_pdf(tmp_path / "five.pdf", [
        ["Page one", "equity in the budget"],
        ["Page two", "nothing to see here"],
        ["Page three", "racial equity lens", "equity again"],
        ["Page four", "community conversations"],
        ["Page five", "equity at the end"],
    ])


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "home", seed=False)
    yield lib
    lib.close()


@pytest.fixture
def view(qtbot, sync_tasks, library):
    from real_desktop.ui.viewers import DocumentView

    v = DocumentView(library, sync_tasks)
    qtbot.addWidget(v)
    v.resize(1000, 700)
    v.show()
    qtbot.waitExposed(v)
    return v
