"""Notes: anchored, Markdown notes on resources, stored in the library database.

A note belongs to a resource by its stable id and is anchored with a `models.Location`
(a time in a video, a page of a PDF, a section of a Markdown/HTML document, or the whole
resource: `LocationKind.RESOURCE`). A PDF note may quote the selected text (`Note.quote`).

API (all methods are safe to call from any thread; each thread gets its own connection):

    store = NoteStore(library)
    note = store.create(resource_id, Location(LocationKind.TIME, start=754.0), body="…",
                        quote=None, tags=("budget",))
    store.update(note.id, body="…", tags=[...], location=...)  -> Note   (KeyError if unknown)
    store.delete(note.id)        # to the trash (soft delete); store.restore(note.id) undoes it
    store.trash()                # deleted notes, newest deletion first
    store.purge(older_than_days=30) / store.purge(ids=[...]) / store.purge(everything=True)
                                 # (opening a store purges notes trashed > TRASH_DAYS ago)
    store.get(note_id)           # live or trashed; None if unknown
    store.for_resource(rid)      # live notes ordered by anchor (page / time / section order)
    store.list(collection=, tag=, resource_id=, since=, until=, deleted=False)
    store.tags()                 # [(tag, count)] over live notes
    store.select(resource_id= | collection= | nothing)  # export scope, grouped, anchor order
    store.resolve(hit_location)  # a search hit in a note -> (resource_id, the note's anchor)
    store.discard(note.id)       # drop an untouched empty note outright (no trash entry)
    store.reindex_search()       # re-put every live note in the search index
    store.export_json(notes) -> dict ; store.import_json(data) -> (added, updated, unchanged)
    store.to_markdown(notes) / store.to_html(notes)   (see notes_export.py)

Durability: every write is its own transaction on a connection with journal_mode=WAL and
synchronous=FULL, so a write that returned survives a crash or a power cut. Notes never
reference resources with a foreign key: a note whose resource left the library (or was
imported from another computer) is kept and shown as "resource not in this library".

Sync/merge: notes carry stable UUIDs and `updated_at` (UTC ISO-8601 with microseconds,
strictly increasing per note). Importing JSON merges by id, newest `updated_at` wins, so
importing the same file twice changes nothing. Deletions travel as `deleted_at`. The
export carries each resource's sha256: a note whose resource id is unknown here is
attached to the local resource with the same file checksum (your own files get
different ids on each computer; catalog entries share fixed ids).

Search: after each change the note is (un)indexed through the library's
`index_note(note_id, resource_id, text, tags)` / `unindex_note(note_id)` when the library
provides them; a search hit in a note has `Location(kind=NOTE, note_id=…)` and
`NoteStore.resolve(location)` turns it into the note's own anchor.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from real_desktop.core.models import Location, LocationKind, Resource

log = logging.getLogger(__name__)

TRASH_DAYS = 30  # deleted notes stay restorable this long
JSON_FORMAT = "real-desktop-notes"
JSON_VERSION = 1

# Idempotent: NoteStore runs it on open as well, so the store works whether or not the
# schema migration that creates it has run yet.
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


def migrate(conn: sqlite3.Connection) -> None:
    """Schema migration step that creates the notes tables (for core/schema.py MIGRATIONS)."""
    for stmt in NOTES_SCHEMA.split(";"):
        if stmt.strip():
            conn.execute(stmt)


class LibraryLike(Protocol):
    """What the store needs from `core.library.Library`."""

    @property
    def path(self) -> Path: ...

    def get(self, resource_id: str) -> Resource | None: ...

    def resources(self, **kwargs: Any) -> list[Resource]: ...


@dataclass(frozen=True)
class Note:
    id: str
    resource_id: str
    location: Location
    body: str = ""
    quote: str | None = None
    tags: tuple[str, ...] = ()
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None
    resource_title: str = ""  # last known title: shown when the resource is not in the library

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def anchor_label(self) -> str:
        """ "12:34", "p. 7", "§ Section" or "" for a note on the whole resource."""
        return self.location.label

    def content_key(self) -> tuple[Any, ...]:
        """Everything a merge compares (ids and created_at aside)."""
        return (
            self.resource_id,
            self.location,
            self.body,
            self.quote,
            self.tags,
            self.updated_at,
            self.deleted_at,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "resource_id": self.resource_id,
            "resource_title": self.resource_title,
            "location": location_to_dict(self.location),
            "quote": self.quote,
            "body": self.body,
            "tags": list(self.tags),
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "deleted_at": self.deleted_at,
        }

    @classmethod
    def from_dict(cls, d: Any) -> Note:
        """Strict: raises ValueError with a readable message on anything malformed."""
        if not isinstance(d, dict):
            raise ValueError("a note must be a JSON object")
        for key in ("id", "resource_id", "created_at", "updated_at"):
            if not isinstance(d.get(key), str) or not d[key]:
                raise ValueError(f"missing or invalid {key!r}")
        try:
            uuid.UUID(d["id"])
        except ValueError:
            raise ValueError(f"id {d['id']!r} is not a UUID") from None
        for key in ("created_at", "updated_at"):
            _check_timestamp(d[key], key)
        if d.get("deleted_at") is not None:
            _check_timestamp(d["deleted_at"], "deleted_at")
        body = d.get("body", "")
        quote = d.get("quote")
        tags = d.get("tags", [])
        if not isinstance(body, str):
            raise ValueError("'body' must be a string")
        if quote is not None and not isinstance(quote, str):
            raise ValueError("'quote' must be a string or null")
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise ValueError("'tags' must be a list of strings")
        title = d.get("resource_title") or ""
        if not isinstance(title, str):
            raise ValueError("'resource_title' must be a string")
        return cls(
            id=d["id"],
            resource_id=d["resource_id"],
            location=location_from_dict(d.get("location")),
            body=body,
            quote=quote or None,
            tags=normalize_tags(tags),
            created_at=d["created_at"],
            updated_at=d["updated_at"],
            deleted_at=d.get("deleted_at"),
            resource_title=title,
        )


def location_to_dict(loc: Location) -> dict[str, Any]:
    d: dict[str, Any] = {"kind": str(loc.kind)}
    for key in ("page", "anchor", "section", "start", "end"):
        value = getattr(loc, key)
        if value is not None:
            d[key] = value
    return d


def location_from_dict(d: Any) -> Location:
    if not isinstance(d, dict):
        raise ValueError("'location' must be an object")
    try:
        kind = LocationKind(d.get("kind"))
    except ValueError:
        raise ValueError(f"unknown location kind {d.get('kind')!r}") from None
    try:
        loc = Location(
            kind=kind,
            page=None if d.get("page") is None else int(d["page"]),
            anchor=None if d.get("anchor") is None else str(d["anchor"]),
            section=None if d.get("section") is None else str(d["section"]),
            start=None if d.get("start") is None else float(d["start"]),
            end=None if d.get("end") is None else float(d["end"]),
        )
    except (TypeError, ValueError):
        raise ValueError(f"invalid location {d!r}") from None
    return validate_location(loc)


def validate_location(loc: Location) -> Location:
    """A note anchor: what kinds are allowed and what each needs. Raises ValueError."""
    if not isinstance(loc, Location):
        raise ValueError(f"not a Location: {loc!r}")
    if loc.kind is LocationKind.NOTE:
        raise ValueError("a note cannot be anchored to another note")
    if loc.kind is LocationKind.PAGE and (loc.page is None or loc.page < 1):
        raise ValueError("a page anchor needs a page number ≥ 1")
    if loc.kind is LocationKind.TIME and (loc.start is None or loc.start < 0):
        raise ValueError("a time anchor needs a start time ≥ 0 seconds")
    if loc.kind is LocationKind.SECTION and not (loc.anchor or loc.section):
        raise ValueError("a section anchor needs the section's anchor or heading")
    # Only what identifies the place is kept: a search hit's note_id is not part of an anchor.
    return replace(loc, note_id=None)


def normalize_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, without a leading '#', no empties, first spelling wins (case-insensitive)."""
    seen: dict[str, str] = {}
    for raw in tags:
        tag = " ".join(str(raw).strip().lstrip("#").split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())


