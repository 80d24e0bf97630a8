"""The library: one SQLite database of resources, their text, and search over it.

CONTRACT (agreed between the core, the CLI and the Qt layer). Signatures and semantics
here are what callers may rely on.

Thread-safety: a Library may be used from several threads (the UI's task helper runs
queries off the main thread). Each thread gets its own sqlite3 connection (WAL mode lets
readers run beside the single writer); writes are serialised by a lock.

Imports stay light on purpose: `real-desktop search` loads only this module, models and
query (no sqlite-utils, pypdfium2 or bs4); extraction and import code load on demand.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from real_desktop.core.models import (
    MARK_END,
    MARK_START,
    CaptionTrack,
    ImportProgress,
    ImportSummary,
    Kind,
    Location,
    LocationKind,
    Resource,
    SearchHit,
    SearchResults,
    Segment,
    Status,
)
from real_desktop.core.query import ParsedQuery, parse

log = logging.getLogger(__name__)

SORT_KEYS = ("title", "kind", "collection", "length", "added_at", "updated_at", "opened_at")

# bm25 column weights: title, tags, people, description, body. A title hit must beat a
# body-only hit even against a long page that repeats the word.
BM25_WEIGHTS = (10.0, 5.0, 3.0, 2.0, 1.0)
SNIPPET_TOKENS = 16
# Removed resources whose id is remembered for a re-import (oldest forgotten first).
REMOVED_KEPT = 5000
# A resource that matches a multi-word query only across rows shows this many of its rows.
ACROSS_ROWS = 3


def _enable_wal(conn: sqlite3.Connection, patience: float = 30.0) -> None:
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


def _release(conns: list[sqlite3.Connection], by_thread: dict[int, sqlite3.Connection]) -> None:
    """Close the calling thread's connection now; drop the rest (CPython closes a
    connection when its last reference goes, i.e. when a worker's query returns)."""
    mine = by_thread.get(threading.get_ident())
    if mine is not None:
        with suppress(sqlite3.Error):
            mine.close()
    conns.clear()
    by_thread.clear()


class LibraryError(RuntimeError):
    """The library cannot be opened or changed; the message is for the user."""


def _clean(text: str) -> str:
    """Make a caller's string safe to bind: command-line arguments carry undecodable bytes
    as lone surrogates (surrogateescape), which sqlite3 refuses with UnicodeEncodeError.
    Such bytes become U+FFFD, which matches nothing real."""
    try:
        text.encode("utf-8")
    except AttributeError:  # not a string (an id list of other types): sqlite3 decides
        return text
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
    return text


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


_ORDER = {
    "title": "r.title COLLATE NOCASE {d}, r.id",
    "kind": "r.kind {d}, r.title COLLATE NOCASE, r.id",
    "collection": "r.collection IS NULL, r.collection COLLATE NOCASE {d}, r.title COLLATE NOCASE, r.id",
    "length": "COALESCE(r.duration, r.page_count) IS NULL, COALESCE(r.duration, r.page_count) {d}, r.id",
    "added_at": "r.added_at {d}, r.id",
    "updated_at": "r.updated_at {d}, r.id",
    "opened_at": "h.opened_at IS NULL, h.opened_at {d}, r.title COLLATE NOCASE",
}


