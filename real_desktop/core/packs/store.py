"""A pack's items into the library, in ONE transaction: each item through the importer's
own `store_in` (so a pack item is stored exactly like an imported file, under its stable
id, with the pack's metadata), its prebuilt segments as the index rows, entries without a
file as "Not on this computer", and the pack record."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from real_desktop.core.i18n import later
from real_desktop.core.models import FileResult, Outcome
from real_desktop.core.packs.agendas import Parsed, write_agendas
from real_desktop.core.packs.manifest import Manifest, PackItem
from real_desktop.core.packs.prebuilt import IndexEntry
from real_desktop.core.timefmt import now_iso

if TYPE_CHECKING:
    from real_desktop.core.library import Library

NOT_HERE = later.tr("Not on this computer")
# Chapters of pack items: {resource id: [[start seconds, title], ...]} in `meta` (the
# resources table has no column for them and the schema's next versions belong to other
# issues). Written in the install's transaction; an item's entry goes with its pack.
CHAPTERS_KEY = "item_chapters"


def chapters_of(library: Library, resource_id: str) -> list[tuple[float, str]]:
    """The chapters a pack gave this item (start seconds, title), in order; [] if none."""
    got = library.meta.get_json(CHAPTERS_KEY, {}).get(resource_id) or []
    return [(float(c[0]), str(c[1])) for c in got if isinstance(c, list) and len(c) == 2]


def drop_chapters(library: Library, conn: Any, ids: list[str] | tuple[str, ...]) -> None:
    chapters = library.meta.get_json(CHAPTERS_KEY, {}, conn)
    if any(chapters.pop(rid, None) is not None for rid in list(ids)):
        library.meta.set_json(CHAPTERS_KEY, chapters, conn)


@dataclass(frozen=True)
class PackRecord:
    """An installed pack, as `pack list` shows it."""

    id: str
    version: str
    title: str
    publisher: str = ""
    language: str | None = None
    licence: str = ""
    signer: str | None = None
    trusted: bool = False
    installed_at: str = ""
    items: tuple[str, ...] = ()
    folder: str | None = None  # under <data home>/packs/, None when no file was copied
    token: str = ""
    size: int = 0
    source: str = ""
    agendas: dict[str, str] = field(default_factory=dict)  # agenda id -> updated_at at install

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["items"] = list(self.items)
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PackRecord:
        known = {k: d[k] for k in cls.__dataclass_fields__ if k in d}
        known["items"] = tuple(known.get("items") or ())
        known["agendas"] = dict(known.get("agendas") or {}) if isinstance(known.get("agendas"), dict) else {}
        return cls(**known)


@dataclass(frozen=True)
class ItemPlan:
    item: PackItem
    path: Path | None  # where its file will be once installed (None: no file)
    captions: list[tuple[Path, str | None, str]]  # (final path, language, label)
    mtime_ns: int | None = None  # what its file's mtime will be (copies are stamped)


def _json_meta(item: PackItem) -> dict[str, Any]:
    meta = item.metadata()
    meta["tags"] = json.dumps(meta["tags"])
    meta["people"] = json.dumps(meta["people"])
    return meta


def _missing_entry(library: Library, conn: Any, item: PackItem, packs_dir: str) -> FileResult:
    """An item without a file: searchable metadata, MISSING. A file the user linked to it
    (outside the packs folder) stays linked."""
    existing = library.catalog.row(item.id, conn)
    path = existing["path"] if existing is not None else None
    linked = bool(path) and os.path.exists(path) and not str(path).startswith(packs_dir)
    values: dict[str, Any] = {"id": item.id, **_json_meta(item), "meta_source": "catalog", "updated_at": now_iso()}
    if not linked:
        values.update(status="missing", status_reason=NOT_HERE, path=None)
    if existing is None:
        values.update(kind=item.kind, added_at=now_iso(), sha256=item.sha256)
    elif item.sha256 and not linked:
        values["sha256"] = item.sha256
    library.catalog.upsert(values, conn)
    library.index.reindex_metadata(conn, item.id)
    if existing is None:  # back after its pack was removed: its notes are findable again
        library.index.reindex_notes_of(conn, item.id)
    return FileResult(item.id, Outcome.ADDED if existing is None else Outcome.UPDATED, NOT_HERE, item.id)


@dataclass
class _Batch:
    """What the items of one install share: looked up once, written in bulk."""

    existing: dict[str, Any]  # id -> resources row
    by_path: dict[str, str]  # path -> id of the resource there now
    inserts: dict[tuple[str, ...], list[tuple[Any, ...]]]  # columns -> new rows
    contents: list[tuple[str, list[tuple[Any, ...]]]]  # (id, segment rows)
    came_back: list[str]  # new rows whose id may have notes (a reinstalled pack)


def _file_entry(library: Library, conn: Any, plan: ItemPlan, entry: IndexEntry | None, batch: _Batch) -> FileResult:
    """An item with a file: the row an import of that file would write (under the item's
    id, with the pack's metadata); its prebuilt segments join the batch's contents."""
    from real_desktop.core.importing.files import file_signature

    item, path = plan.item, plan.path
    assert path is not None and item.file is not None
    owner = batch.by_path.get(str(path))
    if owner is not None and owner != item.id:
        # Imported by hand before: the user's entry (notes, history) wins.
        return FileResult(
            str(path), Outcome.SKIPPED, later.tr("already in the library as {id}").format(id=owner), item.id
        )
    target = batch.existing.get(item.id)
    entry = entry or IndexEntry()
    values: dict[str, Any] = {
        "id": item.id, "kind": item.kind, "format": item.format or path.suffix.lstrip(".").lower(),
        "path": str(path), "size": item.file.size, "mtime_ns": plan.mtime_ns or 0,
        "sha256": item.file.sha256, "page_count": entry.page_count, "status": "ok",
        "status_reason": entry.note,
        "captions": json.dumps([[str(p), lang, label] for p, lang, label in plan.captions]),
        "caption_sig": file_signature([str(p) for p, _, _ in plan.captions]),
        "updated_at": now_iso(), **_json_meta(item), "meta_source": "catalog",
    }  # fmt: skip
    if item.kind != "document":
        same_bytes = target is not None and target["sha256"] == item.file.sha256
        values["duration"] = entry.duration or (target["duration"] if same_bytes else None)
    if target is None:
        values["added_at"] = values["updated_at"]
        batch.inserts.setdefault(tuple(values), []).append(tuple(values.values()))
        batch.came_back.append(item.id)
    else:
        library.catalog.upsert(values, conn)
    batch.contents.append((item.id, list(entry.segments)))
    return FileResult(str(path), Outcome.ADDED if target is None else Outcome.UPDATED, "", item.id)


def _in(conn: Any, sql: str, values: list[str]) -> list[Any]:
    return conn.execute(sql + " IN (SELECT value FROM json_each(?))", (json.dumps(values),)).fetchall()


def write_items(
    library: Library,
    manifest: Manifest,
    plans: list[ItemPlan],
    record: PackRecord,
    previous: PackRecord | None,
    skip: set[str],
    records_key: str,
    index: dict[str, IndexEntry],
    before_commit: Callable[[], None] | None = None,
    agendas: list[Parsed] | None = None,
) -> tuple[list[FileResult], PackRecord]:
    """Everything in one transaction; any error rolls all of it back. (NORMAL sync, like
    imports: a commit lost to a power cut is an install that did not happen, which the
    journal then cleans up; the files were fsynced before, so a kept commit has them.)"""
    packs_dir = str(Path(library.home) / "packs") + os.sep
    results: list[FileResult] = []
    with library.db.write() as conn:
        ids = {it.id for it in manifest.items}
        paths = [str(p.path) for p in plans if p.path is not None]
        batch = _Batch(
            existing={r["id"]: r for r in _in(conn, "SELECT * FROM resources WHERE id", sorted(ids))},
            by_path={r[1]: r[0] for r in _in(conn, "SELECT id, path FROM resources WHERE path", paths)},
            inserts={}, contents=[], came_back=[],
        )  # fmt: skip
        chapters = library.meta.get_json(CHAPTERS_KEY, {}, conn)
        if previous is not None:
            for rid in previous.items:
                if rid not in ids:  # dropped by the new version; its notes stay
                    library.catalog.remove_in(conn, rid, dismiss=False)
                    chapters.pop(rid, None)
        dismissed = set(library.meta.get_json("dismissed_catalog_ids", [], conn))
        names = library.meta.get_json("catalog_match_names", {}, conn)
        for plan in plans:
            it = plan.item
            if it.id in skip:
                continue
            dismissed.discard(it.id)
            if it.chapters:
                chapters[it.id] = [[c.start, c.title] for c in it.chapters]
            else:
                chapters.pop(it.id, None)
            if it.match_names:
                names[it.id] = list(it.match_names)
            else:
                names.pop(it.id, None)
            if plan.path is None:
                results.append(_missing_entry(library, conn, it, packs_dir))
            else:
                results.append(_file_entry(library, conn, plan, index.get(it.id), batch))
        for cols, rows in batch.inserts.items():
            conn.executemany(
                f"INSERT INTO resources ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows
            )
        library.index.write_contents(conn, batch.contents)
        noted = _in(conn, "SELECT DISTINCT resource_id FROM notes WHERE resource_id", batch.came_back)
        for (rid,) in noted:  # back after its pack was removed: its notes are findable again
            library.index.reindex_notes_of(conn, rid)
        library.meta.set_json("dismissed_catalog_ids", sorted(dismissed), conn)
        library.meta.set_json("catalog_match_names", names, conn)
        library.meta.set_json(CHAPTERS_KEY, chapters, conn)
        owned = write_agendas(library, conn, agendas or [], previous.agendas if previous else {})
        record = replace(record, agendas=owned)
        recs = library.meta.get_json(records_key, {}, conn)
        recs[record.id] = record.to_json()
        library.meta.set_json(records_key, recs, conn)
        if before_commit is not None:
            before_commit()  # raising here rolls everything back
    return results, record
