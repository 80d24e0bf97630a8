"""Upgrading a library made by the release with schema 3, from a frozen SQL snapshot:
v4 (edited fields, natural title sort, text digest, backfilled) and v5 (highlights).

tests/core/db/data/library_v3.sql was generated once from schema.MIGRATIONS[:3] and is
never regenerated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from real_desktop.core.db import schema
from real_desktop.core.library import Library
from real_desktop.core.notes import NoteStore

SNAPSHOT = Path(__file__).parent / "data" / "library_v3.sql"


@pytest.fixture
def v3_home(tmp_path: Path) -> Path:
    home = tmp_path / "released-v3"
    home.mkdir()
    conn = sqlite3.connect(home / "library.db")
    conn.executescript(SNAPSHOT.read_text(encoding="utf-8"))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.close()
    return home


def test_v3_library_is_migrated_with_a_backup_first(v3_home: Path) -> None:
    lib = Library.open(v3_home, seed=False)
    lib.close()
    conn = sqlite3.connect(v3_home / "library.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version()
    cols = {r[1] for r in conn.execute("PRAGMA table_info(resources)")}
    assert {"edited", "sort_title", "text_sha256"} <= cols
    assert {"rects", "color"} <= {r[1] for r in conn.execute("PRAGMA table_info(notes)")}
    conn.close()
    (backup,) = (v3_home / "backups").glob("library-v3-*.db")
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 3
    assert "edited" not in {r[1] for r in old.execute("PRAGMA table_info(resources)")}
    old.close()


def test_v3_data_is_backfilled(v3_home: Path) -> None:
    lib = Library.open(v3_home, seed=False)
    try:
        # Natural order from the backfilled sort key: 2 before 10.
        assert [r.title for r in lib.resources()] == ["Chapter 2", "Chapter 10", "Other name"]
        # A hand-edited entry (meta_source 'user') has every field marked as edited.
        assert lib.user_edited("doc-2-bbbbbb") == set(schema.EDITABLE_FIELDS)
        assert lib.user_edited("doc-10-aaaaaa") == set()
        # The text digest is filled in: the same words under another name are duplicates.
        (group,) = lib.duplicates()
        assert group.reason == "text"
        assert {r.id for r in group.resources} == {"doc-10-aaaaaa", "doc-copy-cccccc"}
        # Old notes read as notes (not highlights) and searching still works.
        (note,) = NoteStore(lib).for_resource("doc-2-bbbbbb")
        assert note.body == "my note" and note.rects == () and note.color is None
        assert lib.search("different").hits[0].resource_id == "doc-2-bbbbbb"
    finally:
        lib.close()
