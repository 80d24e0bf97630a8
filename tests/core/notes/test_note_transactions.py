"""A note and its search-index row are written in one transaction, on the library's own
connections: the index cannot fall behind the notes, so nothing re-indexes at start-up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from notes_fixtures import note_hits, open_notes_library

from real_desktop.core.library import Library
from real_desktop.core.models import Location, LocationKind
from real_desktop.core.notes import NoteStore


def test_a_failing_index_write_leaves_no_note_behind(tmp_path: Path) -> None:
    lib = open_notes_library(tmp_path / "home")
    store = NoteStore(lib)
    kept = store.create("pdf", Location(LocationKind.PAGE, page=2), body="kept pelican")
    try:
        # Break the index for notes (a real failure inside the transaction, no mock).
        with lib.db.write() as conn:
            conn.execute("ALTER TABLE note_rows RENAME TO note_rows_gone")
        with pytest.raises(sqlite3.OperationalError):
            store.create("pdf", Location(LocationKind.PAGE, page=3), body="lost flamingo")
        with pytest.raises(sqlite3.OperationalError):
            store.update(kept.id, body="changed flamingo")
        assert [n.body for n in store.list()] == ["kept pelican"]  # neither write happened
    finally:
        with lib.db.write() as conn:
            conn.execute("ALTER TABLE note_rows_gone RENAME TO note_rows")
        lib.close()


def test_the_index_is_current_after_reopening_without_a_reindex(tmp_path: Path) -> None:
    home = tmp_path / "home"
    lib = open_notes_library(home)
    store = NoteStore(lib)
    a = store.create("vid", Location(LocationKind.TIME, start=5.0), body="albatross one")
    b = store.create("pdf", Location(LocationKind.PAGE, page=1), body="albatross two")
    store.update(a.id, body="cormorant now")
    store.delete(b.id)
    c = store.create("guide", None, body="albatross three")
    store.discard(c.id)
    lib.close()
    again = Library.open(home, seed=False)
    try:
        assert note_hits(again, "cormorant") == {a.id: "vid"}
        assert note_hits(again, "albatross") == {}  # edited, trashed or discarded
    finally:
        again.close()


def test_the_store_uses_the_library_connections(tmp_path: Path) -> None:
    lib = open_notes_library(tmp_path / "home")
    try:
        before = list(lib.db.connections)
        store = NoteStore(lib)
        store.create("vid", None, body="same connection")
        assert store.list() and lib.db.connections == before
    finally:
        lib.close()
