"""WAL checkpoints run on a thread of their own, not inside the commit that grew the log
past the threshold; the writer takes over when that thread is gone or falls far behind."""

from __future__ import annotations

import gc
import os
import time
from pathlib import Path

import pytest

from real_desktop.core.db import Database, connection
from real_desktop.core.library import Library


@pytest.fixture
def db(tmp_path: Path) -> Database:
    Library.open(tmp_path, seed=False).close()
    d = Database(tmp_path / "library.db")
    with d.write() as conn:
        conn.execute("CREATE TABLE blob_rows (b BLOB)")
    return d


def grow(db: Database, mib: int) -> None:
    with db.write() as conn:
        conn.executemany("INSERT INTO blob_rows VALUES (?)", [(os.urandom(1 << 20),)] * mib)


def wait_for(cond, limit: float = 20.0) -> bool:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.01)
    return cond()


def in_main_file(db: Database, mib: int) -> bool:
    """Have `mib` MiB of committed pages been copied from the log into the database file?
    (Until a checkpoint they live only in the -wal file.)"""
    return db.path.stat().st_size >= mib << 20


def test_the_commit_leaves_the_copy_to_the_thread(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert db.connection().execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    pokes: list[object] = []
    real_poke = connection.Checkpointer.poke
    monkeypatch.setattr(connection.Checkpointer, "poke", lambda self: pokes.append(self))
    grow(db, 6)
    assert pokes == [db.checkpointer]
    assert not in_main_file(db, 6)  # neither SQLite nor the writer copied a page
    real_poke(db.checkpointer)
    assert wait_for(lambda: in_main_file(db, 6))
    db.close()


def test_a_big_commit_is_checkpointed_by_the_thread(db: Database) -> None:
    grow(db, 6)
    cp = db.checkpointer
    assert cp is not None and cp.alive
    assert wait_for(lambda: cp.done >= 1)
    assert in_main_file(db, 6)
    with db.write() as conn:  # the writer goes on as before
        assert conn.execute("SELECT count(*) FROM blob_rows").fetchone()[0] == 6
    db.close()
    assert db.checkpointer is None and not cp.alive


def test_the_writer_checkpoints_itself_when_the_thread_is_gone(db: Database) -> None:
    grow(db, 6)
    cp = db.checkpointer
    assert cp is not None
    cp.stop()
    assert not cp.alive
    size = db.path.stat().st_size
    grow(db, 6)  # the log is over the line and nobody else will copy it: the writer does
    assert db.path.stat().st_size >= size + (6 << 20)
    assert cp.done <= 1
    db.close()


def test_the_writer_checkpoints_itself_far_past_the_line(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connection, "INLINE_BYTES", 5 << 20)
    grow(db, 6)
    assert db.checkpointer is None  # done inline, no thread needed
    assert in_main_file(db, 6)
    db.close()


def test_an_unclosed_database_stops_its_thread_when_collected(tmp_path: Path) -> None:
    Library.open(tmp_path, seed=False).close()
    d = Database(tmp_path / "library.db")
    with d.write() as conn:
        conn.execute("CREATE TABLE blob_rows (b BLOB)")
    grow(d, 6)
    cp = d.checkpointer
    assert cp is not None and cp.alive
    del d, conn
    gc.collect()
    assert wait_for(lambda: not cp.alive)


def test_committed_rows_survive_a_kill_before_the_checkpoint(tmp_path: Path) -> None:
    """The log holds the commit; the next opener replays it (SQLite's own recovery)."""
    import subprocess
    import sys

    Library.open(tmp_path, seed=False).close()
    code = (
        "import os, sqlite3\n"
        "from pathlib import Path\n"
        "from real_desktop.core.db import Database\n"
        f"d = Database(Path({str(tmp_path / 'library.db')!r}))\n"
        "with d.write() as c:\n"
        "    c.execute('CREATE TABLE blob_rows (b BLOB)')\n"
        "    c.executemany('INSERT INTO blob_rows VALUES (?)', [(os.urandom(1 << 20),)] * 6)\n"
        "os.kill(os.getpid(), 9)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=False)
    d = Database(tmp_path / "library.db")
    assert d.connection().execute("SELECT count(*) FROM blob_rows").fetchone()[0] == 6
    d.close()


def test_wait_idle_returns_once_the_asked_checkpoint_is_done(db: Database) -> None:
    grow(db, 6)
    cp = db.checkpointer
    assert cp is not None
    assert cp.wait_idle(20)
    assert cp.done >= 1 and in_main_file(db, 6)
    assert cp.wait_idle(0)  # nothing asked: at once
    db.close()
