"""Duplicates: resources with the same title (as a name key) or the same extracted text
(`resources.text_sha256`, stored at import) under different file names; and merging
them: keep one, move the others' notes to it (re-anchored), remove the rest, in one
transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import NamedTuple

from real_desktop.core.catalog import Catalog, resource_from_row
from real_desktop.core.i18n import later
from real_desktop.core.models import Resource
from real_desktop.core.removal import RemovalSnapshot, remove_in
from real_desktop.core.textutil import bindable, name_key


class DuplicateGroup(NamedTuple):
    reason: str  # "title" (same title as a name key) or "text" (same extracted text)
    key: str  # the name key or the text digest
    resources: tuple[Resource, ...]  # oldest first: the usual one to keep

    def to_dict(self) -> dict[str, object]:
        return {
            "reason": self.reason,
            "key": self.key,
            "resources": [{"id": r.id, "title": r.title, "path": r.path} for r in self.resources],
        }


def find_duplicates(catalog: Catalog) -> list[DuplicateGroup]:
    """Groups of two or more resources of the same kind with the same title, then groups
    with the same text (a group of the same text whose members all share one title
    group is not listed twice)."""
    rows = catalog.db.connection().execute("SELECT * FROM resources ORDER BY added_at, id").fetchall()
    by_title: dict[tuple[str, str], list[sqlite3.Row]] = {}
    by_text: dict[str, list[sqlite3.Row]] = {}
    for r in rows:
        key = name_key(r["title"])
        if key:
            by_title.setdefault((r["kind"], key), []).append(r)
        if r["text_sha256"]:
            by_text.setdefault(r["text_sha256"], []).append(r)
    groups: list[DuplicateGroup] = []
    seen: set[frozenset[str]] = set()
    for (_, key), members in sorted(by_title.items(), key=lambda kv: kv[0][1]):
        if len(members) > 1:
            seen.add(frozenset(m["id"] for m in members))
            groups.append(DuplicateGroup("title", key, tuple(resource_from_row(m) for m in members)))
    for digest, members in by_text.items():
        ids = frozenset(m["id"] for m in members)
        if len(members) > 1 and not any(ids <= s for s in seen):
            groups.append(DuplicateGroup("text", digest, tuple(resource_from_row(m) for m in members)))
    return groups


def _reanchor(conn: sqlite3.Connection, keep: sqlite3.Row, note: sqlite3.Row) -> dict[str, object]:
    """The note's anchor on the kept resource: the same page, time or section when the
    kept one has it, else the whole resource."""
    kind = note["anchor_kind"]
    whole = {"anchor_kind": "resource", "page": None, "anchor": None, "section": None,
             "start": None, "end": None}  # fmt: skip
    if kind == "page":
        ok = note["page"] is not None and (keep["page_count"] or 0) >= note["page"]
    elif kind == "time":
        ok = keep["kind"] != "document" and note["start"] is not None and (
            keep["duration"] is None or note["start"] <= keep["duration"]
        )
    elif kind == "section":
        ok = conn.execute(
            "SELECT 1 FROM segments WHERE resource_id = ? AND loc_kind = 'section' "
            "AND (anchor = ? OR section = ?) LIMIT 1",
            (keep["id"], note["anchor"], note["section"]),
        ).fetchone() is not None
    else:
        ok = True
    if ok:
        return {k: note[k] for k in whole}
    return whole


def merge(catalog: Catalog, keep_id: str, other_ids: Iterable[str]) -> RemovalSnapshot:
    """Keep `keep_id`; move the notes of `other_ids` to it (re-anchored) and remove them,
    in ONE transaction. Raises KeyError for an unknown id, ValueError for keeping an item
    merged into itself or items of another kind. Returns the removal's snapshot (notes
    stay on the kept resource even after an undo of the removal)."""
    keep_id = bindable(keep_id)
    others = [bindable(o) for o in dict.fromkeys(other_ids) if o != keep_id]
    if not others:
        raise ValueError(later.tr("give at least one other item to merge into the one kept"))
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    with catalog.db.write() as conn:
        keep = catalog.row(keep_id, conn)
        if keep is None:
            raise KeyError(keep_id)
        for oid in others:
            other = catalog.row(oid, conn)
            if other is None:
                raise KeyError(oid)
            if (other["kind"] == "document") != (keep["kind"] == "document"):
                raise ValueError(later.tr("“{other}” is a {other_kind}, “{kept}” a {kept_kind}").format(
                    other=other["title"], other_kind=other["kind"], kept=keep["title"], kept_kind=keep["kind"]))  # fmt: skip
        notes = conn.execute(
            "SELECT * FROM notes WHERE resource_id IN (SELECT value FROM json_each(?))",
            (json.dumps(others),),
        ).fetchall()
        for note in notes:
            place = _reanchor(conn, keep, note)
            conn.execute(
                'UPDATE notes SET resource_id = ?, resource_title = ?, anchor_kind = ?, page = ?, '
                'anchor = ?, section = ?, start = ?, "end" = ?, updated_at = ? WHERE id = ?',
                (keep_id, keep["title"], place["anchor_kind"], place["page"], place["anchor"],
                 place["section"], place["start"], place["end"], stamp, note["id"]),
            )  # fmt: skip
            catalog.index.unindex_note(conn, note["id"])
        catalog.index.reindex_notes_of(conn, keep_id)
        return remove_in(conn, catalog, others)
