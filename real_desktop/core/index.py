"""Writes to the full-text index (`search_index`, FTS5), always inside the caller's
transaction: a resource's content rows, its metadata row, and note rows.

Rowids: `segments.id` for content and metadata rows (one `loc_kind='resource'` segment per
resource owns the metadata row), `-note_rows.id` for notes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any


def note_text(body: str, quote: str | None) -> str:
    """What a note contributes to the index: its quote (if any), then its body."""
    return body if not quote else f"{quote}\n\n{body}"


class Index:
    """Stateless: every method takes the connection of an open write transaction."""

    def delete_content(self, conn: sqlite3.Connection, resource_id: str) -> None:
        conn.execute(
            "DELETE FROM search_index WHERE rowid IN (SELECT id FROM segments WHERE resource_id = ?)",
            (resource_id,),
        )
        conn.execute("DELETE FROM segments WHERE resource_id = ?", (resource_id,))

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
        conn.executemany(
            "INSERT INTO search_index(rowid, title, tags, people, description, body, resource_id, "
            "segment_id, note_id) VALUES (?, '', '', '', '', ?, ?, ?, NULL)",
            [(r[0], r[10], resource_id, r[0]) for r in rows],
        )
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
        conn.execute(
            "DELETE FROM search_index WHERE rowid IN (SELECT id FROM segments WHERE resource_id "
            "IN (SELECT value FROM json_each(?)))",
            (ids,),
        )
        conn.execute("DELETE FROM segments WHERE resource_id IN (SELECT value FROM json_each(?))", (ids,))
        next_id = int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM segments").fetchone()[0]) + 1
        owners: list[tuple[int, str]] = []
        rows: list[tuple[Any, ...]] = []
        for rid, segments in contents:
            owners.append((next_id, rid))
            rows += [(next_id + 1 + i, rid, *seg) for i, seg in enumerate(segments)]
            next_id += 1 + len(segments)
        conn.executemany(
            "INSERT INTO segments(id, resource_id, seq, loc_kind) VALUES (?, ?, -1, 'resource')", owners
        )
        conn.executemany(
            "INSERT INTO segments(id, resource_id, seq, loc_kind, page, anchor, section, start_s, "
            "end_s, track, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        # Straight from the rows just written: the text is not bound a second time.
        conn.execute(
            "INSERT INTO search_index(rowid, title, tags, people, description, body, resource_id, "
            "segment_id, note_id) SELECT id, '', '', '', '', text, resource_id, id, NULL "
            "FROM segments WHERE id >= ? AND id < ? AND loc_kind != 'resource'",
            (owners[0][0], next_id),
        )
        meta = {
            r["id"]: r
            for r in conn.execute(
                "SELECT id, title, tags, people, description FROM resources "
                "WHERE id IN (SELECT value FROM json_each(?))",
                (ids,),
            )
        }
        conn.executemany(
            "INSERT INTO search_index(rowid, title, tags, people, description, body, resource_id, "
            "segment_id, note_id) VALUES (?, ?, ?, ?, ?, '', ?, NULL, NULL)",
            [
                (
                    rowid,
                    meta[rid]["title"],
                    ", ".join(json.loads(meta[rid]["tags"])),
                    ", ".join(json.loads(meta[rid]["people"])),
                    meta[rid]["description"],
                    rid,
                )
                for rowid, rid in owners
            ],
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
        conn.execute(
            "INSERT INTO search_index(rowid, title, tags, people, description, body, "
            "resource_id, segment_id, note_id) VALUES (?, '', ?, '', '', ?, ?, NULL, ?)",
            (-int(cur.lastrowid or 0), ", ".join(tags), text, resource_id, note_id),
        )

    def unindex_note(self, conn: sqlite3.Connection, note_id: str) -> None:
        row = conn.execute("SELECT id FROM note_rows WHERE note_id = ?", (note_id,)).fetchone()
        if row is not None:
            conn.execute("DELETE FROM search_index WHERE rowid = ?", (-row[0],))
            conn.execute("DELETE FROM note_rows WHERE id = ?", (row[0],))

    def unindex_notes_of(self, conn: sqlite3.Connection, resource_id: str) -> None:
        """Take every note row of a resource out (the notes themselves stay)."""
        for (note_id,) in conn.execute(
            "SELECT note_id FROM search_index WHERE resource_id = ? AND note_id IS NOT NULL",
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
