"""The database layer on a real file: the write transaction, durable commits, meta."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from real_desktop.core.db import Database, Meta
from real_desktop.core.library import Library


@pytest.fixture
def db(tmp_path: Path) -> Database:
    Library.open(tmp_path, seed=False).close()  # creates and migrates library.db
    return Database(tmp_path / "library.db")


def test_a_failed_write_rolls_back_and_durable_mode_ends_with_it(db: Database) -> None:
    meta = Meta(db)
    with pytest.raises(RuntimeError), db.write(durable=True) as conn:
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL inside
        meta.set("k", "v", conn)
        raise RuntimeError("boom")
    assert meta.get("k") is None
    assert db.connection().execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert not db.connection().in_transaction
    db.close()


def test_meta_json_falls_back_on_missing_or_malformed_values(db: Database) -> None:
    meta = Meta(db)
    assert meta.get_json("ids", []) == []
    meta.set_json("ids", ["a", "é"])
    assert meta.get_json("ids", []) == ["a", "é"]
    meta.set("ids", "{not json")
    assert meta.get_json("ids", []) == []
    meta.set_json("ids", {"a": 1})
    assert meta.get_json("ids", []) == []  # another type than asked for
    db.close()


def test_close_closes_only_the_calling_threads_connection(db: Database) -> None:
    conn = db.connection()
    db.close()
    with pytest.raises(sqlite3.ProgrammingError):
        conn.execute("SELECT 1")
    assert db.connections == [] and db.connection() is not conn
    db.close()
