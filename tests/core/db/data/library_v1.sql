-- REAL Desktop library, schema version 1, as released: FROZEN snapshot.
-- Generated once from schema.MIGRATIONS[:1] plus a little data; never regenerate it,
-- it stands for databases already on people's computers (tests/core/test_migrate_frozen.py).
PRAGMA user_version = 1;
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
INSERT INTO resources(id, kind, title, description, collection, tags, people, language, date, duration, page_count, path, format, size, mtime_ns, sha256, thumbnail, status, status_reason, captions, caption_sig, meta_source, added_at, updated_at) VALUES ('housing-guide-1a2b3c', 'document', 'Fair Housing Guide', 'How cities review zoning for equity.', 'Guides', '["housing", "zoning"]', '["Ada Lovelace"]', 'en', NULL, NULL, 2, '/old/home/guides/housing.pdf', 'pdf', NULL, NULL, NULL, NULL, 'ok', '', '[]', '', 'file', '2025-01-02T03:04:05Z', '2025-01-02T03:04:05Z');
INSERT INTO resources(id, kind, title, description, collection, tags, people, language, date, duration, page_count, path, format, size, mtime_ns, sha256, thumbnail, status, status_reason, captions, caption_sig, meta_source, added_at, updated_at) VALUES ('real-video-undoing-racism', 'video', 'Undoing Racism in America''s Cities', 'A recorded discussion.', 'Recorded talks', '["racism"]', '[]', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'missing', 'Not on this computer', '[]', '', 'catalog', '2025-01-02T03:04:05Z', '2025-01-02T03:04:05Z');
INSERT INTO segments(id, resource_id, seq, loc_kind, page, anchor, section, start_s, end_s, track, text) VALUES (1, 'housing-guide-1a2b3c', -1, 'resource', NULL, NULL, NULL, NULL, NULL, NULL, '');
INSERT INTO segments(id, resource_id, seq, loc_kind, page, anchor, section, start_s, end_s, track, text) VALUES (2, 'housing-guide-1a2b3c', 0, 'page', 1, NULL, NULL, NULL, NULL, NULL, 'Inclusionary zoning requires affordable units.');
INSERT INTO segments(id, resource_id, seq, loc_kind, page, anchor, section, start_s, end_s, track, text) VALUES (3, 'housing-guide-1a2b3c', 1, 'page', 2, NULL, NULL, NULL, NULL, NULL, 'Displacement pressures in gentrifying neighborhoods.');
INSERT INTO segments(id, resource_id, seq, loc_kind, page, anchor, section, start_s, end_s, track, text) VALUES (4, 'real-video-undoing-racism', -1, 'resource', NULL, NULL, NULL, NULL, NULL, NULL, '');
INSERT INTO meta(key, value) VALUES ('starter_catalog_sha256', '0000');
INSERT INTO search_index(rowid, title, tags, people, description, body, resource_id, segment_id, note_id) VALUES (1, 'Fair Housing Guide', 'housing, zoning', 'Ada Lovelace', 'How cities review zoning for equity.', '', 'housing-guide-1a2b3c', NULL, NULL);
INSERT INTO search_index(rowid, title, tags, people, description, body, resource_id, segment_id, note_id) VALUES (2, '', '', '', '', 'Inclusionary zoning requires affordable units.', 'housing-guide-1a2b3c', 2, NULL);
INSERT INTO search_index(rowid, title, tags, people, description, body, resource_id, segment_id, note_id) VALUES (3, '', '', '', '', 'Displacement pressures in gentrifying neighborhoods.', 'housing-guide-1a2b3c', 3, NULL);
INSERT INTO search_index(rowid, title, tags, people, description, body, resource_id, segment_id, note_id) VALUES (4, 'Undoing Racism in America''s Cities', 'racism', '', 'A recorded discussion.', '', 'real-video-undoing-racism', NULL, NULL);
COMMIT;
