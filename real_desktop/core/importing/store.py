"""Storing one extracted file: which library entry it is (the same path, a moved file by
checksum, a starter-catalog entry waiting for its media, a removed resource coming back)
and its row, segments and index rows, in the caller's transaction."""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
from pathlib import Path
from typing import Any

from real_desktop.core.catalog import Catalog
from real_desktop.core.i18n import later
from real_desktop.core.importing.files import Extracted, Job, file_signature, humanize_stem
from real_desktop.core.index import Index
from real_desktop.core.models import FileResult, Outcome
from real_desktop.core.speech.store import carry_automatic, mark_machine
from real_desktop.core.textutil import name_key, slugify, text_digest
from real_desktop.core.timefmt import now_iso

META_FIELDS = ("title", "description", "collection", "tags", "people", "language", "date")


def new_id(title: str, conn: sqlite3.Connection | None = None) -> str:
    """Readable and short enough to type: "equity-guide-3fa2c1" (checked unused)."""
    base = slugify(title)[:40].strip("-") or "item"
    while True:
        rid = f"{base}-{secrets.token_hex(3)}"
        if (
            conn is None
            or not conn.execute("SELECT 1 FROM resources WHERE id = ?", (rid,)).fetchone()
        ):
            return rid


def _linked(entry: sqlite3.Row) -> str:
    return later.tr("linked to the library entry “{title}”").format(title=entry["title"])