class Library:
    def __init__(self, db_path: Path, home: Path) -> None:
        self._path = db_path
        self._home = home
        # One connection per OS thread, keyed by thread id rather than threading.local:
        # Qt's pool threads are not Python threads, and each task there gets a fresh
        # thread state, so a threading.local would open (and leak) a connection per task.
        self._by_thread: dict[int, sqlite3.Connection] = {}
        self._conns: list[sqlite3.Connection] = []
        self._conns_lock = threading.Lock()
        self._write_lock = threading.RLock()
        self._closed = False
        # Extraction settings (tests and the benchmark change them).
        self.workers: int | None = None  # None: min(2, CPUs)
        self.extract_timeout: float = 120.0  # seconds per file, plus time for very large files
        self.extractor: str = "real_desktop.core.extract:extract_job"

    @classmethod
    def open(cls, home: Path | None = None, *, seed: bool = True) -> Library:
        """Open (creating and migrating as needed) the library in `home`
        (default: paths.data_home()). On first creation, seed the bundled starter library
        unless seed=False. Migrations back up the database first and run in a transaction."""
        if home is None:
            from real_desktop.core import paths

            home = paths.data_home()
        home = Path(home)
        try:
            home.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"Cannot create the library folder {home}: {exc.strerror}") from exc
        lib = cls(home / "library.db", home)
        try:
            conn = lib._conn()
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.OperationalError as exc:  # permissions, read-only media, locked
            lib.close()
            raise LibraryError(f"Cannot open the library {home / 'library.db'}: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            lib.close()
            raise LibraryError(
                f"{home / 'library.db'} is not a usable library database: {exc}"
            ) from exc
        from real_desktop.core import schema  # small; sqlite-utils loads only inside migrations

        if version > schema.latest_version():
            lib.close()
            raise LibraryError(
                f"This library was created by a newer REAL Desktop (schema {version}); "
                "please update the app."
            )
        if version < schema.latest_version():
            with lib._write_lock:
                try:
                    schema.migrate(conn, home)
                except schema.MigrationError as exc:
                    lib.close()
                    raise LibraryError(str(exc)) from exc
        if seed:
            from real_desktop.core.seed import maybe_seed

            maybe_seed(lib, first_run=version == 0)
        return lib

    def _meta_get(self, key: str) -> str | None:
        row = self._conn().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def _meta_set(self, key: str, value: str, conn: sqlite3.Connection | None = None) -> None:
        sql = "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        if conn is not None:
            conn.execute(sql, (key, value))
            return
        with self._write() as c:
            c.execute(sql, (key, value))

    @property
    def path(self) -> Path:  # the .db file
        return self._path

    @property
    def home(self) -> Path:  # data directory (thumbnails/, backups/ live here)
        return self._home

    def close(self) -> None:
        """Close this thread's connection and let go of the others. A connection another
        thread is still querying must not be closed under it (that crashes inside SQLite):
        dropping our references closes each one as soon as its last user lets go."""
        with self._conns_lock:
            _release(self._conns, self._by_thread)
            self._closed = True

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- connections ----------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn = self._by_thread.get(threading.get_ident())
        if conn is not None:
            return conn
        # Autocommit mode: transactions are explicit (BEGIN IMMEDIATE in _write).
        conn = sqlite3.connect(
            self._path, timeout=30, isolation_level=None, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        _enable_wal(conn)
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        with self._conns_lock:
            self._by_thread[threading.get_ident()] = conn
            self._conns.append(conn)
            self._closed = False
        return conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction under the write lock; rolled back on any error."""
        with self._write_lock:
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            else:
                conn.execute("COMMIT")

    # -- rows -> objects --------------------------------------------------------------------
    @staticmethod
    def _resource(row: sqlite3.Row) -> Resource:
        caps = tuple(
            CaptionTrack(path=c[0], language=c[1], label=c[2]) for c in json.loads(row["captions"])
        )
        return Resource(
            id=row["id"],
            kind=Kind(row["kind"]),
            title=row["title"],
            description=row["description"],
            collection=row["collection"],
            tags=tuple(json.loads(row["tags"])),
            people=tuple(json.loads(row["people"])),
            language=row["language"],
            date=row["date"],
            duration=row["duration"],
            page_count=row["page_count"],
            path=row["path"],
            format=row["format"],
            size=row["size"],
            sha256=row["sha256"],
            thumbnail=row["thumbnail"],
            status=Status(row["status"]),
            status_reason=row["status_reason"],
            captions=caps,
            added_at=row["added_at"],
            updated_at=row["updated_at"],
        )

    @staticmethod
    def _filters(
        kind: Kind | str | None,
        collection: str | None,
        tag: str | None,
        status: Status | str | None,
        exclude_status: Status | str | None = None,
    ) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        # Filters are what a person typed: case-insensitive, like tags (NOCASE folds ASCII,
        # which covers collection names and language codes).
        if kind is not None:
            where.append("r.kind = ?")
            params.append(_clean(str(kind)))
        if collection is not None:
            where.append("r.collection = ? COLLATE NOCASE")
            params.append(_clean(collection))
        if tag is not None:
            where.append("EXISTS (SELECT 1 FROM json_each(r.tags) WHERE value = ? COLLATE NOCASE)")
            params.append(_clean(tag))
        if status is not None:
            where.append("r.status = ?")
            params.append(_clean(str(status)))
        if exclude_status is not None:  # e.g. browsing leaves out files that failed to read
            where.append("r.status != ?")
            params.append(_clean(str(exclude_status)))
        return where, params

    # -- browsing -------------------------------------------------------------------------
    def resources(
        self,
        *,
        kind: Kind | None = None,
        collection: str | None = None,
        tag: str | None = None,
        status: Status | None = None,
        exclude_status: Status | None = None,
        ids: Iterable[str] | None = None,
        sort: str = "title",  # one of SORT_KEYS
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Resource]:
        if sort not in _ORDER:
            raise ValueError(f"sort must be one of {', '.join(SORT_KEYS)}")
        where, params = self._filters(kind, collection, tag, status, exclude_status)
        if ids is not None:
            id_list = [_clean(i) for i in ids]
            if not id_list:
                return []
            where.append("r.id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(id_list))
        sql = "SELECT r.* FROM resources r LEFT JOIN history h ON h.resource_id = r.id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY " + _ORDER[sort].format(d="DESC" if descending else "ASC")
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            params += [-1 if limit is None else max(0, int(limit)), max(0, int(offset))]
        return [self._resource(r) for r in self._conn().execute(sql, params)]

    def count(
        self,
        *,
        kind: Kind | None = None,
        collection: str | None = None,
        tag: str | None = None,
        status: Status | None = None,
        exclude_status: Status | None = None,
    ) -> int:
        where, params = self._filters(kind, collection, tag, status, exclude_status)
        sql = "SELECT COUNT(*) FROM resources r" + (
            " WHERE " + " AND ".join(where) if where else ""
        )
        return int(self._conn().execute(sql, params).fetchone()[0])

    def get(self, resource_id: str) -> Resource | None:
        row = (
            self._conn()
            .execute("SELECT * FROM resources WHERE id = ?", (_clean(resource_id),))
            .fetchone()
        )
        return self._resource(row) if row else None

    def find_prefix(self, prefix: str) -> list[Resource]:
        """Resources whose id starts with `prefix` (the CLI accepts unambiguous prefixes)."""
        prefix = _clean(prefix)
        rows = self._conn().execute(
            "SELECT * FROM resources WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 20",
            (len(prefix), prefix),
        )
        return [self._resource(r) for r in rows]

    def by_path(self, path: str | Path) -> Resource | None:
        row = (
            self._conn().execute("SELECT * FROM resources WHERE path = ?", (str(path),)).fetchone()
        )
        return self._resource(row) if row else None

    def collections(self) -> list[tuple[str, int]]:
        """(name, number of resources), by name."""
        rows = self._conn().execute(
            "SELECT collection, COUNT(*) FROM resources WHERE collection IS NOT NULL "
            "AND collection != '' GROUP BY collection ORDER BY collection COLLATE NOCASE"
        )
        return [(r[0], r[1]) for r in rows]

    def tags(self) -> list[tuple[str, int]]:
        rows = self._conn().execute(
            "SELECT j.value, COUNT(DISTINCT r.id) FROM resources r, json_each(r.tags) j "
            "GROUP BY j.value ORDER BY j.value COLLATE NOCASE"
        )
        return [(r[0], r[1]) for r in rows]

    def languages(self) -> list[tuple[str, int]]:
        """Languages of resources and of their caption tracks: (code, resources)."""
        rows = self._conn().execute(
            "SELECT lang, COUNT(DISTINCT rid) FROM ("
            " SELECT language AS lang, id AS rid FROM resources WHERE language IS NOT NULL"
            " UNION SELECT json_extract(c.value, '$[1]'), r.id FROM resources r, json_each(r.captions) c"
            "   WHERE json_extract(c.value, '$[1]') IS NOT NULL"
            ") GROUP BY lang ORDER BY lang"
        )
        return [(r[0], r[1]) for r in rows]

    def segments(self, resource_id: str, *, track: str | None = None) -> list[Segment]:
        """A resource's pages, sections or caption cues, in order. For media, `track`
        chooses the caption language (default: the first track)."""
        conn = self._conn()
        row = conn.execute(
            "SELECT kind, captions FROM resources WHERE id = ?", (resource_id,)
        ).fetchone()
        if row is None:
            return []
        sql = (
            "SELECT seq, loc_kind, page, anchor, section, start_s, end_s, track, text "
            "FROM segments WHERE resource_id = ? AND loc_kind != 'resource'"
        )
        params: list[Any] = [resource_id]
        if row["kind"] != Kind.DOCUMENT:
            tracks = json.loads(row["captions"])
            chosen = track if track is not None else (tracks[0][1] if tracks else None)
            sql += " AND track IS ?"
            params.append(chosen)
        sql += " ORDER BY seq"
        return [
            Segment(
                resource_id=resource_id,
                seq=r["seq"],
                location=Location(
                    kind=LocationKind(r["loc_kind"]),
                    page=r["page"],
                    anchor=r["anchor"],
                    section=r["section"],
                    start=r["start_s"],
                    end=r["end_s"],
                ),
                text=r["text"],
                track=r["track"],
            )
            for r in conn.execute(sql, params)
        ]

    def remove(self, resource_id: str) -> bool:
        """Remove a resource and its text from the library (never deletes the file)."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT meta_source FROM resources WHERE id = ?", (resource_id,)
            ).fetchone()
            if row is None:
                return False
            if row[0] == "catalog":
                # Remember it, so a newer starter catalog does not bring it back.
                found = conn.execute(
                    "SELECT value FROM meta WHERE key = 'dismissed_catalog_ids'"
                ).fetchone()
                dismissed = set(json.loads(found[0])) if found else set()
                dismissed.add(resource_id)
                self._meta_set("dismissed_catalog_ids", json.dumps(sorted(dismissed)), conn)
            self._remember_removed(conn, resource_id)
            self._delete_content(conn, resource_id)
            # Index rows of notes on this resource go too (the notes themselves are the
            # notes module's business).
            for (note_id,) in conn.execute(
                "SELECT note_id FROM search_index WHERE resource_id = ? AND note_id IS NOT NULL",
                (resource_id,),
            ).fetchall():
                self._unindex_note(conn, note_id)
            conn.execute("DELETE FROM history WHERE resource_id = ?", (resource_id,))
            conn.execute("DELETE FROM resources WHERE id = ?", (resource_id,))
        return True

    def _remember_removed(self, conn: sqlite3.Connection, resource_id: str) -> None:
        """Keep a removed resource's id with its checksum and path, so importing the same
        file again brings it back under the same id, and its notes (which are never
        deleted with it) belong to it again."""
        row = conn.execute(
            "SELECT sha256, path FROM resources WHERE id = ?", (resource_id,)
        ).fetchone()
        if row is None or (row[0] is None and row[1] is None):
            return
        removed = self._removed(conn)
        removed.pop(resource_id, None)
        removed[resource_id] = [row[0], row[1]]
        while len(removed) > REMOVED_KEPT:
            removed.pop(next(iter(removed)))
        self._meta_set("removed_resources", json.dumps(removed), conn)

    @staticmethod
    def _removed(conn: sqlite3.Connection) -> dict[str, list[str | None]]:
        found = conn.execute("SELECT value FROM meta WHERE key = 'removed_resources'").fetchone()
        try:
            removed = json.loads(found[0]) if found else {}
        except ValueError:
            return {}
        return removed if isinstance(removed, dict) else {}

    def _take_removed_id(self, conn: sqlite3.Connection, sha256: str, path: str) -> str | None:
        """The id a removed resource had, if it was this file (same checksum, else same
        path); forgotten once taken."""
        removed = self._removed(conn)
        chosen = None
        for by in (0, 1):  # checksum first: a path can be reused for other contents
            want = sha256 if by == 0 else path
            for rid, rec in reversed(list(removed.items())):
                if isinstance(rec, list) and len(rec) == 2 and rec[by] == want:
                    chosen = rid
                    break
            if chosen:
                break
        if (
            chosen is None
            or conn.execute("SELECT 1 FROM resources WHERE id = ?", (chosen,)).fetchone()
        ):
            return None
        removed.pop(chosen)
        self._meta_set("removed_resources", json.dumps(removed), conn)
        return chosen

    # -- history / resume -----------------------------------------------------------------
    def mark_opened(self, resource_id: str) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO history(resource_id, opened_at, finished, updated_at) VALUES (?, ?, 0, ?) "
                "ON CONFLICT(resource_id) DO UPDATE SET opened_at = excluded.opened_at",
                (resource_id, _now_precise(), _now_precise()),
            )

    def recently_opened(self, limit: int = 20) -> list[Resource]:
        rows = self._conn().execute(
            "SELECT r.* FROM history h JOIN resources r ON r.id = h.resource_id "
            "WHERE h.opened_at IS NOT NULL ORDER BY h.opened_at DESC LIMIT ?",
            (limit,),
        )
        return [self._resource(r) for r in rows]

    def set_progress(self, resource_id: str, position: float, *, finished: bool = False) -> None:
        """position: seconds for media, 1-based page for documents."""
        t = _now_precise()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO history(resource_id, opened_at, position, finished, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(resource_id) DO UPDATE SET "
                "position = excluded.position, finished = excluded.finished, "
                "updated_at = excluded.updated_at, opened_at = COALESCE(opened_at, excluded.opened_at)",
                (resource_id, t, float(position), int(finished), t),
            )

    def progress(self, resource_id: str) -> tuple[float, bool] | None:
        """(position, finished) or None if never opened."""
        row = (
            self._conn()
            .execute("SELECT position, finished FROM history WHERE resource_id = ?", (resource_id,))
            .fetchone()
        )
        if row is None:
            return None
        return (float(row[0] or 0.0), bool(row[1]))

    def progress_of(self, resource_ids: Iterable[str]) -> dict[str, tuple[float, bool]]:
        """(position, finished) for each of `resource_ids` that was ever opened, in one
        query per 500 ids (a page of the library list, not a query per row)."""
        ids = [_clean(i) for i in resource_ids]
        out: dict[str, tuple[float, bool]] = {}
        conn = self._conn()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for rid, position, finished in conn.execute(
                f"SELECT resource_id, position, finished FROM history "
                f"WHERE resource_id IN ({marks})",
                chunk,
            ):
                out[rid] = (float(position or 0.0), bool(finished))
        return out

    def in_progress(self, limit: int = 20) -> list[tuple[Resource, float, bool]]:
        """Continue watching/reading: started, not finished, most recent first."""
        rows = self._conn().execute(
            "SELECT r.*, h.position AS h_position, h.finished AS h_finished FROM history h "
            "JOIN resources r ON r.id = h.resource_id "
            "WHERE h.position > 0 AND h.finished = 0 ORDER BY h.updated_at DESC LIMIT ?",
            (limit,),
        )
        return [(self._resource(r), float(r["h_position"]), bool(r["h_finished"])) for r in rows]

    # -- changing files -------------------------------------------------------------------
    def set_thumbnail(self, resource_id: str, path: str | None) -> None:
        with self._write() as conn:
            conn.execute("UPDATE resources SET thumbnail = ? WHERE id = ?", (path, resource_id))

    def set_duration(self, resource_id: str, seconds: float) -> None:
        """The player knows the real duration (import reads it only from containers that
        state it cheaply: MP4/MOV/M4A and WAV)."""
        if not seconds or seconds <= 0:
            return
        with self._write() as conn:
            conn.execute(
                "UPDATE resources SET duration = ? WHERE id = ? AND kind != 'document'",
                (float(seconds), resource_id),
            )

    def update_metadata(self, resource_id: str, **fields: Any) -> Resource:
        """Change title/description/collection/tags/people/language/date (and re-index).
        Edited metadata is kept when the file is re-imported."""
        allowed = {"title", "description", "collection", "tags", "people", "language", "date"}
        bad = set(fields) - allowed
        if bad:
            raise ValueError(f"cannot change {', '.join(sorted(bad))}")
        with self._write() as conn:
            row = conn.execute("SELECT * FROM resources WHERE id = ?", (resource_id,)).fetchone()
            if row is None:
                raise KeyError(resource_id)
            sets, params = [], []
            for k, v in fields.items():
                if k in ("tags", "people"):
                    v = json.dumps([str(x) for x in v])
                sets.append(f"{k} = ?")
                params.append(v)
            sets.append("meta_source = 'user'")
            sets.append("updated_at = ?")
            params.append(now_iso())
            conn.execute(
                f"UPDATE resources SET {', '.join(sets)} WHERE id = ?", (*params, resource_id)
            )
            self._reindex_metadata(conn, resource_id)
        res = self.get(resource_id)
        assert res is not None
        return res

    def check_files(self) -> list[tuple[str, Status]]:
        """Stat every file in the library (no hashing): mark vanished ones MISSING and
        ones that came back (same size and mtime) OK again. Returns (id, new status)
        for each change. Cheap enough to run at start-up on a background thread."""
        import os

        changes: list[tuple[str, Status]] = []
        rows = (
            self._conn()
            .execute(
                "SELECT id, path, size, mtime_ns, status FROM resources "
                "WHERE path IS NOT NULL AND status != 'failed'"
            )
            .fetchall()
        )
        for r in rows:
            try:
                st = os.stat(r["path"])
            except OSError:
                st = None
            if st is None and r["status"] == Status.OK:
                reason = f"file not found (last seen at {r['path']})"
                changes.append((r["id"], Status.MISSING))
            elif (
                st is not None
                and r["status"] == Status.MISSING
                and (st.st_size, st.st_mtime_ns) == (r["size"], r["mtime_ns"])
            ):
                reason = ""
                changes.append((r["id"], Status.OK))
            else:
                continue
            with self._write() as conn:
                conn.execute(
                    "UPDATE resources SET status = ?, status_reason = ? WHERE id = ?",
                    (str(changes[-1][1]), reason, r["id"]),
                )
        return changes

    def relink(self, resource_id: str, path: Path) -> Resource:
        """Point a missing resource at a located file (re-extracting it). Raises ValueError
        with a user-readable message when the file is unusable."""
        from real_desktop.core.importer import relink

        return relink(self, resource_id, Path(path))

    # -- notes in the search index (used by core/notes.py) ----------------------------------
    def index_note(
        self, note_id: str, resource_id: str, text: str, tags: Sequence[str] = ()
    ) -> None:
        """Add or replace a note's row in the search index (a hit has LocationKind.NOTE)."""
        with self._write() as conn:
            self._index_note(conn, note_id, resource_id, text, tags)

    @classmethod
    def _index_note(
        cls,
        conn: sqlite3.Connection,
        note_id: str,
        resource_id: str,
        text: str,
        tags: Sequence[str] = (),
    ) -> None:
        cls._unindex_note(conn, note_id)
        cur = conn.execute("INSERT INTO note_rows(note_id) VALUES (?)", (note_id,))
        conn.execute(
            "INSERT INTO search_index(rowid, title, tags, people, description, body, "
            "resource_id, segment_id, note_id) VALUES (?, '', ?, '', '', ?, ?, NULL, ?)",
            (-int(cur.lastrowid or 0), ", ".join(tags), text, resource_id, note_id),
        )

    def _reindex_notes_of(self, conn: sqlite3.Connection, resource_id: str) -> None:
        """Put the live notes of a resource that came back (re-imported under its earlier
        id) into the search index again; `remove()` took them out."""
        try:
            rows = conn.execute(
                "SELECT id, quote, body, tags FROM notes "
                "WHERE resource_id = ? AND deleted_at IS NULL",
                (resource_id,),
            ).fetchall()
        except sqlite3.OperationalError:  # no notes table yet (a library from before notes)
            return
        for note_id, quote, body, tags in rows:
            text = body if not quote else f"{quote}\n\n{body}"
            try:
                tag_list = [str(t) for t in json.loads(tags or "[]")]
            except ValueError:
                tag_list = []
            self._index_note(conn, note_id, resource_id, text, tag_list)

    def unindex_note(self, note_id: str) -> None:
        with self._write() as conn:
            self._unindex_note(conn, note_id)

    @staticmethod
    def _unindex_note(conn: sqlite3.Connection, note_id: str) -> None:
        row = conn.execute("SELECT id FROM note_rows WHERE note_id = ?", (note_id,)).fetchone()
        if row is not None:
            conn.execute("DELETE FROM search_index WHERE rowid = ?", (-row[0],))
            conn.execute("DELETE FROM note_rows WHERE id = ?", (row[0],))

    # -- writing content (the importer and seeding call these inside _write) -----------------
    @staticmethod
    def _delete_content(conn: sqlite3.Connection, resource_id: str) -> None:
        conn.execute(
            "DELETE FROM search_index WHERE rowid IN (SELECT id FROM segments WHERE resource_id = ?)",
            (resource_id,),
        )
        conn.execute("DELETE FROM segments WHERE resource_id = ?", (resource_id,))

    def _write_content(
        self, conn: sqlite3.Connection, resource_id: str, segments: Sequence[Sequence[Any]]
    ) -> None:
        """Replace a resource's segments and index rows (metadata row included)."""
        self._delete_content(conn, resource_id)
        base = int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM segments").fetchone()[0])
        conn.execute(
            "INSERT INTO segments(id, resource_id, seq, loc_kind) VALUES (?, ?, -1, 'resource')",
            (base + 1, resource_id),
        )
        rows = [(base + 2 + i, resource_id, *seg) for i, seg in enumerate(segments)]
        conn.executemany(
            "INSERT INTO segments(id, resource_id, seq, loc_kind, page, anchor, section, start_s, "
            "end_s, track, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.executemany(
            "INSERT INTO search_index(rowid, title, tags, people, description, body, resource_id, "
            "segment_id, note_id) VALUES (?, '', '', '', '', ?, ?, ?, NULL)",
            [(r[0], r[10], resource_id, r[0]) for r in rows],
        )
        self._reindex_metadata(conn, resource_id, rowid=base + 1)

    @staticmethod
    def _reindex_metadata(
        conn: sqlite3.Connection, resource_id: str, rowid: int | None = None
    ) -> None:
        if rowid is None:
            found = conn.execute(
                "SELECT id FROM segments WHERE resource_id = ? AND loc_kind = 'resource'",
                (resource_id,),
            ).fetchone()
            if found is None:
                base = int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM segments").fetchone()[0])
                rowid = base + 1
                conn.execute(
                    "INSERT INTO segments(id, resource_id, seq, loc_kind) VALUES (?, ?, -1, 'resource')",
                    (rowid, resource_id),
                )
            else:
                rowid = int(found[0])
                conn.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
        r = conn.execute(
            "SELECT title, tags, people, description FROM resources WHERE id = ?", (resource_id,)
        ).fetchone()
        conn.execute(
            "INSERT INTO search_index(rowid, title, tags, people, description, body, resource_id, "
            "segment_id, note_id) VALUES (?, ?, ?, ?, ?, '', ?, NULL, NULL)",
            (
                rowid,
                r["title"],
                ", ".join(json.loads(r["tags"])),
                ", ".join(json.loads(r["people"])),
                r["description"],
                resource_id,
            ),
        )

    # -- import ---------------------------------------------------------------------------
    def import_paths(
        self, paths: Iterable[Path | str], *, cancel: threading.Event | None = None
    ) -> Iterator[ImportProgress]:
        """Import files and folders (recursively). Yields an ImportProgress after scanning
        and after each file; the last event carries the ImportSummary. Setting `cancel`
        stops after the files in flight (at most two per worker); the library stays
        consistent: every file is stored completely or not at all."""
        from real_desktop.core.importer import import_paths

        return import_paths(self, paths, cancel=cancel)

    def import_all(self, paths: Iterable[Path | str]) -> ImportSummary:
        summary = ImportSummary()
        for ev in self.import_paths(paths):
            if ev.summary is not None:
                summary = ev.summary
        return summary

    # -- search ---------------------------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        kind: Kind | None = None,
        collection: str | None = None,
        tag: str | None = None,
        language: str | None = None,
        resource_id: str | None = None,
        limit: int = 50,
    ) -> SearchResults:
        """Any string is a valid query (never raises on user input). Hits are ranked best
        first; each carries a snippet with MARK_START/MARK_END and its Location. Rows that
        hold every term come first; then (multi-term queries, room permitting) rows of
        resources that hold every term only across rows (docs/ARCHITECTURE.md, Search)."""
        parsed = parse(query if isinstance(query, str) else str(query))
        expr = parsed.fts()
        terms = parsed.terms()
        if not expr:
            return SearchResults(query=query, hits=[], terms=[])
        where, params = self._filters(kind, collection, tag, None)
        if language is not None:
            language = _clean(language)
            where.append("COALESCE(s.track, r.language) = ? COLLATE NOCASE")
            params.append(language)
        if resource_id is not None:
            resource_id = _clean(resource_id)
            where.append("f.resource_id = ?")
            params.append(resource_id)
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        sql = (
            "SELECT f.resource_id, f.note_id, "
            f"snippet(search_index, -1, ?, ?, '…', {SNIPPET_TOKENS}) AS snip, "
            f"bm25(search_index, {weights}) AS score, "
            "r.title, r.kind, r.collection, r.status, "
            "s.loc_kind, s.page, s.anchor, s.section, s.start_s, s.end_s, s.track "
            "FROM search_index f JOIN resources r ON r.id = f.resource_id "
            "LEFT JOIN segments s ON s.id = f.rowid "
            "WHERE search_index MATCH ?"
            + "".join(f" AND {w}" for w in where)
            + " ORDER BY score LIMIT ?"
        )
        lim = max(1, min(int(limit), 1000))
        try:
            if where:
                rows = (
                    self._conn().execute(sql, [MARK_START, MARK_END, expr, *params, lim]).fetchall()
                )
            else:
                rows = self._search_unfiltered(expr, lim)
            if len(parsed.groups) >= 2 and len(rows) < lim:
                rows += self._search_across(
                    parsed,
                    where,
                    params,
                    language=language,
                    resource_id=resource_id,
                    limit=lim - len(rows),
                    found={r["resource_id"] for r in rows},
                )
        except sqlite3.OperationalError as exc:  # the parser should make this impossible
            log.error("search failed for %r (%s): %s", query, expr, exc)
            return SearchResults(query=query, hits=[], terms=terms)
        hits = [self._hit(r) for r in rows]
        suggestion = None if hits else self._suggest(terms)
        return SearchResults(
            query=query, hits=hits, terms=_with_matched_forms(terms, hits), suggestion=suggestion
        )

    def _search_across(
        self,
        parsed: ParsedQuery,
        where: list[str],
        params: list[Any],
        *,
        language: str | None,
        resource_id: str | None,
        limit: int,
        found: set[str],
    ) -> list[Any]:
        """Resources whose rows match every term only together (title "tour", a cue
        "welcome"): the resource ids matching each term are intersected in SQL (one FTS5
        lookup per term), and each such resource contributes its best rows matching any
        term (at most ACROSS_ROWS),
        so every hit still has a real location and snippet. Runs only when the row-level
        hits leave room under the limit: these rank after them. An excluded term drops the
        whole resource if it occurs anywhere in it (the resource is the unit here)."""
        # Resource ids come from `segments` (its record holds resource_id before the text)
        # rather than from the index's own resource_id column, which sits after the body in
        # the FTS5 content record: reading it for every row of a common word costs several
        # times more. Notes (negative rowids) have no segment and are few: read directly.
        seg_part = (
            "SELECT s.resource_id AS rid FROM search_index f CROSS JOIN segments s "
            "ON s.id = f.rowid"
        )
        note_part = "SELECT f.resource_id AS rid FROM search_index f"
        seg_cond = " WHERE search_index MATCH ?"
        note_cond = " WHERE search_index MATCH ? AND f.rowid < 0"
        anywhere = f"SELECT rid FROM ({seg_part}{seg_cond} UNION ALL {note_part}{note_cond})"
        term_params: list[Any] = []
        if language is not None:  # the term must occur in text of that language
            seg_part += " JOIN resources r ON r.id = s.resource_id"
            note_part += " JOIN resources r ON r.id = f.resource_id"
            seg_cond += " AND COALESCE(s.track, r.language) = ? COLLATE NOCASE"
            note_cond += " AND r.language = ? COLLATE NOCASE"
            term_params.append(language)
        if resource_id is not None:
            seg_cond += " AND s.resource_id = ?"
            note_cond += " AND f.resource_id = ?"
            term_params.append(resource_id)
        per_term = f"SELECT rid FROM ({seg_part}{seg_cond} UNION ALL {note_part}{note_cond})"
        groups = [ParsedQuery(groups=[g]).fts() for g in parsed.groups]
        # Resources of the first term, minus those tier 1 already showed, that also have
        # every other term (IN subqueries run only when reached: for rare words whose
        # resource is already a tier-1 hit, only the first term's lookup runs).
        cand = (
            f"SELECT DISTINCT rid FROM ({per_term}) "
            "WHERE rid NOT IN (SELECT value FROM json_each(?))"
            + f" AND rid IN ({per_term})"
            * (len(groups) - 1)
        )
        cand_params: list[Any] = []
        for i, g in enumerate(groups):
            cand_params += [g, *term_params, g, *term_params]
            if i == 0:
                cand_params.append(json.dumps(sorted(found)))
        if parsed.excluded:  # anywhere in the resource, whatever the language filter
            cand += f" AND rid NOT IN ({anywhere})"
            excluded = " OR ".join(t.fts() for t in parsed.excluded)
            cand_params += [excluded, excluded]
        conn = self._conn()
        rids = [r[0] for r in conn.execute(cand, cand_params)]
        if not rids:
            return []
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        bm25 = f"bm25(search_index, {weights})"
        # The caller's filters name the index row's resource as f.resource_id; in the
        # segment half it is s.resource_id (see above).
        seg_where = "".join(f" AND {w}".replace("f.resource_id", "s.resource_id") for w in where)
        note_where = "".join(f" AND {w}" for w in where)
        # snippet() cannot run under a window function: rank and cap rows first (bm25 in a
        # materialized CTE, computed only for rows of candidate resources), then fetch
        # snippets for just the chosen rows.
        sql = (
            "WITH cand(rid) AS (SELECT value FROM json_each(?)), m AS MATERIALIZED ("
            f"SELECT f.rowid AS id, s.resource_id AS rid, {bm25} AS score "
            "FROM search_index f CROSS JOIN segments s ON s.id = f.rowid "
            "JOIN resources r ON r.id = s.resource_id "
            "WHERE search_index MATCH ? AND s.resource_id IN (SELECT rid FROM cand)"
            + seg_where
            + " UNION ALL "
            f"SELECT f.rowid, f.resource_id, {bm25} FROM search_index f "
            "JOIN resources r ON r.id = f.resource_id LEFT JOIN segments s ON s.id = f.rowid "
            "WHERE search_index MATCH ? AND f.rowid < 0 AND f.resource_id IN (SELECT rid FROM cand)"
            + note_where
            + ") SELECT id, score FROM (SELECT id, score, "
            "row_number() OVER (PARTITION BY rid ORDER BY score) AS nth FROM m) "
            "WHERE nth <= ? ORDER BY score LIMIT ?"
        )
        any_term = " OR ".join(f"({g})" for g in groups)
        ranked = conn.execute(
            sql, [json.dumps(rids), any_term, *params, any_term, *params, ACROSS_ROWS, limit]
        ).fetchall()
        if not ranked:
            return []
        snips = conn.execute(
            "SELECT rowid, resource_id, note_id, "
            f"snippet(search_index, -1, ?, ?, '…', {SNIPPET_TOKENS}) AS snip "
            "FROM search_index WHERE search_index MATCH ? "
            "AND rowid IN (SELECT value FROM json_each(?))",
            (MARK_START, MARK_END, any_term, json.dumps([r["id"] for r in ranked])),
        )
        by_id = {t["rowid"]: t for t in snips}
        top = [{**dict(by_id[r["id"]]), "score": r["score"]} for r in ranked if r["id"] in by_id]
        return self._with_metadata(top)

    def _search_unfiltered(self, expr: str, limit: int) -> list[dict[str, Any]]:
        """Top hits straight from FTS5, then metadata for just those rows: joining every
        matching row before the LIMIT costs more than the FTS query itself."""
        conn = self._conn()
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        top = conn.execute(
            "SELECT rowid, resource_id, note_id, "
            f"snippet(search_index, -1, ?, ?, '…', {SNIPPET_TOKENS}) AS snip, "
            f"bm25(search_index, {weights}) AS score "
            "FROM search_index WHERE search_index MATCH ? ORDER BY score LIMIT ?",
            (MARK_START, MARK_END, expr, limit),
        ).fetchall()
        return self._with_metadata(top)

    def _with_metadata(self, top: Sequence[Any]) -> list[dict[str, Any]]:
        """Index rows (rowid, resource_id, note_id, snip, score) joined, in order, with
        their resource and segment."""
        if not top:
            return []
        conn = self._conn()
        rids = json.dumps(sorted({t["resource_id"] for t in top}))
        res = {
            r["id"]: r
            for r in conn.execute(
                "SELECT id, title, kind, collection, status FROM resources "
                "WHERE id IN (SELECT value FROM json_each(?))",
                (rids,),
            )
        }
        seg_ids = json.dumps([t["rowid"] for t in top if t["rowid"] > 0])
        segs = {
            s["id"]: s
            for s in conn.execute(
                "SELECT id, loc_kind, page, anchor, section, start_s, end_s, track FROM segments "
                "WHERE id IN (SELECT value FROM json_each(?))",
                (seg_ids,),
            )
        }
        rows: list[dict[str, Any]] = []
        empty = dict.fromkeys(
            ("loc_kind", "page", "anchor", "section", "start_s", "end_s", "track")
        )
        for t in top:
            r = res.get(t["resource_id"])
            if r is None:
                continue  # a stray row (e.g. a note on a removed resource)
            s = segs.get(t["rowid"])
            rows.append(
                {
                    "resource_id": t["resource_id"],
                    "note_id": t["note_id"],
                    "snip": t["snip"],
                    "score": t["score"],
                    "title": r["title"],
                    "kind": r["kind"],
                    "collection": r["collection"],
                    "status": r["status"],
                    **({k: s[k] for k in empty} if s is not None else empty),
                }
            )
        return rows

    @staticmethod
    def _hit(r: Any) -> SearchHit:
        if r["note_id"] is not None:
            loc = Location(LocationKind.NOTE, note_id=r["note_id"])
        elif r["loc_kind"] in (None, "resource"):
            loc = Location(LocationKind.RESOURCE)
        else:
            loc = Location(
                LocationKind(r["loc_kind"]),
                page=r["page"],
                anchor=r["anchor"],
                section=r["section"],
                start=r["start_s"],
                end=r["end_s"],
            )
        return SearchHit(
            resource_id=r["resource_id"],
            title=r["title"],
            kind=Kind(r["kind"]),
            collection=r["collection"],
            location=loc,
            snippet=" ".join((r["snip"] or "").split()),
            score=float(r["score"]),
            status=Status(r["status"]),
            track=r["track"],
        )

    def _suggest(self, words: list[str]) -> str | None:
        """ "Did you mean": replace unknown words with the closest indexed word."""

        if not words or len(words) > 6:
            return None
        conn = self._conn()
        out: list[str] = []
        changed = False
        try:
            for w in words:
                if conn.execute(
                    "SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT 1", (f'"{w}"',)
                ).fetchone():
                    out.append(w)
                    continue
                # The vocabulary holds porter stems ("commun", "zone"), shorter than the words
                # people type ("comunity", "zonning"): compare the typed word, cut to each
                # stem's length as well as whole, with stems sharing its first letter.
                cands = [
                    row[0]
                    for row in conn.execute(
                        "SELECT term FROM search_vocab WHERE term >= ? AND term < ? "
                        "AND length(term) BETWEEN ? AND ?",
                        (w[0], chr(ord(w[0]) + 1), max(2, len(w) - 5), len(w) + 2),
                    )
                ]
                best = _closest_stem(w, cands)
                if best is None:
                    out.append(w)
                    continue
                out.append(self._surface(conn, best, w) or best)
                changed = True
        except sqlite3.Error as exc:
            log.warning("no suggestion for %r: %s", words, exc)
            return None
        return " ".join(out) if changed else None

    @staticmethod
    def _surface(conn: sqlite3.Connection, stem: str, typed: str) -> str | None:
        """The stem as people write it, picking the form closest to what was typed
        ("commun" -> "community" for "comunity", not "communication")."""
        import difflib

        forms: set[str] = set()
        for (snip,) in conn.execute(
            "SELECT snippet(search_index, -1, ?, ?, '', 12) FROM search_index "
            "WHERE search_index MATCH ? LIMIT 25",
            (MARK_START, MARK_END, f'"{stem}"'),
        ):
            for part in (snip or "").split(MARK_START)[1:]:
                word, _, after = part.partition(MARK_END)
                if after.startswith("*"):
                    continue  # a search-syntax example ("equit*"), not a word people write
                word = word.strip(".,;:!?\"'()[]").lower()
                if word:
                    forms.add(word)
        if not forms:
            return None
        return max(sorted(forms), key=lambda f: difflib.SequenceMatcher(None, typed, f).ratio())


