"""One SQLite database shared by many threads: a connection per OS thread, one writer.

WAL lets readers run beside the single writer; writes are serialised by a lock and each
is one `BEGIN IMMEDIATE` transaction (`Database.write()`)."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

# WAL checkpoints run on a thread of their own once the log passes CHECKPOINT_BYTES
# (SQLite's own default: 1000 pages of 4 KiB), instead of inside the COMMIT that crossed
# the line: SQLite's docs suggest it (wal.html, "Application-initiated checkpoints"), and a
# big commit (a pack install, a batch of imported files) no longer waits ~35 ms for the
# copy and fsyncs of the pages it just wrote. Past INLINE_BYTES (the thread cannot keep
# up, or is gone) the committing thread checkpoints as SQLite would have.
CHECKPOINT_BYTES = 4 << 20
INLINE_BYTES = 64 << 20


class LibraryError(RuntimeError):
    """The library cannot be opened or changed; the message is for the user."""


def enable_wal(conn: sqlite3.Connection, patience: float = 30.0) -> None:
    """Switch to WAL. On a brand-new file two openers can race for the switch, and SQLite
    then answers "locked" at once without calling the busy handler: retry for a while."""
    deadline = time.monotonic() + patience
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class Checkpointer:
    """A daemon thread that runs PASSIVE checkpoints (never blocking readers or the
    writer) on its own connection when `poke()`d. It holds no reference to its Database,
    so an unclosed Database is still collected (a finalizer stops the thread)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._cond = threading.Condition()
        self._asked = False  # a checkpoint is wanted
        self._busy = False  # one is running
        self._stopped = False
        self.done = 0  # checkpoints run (tests read it)
        self._thread = threading.Thread(target=self._run, name="sqlite-checkpoint", daemon=True)
        self._thread.start()

    def poke(self) -> None:
        with self._cond:
            self._asked = True
            self._cond.notify_all()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no checkpoint is asked for or running (benchmarks, tests)."""
        with self._cond:
            return self._cond.wait_for(
                lambda: self._stopped or not (self._asked or self._busy), timeout
            )

    def stop(self, wait: float = 5.0) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify_all()
        if self._thread is not threading.current_thread():
            self._thread.join(wait)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        try:
            while True:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()
                    self._cond.wait_for(lambda: self._asked or self._stopped)
                    if self._stopped:
                        return
                    self._asked, self._busy = False, True
                try:
                    if conn is None:
                        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None,
                                               check_same_thread=False)  # fmt: skip
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                    self.done += 1
                except sqlite3.Error:
                    pass  # the next poke tries again; past INLINE_BYTES the writer does it
        finally:
            with self._cond:
                self._busy = False
                self._cond.notify_all()
            if conn is not None:
                with suppress(sqlite3.Error):
                    conn.close()


class Database:
    """`uri`: connect there instead of to `path` (an SQLite URI, e.g. a kiosk session's
    in-memory copy, see core/kiosk/session.py); `path` is then only what the library
    reports as its file. Such a database keeps its journal and temporary tables in memory
    and needs no WAL (an in-memory database has none)."""

    def __init__(self, path: Path, *, uri: str | None = None) -> None:
        self.path = Path(path)
        self.uri = uri
        # One connection per OS thread, keyed by thread id rather than threading.local:
        # Qt's pool threads are not Python threads, and each task there gets a fresh
        # thread state, so a threading.local would open (and leak) a connection per task.
        self._by_thread: dict[int, sqlite3.Connection] = {}
        self.connections: list[sqlite3.Connection] = []  # every open one (tests count them)
        self._conns_lock = threading.Lock()
        self.write_lock = threading.RLock()
        # changed_elsewhere(): a connection of its own that only reads PRAGMA data_version,
        # opened on first use (the CLI never pays for it).
        self._watcher: sqlite3.Connection | None = None
        self._watch_lock = threading.Lock()
        self._seen_version = 0
        self._foreign_write = False
        self._wal = Path(f"{self.path}-wal")
        self.checkpointer: Checkpointer | None = None  # started by the first write

    def connection(self) -> sqlite3.Connection:
        """The calling thread's connection (opened on first use)."""
        conn = self._by_thread.get(threading.get_ident())
        if conn is not None:
            return conn
        # Autocommit mode: transactions are explicit (BEGIN IMMEDIATE in write()).
        conn = self._connect()
        conn.row_factory = sqlite3.Row
        if self.uri is None:
            enable_wal(conn)
            conn.execute("PRAGMA wal_autocheckpoint=0")  # see CHECKPOINT_BYTES
        else:
            conn.execute("PRAGMA temp_store=MEMORY")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        with self._conns_lock:
            self._by_thread[threading.get_ident()] = conn
            self.connections.append(conn)
        return conn

    def _connect(self) -> sqlite3.Connection:
        if self.uri is not None:
            return sqlite3.connect(
                self.uri, uri=True, timeout=30, isolation_level=None, check_same_thread=False
            )
        return sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)

    @contextmanager
    def write(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """One transaction under the write lock; rolled back on any error.

        `durable=True` commits with `synchronous=FULL`: in WAL mode NORMAL may lose the
        last commits (never corrupt the file) on power loss. Notes, which a person typed,
        may not; library content can be imported again. FULL costs an fsync per commit
        (measured here, WAL, 500 one-row transactions: 0.02 ms each with NORMAL, 0.2 ms
        with FULL), which batches of
        imported files would pay thousands of times, so only note writes ask for it."""
        with self.write_lock:
            conn = self.connection()
            if durable:
                conn.execute("PRAGMA synchronous=FULL")
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    # Holding the database's write lock, no other process can commit until
                    # we do: a version change seen now is theirs, the one after COMMIT ours.
                    self._note_version(before_own_commit=True)
                    yield conn
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                else:
                    conn.execute("COMMIT")
                    self._note_version(before_own_commit=False)
                    self._maybe_checkpoint(conn)
            finally:
                if durable:
                    conn.execute("PRAGMA synchronous=NORMAL")

    def _maybe_checkpoint(self, conn: sqlite3.Connection) -> None:
        if self.uri is not None:
            return
        try:
            size = os.stat(self._wal).st_size
        except OSError:
            return
        if size < CHECKPOINT_BYTES:
            return
        cp = self.checkpointer
        if size >= INLINE_BYTES or (cp is not None and not cp.alive):
            with suppress(sqlite3.Error):
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            return
        if cp is None:
            cp = self.checkpointer = Checkpointer(self.path)
            weakref.finalize(self, cp.stop, 0)
        cp.poke()

    def _note_version(self, *, before_own_commit: bool) -> None:
        if self._watcher is None:  # never started (and never for a URI database)
            return
        with self._watch_lock:
            if self._watcher is None:
                return
            try:
                version = int(self._watcher.execute("PRAGMA data_version").fetchone()[0])
            except sqlite3.Error:  # watching is a convenience: never fail a write for it
                self._foreign_write = True
                return
            if before_own_commit and version != self._seen_version:
                self._foreign_write = True
            self._seen_version = version

    def changed_elsewhere(self) -> bool:
        """True once after another process (the CLI, a second session) committed a change
        since the last call; this process's own writes do not count. The first call only
        starts watching (False). Cheap: one PRAGMA on a connection of its own, fine to
        poll every second from any thread.

        Always False for a `uri` database: no other process reaches a session's memory,
        and a second connection reading while this one writes would wait on our lock."""
        if self.uri is not None:
            return False
        with self._watch_lock:
            if self._watcher is None:
                self._watcher = self._connect()
                self._seen_version = int(self._watcher.execute("PRAGMA data_version").fetchone()[0])
                self._foreign_write = False
                return False
            version = int(self._watcher.execute("PRAGMA data_version").fetchone()[0])
            changed = self._foreign_write or version != self._seen_version
            self._seen_version, self._foreign_write = version, False
            return changed

    def close(self) -> None:
        """Close the calling thread's connection now; drop the rest. A connection another
        thread is still querying must not be closed under it (that crashes inside SQLite):
        CPython closes it when its last reference goes, i.e. when that query returns."""
        with self._conns_lock:
            mine = self._by_thread.get(threading.get_ident())
            if mine is not None:
                with suppress(sqlite3.Error):
                    mine.close()
            self.connections.clear()
            self._by_thread.clear()
        with self._watch_lock:
            if self._watcher is not None:
                with suppress(sqlite3.Error):
                    self._watcher.close()
                self._watcher = None
        if self.checkpointer is not None:
            self.checkpointer.stop()
            self.checkpointer = None
