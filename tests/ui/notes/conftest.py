"""Fixtures for the notes UI tests: a real SQLite library file and a NoteStore on it.

Uses the core's Library when it is implemented; until then a small stand-in with the
same methods the notes code calls (get, resources, collections, segments, index_note).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from real_desktop.core.models import Kind, Resource, Segment
from real_desktop.core.notes import NoteStore

RESOURCES = [
    Resource(
        id="vid",
        kind=Kind.VIDEO,
        title="Undoing Racism in America's Cities",
        collection="Leadership for Racial Equity",
        duration=3600.0,
    ),
    Resource(
        id="pdf",
        kind=Kind.DOCUMENT,
        title="Budgeting with an Equity Lens",
        collection="Leadership for Racial Equity",
        page_count=12,
        format="pdf",
    ),
    Resource(
        id="guide",
        kind=Kind.DOCUMENT,
        title="Community Conversations Guide",
        collection="Community Conversations on Race",
        format="md",
    ),
]


class StandInLibrary:
    def __init__(self, home: Path) -> None:
        self.path = home / "library.db"
        self.home = home
        self.by_id = {r.id: r for r in RESOURCES}
        self.indexed: dict[str, tuple[str, str, list[str]]] = {}

    def get(self, rid: str) -> Resource | None:
        return self.by_id.get(rid)

    def resources(
        self, *, collection: str | None = None, ids: Any = None, **_: Any
    ) -> list[Resource]:
        out = [r for r in self.by_id.values() if collection is None or r.collection == collection]
        return [r for r in out if ids is None or r.id in set(ids)]

    def collections(self) -> list[tuple[str, int]]:
        names: dict[str, int] = {}
        for r in self.by_id.values():
            if r.collection:
                names[r.collection] = names.get(r.collection, 0) + 1
        return sorted(names.items())

    def segments(self, rid: str, **_: Any) -> list[Segment]:
        return []

    def index_note(self, note_id: str, resource_id: str, text: str, tags: list[str]) -> None:
        self.indexed[note_id] = (resource_id, text, tags)

    def unindex_note(self, note_id: str) -> None:
        self.indexed.pop(note_id, None)

    def close(self) -> None:
        pass


@pytest.fixture
def library(tmp_path: Path) -> Iterator[StandInLibrary]:
    home = tmp_path / "home"
    home.mkdir()
    lib = StandInLibrary(home)
    yield lib
    lib.close()


@pytest.fixture
def store(library: StandInLibrary) -> Iterator[NoteStore]:
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
