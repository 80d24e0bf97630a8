"""Database schema as numbered migrations, for every table (notes included).

`PRAGMA user_version` holds the version. Before an existing database is migrated it is
copied with the sqlite3 backup API to `home/backups/library-v{old}-{timestamp}.db`; each
migration then runs in its own BEGIN IMMEDIATE … COMMIT, so a failure rolls back and
leaves the database at the last good version (and the backup on disk).

To change the schema, APPEND a Migration to MIGRATIONS (never edit a released one).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from real_desktop.core.db.connection import Database, LibraryError
from real_desktop.core.i18n import later


class Migration(NamedTuple):
    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


class MigrationError(RuntimeError):
    """A migration failed; the database was rolled back to `version`."""

    def __init__(self, message: str, version: int, backup: Path | None) -> None:
        super().__init__(message)
        self.version = version
        self.backup = backup


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the current transaction (executescript would COMMIT)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        conn.execute(statement)


def _v1_base(conn: sqlite3.Connection) -> None:
    # Resource metadata. tags/people/captions are JSON arrays (filtered with json_each).
    # path+size+mtime_ns let a re-import skip unchanged files without hashing them.
    run_script(
        conn,
        """
        CREATE TABLE resources (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            collection TEXT,
            tags TEXT NOT NULL DEFAULT '[]',
            people TEXT NOT NULL DEFAULT '[]',
            language TEXT,
            date TEXT,
            duration REAL,
            page_count INTEGER,
            path TEXT UNIQUE,
            format TEXT,
            size INTEGER,
            mtime_ns INTEGER,
            sha256 TEXT,
            thumbnail TEXT,
            status TEXT NOT NULL DEFAULT 'ok',
            status_reason TEXT NOT NULL DEFAULT '',
            captions TEXT NOT NULL DEFAULT '[]',
            caption_sig TEXT NOT NULL DEFAULT '',
            meta_source TEXT NOT NULL DEFAULT 'file',
            added_at TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX resources_sha256 ON resources(sha256);
        CREATE INDEX resources_kind ON resources(kind);
        CREATE INDEX resources_collection ON resources(collection);

        -- Pages, sections and cues. One row per resource with loc_kind='resource' carries the
        -- metadata row of the search index (its id is that row's FTS rowid); segments()
        -- never returns it.
        CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            resource_id TEXT NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            loc_kind TEXT NOT NULL,
            page INTEGER,
            anchor TEXT,
            section TEXT,
            start_s REAL,
            end_s REAL,
            track TEXT,
            text TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX segments_resource ON segments(resource_id, track, seq);

        -- FTS rowid = segments.id for resource/segment rows; -note_rows.id for notes.
        CREATE VIRTUAL TABLE search_index USING fts5(
            title, tags, people, description, body,
            resource_id UNINDEXED, segment_id UNINDEXED, note_id UNINDEXED,
            tokenize='porter unicode61 remove_diacritics 2'
        );
        CREATE TABLE note_rows (id INTEGER PRIMARY KEY, note_id TEXT NOT NULL UNIQUE);

        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        """,
    )


def _v2_history(conn: sqlite3.Connection) -> None:
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    db["history"].create(
        {
            "resource_id": str,
            "opened_at": str,
            "position": float,
            "finished": int,
            "updated_at": str,
        },
        pk="resource_id",
        foreign_keys=[("resource_id", "resources", "id")],
        not_null={"resource_id"},
        defaults={"finished": 0},
    )
    db["history"].create_index(["opened_at"], index_name="history_opened")
    # The vocabulary view used for "did you mean" suggestions.
    conn.execute("CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_index, 'row')")


# Notes never reference resources with a foreign key: a note whose resource left the
# library (or was imported from another computer) is kept.
NOTES_SCHEMA = """
CREATE TABLE IF NOT EXISTS notes (
    id TEXT PRIMARY KEY,
    resource_id TEXT NOT NULL,
    resource_title TEXT NOT NULL DEFAULT '',
    anchor_kind TEXT NOT NULL,
    page INTEGER,
    anchor TEXT,
    section TEXT,
    start REAL,
    "end" REAL,
    quote TEXT,
    body TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX IF NOT EXISTS notes_by_resource ON notes(resource_id, deleted_at);
CREATE INDEX IF NOT EXISTS notes_by_updated ON notes(updated_at);
"""


def _v3_notes(conn: sqlite3.Connection) -> None:
    run_script(conn, NOTES_SCHEMA)


# The metadata fields a person can edit; v4 marks them all as edited on rows that were
# hand-edited before fields were recorded one by one (meta_source 'user').
EDITABLE_FIELDS = ("title", "description", "collection", "tags", "people", "language", "date")


def _v4_catalog(conn: sqlite3.Connection) -> None:
    # The same key functions as every later write; a change to either needs a migration
    # that recomputes the column.
    from real_desktop.core.textutil import natural_key, text_digest

    # edited: JSON list of the fields the user changed (importer, seed and packs keep
    # them); sort_title: the natural sort key of the title; text_sha256: digest of the
    # extracted text (same text under another file name = a duplicate).
    run_script(
        conn,
        """
        ALTER TABLE resources ADD COLUMN edited TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE resources ADD COLUMN sort_title TEXT NOT NULL DEFAULT '';
        ALTER TABLE resources ADD COLUMN text_sha256 TEXT;
        CREATE INDEX resources_sort_title ON resources(sort_title);
        CREATE INDEX resources_text_sha256 ON resources(text_sha256);
        """,
    )
    all_fields = json.dumps(list(EDITABLE_FIELDS))
    rows = conn.execute("SELECT id, title, meta_source FROM resources").fetchall()
    for rid, title, source in rows:
        texts = [
            t
            for (t,) in conn.execute(
                "SELECT text FROM segments WHERE resource_id = ? AND loc_kind != 'resource' "
                "ORDER BY track, seq",
                (rid,),
            )
        ]
        conn.execute(
            "UPDATE resources SET sort_title = ?, text_sha256 = ?, edited = ? WHERE id = ?",
            (natural_key(title), text_digest(texts), all_fields if source == "user" else "[]", rid),
        )


def _v5_highlights(conn: sqlite3.Connection) -> None:
    # A highlight is a note with a quote, its selection rectangles on the page (JSON
    # [[x0, y0, x1, y1], ...] in PDF points, origin top left) and a colour.
    run_script(
        conn,
        """
        ALTER TABLE notes ADD COLUMN rects TEXT;
        ALTER TABLE notes ADD COLUMN color TEXT;
        """,
    )


def _v6_agendas(conn: sqlite3.Connection) -> None:
    # Workshop agendas (core/agendas). Items name resources by their stable id and are
    # deliberately NOT foreign keys to resources: an imported agenda may name resources this
    # computer does not have (yet), and removing a resource must not silently edit agendas.
    # `label` keeps the resource's title for an item whose resource is missing.
    # Idempotent (IF NOT EXISTS): a database that passed a v6 placeholder on another branch
    # can get the same tables from a later migration calling this function.
    run_script(
        conn,
        """
        CREATE TABLE IF NOT EXISTS agendas (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX IF NOT EXISTS agendas_name ON agendas(name COLLATE NOCASE);
        CREATE TABLE IF NOT EXISTS agenda_items (
            id TEXT PRIMARY KEY,
            agenda_id TEXT NOT NULL REFERENCES agendas(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            resource_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('resource', 'clip', 'pages')),
            clip_in REAL,
            clip_out REAL,
            page_from INTEGER,
            page_to INTEGER,
            label TEXT NOT NULL DEFAULT '',
            points TEXT NOT NULL DEFAULT '',
            questions TEXT NOT NULL DEFAULT '',
            minutes REAL,
            CHECK (kind != 'clip' OR (clip_in IS NOT NULL AND clip_out > clip_in)),
            CHECK (kind != 'pages' OR (page_from >= 1 AND page_to >= page_from))
        );
        CREATE INDEX IF NOT EXISTS agenda_items_order ON agenda_items(agenda_id, position);
        CREATE INDEX IF NOT EXISTS agenda_items_resource ON agenda_items(resource_id);
        """,
    )


def _v7_machine_text(conn: sqlite3.Connection) -> None:
    # Speech-to-text and OCR (core/speech, core/ocr, core/jobs). `segments.machine` = 1 for
    # text a machine made (an automatic caption track, a page read by OCR), so results can
    # say so. `jobs` is the background-work queue: it survives a restart (a job left
    # 'running' by a process that is gone is queued again); one pending job per item+kind.
    run_script(
        conn,
        """
        ALTER TABLE segments ADD COLUMN machine INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE jobs (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('transcribe', 'ocr')),
            resource_id TEXT NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
            options TEXT NOT NULL DEFAULT '{}',
            state TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
            progress REAL NOT NULL DEFAULT 0,
            message TEXT NOT NULL DEFAULT '',
            owner_pid INTEGER,
            created_at TEXT NOT NULL,
            started_at TEXT,
            finished_at TEXT
        );
        CREATE UNIQUE INDEX jobs_one_pending ON jobs(kind, resource_id)
            WHERE state IN ('queued', 'running');
        CREATE INDEX jobs_state ON jobs(state, id);
        """,
    )


def _v9_external_index(conn: sqlite3.Connection) -> None:
    # The full-text index becomes external-content (core/index.py): it stops keeping its
    # own copy of every page's text, which `segments.text` already holds. Metadata and note
    # rows keep exactly their indexed values in `search_extra`; `search_content` is the view
    # FTS5 reads every row from. The old index's values are copied, then the new one rebuilt.
    run_script(
        conn,
        """
        CREATE TABLE search_extra (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '',
            people TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '', resource_id TEXT NOT NULL,
            segment_id INTEGER, note_id TEXT
        );
        CREATE INDEX search_extra_resource ON search_extra(resource_id);
        INSERT INTO search_extra
            SELECT rowid, COALESCE(title, ''), COALESCE(tags, ''), COALESCE(people, ''),
                   COALESCE(description, ''), COALESCE(body, ''), resource_id, NULL, note_id
            FROM search_index WHERE segment_id IS NULL;
        DROP TABLE search_index;
        CREATE VIEW search_content AS
            SELECT id, '' AS title, '' AS tags, '' AS people, '' AS description, text AS body,
                   resource_id, id AS segment_id, NULL AS note_id
            FROM segments WHERE loc_kind != 'resource'
            UNION ALL
            SELECT id, title, tags, people, description, body, resource_id, segment_id, note_id
            FROM search_extra;
        CREATE VIRTUAL TABLE search_index USING fts5(
            title, tags, people, description, body,
            resource_id UNINDEXED, segment_id UNINDEXED, note_id UNINDEXED,
            content='search_content', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2'
        );
        INSERT INTO search_index(search_index) VALUES ('rebuild');
        """,
    )


MIGRATIONS: list[Migration] = [
    Migration(1, "resources, segments, full-text index", _v1_base),
    Migration(2, "reading/watching history; search vocabulary", _v2_history),
    Migration(3, "notes", _v3_notes),
    Migration(4, "edited fields, natural title sort, text digest", _v4_catalog),
    Migration(5, "highlights", _v5_highlights),
    Migration(6, "workshop agendas", _v6_agendas),
    Migration(7, "machine-made text, speech/OCR job queue", _v7_machine_text),
    # For a few hours v6 was a placeholder that created nothing (speech landed before the
    # agendas): a database that went through it gets the agenda tables now; for every other
    # one this changes nothing (every statement of v6 is IF NOT EXISTS).
    Migration(8, "workshop agendas where version 6 created none", _v6_agendas),
    Migration(9, "external-content full-text index (each text stored once)", _v9_external_index),
]


def latest_version() -> int:
    return MIGRATIONS[-1].version


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup(conn: sqlite3.Connection, home: Path, version: int) -> Path:
    """Copy the live database with the online backup API (consistent even in WAL mode)."""
    folder = home / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"library-v{version}-{stamp}.db"
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def migrate(
    conn: sqlite3.Connection,
    home: Path,
    *,
    migrations: list[Migration] | None = None,
) -> tuple[int, int, Path | None]:
    """Bring the database up to the last migration. Returns (old, new, backup path).

    Raises MigrationError when a migration fails (after rolling it back)."""
    steps = MIGRATIONS if migrations is None else migrations
    old = current_version(conn)
    pending = [m for m in steps if m.version > old]
    if not pending:
        return old, old, None
    saved = backup(conn, home, old) if old > 0 else None
    # Python's sqlite3 must not open transactions behind our back during DDL.
    previous_isolation = conn.isolation_level
    conn.isolation_level = None
    version = old
    try:
        for m in pending:
            conn.execute("BEGIN IMMEDIATE")
            if current_version(conn) >= m.version:
                conn.execute("COMMIT")  # another process got there first
                version = m.version
                continue
            try:
                m.apply(conn)
                conn.execute(f"PRAGMA user_version = {int(m.version)}")
                conn.execute("COMMIT")
            except BaseException as exc:
                conn.execute("ROLLBACK")
                fields = {"version": m.version, "description": m.description, "error": exc}
                message = (
                    later.tr(
                        "Could not upgrade the library to version {version} ({description}): "
                        "{error}. The library was left at version {left}; a backup is at {backup}"
                    ).format(**fields, left=version, backup=saved)
                    if saved
                    else later.tr(
                        "Could not upgrade the library to version {version} ({description}): "
                        "{error}. The library was left at version {left}"
                    ).format(**fields, left=version)
                )
                raise MigrationError(message, version, saved) from exc
            version = m.version
    finally:
        conn.isolation_level = previous_isolation
    return old, version, saved


def prepare(db: Database, home: Path) -> int:
    """Check and upgrade the database behind `db` (closing it on failure). Returns the
    version it had (0: just created). Raises LibraryError with a message for the user."""
    name = home / "library.db"
    try:
        conn = db.connection()
        version = current_version(conn)
    except sqlite3.OperationalError as exc:  # permissions, read-only media, locked
        db.close()
        raise LibraryError(later.tr("Cannot open the library {name}: {error}").format(name=name, error=exc)) from exc
    except sqlite3.DatabaseError as exc:
        db.close()
        raise LibraryError(later.tr("{name} is not a usable library database: {error}").format(name=name, error=exc)) from exc
    if version > latest_version():
        db.close()
        raise LibraryError(
            later.tr("This library was created by a newer REAL Desktop (schema {version}); "
                     "please update the app.").format(version=version)
        )
    if version < latest_version():
        with db.write_lock:
            try:
                migrate(conn, home)
            except MigrationError as exc:
                db.close()
                raise LibraryError(exc.args[0]) from exc  # its Message
    return version
