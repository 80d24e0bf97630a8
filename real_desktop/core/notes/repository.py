"""NoteStore: notes in the library database, on the library's connections.

Every write is ONE transaction that changes the note and its search-index row together
(so the index can never be stale after a crash), committed with `synchronous=FULL`
(`Database.write(durable=True)`): a write that returned survives a crash or a power cut.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from real_desktop.core.i18n import later
from real_desktop.core.index import note_text
from real_desktop.core.models import Location, LocationKind
from real_desktop.core.notes import merge
from real_desktop.core.notes.model import (
    COLUMNS,
    PLACEHOLDERS,
    TRASH_DAYS,
    Note,
    check_highlight,
    normalize_tags,
    note_params,
    parse_stamp,
    row_to_note,
    sort_key,
    stamp,
    validate_location,
)

if TYPE_CHECKING:
    from real_desktop.core.library import Library


class NoteStore:
    def __init__(
        self,
        library: Library,
        *,
        clock: Callable[[], datetime] | None = None,
        trash_days: float | None = TRASH_DAYS,
    ) -> None:
        """`trash_days`: notes deleted longer ago than this are purged on open (None: never)."""
        self.library = library
        self.db_path = Path(library.path)
        self._db = library.db
        self._index = library.index
        self._clock = clock or (lambda: datetime.now(UTC))
        if trash_days is not None:
            self.purge(older_than_days=trash_days)

    @property
    def _conns(self) -> list[sqlite3.Connection]:  # tests count the open connections
        return self._db.connections

    def close(self) -> None:
        """Nothing of its own to close: the connections are the library's (Library.close)."""

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._db.write(durable=True) as conn:
            yield conn

    def _now(self) -> str:
        return stamp(self._clock())

    def _next_stamp(self, previous: str | None) -> str:
        """Now, but strictly after `previous` so "newest wins" always sees an edit as newer."""
        now = self._clock()
        if previous:
            try:
                floor = parse_stamp(previous) + timedelta(microseconds=1)
            except ValueError:
                floor = now
            now = max(now, floor)
        return stamp(now)

    # -- search index (always inside the note's own transaction) --------------------------
    def _index_in(self, conn: sqlite3.Connection, note: Note) -> None:
        if note.deleted:
            self._index.unindex_note(conn, note.id)
        else:
            text = note_text(note.body, note.quote)
            self._index.index_note(conn, note.id, note.resource_id, text, list(note.tags))

    def reindex_search(self) -> int:
        """Put every live note into the search index again (a repair: writes keep the
        index current, so nothing needs this at start-up)."""
        notes = self.list()
        with self._tx() as conn:
            for note in notes:
                self._index_in(conn, note)
        return len(notes)

    # -- reading --------------------------------------------------------------------------
    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[Note]:
        return [row_to_note(r) for r in self._db.connection().execute(sql, tuple(params))]

    def get(self, note_id: str) -> Note | None:
        found = self._read(f"SELECT {COLUMNS} FROM notes WHERE id = ?", (note_id,))
        return found[0] if found else None

    def resolve(self, location: Location) -> tuple[str, Location] | None:
        """A search hit in a note -> (resource_id, the note's anchor), or None if it is gone."""
        if location.note_id is None:
            return None
        note = self.get(location.note_id)
        if note is None or note.deleted:
            return None
        return note.resource_id, note.location._replace(note_id=note.id)

    def _section_order(self, resource_id: str) -> dict[str, int]:
        try:
            segments = self.library.segments(resource_id)
        except Exception:
            return {}
        order: dict[str, int] = {}
        for i, seg in enumerate(segments):
            for key in (seg.location.anchor, seg.location.section):
                if key and key not in order:
                    order[key] = i
        return order

    def sort_by_anchor(self, notes: Iterable[Note]) -> list[Note]:
        notes = list(notes)
        orders: dict[str, dict[str, int]] = {}
        for n in notes:
            if n.location.kind is LocationKind.SECTION and n.resource_id not in orders:
                orders[n.resource_id] = self._section_order(n.resource_id)
        return sorted(notes, key=lambda n: sort_key(n, orders.get(n.resource_id, {})))

    def for_resource(self, resource_id: str) -> list[Note]:
        """A resource's live notes, ordered by anchor (whole-resource notes first)."""
        return self.sort_by_anchor(
            self._read(
                f"SELECT {COLUMNS} FROM notes WHERE resource_id = ? AND deleted_at IS NULL",
                (resource_id,),
            )
        )

    def list(
        self,
        *,
        collection: str | None = None,
        tag: str | None = None,
        resource_id: str | None = None,
        resource_ids: Iterable[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        deleted: bool = False,
        text: str | None = None,
    ) -> list[Note]:
        """Notes matching every filter given, newest change first. `since`/`until` are ISO
        dates or timestamps compared with updated_at (a bare date `until` includes the day).
        `deleted=True` lists the trash instead of live notes."""
        where = ["deleted_at IS NOT NULL" if deleted else "deleted_at IS NULL"]
        params: list[Any] = []
        if resource_id is not None:
            where.append("resource_id = ?")
            params.append(resource_id)
        ids: list[str] | None = None if resource_ids is None else list(resource_ids)
        if collection is not None:
            in_coll = [r.id for r in self.library.resources(collection=collection)]
            ids = in_coll if ids is None else [i for i in ids if i in set(in_coll)]
        if ids is not None:
            if not ids:
                return []
            where.append("resource_id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(ids))
        if tag is not None:
            where.append(
                "EXISTS (SELECT 1 FROM json_each(notes.tags) WHERE lower(value) = lower(?))"
            )
            params.append(tag)
        if since:
            where.append("updated_at >= ?")
            params.append(since)
        if until:
            where.append("updated_at <= ?")
            params.append(until + "T99" if len(until) == 10 else until)
        if text:
            where.append(
                "(instr(lower(body), lower(?)) > 0 OR instr(lower(coalesce(quote, '')), lower(?)) > 0)"
            )
            params += [text, text]
        order = "deleted_at DESC" if deleted else "updated_at DESC"
        return self._read(
            f"SELECT {COLUMNS} FROM notes WHERE {' AND '.join(where)} ORDER BY {order}, id", params
        )

    def trash(self) -> list[Note]:
        return self.list(deleted=True)

    def count(self, *, deleted: bool = False) -> int:
        cond = "IS NOT NULL" if deleted else "IS NULL"
        conn = self._db.connection()
        return conn.execute(f"SELECT count(*) FROM notes WHERE deleted_at {cond}").fetchone()[0]

    def tags(self) -> list[tuple[str, int]]:
        rows = self._db.connection().execute(
            "SELECT value, count(*) FROM notes, json_each(notes.tags) "
            "WHERE deleted_at IS NULL GROUP BY lower(value) ORDER BY lower(value)"
        )
        return [(t, c) for t, c in rows]

    def resource_ids(self) -> list[tuple[str, str, int]]:
        """(resource_id, last known title, live note count) for every resource with notes."""
        rows = self._db.connection().execute(
            "SELECT resource_id, max(resource_title), count(*) FROM notes "
            "WHERE deleted_at IS NULL GROUP BY resource_id ORDER BY max(resource_title)"
        )
        return [(r, t, c) for r, t, c in rows]

    def resource_title(self, note: Note) -> tuple[str, bool]:
        """(title to show, whether the resource is in this library)."""
        res = self.library.get(note.resource_id)
        if res is not None:
            return res.title, True
        return note.resource_title or note.resource_id, False

    # -- writing --------------------------------------------------------------------------
    def create(
        self,
        resource_id: str,
        location: Location | None = None,
        body: str = "",
        quote: str | None = None,
        tags: Iterable[str] = (),
        *,
        rects: Iterable[Iterable[float]] = (),
        color: str | None = None,
    ) -> Note:
        """A note; with `rects` (selection rectangles on `location`'s page, PDF points,
        origin top left) and a `quote`, a highlight in `color` (default HIGHLIGHT_COLOR)."""
        if not isinstance(resource_id, str) or not resource_id:
            raise ValueError("a note needs the id of its resource")  # internal
        loc = validate_location(location or Location(LocationKind.RESOURCE))
        boxes, colour = check_highlight(loc, quote, list(rects), color) if rects else ((), None)
        res = self.library.get(resource_id)
        now = self._now()
        note = Note(
            id=str(uuid.uuid4()),
            resource_id=resource_id,
            location=loc,
            body=body,
            quote=(quote or "").strip() or None,
            tags=normalize_tags(tags),
            created_at=now,
            updated_at=now,
            resource_title=res.title if res is not None else "",
            rects=boxes,
            color=colour,
        )
        with self._tx() as conn:
            conn.execute(
                f"INSERT INTO notes ({COLUMNS}) VALUES ({PLACEHOLDERS})", note_params(note)
            )
            self._index_in(conn, note)
        return note

    def _change(self, note_id: str, edit: Callable[[Note], Note]) -> Note:
        """Read, edit and rewrite one note (and its index row) in one transaction; an edit
        that changes nothing writes nothing. KeyError if the note does not exist."""
        with self._tx() as conn:
            row = conn.execute(f"SELECT {COLUMNS} FROM notes WHERE id = ?", (note_id,)).fetchone()
            if row is None:
                raise KeyError(later.tr("no note with id {id!r}").format(id=note_id))
            old = row_to_note(row)
            new = edit(old)
            if new == old:
                return old
            conn.execute(f"UPDATE notes SET ({COLUMNS}) = ({PLACEHOLDERS}) WHERE id = ?",
                         (*note_params(new), note_id))  # fmt: skip
            self._index_in(conn, new)
        return new

    def update(
        self,
        note_id: str,
        *,
        body: str | None = None,
        tags: Iterable[str] | None = None,
        location: Location | None = None,
        quote: str | None = None,
        color: str | None = None,
    ) -> Note:
        """Change a note (live or trashed; `color`: a highlight's). Returns the note as
        stored; unchanged content writes nothing. KeyError if the note does not exist."""

        def edit(old: Note) -> Note:
            new = replace(
                old,
                body=old.body if body is None else body,
                tags=old.tags if tags is None else normalize_tags(tags),
                location=old.location if location is None else validate_location(location),
                quote=old.quote if quote is None else (quote.strip() or None),
            )
            if new.rects:  # still a highlight: a page, a passage, a valid colour
                rects, colour = check_highlight(new.location, new.quote, new.rects, color or new.color)
                new = replace(new, rects=rects, color=colour)
            if new == old:
                return old
            res = self.library.get(new.resource_id)
            return replace(
                new,
                updated_at=self._next_stamp(old.updated_at),
                resource_title=res.title if res is not None else old.resource_title,
            )

        return self._change(note_id, edit)

    def _set_deleted(self, note_id: str, deleted: bool) -> Note:
        def edit(old: Note) -> Note:
            if old.deleted == deleted:
                return old
            when = self._next_stamp(old.updated_at)
            return replace(old, deleted_at=when if deleted else None, updated_at=when)

        return self._change(note_id, edit)

    def delete(self, note_id: str) -> Note:
        """Move a note to the trash; `restore` brings it back."""
        return self._set_deleted(note_id, True)

    def restore(self, note_id: str) -> Note:
        return self._set_deleted(note_id, False)

    def purge(
        self,
        *,
        older_than_days: float | None = None,
        ids: Iterable[str] | None = None,
        everything: bool = False,
    ) -> int:
        """Permanently remove trashed notes: those deleted more than `older_than_days` ago,
        the given `ids` (only if trashed), or the whole trash (`everything=True`)."""
        if older_than_days is None and ids is None and not everything:
            raise ValueError("purge needs older_than_days, ids or everything=True")  # internal
        where = ["deleted_at IS NOT NULL"]
        params: list[Any] = []
        if older_than_days is not None:
            where.append("deleted_at < ?")
            params.append(stamp(self._clock() - timedelta(days=older_than_days)))
        if ids is not None:
            where.append("id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(ids)))
        cond = " AND ".join(where)
        conn = self._db.connection()
        if not conn.execute(f"SELECT 1 FROM notes WHERE {cond} LIMIT 1", params).fetchone():
            return 0  # the common case when a store opens: no write transaction at all
        with self._tx() as conn:
            gone = [r[0] for r in conn.execute(f"SELECT id FROM notes WHERE {cond}", params)]
            conn.execute(f"DELETE FROM notes WHERE {cond}", params)
            for nid in gone:
                self._index.unindex_note(conn, nid)
        return len(gone)

    def discard(self, note_id: str) -> None:
        """Remove a note outright (an empty note the user never wrote in): no trash entry."""
        with self._tx() as conn:
            conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
            self._index.unindex_note(conn, note_id)

    # -- export / import ------------------------------------------------------------------
    def select(
        self,
        *,
        resource_id: str | None = None,
        collection: str | None = None,
        include_deleted: bool = False,
    ) -> list[Note]:
        """Notes of one resource, a collection, or everything, grouped by resource and
        ordered by anchor: what the exports take."""
        notes = self.list(resource_id=resource_id, collection=collection)
        if include_deleted:
            notes += self.list(resource_id=resource_id, collection=collection, deleted=True)
        by_title = sorted(
            notes, key=lambda n: (self.resource_title(n)[0].casefold(), n.resource_id)
        )
        out: list[Note] = []
        i = 0
        while i < len(by_title):
            rid = by_title[i].resource_id
            group = [n for n in by_title[i:] if n.resource_id == rid]
            out += self.sort_by_anchor(group)
            i += len(group)
        return out

    def export_json(self, notes: Iterable[Note] | None = None) -> dict[str, Any]:
        """A JSON-ready dict (format, version, notes). Default: every note, trash included,
        so deletions travel to the other computer too."""
        if notes is None:
            notes = self.select(include_deleted=True)
        return merge.export_dict(self.library, notes, self._now())

    def import_json(self, data: dict[str, Any] | str | bytes | Path) -> merge.ImportResult:
        """Merge notes from export_json output (a dict, JSON text, or a file path). Newest
        updated_at wins; an equal or older version changes nothing. All or nothing: any
        malformed note raises ValueError and nothing is written."""
        incoming = merge.parse_export(self.library, data)
        with self._tx() as conn:
            result, changed = merge.merge(conn, self.library, incoming.values())
            for note in changed:
                self._index_in(conn, note)
        return result

    def to_markdown(self, notes: Iterable[Note], *, title: str | None = None) -> str:
        from real_desktop.core.notes.export import notes_to_markdown

        return notes_to_markdown(self, list(notes), title=title)

    def to_html(self, notes: Iterable[Note], *, title: str | None = None) -> str:
        from real_desktop.core.notes.export import notes_to_html

        return notes_to_html(self, list(notes), title=title)
