"""Upgrading a library made by the first release, from a frozen SQL snapshot of it.

tests/core/db/data/library_v1.sql was generated once from schema.MIGRATIONS[:1] and is never
regenerated: if a later change to the v1 migration code drifted from what was released,
this test still starts from the released schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from real_desktop.core.db import schema
from real_desktop.core.library import Library
from real_desktop.core.models import LocationKind, Status

SNAPSHOT = Path(__file__).parent / "data" / "library_v1.sql"


@pytest.fixture
def v1_home(tmp_path: Path) -> Path:
    home = tmp_path / "released-v1"
    home.mkdir()
    conn = sqlite3.connect(home / "library.db")
    conn.executescript(SNAPSHOT.read_text(encoding="utf-8"))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    return home


def test_frozen_v1_library_is_migrated_with_a_backup_first(v1_home: Path) -> None:
    lib = Library.open(v1_home, seed=False)
    try:
        conn = sqlite3.connect(lib.path)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version()
        conn.close()
        backups = list((v1_home / "backups").glob("library-v1-*.db"))
        assert len(backups) == 1
        old = sqlite3.connect(backups[0])
        # The backup is the database as it was before any step ran.
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {r[0] for r in old.execute("SELECT name FROM sqlite_master")}
        assert "history" not in tables and "resources" in tables
        assert old.execute("SELECT COUNT(*) FROM resources").fetchone()[0] == 2
        old.close()
    finally:
        lib.close()


def test_frozen_v1_data_survives_and_is_searchable(v1_home: Path) -> None:
    lib = Library.open(v1_home, seed=False)
    try:
        guide = lib.get("housing-guide-1a2b3c")
        assert guide is not None
        assert (guide.title, guide.tags, guide.people) == (
            "Fair Housing Guide",
            ("housing", "zoning"),
            ("Ada Lovelace",),
        )
        assert guide.page_count == 2 and guide.collection == "Guides"
        talk = lib.get("real-video-undoing-racism")
        assert talk is not None and talk.status is Status.MISSING
        assert [s.location.page for s in lib.segments(guide.id)] == [1, 2]

        hits = lib.search("displacement").hits
        assert hits and hits[0].resource_id == guide.id
        assert hits[0].location.kind is LocationKind.PAGE and hits[0].location.page == 2
        assert lib.search("undoing racism").hits[0].resource_id == talk.id
        # Tables added by later migrations work on the upgraded database.
        lib.set_progress(guide.id, 2)
        assert lib.progress(guide.id) == (2.0, False)
    finally:
        lib.close()
