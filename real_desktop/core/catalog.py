"""The resource repository: rows <-> `Resource`, catalog reads, metadata edits,
thumbnails and durations, removal (and the ids it remembers), and the upsert that
importing and the starter library use."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from real_desktop.core.db import Database, Meta
from real_desktop.core.db.schema import EDITABLE_FIELDS
from real_desktop.core.i18n import later
from real_desktop.core.index import Index
from real_desktop.core.models import (
    CaptionTrack,
    Kind,
    Location,
    LocationKind,
    Resource,
    Segment,
    Status,
)
from real_desktop.core.textutil import bindable, natural_key
from real_desktop.core.timefmt import now_iso

SORT_KEYS = ("title", "kind", "collection", "length", "added_at", "updated_at", "opened_at")
# Removed resources whose id is remembered for a re-import (oldest forgotten first).
REMOVED_KEPT = 5000
EDITABLE = EDITABLE_FIELDS

# Titles sort naturally ("2" before "10") by `sort_title`, kept up to date on every write.
_ORDER = {
    "title": "r.sort_title {d}, r.id",
    "kind": "r.kind {d}, r.sort_title, r.id",
    "collection": "r.collection IS NULL, r.collection COLLATE NOCASE {d}, r.sort_title, r.id",
    "length": "COALESCE(r.duration, r.page_count) IS NULL, COALESCE(r.duration, r.page_count) {d}, r.id",
    "added_at": "r.added_at {d}, r.id",
    "updated_at": "r.updated_at {d}, r.id",
    "opened_at": "h.opened_at IS NULL, h.opened_at {d}, r.sort_title",
}


def edited_fields(raw: str | None) -> frozenset[str]:
    """The `edited` column (a JSON list of field names) as a set; junk reads as empty."""
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return frozenset()
    return frozenset(str(v) for v in value) if isinstance(value, list) else frozenset()


def resource_from_row(row: sqlite3.Row) -> Resource:
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
        edited=tuple(sorted(edited_fields(row["edited"]))),
    )


def resource_filters(
    kind: Kind | str | None,
    collection: str | None,
    tag: str | None,
    status: Status | str | None,
    exclude_status: Status | str | None = None,
) -> tuple[list[str], list[Any]]:
    """SQL conditions on `resources r` (and their parameters) for the browse filters."""
    where: list[str] = []
    params: list[Any] = []
    # Filters are what a person typed: case-insensitive, like tags (NOCASE folds ASCII,
    # which covers collection names and language codes).
    if kind is not None:
        where.append("r.kind = ?")
        params.append(bindable(str(kind)))
    if collection is not None:
        where.append("r.collection = ? COLLATE NOCASE")
        params.append(bindable(collection))
    if tag is not None:
        where.append("EXISTS (SELECT 1 FROM json_each(r.tags) WHERE value = ? COLLATE NOCASE)")
        params.append(bindable(tag))
    if status is not None:
        where.append("r.status = ?")
        params.append(bindable(str(status)))
    if exclude_status is not None:  # e.g. browsing leaves out files that failed to read
        where.append("r.status != ?")
        params.append(bindable(str(exclude_status)))
    return where, params


class Catalog:
    def __init__(self, db: Database, meta: Meta, index: Index) -> None:
        self.db, self.meta, self.index = db, meta, index

    # -- reads ----------------------------------------------------------------------------
    def resources(
        self,
        *,
        kind: Kind | None = None,
        collection: str | None = None,
        tag: str | None = None,
        status: Status | None = None,
        exclude_status: Status | None = None,
        ids: Iterable[str] | None = None,
        sort: str = "title",
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Resource]:
        if sort not in _ORDER:
            keys = ", ".join(SORT_KEYS)
            raise ValueError(later.tr("sort must be one of {keys}").format(keys=keys))
        where, params = resource_filters(kind, collection, tag, status, exclude_status)
        if ids is not None:
            id_list = [bindable(i) for i in ids]
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
        return [resource_from_row(r) for r in self.db.connection().execute(sql, params)]

    def count(
        self,
        *,
        kind: Kind | None = None,
        collection: str | None = None,
        tag: str | None = None,
        status: Status | None = None,
        exclude_status: Status | None = None,
    ) -> int:
        where, params = resource_filters(kind, collection, tag, status, exclude_status)
        sql = "SELECT COUNT(*) FROM resources r" + (
            " WHERE " + " AND ".join(where) if where else ""
        )
        return int(self.db.connection().execute(sql, params).fetchone()[0])

    def get(self, resource_id: str) -> Resource | None:
        row = self.row(bindable(resource_id))
        return resource_from_row(row) if row else None

    def row(self, resource_id: str, conn: sqlite3.Connection | None = None) -> sqlite3.Row | None:
        c = conn if conn is not None else self.db.connection()
        return c.execute("SELECT * FROM resources WHERE id = ?", (resource_id,)).fetchone()

    def row_by_path(self, path: str, conn: sqlite3.Connection | None = None) -> sqlite3.Row | None:
        c = conn if conn is not None else self.db.connection()
        return c.execute("SELECT * FROM resources WHERE path = ?", (path,)).fetchone()

    def find_prefix(self, prefix: str) -> list[Resource]:
        """Resources whose id starts with `prefix` (the CLI accepts unambiguous prefixes)."""
        prefix = bindable(prefix)
        rows = self.db.connection().execute(
            "SELECT * FROM resources WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 20",
            (len(prefix), prefix),
        )
        return [resource_from_row(r) for r in rows]

    def by_path(self, path: str | Path) -> Resource | None:
        row = self.row_by_path(str(path))
        return resource_from_row(row) if row else None

    def collections(self) -> list[tuple[str, int]]:
        """(name, number of resources), by name."""
        rows = self.db.connection().execute(
            "SELECT collection, COUNT(*) FROM resources WHERE collection IS NOT NULL "
            "AND collection != '' GROUP BY collection ORDER BY collection COLLATE NOCASE"
        )
        return [(r[0], r[1]) for r in rows]

    def tags(self) -> list[tuple[str, int]]:
        rows = self.db.connection().execute(
            "SELECT j.value, COUNT(DISTINCT r.id) FROM resources r, json_each(r.tags) j "
            "GROUP BY j.value ORDER BY j.value COLLATE NOCASE"
        )
        return [(r[0], r[1]) for r in rows]

    def languages(self) -> list[tuple[str, int]]:
        """Languages of resources and of their caption tracks: (code, resources)."""
        rows = self.db.connection().execute(
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
        conn = self.db.connection()
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

    def segment_rows(self, resource_id: str) -> list[tuple[Any, ...]]:
        """Every text row of a resource (all caption tracks), in order, as the importer's
        segment rows: (seq, loc_kind, page, anchor, section, start, end, track, text)."""
        rows = self.db.connection().execute(
            "SELECT seq, loc_kind, page, anchor, section, start_s, end_s, track, text "
            "FROM segments WHERE resource_id = ? AND loc_kind != 'resource' ORDER BY seq",
            (resource_id,),
        )
        return [tuple(r) for r in rows]

    # -- edits ----------------------------------------------------------------------------
    def set_thumbnail(self, resource_id: str, path: str | None) -> None:
        with self.db.write() as conn:
            conn.execute("UPDATE resources SET thumbnail = ? WHERE id = ?", (path, resource_id))

    def set_duration(self, resource_id: str, seconds: float) -> None:
        """The player knows the real duration (import reads it only from containers that
        state it cheaply: MP4/MOV/M4A and WAV)."""
        if not seconds or seconds <= 0:
            return
        with self.db.write() as conn:
            conn.execute(
                "UPDATE resources SET duration = ? WHERE id = ? AND kind != 'document'",
                (float(seconds), resource_id),
            )

    def set_status(
        self, resource_id: str, status: Status | str, reason: str, *, touch: bool = False
    ) -> None:
        """Mark a resource OK/MISSING/FAILED (`touch`: also set updated_at)."""
        sql = "UPDATE resources SET status = ?, status_reason = ?"
        params: list[Any] = [str(status), reason]
        if touch:
            sql += ", updated_at = ?"
            params.append(now_iso())
        with self.db.write() as conn:
            conn.execute(sql + " WHERE id = ?", (*params, resource_id))

    def update_metadata(self, resource_id: str, **fields: Any) -> Resource:
        """Change title/description/collection/tags/people/language/date (and re-index).
        The fields are recorded as edited: re-imports, the starter seed and pack upgrades
        keep them (`user_edited`)."""
        bad = set(fields) - set(EDITABLE)
        if bad:
            names = ", ".join(sorted(bad))
            raise ValueError(later.tr("cannot change {fields}").format(fields=names))
        with self.db.write() as conn:
            if self.row(resource_id, conn) is None:
                raise KeyError(resource_id)
            self.write_edit(conn, resource_id, fields)
        res = self.get(resource_id)
        assert res is not None
        return res

    def write_edit(self, conn: sqlite3.Connection, resource_id: str, fields: dict[str, Any]) -> None:
        """Set user-edited fields of an existing resource, record them in `edited` and
        rewrite its metadata index row, inside the caller's transaction."""
        row = self.row(resource_id, conn)
        if row is None:
            raise KeyError(resource_id)
        sets, params = [], []
        for k, v in fields.items():
            if k in ("tags", "people"):
                v = json.dumps([str(x) for x in v], ensure_ascii=False)
            sets.append(f"{k} = ?")
            params.append(v)
            if k == "title":
                sets.append("sort_title = ?")
                params.append(natural_key(str(v)))
        edited = sorted(edited_fields(row["edited"]) | set(fields))
        sets += ["edited = ?", "meta_source = 'user'", "updated_at = ?"]
        params += [json.dumps(edited), now_iso()]
        conn.execute(f"UPDATE resources SET {', '.join(sets)} WHERE id = ?", (*params, resource_id))
        self.index.reindex_metadata(conn, resource_id)

    def user_edited(self, resource_id: str, conn: sqlite3.Connection | None = None) -> set[str]:
        """The metadata fields the user edited on this resource (empty if none or unknown).
        Whatever writes metadata from a file, the starter catalog or a content pack must
        leave these alone; `upsert` already drops them from the values it is given."""
        c = conn if conn is not None else self.db.connection()
        row = c.execute("SELECT edited FROM resources WHERE id = ?", (bindable(resource_id),)).fetchone()
        return set(edited_fields(row[0])) if row else set()

    def upsert(self, values: dict[str, Any], conn: sqlite3.Connection | None = None) -> None:
        """Insert a resource row, or update only the given columns of an existing one
        (`added_at` and the fields the user edited are kept), without touching its index
        rows: in the caller's transaction, or one of its own. (INSERT … ON CONFLICT would
        check NOT NULL columns that an update leaves alone.)"""
        if conn is None:
            with self.db.write() as c:
                return self.upsert(values, c)
        values = dict(values)
        existing = conn.execute("SELECT edited FROM resources WHERE id = ?", (values["id"],)).fetchone()
        if existing is not None:  # the user's edits win over the file, the catalog, a pack
            for name in edited_fields(existing[0]):
                values.pop(name, None)
        if "title" in values:
            values["sort_title"] = natural_key(str(values["title"]))
        cols = [c for c in values if c != "id"]
        if existing is not None:
            cols = [c for c in cols if c != "added_at"]
            if not cols:  # everything given was the user's to decide
                return None
            conn.execute(
                f"UPDATE resources SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
                [*(values[c] for c in cols), values["id"]],
            )
        else:
            conn.execute(
                f"INSERT INTO resources (id, {', '.join(cols)}) VALUES (?{', ?' * len(cols)})",
                [values["id"], *(values[c] for c in cols)],
            )
        return None

    def put_metadata(self, values: dict[str, Any]) -> None:
        """Upsert a resource's row and re-index its metadata row, in one transaction
        (an entry without a file: the starter library's missing media)."""
        with self.db.write() as conn:
            self.upsert(values, conn)
            self.index.reindex_metadata(conn, values["id"])

    # -- removal --------------------------------------------------------------------------
    def remove(self, resource_id: str) -> bool:
        """Remove a resource and its text from the library (never deletes the file)."""
        with self.db.write() as conn:
            return self.remove_in(conn, resource_id)

    def remove_in(self, conn: sqlite3.Connection, resource_id: str, *, dismiss: bool = True) -> bool:
        """`remove`, inside the caller's transaction (a pack's items go in one).
        `dismiss=False`: a catalog entry is not remembered as dismissed (its whole pack
        went, so installing the pack again brings it back)."""
        row = conn.execute("SELECT meta_source FROM resources WHERE id = ?", (resource_id,)).fetchone()
        if row is None:
            return False
        if row[0] == "catalog" and dismiss:
            # Remember it, so a newer starter catalog does not bring it back.
            dismissed = set(self.meta.get_json("dismissed_catalog_ids", [], conn))
            dismissed.add(resource_id)
            self.meta.set_json("dismissed_catalog_ids", sorted(dismissed), conn)
        self._remember_removed(conn, resource_id)
        self.index.delete_content(conn, resource_id)
        # Index rows of notes on this resource go too (the notes themselves stay).
        self.index.unindex_notes_of(conn, resource_id)
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
        removed = self.meta.get_json("removed_resources", {}, conn)
        removed.pop(resource_id, None)
        removed[resource_id] = [row[0], row[1]]
        while len(removed) > REMOVED_KEPT:
            removed.pop(next(iter(removed)))
        self.meta.set("removed_resources", json.dumps(removed), conn)

    def take_removed_id(self, conn: sqlite3.Connection, sha256: str, path: str) -> str | None:
        """The id a removed resource had, if it was this file (same checksum, else same
        path); forgotten once taken. Inside the caller's transaction."""
        removed = self.meta.get_json("removed_resources", {}, conn)
        chosen = None
        for by in (0, 1):  # checksum first: a path can be reused for other contents
            want = sha256 if by == 0 else path
            for rid, rec in reversed(list(removed.items())):
                if isinstance(rec, list) and len(rec) == 2 and rec[by] == want:
                    chosen = rid
                    break
            if chosen:
                break
        if chosen is None or self.row(chosen, conn) is not None:
            return None
        removed.pop(chosen)
        self.meta.set("removed_resources", json.dumps(removed), conn)
        return chosen
