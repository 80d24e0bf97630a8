"""Migrations: from an older schema, with a backup; a failing step rolls back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from real_desktop.core.db import schema
from real_desktop.core.db.schema import MIGRATIONS, Migration, MigrationError, migrate
from real_desktop.core.library import Library, LibraryError


@pytest.fixture
def v1_home(tmp_path: Path) -> Path:
    """A library as version 1 of the app left it, with one resource in it."""
    home = tmp_path / "old"
    home.mkdir()
    conn = sqlite3.connect(home / "library.db", isolation_level=None)
    migrate(conn, home, migrations=MIGRATIONS[:1])
    conn.execute(
        "INSERT INTO resources(id, kind, title, added_at, updated_at) "
        "VALUES ('kept-1', 'document', 'Kept Through Upgrade', 't', 't')"
    )
    conn.execute(
        "INSERT INTO search_index(rowid, title, tags, people, description, body, resource_id) "
        "VALUES (1, 'Kept Through Upgrade', '', '', '', '', 'kept-1')"
    )
    conn.execute(
        "INSERT INTO segments(id, resource_id, seq, loc_kind) VALUES (1, 'kept-1', -1, 'resource')"
    )
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    return home


def test_fresh_library_is_at_latest_version(tmp_path: Path) -> None:
    lib = Library.open(tmp_path, seed=False)
    conn = sqlite3.connect(lib.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    assert not (tmp_path / "backups").exists()  # nothing to back up on creation
    lib.close()


def test_migrates_v1_with_backup_and_keeps_data(v1_home: Path) -> None:
    lib = Library.open(v1_home, seed=False)
    assert lib.get("kept-1").title == "Kept Through Upgrade"  # type: ignore[union-attr]
    assert lib.search("upgrade").hits[0].resource_id == "kept-1"
    lib.set_progress("kept-1", 3)  # the v2 history table exists
    assert lib.progress("kept-1") == (3.0, False)
    backups = list((v1_home / "backups").glob("library-v1-*.db"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT title FROM resources").fetchone()[0] == "Kept Through Upgrade"
    old.close()
    lib.close()


def test_failing_migration_rolls_back_and_leaves_backup(tmp_path: Path) -> None:
    home = tmp_path
    conn = sqlite3.connect(home / "library.db", isolation_level=None)
    migrate(conn, home)
    latest = schema.latest_version()

    def boom(c: sqlite3.Connection) -> None:
        c.execute("CREATE TABLE half_done (x)")
        c.execute("ALTER TABLE resources ADD COLUMN extra TEXT")
        raise RuntimeError("disk on fire")

    with pytest.raises(MigrationError) as err:
        migrate(conn, home, migrations=[*MIGRATIONS, Migration(latest + 1, "broken", boom)])
    assert "disk on fire" in str(err.value) and err.value.version == latest
    assert err.value.backup is not None and err.value.backup.exists()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names
    cols = {r[1] for r in conn.execute("PRAGMA table_info(resources)")}
    assert "extra" not in cols
    conn.close()


def test_newer_database_is_refused(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "library.db")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(LibraryError, match="newer"):
        Library.open(tmp_path, seed=False)


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "library.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LibraryError, match="not a usable library database"):
        Library.open(tmp_path, seed=False)


def test_migrations_are_numbered_in_order() -> None:
    versions = [m.version for m in MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))


def test_concurrent_first_opens_all_succeed(tmp_path: Path) -> None:
    import threading

    errors: list[BaseException] = []
    libs: list[Library] = []

    def opener() -> None:
        try:
            libs.append(Library.open(tmp_path, seed=False))
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(libs) == 4
    assert all(lib.count() == 0 for lib in libs)
    for lib in libs:
        lib.close()


def test_a_database_whose_v6_was_the_placeholder_gets_the_agenda_tables(tmp_path: Path) -> None:
    """v6 once created nothing: such a database (at v7 with no agendas) gains them in v8."""
    home = tmp_path / "placeholder"
    home.mkdir()
    placeholder = Migration(6, "placeholder", lambda conn: None)
    conn = sqlite3.connect(home / "library.db", isolation_level=None)
    migrate(conn, home, migrations=[*MIGRATIONS[:5], placeholder, MIGRATIONS[6]])
    tables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'agenda%'"
    assert conn.execute(tables).fetchall() == []
    conn.close()
    lib = Library.open(home, seed=False)
    conn = sqlite3.connect(lib.path)
    assert sorted(r[0] for r in conn.execute(tables)) == ["agenda_items", "agendas"]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version()
    conn.close()
    lib.close()