def parse_tags(text: str) -> tuple[str, ...]:
    """ "budget, #equity  lens" -> ("budget", "equity  lens"): comma-separated."""
    return normalize_tags(text.split(","))


def _check_timestamp(value: str, what: str) -> None:
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{what} {value!r} is not an ISO timestamp") from None


def _stamp(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _parse_stamp(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _sort_key(note: Note, section_order: dict[str, int]) -> tuple[Any, ...]:
    loc = note.location
    if loc.kind is LocationKind.PAGE:
        place: float = float(loc.page or 0)
    elif loc.kind is LocationKind.TIME:
        place = loc.start or 0.0
    elif loc.kind is LocationKind.SECTION:
        place = float(
            section_order.get(loc.anchor or "", section_order.get(loc.section or "", 1 << 30))
        )
    else:
        place = -1.0  # notes on the whole resource come first
    return (place, note.created_at, note.id)


_COLUMNS = (
    'id, resource_id, resource_title, anchor_kind, page, anchor, section, start, "end", '
    "quote, body, tags, created_at, updated_at, deleted_at"
)


def _row_to_note(row: sqlite3.Row | tuple[Any, ...]) -> Note:
    (
        nid,
        rid,
        title,
        kind,
        page,
        anchor,
        section,
        start,
        end,
        quote,
        body,
        tags,
        created,
        updated,
        deleted,
    ) = tuple(row)
    return Note(
        id=nid,
        resource_id=rid,
        location=Location(
            kind=LocationKind(kind), page=page, anchor=anchor, section=section, start=start, end=end
        ),
        body=body,
        quote=quote,
        tags=tuple(json.loads(tags)),
        created_at=created,
        updated_at=updated,
        deleted_at=deleted,
        resource_title=title,
    )


def _note_params(n: Note) -> tuple[Any, ...]:
    loc = n.location
    return (
        n.id,
        n.resource_id,
        n.resource_title,
        str(loc.kind),
        loc.page,
        loc.anchor,
        loc.section,
        loc.start,
        loc.end,
        n.quote,
        n.body,
        json.dumps(list(n.tags), ensure_ascii=False),
        n.created_at,
        n.updated_at,
        n.deleted_at,
    )


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    ids: list[str] = field(default_factory=list)  # notes added or updated

    def __iter__(self):  # so `added, updated, unchanged = store.import_json(...)` works
        return iter((self.added, self.updated, self.unchanged))


class NoteStore:
    def __init__(
        self,
        library: LibraryLike,
        *,
        clock: Callable[[], datetime] | None = None,
        trash_days: float | None = TRASH_DAYS,
    ) -> None:
        """`trash_days`: notes deleted longer ago than this are purged on open (None: never)."""
        self.library = library
        self.db_path = Path(library.path)
        self._clock = clock or (lambda: datetime.now(UTC))
        # Per OS thread, not threading.local: see Library._by_thread (Qt pool threads).
        self._by_thread: dict[int, sqlite3.Connection] = {}
        self._write_lock = threading.Lock()
        self._conns: list[sqlite3.Connection] = []
        self._conns_lock = threading.Lock()
        with self._write_lock:
            conn = self._conn()
            with conn:
                migrate(conn)
        if trash_days is not None:
            self.purge(older_than_days=trash_days)

    # -- connections ----------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn = self._by_thread.get(threading.get_ident())
        if conn is None:
            conn = sqlite3.connect(
                self.db_path, timeout=30, isolation_level=None, check_same_thread=False
            )
            conn.execute("PRAGMA busy_timeout = 30000")
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: with WAL, NORMAL may lose the last commits on power loss; notes may not.
            conn.execute("PRAGMA synchronous = FULL")
            with self._conns_lock:
                self._by_thread[threading.get_ident()] = conn
                self._conns.append(conn)
        return conn

    def close(self) -> None:
        # As Library.close(): never close a connection another thread may be using.
        from real_desktop.core.library import _release

        with self._conns_lock:
            _release(self._conns, self._by_thread)

    def _write(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self._write_lock:
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute(sql, params)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _now(self) -> str:
        return _stamp(self._clock())

    def _next_stamp(self, previous: str | None) -> str:
        """Now, but strictly after `previous` so "newest wins" always sees an edit as newer."""
        now = self._clock()
        if previous:
            try:
                floor = _parse_stamp(previous) + timedelta(microseconds=1)
            except ValueError:
                floor = now
            now = max(now, floor)
        return _stamp(now)

    # -- search index ---------------------------------------------------------------------
    def _index(self, note: Note) -> None:
        try:
            if note.deleted:
                unindex = getattr(self.library, "unindex_note", None)
                if unindex is not None:
                    unindex(note.id)
                return
            index = getattr(self.library, "index_note", None)
            if index is not None:
                text = note.body if not note.quote else f"{note.quote}\n\n{note.body}"
                index(note.id, note.resource_id, text, list(note.tags))
        except Exception:  # the note is saved; a stale index is repaired by reindex_search()
            log.exception("could not update the search index for note %s", note.id)

    def reindex_search(self) -> int:
        """Put every live note into the library's search index (after a crash or an upgrade)."""
        count = 0
        for note in self.list():
            self._index(note)
            count += 1
        return count

    # -- reading --------------------------------------------------------------------------
    def get(self, note_id: str) -> Note | None:
        row = (
            self._conn()
            .execute(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,))
            .fetchone()
        )
        return _row_to_note(row) if row else None

    def _require(self, note_id: str) -> Note:
        note = self.get(note_id)
        if note is None:
            raise KeyError(f"no note with id {note_id!r}")
        return note

    def resolve(self, location: Location) -> tuple[str, Location] | None:
        """A search hit in a note -> (resource_id, the note's anchor), or None if it is gone."""
        if location.note_id is None:
            return None
        note = self.get(location.note_id)
        if note is None or note.deleted:
            return None
        return note.resource_id, replace(note.location, note_id=note.id)

    def _section_order(self, resource_id: str) -> dict[str, int]:
        try:
            segments = self.library.segments(resource_id)  # type: ignore[attr-defined]
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
        return sorted(notes, key=lambda n: _sort_key(n, orders.get(n.resource_id, {})))

    def for_resource(self, resource_id: str) -> list[Note]:
        """A resource's live notes, ordered by anchor (whole-resource notes first)."""
        rows = (
            self._conn()
            .execute(
                f"SELECT {_COLUMNS} FROM notes WHERE resource_id = ? AND deleted_at IS NULL",
                (resource_id,),
            )
            .fetchall()
        )
        return self.sort_by_anchor(_row_to_note(r) for r in rows)

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
        rows = (
            self._conn()
            .execute(
                f"SELECT {_COLUMNS} FROM notes WHERE {' AND '.join(where)} ORDER BY {order}, id",
                params,
            )
            .fetchall()
        )
        return [_row_to_note(r) for r in rows]

    def trash(self) -> list[Note]:
        return self.list(deleted=True)

    def count(self, *, deleted: bool = False) -> int:
        cond = "IS NOT NULL" if deleted else "IS NULL"
        return (
            self._conn()
            .execute(f"SELECT count(*) FROM notes WHERE deleted_at {cond}")
            .fetchone()[0]
        )

    def tags(self) -> list[tuple[str, int]]:
        rows = (
            self._conn()
            .execute(
                "SELECT value, count(*) FROM notes, json_each(notes.tags) "
                "WHERE deleted_at IS NULL GROUP BY lower(value) ORDER BY lower(value)"
            )
            .fetchall()
        )
        return [(t, c) for t, c in rows]

    def resource_ids(self) -> list[tuple[str, str, int]]:
        """(resource_id, last known title, live note count) for every resource with notes."""
        rows = (
            self._conn()
            .execute(
                "SELECT resource_id, max(resource_title), count(*) FROM notes "
                "WHERE deleted_at IS NULL GROUP BY resource_id ORDER BY max(resource_title)"
            )
            .fetchall()
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
    ) -> Note:
        if not isinstance(resource_id, str) or not resource_id:
            raise ValueError("a note needs the id of its resource")
        loc = validate_location(location or Location(LocationKind.RESOURCE))
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
        )
        self._write(
            f"INSERT INTO notes ({_COLUMNS}) VALUES ({','.join('?' * 15)})", _note_params(note)
        )
        self._index(note)
        return note

    def update(
        self,
        note_id: str,
        *,
        body: str | None = None,
        tags: Iterable[str] | None = None,
        location: Location | None = None,
        quote: str | None = None,
    ) -> Note:
        """Change a note (live or trashed). Returns the note as stored; unchanged content
        writes nothing. KeyError if the note does not exist."""
        with self._write_lock:
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE")
            try:
                row = conn.execute(
                    f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,)
                ).fetchone()
                if row is None:
                    raise KeyError(f"no note with id {note_id!r}")
                old = _row_to_note(row)
                new = replace(
                    old,
                    body=old.body if body is None else body,
                    tags=old.tags if tags is None else normalize_tags(tags),
                    location=old.location if location is None else validate_location(location),
                    quote=old.quote if quote is None else (quote.strip() or None),
                )
                if new == old:
                    conn.execute("ROLLBACK")
                    return old
                res = self.library.get(new.resource_id)
                new = replace(
                    new,
                    updated_at=self._next_stamp(old.updated_at),
                    resource_title=res.title if res is not None else old.resource_title,
                )
                conn.execute(
                    "UPDATE notes SET body=?, tags=?, anchor_kind=?, page=?, anchor=?, section=?, "
                    'start=?, "end"=?, quote=?, updated_at=?, resource_title=? WHERE id=?',
                    (
                        new.body,
                        json.dumps(list(new.tags), ensure_ascii=False),
                        str(new.location.kind),
                        new.location.page,
                        new.location.anchor,
                        new.location.section,
                        new.location.start,
                        new.location.end,
                        new.quote,
                        new.updated_at,
                        new.resource_title,
                        note_id,
                    ),
                )
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        self._index(new)
        return new

    def _set_deleted(self, note_id: str, deleted: bool) -> Note:
        with self._write_lock:
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE")
            try:
                row = conn.execute(
                    f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,)
                ).fetchone()
                if row is None:
                    raise KeyError(f"no note with id {note_id!r}")
                old = _row_to_note(row)
                if old.deleted == deleted:
                    conn.execute("ROLLBACK")
                    return old
                stamp = self._next_stamp(old.updated_at)
                new = replace(old, deleted_at=stamp if deleted else None, updated_at=stamp)
                conn.execute(
                    "UPDATE notes SET deleted_at=?, updated_at=? WHERE id=?",
                    (new.deleted_at, new.updated_at, note_id),
                )
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        self._index(new)
        return new

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
            raise ValueError("purge needs older_than_days, ids or everything=True")
        where = ["deleted_at IS NOT NULL"]
        params: list[Any] = []
        if older_than_days is not None:
            where.append("deleted_at < ?")
            params.append(_stamp(self._clock() - timedelta(days=older_than_days)))
        if ids is not None:
            where.append("id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(ids)))
        cond = " AND ".join(where)
        with self._write_lock:
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE")
            try:
                gone = [r[0] for r in conn.execute(f"SELECT id FROM notes WHERE {cond}", params)]
                conn.execute(f"DELETE FROM notes WHERE {cond}", params)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        unindex = getattr(self.library, "unindex_note", None)
        if unindex is not None:
            for nid in gone:
                try:
                    unindex(nid)
                except Exception:
                    log.exception("could not unindex note %s", nid)
        return len(gone)

    def discard(self, note_id: str) -> None:
        """Remove a note outright (an empty note the user never wrote in): no trash entry."""
        self._write("DELETE FROM notes WHERE id = ?", (note_id,))
        unindex = getattr(self.library, "unindex_note", None)
        if unindex is not None:
            unindex(note_id)

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
        out = []
        for n in notes:
            d = n.to_dict()
            res = self.library.get(n.resource_id)
            d["resource_title"] = (
                res.title if res is not None else (n.resource_title or n.resource_id)
            )
            if res is not None and res.sha256:
                # Ids of the user's own files differ between computers: the checksum lets
                # the other library attach the note to the same file.
                d["resource_sha256"] = res.sha256
            out.append(d)
        return {
            "format": JSON_FORMAT,
            "version": JSON_VERSION,
            "exported_at": self._now(),
            "notes": out,
        }

    def import_json(self, data: dict[str, Any] | str | bytes | Path) -> ImportResult:
        """Merge notes from export_json output (a dict, JSON text, or a file path). Newest
        updated_at wins; an equal or older version changes nothing. All or nothing: any
        malformed note raises ValueError and nothing is written."""
        if isinstance(data, Path):
            try:
                data = data.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ValueError(f"cannot read {data}: {exc}") from None
        if isinstance(data, str | bytes):
            try:
                data = json.loads(data)
            except json.JSONDecodeError as exc:
                raise ValueError(f"not valid JSON: {exc}") from None
        if not isinstance(data, dict) or data.get("format") != JSON_FORMAT:
            raise ValueError(
                'not a REAL Desktop notes file (missing "format": "real-desktop-notes")'
            )
        version = data.get("version")
        if not isinstance(version, int) or version > JSON_VERSION:
            raise ValueError(
                f"unsupported notes file version {version!r} (this app reads ≤ {JSON_VERSION})"
            )
        raw = data.get("notes")
        if not isinstance(raw, list):
            raise ValueError("'notes' must be a list")
        incoming: dict[str, Note] = {}
        by_sha: dict[str, str] | None = None
        for i, item in enumerate(raw):
            try:
                note = Note.from_dict(item)
            except ValueError as exc:
                raise ValueError(f"note {i + 1}: {exc}") from None
            sha = item.get("resource_sha256")
            if isinstance(sha, str) and sha and self.library.get(note.resource_id) is None:
                if by_sha is None:
                    by_sha = {r.sha256: r.id for r in self.library.resources() if r.sha256}
                if sha in by_sha:
                    note = replace(note, resource_id=by_sha[sha])
            prev = incoming.get(note.id)
            if prev is None or note.updated_at > prev.updated_at:
                incoming[note.id] = note
        result = ImportResult()
        changed: list[Note] = []
        with self._write_lock:
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE")
            try:
                for note in incoming.values():
                    row = conn.execute(
                        f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note.id,)
                    ).fetchone()
                    res = self.library.get(note.resource_id)
                    if res is not None:
                        note = replace(note, resource_title=res.title)
                    if row is None:
                        conn.execute(
                            f"INSERT INTO notes ({_COLUMNS}) VALUES ({','.join('?' * 15)})",
                            _note_params(note),
                        )
                        result.added += 1
                    elif _row_to_note(row).updated_at < note.updated_at:
                        conn.execute("DELETE FROM notes WHERE id = ?", (note.id,))
                        conn.execute(
                            f"INSERT INTO notes ({_COLUMNS}) VALUES ({','.join('?' * 15)})",
                            _note_params(note),
                        )
                        result.updated += 1
                    else:
                        result.unchanged += 1
                        continue
                    changed.append(note)
                    result.ids.append(note.id)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        for note in changed:
            self._index(note)
        return result

    def to_markdown(self, notes: Iterable[Note], *, title: str | None = None) -> str:
        from real_desktop.core.notes_export import notes_to_markdown

        return notes_to_markdown(self, list(notes), title=title)

    def to_html(self, notes: Iterable[Note], *, title: str | None = None) -> str:
        from real_desktop.core.notes_export import notes_to_html

        return notes_to_html(self, list(notes), title=title)
