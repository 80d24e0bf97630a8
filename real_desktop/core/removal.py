"""Removing many resources in one transaction, and putting them back (undo).

`remove_many` returns a `RemovalSnapshot`: the rows it deleted (resource, segments, history)
and the remembered ids it recorded, so `undo_remove` can restore them
exactly. Notes are never deleted with a resource: only their index rows go, and come back
with it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any, NamedTuple

from real_desktop.core.catalog import REMOVED_KEPT, Catalog
from real_desktop.core.textutil import bindable


class RemovalSnapshot(NamedTuple):
    """What a removal took out, enough to put it back. Opaque to callers: keep it for an
    undo and hand it to `Library.undo_remove`. `ids` are the removed resources; the
    snapshot is truthy when something was removed. (A NamedTuple, like models: the
    library facade is on the search path.)"""

    ids: tuple[str, ...] = ()
    resources: tuple[dict[str, Any], ...] = ()
    segments: tuple[dict[str, Any], ...] = ()
    history: tuple[dict[str, Any], ...] = ()
    dismissed: tuple[str, ...] = ()  # catalog ids this removal dismissed

    def __bool__(self) -> bool:
        return bool(self.ids)


def _rows(conn: sqlite3.Connection, sql: str, ids_json: str) -> tuple[dict[str, Any], ...]:
    return tuple(dict(r) for r in conn.execute(sql, (ids_json,)))


def remove_many(catalog: Catalog, resource_ids: Iterable[str]) -> RemovalSnapshot:
    """Remove these resources (unknown ids are ignored) in ONE transaction; the files
    are never touched. Their ids are remembered for a re-import (`meta.removed_resources`)
    and starter-catalog entries are dismissed, as `Catalog.remove` does."""
    with catalog.db.write() as conn:
        return remove_in(conn, catalog, resource_ids)


def remove_in(
    conn: sqlite3.Connection, catalog: Catalog, resource_ids: Iterable[str]
) -> RemovalSnapshot:
    """`remove_many` inside the caller's transaction."""
    ids = list(dict.fromkeys(bindable(i) for i in resource_ids))
    meta = catalog.meta
    inside = "IN (SELECT value FROM json_each(?))"
    ids_json = json.dumps(ids)
    resources = _rows(conn, f"SELECT * FROM resources WHERE id {inside}", ids_json)
    if not resources:
        return RemovalSnapshot()
    found = [r["id"] for r in resources]
    ids_json = json.dumps(found)
    segments = _rows(conn, f"SELECT * FROM segments WHERE resource_id {inside}", ids_json)
    history = _rows(conn, f"SELECT * FROM history WHERE resource_id {inside}", ids_json)
    dismissed_before = set(meta.get_json("dismissed_catalog_ids", [], conn))
    newly = [r["id"] for r in resources if r["meta_source"] == "catalog"]
    newly = [i for i in newly if i not in dismissed_before]
    if newly:  # a newer starter catalog must not bring them back
        meta.set_json("dismissed_catalog_ids", sorted(dismissed_before | set(newly)), conn)
    removed = meta.get_json("removed_resources", {}, conn)
    for r in resources:
        if r["sha256"] is not None or r["path"] is not None:
            removed.pop(r["id"], None)
            removed[r["id"]] = [r["sha256"], r["path"]]
    while len(removed) > REMOVED_KEPT:
        removed.pop(next(iter(removed)))
    meta.set("removed_resources", json.dumps(removed), conn)
    for rid in found:
        catalog.index.delete_content(conn, rid)
    # Notes' index rows go (the notes stay). Found through the notes table's index: the
    # index's own resource_id column is unindexed, a scan of the whole index per resource.
    for (note_id,) in conn.execute(
        f"SELECT id FROM notes WHERE resource_id {inside}", (ids_json,)
    ).fetchall():
        catalog.index.unindex_note(conn, note_id)
    conn.execute(f"DELETE FROM history WHERE resource_id {inside}", (ids_json,))
    conn.execute(f"DELETE FROM resources WHERE id {inside}", (ids_json,))
    return RemovalSnapshot(tuple(found), resources, segments, history, tuple(newly))


def undo_remove(catalog: Catalog, snapshot: RemovalSnapshot) -> list[str]:
    """Put back what `remove_many` took out, in one transaction. A resource whose id or
    file is in the library again meanwhile (imported anew) is left as it is now. Returns
    the ids restored. Segment ids may differ (they are internal); all else is as before."""
    if not snapshot:
        return []
    meta = catalog.meta
    restored: list[str] = []
    with catalog.db.write() as conn:
        for r in snapshot.resources:
            taken = conn.execute(
                "SELECT 1 FROM resources WHERE id = ? OR (path IS NOT NULL AND path = ?)",
                (r["id"], r["path"]),
            ).fetchone()
            if taken:
                continue
            cols = list(r)
            conn.execute(
                f"INSERT INTO resources ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [r[c] for c in cols],
            )
            restored.append(r["id"])
        back = set(restored)
        base = int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM segments").fetchone()[0])
        new_id: dict[int, int] = {}
        for s in snapshot.segments:
            if s["resource_id"] not in back:
                continue
            new_id[s["id"]] = base + 1 + len(new_id)
            cols = list(s)
            conn.execute(
                f"INSERT INTO segments ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [new_id[s["id"]] if c == "id" else s[c] for c in cols],
            )
        # The index reads the text from the segments again (external content, schema v9);
        # the metadata rows are made anew from the resources' restored rows.
        if new_id:
            catalog.index.index_segments(conn, base + 1, base + 1 + len(new_id))
        for rid in restored:
            catalog.index.reindex_metadata(conn, rid)
        for h in snapshot.history:
            if h["resource_id"] in back:
                cols = list(h)
                conn.execute(
                    f"INSERT INTO history ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    [h[c] for c in cols],
                )
        for rid in restored:
            catalog.index.reindex_notes_of(conn, rid)
        removed = meta.get_json("removed_resources", {}, conn)
        for rid in restored:
            removed.pop(rid, None)
        meta.set("removed_resources", json.dumps(removed), conn)
        undismiss = set(snapshot.dismissed) & back
        if undismiss:
            dismissed = set(meta.get_json("dismissed_catalog_ids", [], conn)) - undismiss
            meta.set_json("dismissed_catalog_ids", sorted(dismissed), conn)
    return restored
