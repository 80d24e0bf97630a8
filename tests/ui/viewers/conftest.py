"""Fixtures for the document viewer tests: real PDFs, a real library, and a DocumentView
shown offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from docfactory import make_pdf

from real_desktop.core.library import Library


@pytest.fixture
def five_pages(tmp_path: Path) -> Path:
    """'equity' on pages 1, 3 (twice) and 5; page 2 and 4 without it."""
    return make_pdf(
        tmp_path / "five.pdf",
        [
            ["Page one", "equity in the budget"],
            ["Page two", "nothing to see here"],
            ["Page three", "racial equity lens", "equity again"],
            ["Page four", "community conversations"],
            ["Page five", "equity at the end"],
        ],
    )


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
