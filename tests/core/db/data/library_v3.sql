-- REAL Desktop library, schema version 3, as released: FROZEN snapshot.
-- Generated once from schema.MIGRATIONS[:3] plus a little data (a hand-edited entry,
-- numbered titles, two files with the same text, a note); never regenerate it
-- (tests/core/db/test_migrate_frozen_v3.py).
PRAGMA user_version = 3;
BEGIN;
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
CREATE VIRTUAL TABLE search_index USING fts5(
            title, tags, people, description, body,
            resource_id UNINDEXED, segment_id UNINDEXED, note_id UNINDEXED,
            tokenize='porter unicode61 remove_diacritics 2'
        );
CREATE TABLE note_rows (id INTEGER PRIMARY KEY, note_id TEXT NOT NULL UNIQUE);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE "history" (
   "resource_id" TEXT PRIMARY KEY NOT NULL REFERENCES "resources"("id"),
   "opened_at" TEXT,
   "position" REAL,
   "finished" INTEGER DEFAULT 0,
   "updated_at" TEXT
);
CREATE INDEX "history_opened"
    ON "history" ("opened_at");
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_index, 'row');
CREATE TABLE notes (
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
CREATE INDEX notes_by_resource ON notes(resource_id, deleted_at);
CREATE INDEX notes_by_updated ON notes(updated_at);
INSERT INTO resources("id", "kind", "title", "description", "collection", "tags", "people", "language", "date", "duration", "page_count", "path", "format", "size", "mtime_ns", "sha256", "thumbnail", "status", "status_reason", "captions", "caption_sig", "meta_source", "added_at", "updated_at") VALUES ('doc-10-aaaaaa', 'document', 'Chapter 10', '', NULL, '["x"]', '[]', 'en', NULL, NULL, 1, '/nowhere/ch10.txt', 'txt', 5, 1, 's10', NULL, 'ok', '', '[]', '', 'file', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');
INSERT INTO resources("id", "kind", "title", "description", "collection", "tags", "people", "language", "date", "duration", "page_count", "path", "format", "size", "mtime_ns", "sha256", "thumbnail", "status", "status_reason", "captions", "caption_sig", "meta_source", "added_at", "updated_at") VALUES ('doc-2-bbbbbb', 'document', 'Chapter 2', 'Edited by hand', 'Mine', '["kept"]', '["Ada"]', 'en', '2020-01-02', NULL, 1, '/nowhere/ch2.txt', 'txt', 5, 1, 's2', NULL, 'ok', '', '[]', '', 'user', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');
INSERT INTO resources("id", "kind", "title", "description", "collection", "tags", "people", "language", "date", "duration", "page_count", "path", "format", "size", "mtime_ns", "sha256", "thumbnail", "status", "status_reason", "captions", "caption_sig", "meta_source", "added_at", "updated_at") VALUES ('doc-copy-cccccc', 'document', 'Other name', '', NULL, '[]', '[]', 'en', NULL, NULL, 1, '/nowhere/copy.txt', 'txt', 5, 1, 's3', NULL, 'ok', '', '[]', '', 'file', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');
INSERT INTO segments("id", "resource_id", "seq", "loc_kind", "page", "anchor", "section", "start_s", "end_s", "track", "text") VALUES (1, 'doc-10-aaaaaa', -1, 'resource', NULL, NULL, NULL, NULL, NULL, NULL, '');
INSERT INTO segments("id", "resource_id", "seq", "loc_kind", "page", "anchor", "section", "start_s", "end_s", "track", "text") VALUES (2, 'doc-10-aaaaaa', 0, 'page', 1, NULL, NULL, NULL, NULL, NULL, 'Same   words here');
INSERT INTO segments("id", "resource_id", "seq", "loc_kind", "page", "anchor", "section", "start_s", "end_s", "track", "text") VALUES (3, 'doc-2-bbbbbb', -1, 'resource', NULL, NULL, NULL, NULL, NULL, NULL, '');
INSERT INTO segments("id", "resource_id", "seq", "loc_kind", "page", "anchor", "section", "start_s", "end_s", "track", "text") VALUES (4, 'doc-2-bbbbbb', 0, 'page', 1, NULL, NULL, NULL, NULL, NULL, 'Different text');
INSERT INTO segments("id", "resource_id", "seq", "loc_kind", "page", "anchor", "section", "start_s", "end_s", "track", "text") VALUES (5, 'doc-copy-cccccc', -1, 'resource', NULL, NULL, NULL, NULL, NULL, NULL, '');
INSERT INTO segments("id", "resource_id", "seq", "loc_kind", "page", "anchor", "section", "start_s", "end_s", "track", "text") VALUES (6, 'doc-copy-cccccc', 0, 'page', 1, NULL, NULL, NULL, NULL, NULL, 'Same words here');
INSERT INTO notes("id", "resource_id", "resource_title", "anchor_kind", "page", "anchor", "section", "start", "end", "quote", "body", "tags", "created_at", "updated_at", "deleted_at") VALUES ('6f1c2d9e-0000-4000-8000-000000000001', 'doc-2-bbbbbb', 'Chapter 2', 'page', 1, NULL, NULL, NULL, NULL, 'a quote', 'my note', '[]', '2024-01-02T00:00:00.000000Z', '2024-01-02T00:00:00.000000Z', NULL);
INSERT INTO search_index(rowid, title, tags, people, description, body, resource_id, segment_id, note_id) VALUES (1, 'Chapter 10', 'x', '', '', '', 'doc-10-aaaaaa', NULL, NULL);
INSERT INTO search_index(rowid, title, tags, people, description, body, resource_id, segment_id, note_id) VALUES (2, '', '', '', '', 'Same   words here', 'doc-10-aaaaaa', 2, NULL);
INSERT INTO search_index(rowid, title, tags, people, description, body, resource_id, segment_id, note_id) VALUES (3, 'Chapter 2', 'kept', 'Ada', 'Edited by hand', '', 'doc-2-bbbbbb', NULL, NULL);
INSERT INTO search_index(rowid, title, tags, people, description, body, resource_id, segment_id, note_id) VALUES (4, '', '', '', '', 'Different text', 'doc-2-bbbbbb', 4, NULL);
INSERT INTO search_index(rowid, title, tags, people, description, body, resource_id, segment_id, note_id) VALUES (5, 'Other name', '', '', '', '', 'doc-copy-cccccc', NULL, NULL);
INSERT INTO search_index(rowid, title, tags, people, description, body, resource_id, segment_id, note_id) VALUES (6, '', '', '', '', 'Same words here', 'doc-copy-cccccc', 6, NULL);
COMMIT;