def store_in(
    conn: sqlite3.Connection,
    catalog: Catalog,
    index: Index,
    job: Job,
    ex: Extracted | None,
    reason: str = "",
    force_id: str | None = None,
    meta: dict[str, Any] | None = None,
) -> list[FileResult]:
    """Write one extraction result (or, with `ex=None`, a failure with `reason`) inside
    the caller's transaction. Returns the file's result first, then results for caption
    files that could not be read."""
    now = now_iso()
    results: list[FileResult] = []
    row = catalog.row_by_path(job.path, conn)
    if force_id is not None and row is not None and row["id"] != force_id:
        raise ValueError(
            later.tr(
                "This file is already in the library as “{title}” ({id}); remove that entry first."
            ).format(title=row["title"], id=row["id"])
        )
    if ex is None:
        rid = force_id or (row["id"] if row else new_id(Path(job.path).stem, conn))
        values: dict[str, Any] = {
            "id": rid,
            "path": job.path,
            "status": "failed",
            "status_reason": reason,
            "updated_at": now,
        }
        try:
            st = os.stat(job.path)
            values.update(size=st.st_size, mtime_ns=st.st_mtime_ns)
        except OSError:
            pass
        existing = conn.execute("SELECT 1 FROM resources WHERE id = ?", (rid,)).fetchone()
        if existing:
            # Keep the text it had: the old version stays searchable, flagged as failed.
            cols = [c for c in values if c != "id"]
            conn.execute(
                f"UPDATE resources SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
                [*(values[c] for c in cols), rid],
            )
        else:
            values.update(
                kind=job.kind,
                format=job.format,
                title=humanize_stem(Path(job.path)),
                added_at=now,
            )
            catalog.upsert(values, conn)
            index.write_content(conn, rid, [])
        return [FileResult(job.path, Outcome.FAILED, reason, rid)]

    sig = file_signature([c[0] for c in job.captions])
    outcome, why = Outcome.ADDED, ""
    came_back = False  # a removed resource's file, re-imported under its old id
    target: sqlite3.Row | None = None
    if force_id is not None:
        target = catalog.row(force_id, conn)
        outcome = Outcome.UPDATED if target is not None else Outcome.ADDED
        rid = force_id
    elif row is not None:
        target, rid, outcome = row, row["id"], Outcome.UPDATED
        if row["sha256"] == ex.sha256 and row["status"] == "ok" and row["caption_sig"] == sig:
            conn.execute(
                "UPDATE resources SET size = ?, mtime_ns = ? WHERE id = ?",
                (ex.size, ex.mtime_ns, rid),
            )
            return [
                FileResult(
                    job.path,
                    Outcome.SKIPPED,
                    later.tr("unchanged (same contents)"),
                    rid,
                    unchanged=True,
                )
            ]
    else:
        same = conn.execute(
            "SELECT * FROM resources WHERE sha256 = ? ORDER BY status = 'ok', added_at",
            (ex.sha256,),
        ).fetchall()
        for cand in same:
            if cand["path"] is None or not os.path.exists(cand["path"]):
                target, rid, outcome = cand, cand["id"], Outcome.UPDATED
                why = (
                    later.tr("moved from {path}").format(path=cand["path"])
                    if cand["path"]
                    else _linked(cand)
                )
                break
        else:
            if same:
                dup = same[0]
                return [
                    FileResult(
                        job.path,
                        Outcome.SKIPPED,
                        later.tr("same contents as {path}, already in the library").format(
                            path=dup["path"]
                        ),
                        dup["id"],
                        unchanged=True,
                    )
                ]
            linked = catalog_entry_for(conn, job, ex)
            if linked is not None:
                target, rid, outcome = linked, linked["id"], Outcome.UPDATED
                why = _linked(linked)
            else:
                earlier = catalog.take_removed_id(conn, ex.sha256, job.path)
                if earlier is not None:
                    why = later.tr("back in the library with its earlier id")
                    rid, came_back = earlier, True
                else:
                    rid = new_id(ex.title, conn)
    values = {
        "id": rid,
        "kind": job.kind,
        "format": job.format,
        "path": job.path,
        "size": ex.size,
        "mtime_ns": ex.mtime_ns,
        "sha256": ex.sha256,
        "page_count": ex.page_count,
        "status": "ok",
        "status_reason": ex.note,
        "captions": json.dumps([list(c) for c in ex.captions]),
        "caption_sig": sig,
        "text_sha256": text_digest(seg[-1] for seg in ex.segments),
        "updated_at": now,
    }
    if job.kind != "document":
        # The container's duration when it has a reliable one; otherwise keep what the
        # player measured for these same bytes, else unknown until the player reports it.
        same_bytes = target is not None and target["sha256"] == ex.sha256
        values["duration"] = ex.duration or (target["duration"] if same_bytes else None)
    keep_meta = target is not None and target["meta_source"] in ("catalog", "user")
    if meta is not None:
        values.update({k: meta[k] for k in META_FIELDS if k in meta})
        values["meta_source"] = "catalog"
    elif not keep_meta:
        values.update(
            title=ex.title,
            language=ex.language,
            people=ex.people,
            description=ex.description,
            meta_source="file",
        )
    if target is None:
        values["added_at"] = now
    for k in ("tags", "people"):
        if k in values and not isinstance(values[k], str):
            values[k] = json.dumps(list(values[k]))
    segments, machine = ex.segments, set()
    if target is not None and job.kind != "document" and target["sha256"] == ex.sha256:
        # Same bytes: automatic captions (core/speech) for languages no caption file covers stay.
        captions, segments, machine = carry_automatic(conn, rid, [list(c) for c in ex.captions], ex.segments)
        values["captions"] = json.dumps(captions)
    catalog.upsert(values, conn)
    index.write_content(conn, rid, segments)
    mark_machine(conn, rid, machine)
    if came_back:
        index.reindex_notes_of(conn, rid)
    results.append(FileResult(job.path, outcome, why, rid))
    results += [
        FileResult(p, Outcome.FAILED, later.tr("captions not used: {why}").format(why=r), rid)
        for p, r in ex.caption_errors
    ]
    return results


def catalog_entry_for(conn: sqlite3.Connection, job: Job, ex: Extracted) -> sqlite3.Row | None:
    """The one catalog entry still waiting for its media file that this new file is:
    same kind, and the catalog's sha256 or its title/match names equal the file name
    (compared as name keys). None when no entry or several entries fit."""
    if job.kind == "document":
        return None
    rows = conn.execute(
        "SELECT * FROM resources WHERE meta_source = 'catalog' AND status = 'missing' AND kind = ?",
        (job.kind,),
    ).fetchall()
    rows = [r for r in rows if r["path"] is None or not os.path.exists(r["path"])]
    if not rows:
        return None
    try:
        names = json.loads(
            (
                conn.execute("SELECT value FROM meta WHERE key = 'catalog_match_names'").fetchone()
                or ["{}"]
            )[0]
        )
    except (TypeError, ValueError):
        names = {}
    if not isinstance(names, dict):
        names = {}
    key = name_key(Path(job.path).stem)
    found = [
        r
        for r in rows
        if (r["sha256"] and r["sha256"] == ex.sha256)
        or key == name_key(r["title"])
        or key in {name_key(str(n)) for n in (names.get(r["id"]) or [])}
    ]
    return found[0] if len(found) == 1 else None
