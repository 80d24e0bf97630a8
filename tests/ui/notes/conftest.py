"""Fixtures for the notes UI tests: the real Library with the resources "vid", "pdf" and
"guide" (built by tests/core/notes_fixtures.py) and a NoteStore on it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from real_desktop.core.library import Library
from real_desktop.core.notes import NoteStore

sys.path.insert(0, str(Path(__file__).parents[2] / "core"))
from notes_fixtures import open_notes_library  # noqa: E402


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = open_notes_library(tmp_path / "home")
    yield lib
    lib.close()


@pytest.fixture
def store(library: Library) -> Iterator[NoteStore]:
    s = NoteStore(library)
    yield s
    s.close()


@pytest.fixture
def async_tasks(qapp: Any) -> Iterator[Any]:
    """A real thread-pool TaskRunner: the autosave path the app uses."""
    from real_desktop.ui.tasks import TaskRunner

    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def panel(qtbot: Any, store: NoteStore, sync_tasks: Any) -> Any:
    """A shown NotesPanel on the real store, with inline tasks."""
    from real_desktop.ui.notes.panel import NotesPanel

    p = NotesPanel(store, sync_tasks)
    qtbot.addWidget(p)
    p.resize(380, 640)
    p.show()
    return p
