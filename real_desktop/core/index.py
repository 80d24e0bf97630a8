"""Writes to the full-text index (`search_index`, FTS5), always inside the caller's
transaction: a resource's content rows, its metadata row, and note rows.

Rowids: `segments.id` for content and metadata rows (one `loc_kind='resource'` segment per
resource owns the metadata row), `-note_rows.id` for notes.

Since schema v9 the index is *external-content*: it keeps only its inverted index and reads
the indexed values from the view `search_content` (a page's text from `segments.text`, so
each text is stored once; metadata and note rows from `search_extra`, which holds exactly
the values indexed for them). FTS5 cannot see those tables change, so every write goes
through here and removes a row with the FTS5 'delete' command and the values it was
indexed with — before the content row itself goes or changes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

_COLS = "title, tags, people, description, body, resource_id, segment_id, note_id"
_INSERT = f"INSERT INTO search_index(rowid, {_COLS}) "
_DELETE = f"INSERT INTO search_index(search_index, rowid, {_COLS}) "
# A content row as indexed (kept in step with the view `search_content`, schema v9).
_SEGMENT_ROW = "id, '', '', '', '', text, resource_id, id, NULL FROM segments"
_EXTRA_ROW = f"id, {_COLS} FROM search_extra"


def note_text(body: str, quote: str | None) -> str:
    """What a note contributes to the index: its quote (if any), then its body."""
    return body if not quote else f"{quote}\n\n{body}"


def _meta_values(conn: sqlite3.Connection, resource_id: str) -> tuple[Any, ...]:
    r = conn.execute(
        "SELECT title, tags, people, description FROM resources WHERE id = ?", (resource_id,)
    ).fetchone()
    return (
        r["title"],
        ", ".join(json.loads(r["tags"])),
        ", ".join(json.loads(r["people"])),
        r["description"],
    )


class Index:
    """Stateless: every method takes the connection of an open write transaction."""

    def _drop_extra(self, conn: sqlite3.Connection, rowid: int) -> None:
        conn.execute(f"{_DELETE}SELECT 'delete', {_EXTRA_ROW} WHERE id = ?", (rowid,))
        conn.execute("DELETE FROM search_extra WHERE id = ?", (rowid,))

    def _add_extra(self, conn: sqlite3.Connection, rowid: int, values: Sequence[Any]) -> None:
        conn.execute(
            f"INSERT INTO search_extra(id, {_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rowid, *values),
        )
        conn.execute(f"{_INSERT}SELECT {_EXTRA_ROW} WHERE id = ?", (rowid,))

    def _delete_where(
        self, conn: sqlite3.Connection, seg_where: str, params: tuple[Any, ...]
    ) -> None:
        """Take out the index rows (content and metadata) of the segments `seg_where` picks,
        then the segments: old values first, as external content requires."""
        conn.execute(
            f"{_DELETE}SELECT 'delete', {_SEGMENT_ROW} WHERE {seg_where} AND loc_kind != 'resource'",
            params,
        )
        picked = f"id IN (SELECT id FROM segments WHERE {seg_where} AND loc_kind = 'resource')"
        conn.execute(f"{_DELETE}SELECT 'delete', {_EXTRA_ROW} WHERE {picked}", params)
        conn.execute(f"DELETE FROM search_extra WHERE {picked}", params)
        conn.execute(f"DELETE FROM segments WHERE {seg_where}", params)

    def delete_content(self, conn: sqlite3.Connection, resource_id: str) -> None:
        self._delete_where(conn, "resource_id = ?", (resource_id,))

    def index_segments(self, conn: sqlite3.Connection, first: int, end: int) -> None:
        """Index the content segments with ids in [first, end) (just written)."""
        conn.execute(
            f"{_INSERT}SELECT {_SEGMENT_ROW} WHERE id >= ? AND id < ? AND loc_kind != 'resource'",
            (first, end),
        )

    def write_content(
        self, conn: sqlite3.Connection, resource_id: str, segments: Sequence[Sequence[Any]]
    ) -> None:
        """Replace a resource's segments and index rows (metadata row included)."""
        self.delete_content(conn, resource_id)
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
        self.index_segments(conn, base + 2, base + 2 + len(rows))
        self.reindex_metadata(conn, resource_id, rowid=base + 1)

    def write_contents(
        self, conn: sqlite3.Connection, contents: Sequence[tuple[str, Sequence[Sequence[Any]]]]
    ) -> None:
        """`write_content` for many resources at once (a pack install): the same rows,
        with one statement per table instead of several per resource (FTS5 pays per
        statement; this is most of what makes installing a pack fast)."""
        if not contents:
            return
        ids = json.dumps([rid for rid, _ in contents])
        self._delete_where(conn, "resource_id IN (SELECT value FROM json_each(?))", (ids,))
        next_id = int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM segments").fetchone()[0]) + 1
        owners: list[tuple[int, str]] = []
        rows: list[tuple[Any, ...]] = []
        for rid, segments in contents:
            owners.append((next_id, rid))
            rows += [(next_id + 1 + i, rid, *seg) for i, seg in enumerate(segments)]
            next_id += 1 + len(segments)
        conn.executemany(
            "INSERT INTO segments(id, resource_id, seq, loc_kind) VALUES (?, ?, -1, 'resource')",
            owners,
        )
        conn.executemany(
            "INSERT INTO segments(id, resource_id, seq, loc_kind, page, anchor, section, start_s, "
            "end_s, track, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        # Straight from the rows just written: the text is not bound a second time.
        self.index_segments(conn, owners[0][0], next_id)
        conn.execute(
            f"INSERT INTO search_extra(id, {_COLS}) SELECT s.id, r.title, "
            "COALESCE((SELECT group_concat(value, ', ') FROM json_each(r.tags)), ''), "
            "COALESCE((SELECT group_concat(value, ', ') FROM json_each(r.people)), ''), "
            "r.description, '', r.id, NULL, NULL FROM segments s JOIN resources r "
            "ON r.id = s.resource_id WHERE s.id >= ? AND s.id < ? AND s.loc_kind = 'resource'",
            (owners[0][0], next_id),
        )
        conn.execute(
            f"{_INSERT}SELECT {_EXTRA_ROW} WHERE id >= ? AND id < ?", (owners[0][0], next_id)
        )

    def reindex_metadata(
        self, conn: sqlite3.Connection, resource_id: str, rowid: int | None = None
    ) -> None:
        """Write the resource's metadata row (title, tags, people, description) anew."""
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
        self._drop_extra(conn, rowid)
        self._add_extra(
            conn, rowid, (*_meta_values(conn, resource_id), "", resource_id, None, None)
        )

    # -- notes --------------------------------------------------------------------------
    def index_note(
        self,
        conn: sqlite3.Connection,
        note_id: str,
        resource_id: str,
        text: str,
        tags: Sequence[str] = (),
    ) -> None:
        """Add or replace a note's row (a hit on it has LocationKind.NOTE)."""
        self.unindex_note(conn, note_id)
        cur = conn.execute("INSERT INTO note_rows(note_id) VALUES (?)", (note_id,))
        self._add_extra(
            conn,
            -int(cur.lastrowid or 0),
            ("", ", ".join(tags), "", "", text, resource_id, None, note_id),
        )

    def unindex_note(self, conn: sqlite3.Connection, note_id: str) -> None:
        row = conn.execute("SELECT id FROM note_rows WHERE note_id = ?", (note_id,)).fetchone()
        if row is not None:
            self._drop_extra(conn, -row[0])
            conn.execute("DELETE FROM note_rows WHERE id = ?", (row[0],))

    def unindex_notes_of(self, conn: sqlite3.Connection, resource_id: str) -> None:
        """Take every note row of a resource out (the notes themselves stay)."""
        for (note_id,) in conn.execute(
            "SELECT note_id FROM search_extra WHERE resource_id = ? AND note_id IS NOT NULL",
            (resource_id,),
        ).fetchall():
            self.unindex_note(conn, note_id)

    def reindex_notes_of(self, conn: sqlite3.Connection, resource_id: str) -> None:
        """Put the live notes of a resource that came back (re-imported under its earlier
        id) into the index again; removing it took them out."""
        rows = conn.execute(
            "SELECT id, quote, body, tags FROM notes WHERE resource_id = ? AND deleted_at IS NULL",
            (resource_id,),
        ).fetchall()
        for note_id, quote, body, tags in rows:
            try:
                tag_list = [str(t) for t in json.loads(tags or "[]")]
            except ValueError:
                tag_list = []
            self.index_note(conn, note_id, resource_id, note_text(body, quote), tag_list)