def _closest_stem(word: str, stems: list[str], cutoff: float = 0.72) -> str | None:
    """The indexed stem most like `word`, whole or cut to the stem's length; None if
    nothing is close enough."""
    import difflib

    best, best_score = None, cutoff
    for stem in stems:
        whole = difflib.SequenceMatcher(None, word, stem).ratio()
        cut = difflib.SequenceMatcher(None, word[: len(stem)], stem).ratio()
        # A cut match needs a stem long enough to mean something ("co" fits everything).
        score = max(whole, cut if len(stem) >= 4 else 0.0)
        if score > best_score or (score == best_score and best is not None and stem < best):
            best, best_score = stem, score
    return best


def _with_matched_forms(terms: list[str], hits: list[SearchHit]) -> list[str]:
    """Typed words plus the forms that matched in the snippets ("budgets" typed, "budget"
    and "budgeting" found; "lead*" -> "leaders"), so viewers highlight what was found."""
    seen = dict.fromkeys(terms)
    for hit in hits:
        for part in hit.snippet.split(MARK_START)[1:]:
            for word in part.split(MARK_END, 1)[0].lower().split():
                if len(seen) >= 64:
                    return list(seen)
                seen.setdefault(word.strip(".,;:!?\"'()[]"), None)
    return [t for t in seen if t]


def _now_precise() -> str:
    # Microseconds: "most recent first" must not tie when a user opens two things quickly.
    return datetime.now(UTC).isoformat(timespec="microseconds")
