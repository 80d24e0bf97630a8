"""Importing files: scan, skip what is unchanged, extract in worker processes, store.

The parent process is the only writer: each file is stored in its own savepoint inside
short batched transactions, so a cancelled or crashed import leaves every file either
fully in or untouched.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from real_desktop.core.extract import (
    _LANG,
    CAPTION_EXTS,
    Extracted,
    Job,
    classify,
    file_signature,
)
from real_desktop.core.models import FileResult, ImportProgress, ImportSummary, Outcome, Resource
from real_desktop.core.textutil import display_path, name_key, slugify

if TYPE_CHECKING:
    from real_desktop.core.library import Library

SECONDS_PER_MB = 0.02  # extra time allowed for large files (hashing ~50 MB/s on slow disks)


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


def _valid_name(p: Path) -> bool:
    try:
        str(p).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _bad_name_reason(p: Path) -> str:
    """Say which part of the path to rename: the file, or a folder it is in."""
    if _valid_name(Path(p.name)):
        return (
            "the name of a folder it is in is not valid UTF-8; rename the folder "
            f"({display_path(str(p.parent))}) and import it again"
        )
    return "the file name is not valid UTF-8; rename the file and import it again"


def _owner(cap_name: str, media_by_stem: dict[str, Path]) -> tuple[Path, str | None] | None:
    """The media file a caption file belongs to, and its language (talk.es.srt -> "es")."""
    base = cap_name[: cap_name.rfind(".")]
    if base in media_by_stem:
        return media_by_stem[base], None
    if "." in base:
        head, lang = base.rsplit(".", 1)
        if head in media_by_stem and _LANG.match(lang):
            return media_by_stem[head], lang
    return None


def _track_order(item: tuple[str, str | None]) -> tuple[int, str, str]:
    path, lang = item
    # Untagged first, then by language; .vtt before .srt for the same language.
    return (0 if lang is None else 1, lang or "", "0" if path.endswith(".vtt") else "1")


class _Scan:
    def __init__(self) -> None:
        self.jobs: dict[str, Job] = {}
        self.early: list[FileResult] = []
        self.roots: list[Path] = []
        self.gone: list[Path] = []

    def add_dir_files(
        self, folder: Path, names: list[str], explicit: set[str] | None = None
    ) -> None:
        media: dict[str, Path] = {}
        docs: list[Path] = []
        caps: list[str] = []
        for name in sorted(names):
            p = folder / name
            if explicit is None and name.startswith("."):
                continue  # hidden files (.DS_Store, editor swap files) are not library material
            if (
                explicit is not None
                and name not in explicit
                and not name.lower().endswith(CAPTION_EXTS)
            ):
                continue
            if not _valid_name(p):
                self.early.append(
                    FileResult(
                        display_path(str(p)),
                        Outcome.FAILED,
                        _bad_name_reason(p),
                    )
                )
                continue
            if name.lower().endswith(CAPTION_EXTS):
                caps.append(name)
                continue
            kind = classify(p)
            if kind is None:
                ext = p.suffix.lower() or "no extension"
                self.early.append(
                    FileResult(str(p), Outcome.SKIPPED, f"unsupported file type ({ext})")
                )
            elif kind[0] == "document":
                docs.append(p)
            else:
                media[p.stem] = p
        tracks: dict[Path, list[tuple[str, str | None]]] = {m: [] for m in media.values()}
        for name in caps:
            owner = _owner(name, media)
            if owner is not None:
                tracks[owner[0]].append((str(folder / name), owner[1]))
            elif explicit is None or name in explicit:
                self.early.append(
                    FileResult(
                        str(folder / name),
                        Outcome.SKIPPED,
                        "caption file with no video or audio of the same name beside it",
                    )
                )
        for p in docs:
            kind, fmt = classify(p) or ("document", "txt")
            self.jobs.setdefault(str(p), Job(str(p), kind, fmt))
        for p in media.values():
            kind, fmt = classify(p) or ("video", "mp4")
            self.jobs[str(p)] = Job(str(p), kind, fmt, sorted(tracks[p], key=_track_order))

    def add(self, raw: Path | str) -> None:
        p = Path(os.path.abspath(os.path.expanduser(str(raw))))
        if not _valid_name(p):
            self.early.append(
                FileResult(
                    display_path(str(p)),
                    Outcome.FAILED,
                    _bad_name_reason(p),
                )
            )
            return
        if p.is_dir():
            self.roots.append(p)
            for folder, dirs, files in os.walk(p, onerror=self._walk_error):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                self.add_dir_files(Path(folder), files)
        elif p.is_file():
            try:
                siblings = [p.parent / n for n in os.listdir(p.parent)]
            except OSError:
                siblings = [p]
            target = p
            if p.name.lower().endswith(CAPTION_EXTS):
                # A caption file given by itself: import the video/audio it belongs to.
                media = {
                    q.stem: q for q in siblings if (classify(q) or ("document",))[0] != "document"
                }
                owner = _owner(p.name, media)
                if owner is None:
                    self.early.append(
                        FileResult(
                            str(p),
                            Outcome.SKIPPED,
                            "caption file with no video or audio of the same name beside it",
                        )
                    )
                    return
                target = owner[0]
            names = [
                target.name,
                *(q.name for q in siblings if q.name.lower().endswith(CAPTION_EXTS)),
            ]
            self.add_dir_files(p.parent, names, {target.name})
        elif p.exists():
            self.early.append(FileResult(str(p), Outcome.SKIPPED, "not a regular file"))
        else:
            self.gone.append(p)

    def _walk_error(self, exc: OSError) -> None:
        self.early.append(
            FileResult(str(exc.filename), Outcome.FAILED, f"cannot read the folder: {exc.strerror}")
        )


def _row_by_path(conn: sqlite3.Connection, path: str) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM resources WHERE path = ?", (path,)).fetchone()


def _mark_missing(lib: Library, scan: _Scan) -> list[FileResult]:
    out: list[FileResult] = []
    conn = lib._conn()
    seen = set(scan.jobs) | {r.path for r in scan.early}
    candidates: list[sqlite3.Row] = []
    for root in scan.roots:
        prefix = str(root).rstrip(os.sep) + os.sep
        candidates += conn.execute(
            "SELECT id, path FROM resources WHERE substr(path, 1, ?) = ? AND status != 'missing'",
            (len(prefix), prefix),
        ).fetchall()
    for p in scan.gone:
        row = conn.execute(
            "SELECT id, path, status FROM resources WHERE path = ?", (str(p),)
        ).fetchone()
        if row is None:
            out.append(FileResult(str(p), Outcome.FAILED, "no such file or folder"))
        elif row["status"] != "missing":
            candidates.append(row)
        else:
            out.append(FileResult(str(p), Outcome.MISSING, "still not found", row["id"]))
    for row in candidates:
        if row["path"] in seen or os.path.exists(row["path"]):
            continue
        reason = f"file not found (last seen at {row['path']})"
        with lib._write() as w:
            w.execute(
                "UPDATE resources SET status = 'missing', status_reason = ? WHERE id = ?",
                (reason, row["id"]),
            )
        out.append(FileResult(row["path"], Outcome.MISSING, reason, row["id"]))
    return out


def _quick(lib: Library, job: Job) -> FileResult | None:
    """Unchanged size+mtime (and captions): skip without hashing."""
    try:
        st = os.stat(job.path)
    except OSError as exc:
        return FileResult(job.path, Outcome.FAILED, f"cannot read the file: {exc.strerror}")
    row = _row_by_path(lib._conn(), job.path)
    if row is None:
        return None
    sig = file_signature([c[0] for c in job.captions])
    if row["size"] != st.st_size or row["mtime_ns"] != st.st_mtime_ns or row["caption_sig"] != sig:
        return None
    if row["status"] == "ok":
        return FileResult(job.path, Outcome.SKIPPED, "unchanged", row["id"])
    if row["status"] == "missing":
        with lib._write() as conn:
            conn.execute(
                "UPDATE resources SET status = 'ok', status_reason = '', updated_at = ? WHERE id = ?",
                (_now(), row["id"]),
            )
        return FileResult(job.path, Outcome.UPDATED, "found again", row["id"])
    return None  # failed before: try again


def _now() -> str:
    from real_desktop.core.library import now_iso

    return now_iso()


def _upsert(conn: sqlite3.Connection, values: dict[str, Any]) -> None:
    """Insert a resource row, or update only the given columns of an existing one.
    (INSERT … ON CONFLICT would check NOT NULL columns that an update leaves alone.)"""
    cols = [c for c in values if c != "id"]
    if conn.execute("SELECT 1 FROM resources WHERE id = ?", (values["id"],)).fetchone():
        cols = [c for c in cols if c != "added_at"]
        conn.execute(
            f"UPDATE resources SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
            [*(values[c] for c in cols), values["id"]],
        )
    else:
        conn.execute(
            f"INSERT INTO resources (id, {', '.join(cols)}) VALUES (?{', ?' * len(cols)})",
            [values["id"], *(values[c] for c in cols)],
        )


META_FIELDS = ("title", "description", "collection", "tags", "people", "language", "date")


def store(
    lib: Library,
    job: Job,
    ex: Extracted | None,
    reason: str = "",
    *,
    force_id: str | None = None,
    meta: dict[str, Any] | None = None,
    conn: sqlite3.Connection | None = None,
) -> list[FileResult]:
    """Write one extraction result atomically: in its own transaction, or - given `conn`
    inside an open transaction - within a savepoint. Returns the file's result first,
    then results for caption files that could not be read."""
    if conn is None:
        with lib._write() as c:
            return _store(lib, c, job, ex, reason, force_id, meta)
    conn.execute("SAVEPOINT store_file")
    try:
        results = _store(lib, conn, job, ex, reason, force_id, meta)
    except BaseException:
        conn.execute("ROLLBACK TO store_file")
        conn.execute("RELEASE store_file")
        raise
    conn.execute("RELEASE store_file")
    return results


def _store(
    lib: Library,
    conn: sqlite3.Connection,
    job: Job,
    ex: Extracted | None,
    reason: str,
    force_id: str | None,
    meta: dict[str, Any] | None,
) -> list[FileResult]:
    now = _now()
    results: list[FileResult] = []
    row = _row_by_path(conn, job.path)
    if force_id is not None and row is not None and row["id"] != force_id:
        raise ValueError(
            f"This file is already in the library as “{row['title']}” ({row['id']}); "
            "remove that entry first."
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
            from real_desktop.core.extract import humanize_stem

            values.update(
                kind=job.kind,
                format=job.format,
                title=humanize_stem(Path(job.path)),
                added_at=now,
            )
            _upsert(conn, values)
            lib._write_content(conn, rid, [])
        return [FileResult(job.path, Outcome.FAILED, reason, rid)]

    sig = file_signature([c[0] for c in job.captions])
    outcome, why = Outcome.ADDED, ""
    came_back = False  # a removed resource's file, re-imported under its old id
    target: sqlite3.Row | None = None
    if force_id is not None:
        target = conn.execute("SELECT * FROM resources WHERE id = ?", (force_id,)).fetchone()
        outcome = Outcome.UPDATED if target is not None else Outcome.ADDED
        rid = force_id
    elif row is not None:
        target, rid, outcome = row, row["id"], Outcome.UPDATED
        if row["sha256"] == ex.sha256 and row["status"] == "ok" and row["caption_sig"] == sig:
            conn.execute(
                "UPDATE resources SET size = ?, mtime_ns = ? WHERE id = ?",
                (ex.size, ex.mtime_ns, rid),
            )
            return [FileResult(job.path, Outcome.SKIPPED, "unchanged (same contents)", rid)]
    else:
        same = conn.execute(
            "SELECT * FROM resources WHERE sha256 = ? ORDER BY status = 'ok', added_at",
            (ex.sha256,),
        ).fetchall()
        for cand in same:
            if cand["path"] is None or not os.path.exists(cand["path"]):
                target, rid, outcome = cand, cand["id"], Outcome.UPDATED
                why = (
                    f"moved from {cand['path']}"
                    if cand["path"]
                    else f"linked to the library entry “{cand['title']}”"
                )
                break
        else:
            if same:
                dup = same[0]
                return [
                    FileResult(
                        job.path,
                        Outcome.SKIPPED,
                        f"same contents as {dup['path']}, already in the library",
                        dup["id"],
                    )
                ]
            linked = _catalog_entry_for(conn, job, ex)
            if linked is not None:
                target, rid, outcome = linked, linked["id"], Outcome.UPDATED
                why = f"linked to the library entry “{linked['title']}”"
            else:
                earlier = lib._take_removed_id(conn, ex.sha256, job.path)
                if earlier is not None:
                    rid, why, came_back = earlier, "back in the library with its earlier id", True
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
    _upsert(conn, values)
    lib._write_content(conn, rid, ex.segments)
    if came_back:
        lib._reindex_notes_of(conn, rid)
    results.append(FileResult(job.path, outcome, why, rid))
    results += [
        FileResult(p, Outcome.FAILED, f"captions not used: {r}", rid) for p, r in ex.caption_errors
    ]
    return results


def _catalog_entry_for(conn: sqlite3.Connection, job: Job, ex: Extracted) -> sqlite3.Row | None:
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


def _timeout(lib: Library) -> Any:
    def limit(job: Job) -> float:
        try:
            size = os.path.getsize(job.path)
        except OSError:
            size = 0
        return lib.extract_timeout + SECONDS_PER_MB * size / 1e6

    return limit


# Files per write transaction. 1 keeps the contract: a progress event per stored file,
# and cancel takes effect after the files in flight. Larger batches cut FTS write time
# by ~30 %, but the writer is not the bottleneck with two workers (docs/PERFORMANCE.md),
# and a burst of events would make Cancel land after the whole batch.
BATCH_FILES = 1
BATCH_SECONDS = 0.25  # longest a finished file may wait for its commit when batching


def _write_batch(lib: Library, batch: list[Any]) -> list[list[FileResult]]:
    """Store a batch of worker outcomes in one transaction, each file in a savepoint: a
    file that cannot be stored fails alone; a failed commit fails the batch."""
    if not batch:
        return []
    out: list[list[FileResult]] = []
    try:
        with lib._write() as conn:
            for o in batch:
                try:
                    out.append(
                        store(
                            lib,
                            o.job,
                            o.value if o.ok else None,
                            "" if o.ok else str(o.value),
                            conn=conn,
                        )
                    )
                except sqlite3.Error as exc:
                    out.append(
                        [FileResult(o.job.path, Outcome.FAILED, f"could not be saved: {exc}")]
                    )
    except sqlite3.Error as exc:  # e.g. disk full at commit: nothing of the batch is in
        return [
            [FileResult(o.job.path, Outcome.FAILED, f"could not be saved: {exc}")] for o in batch
        ]
    return out


def import_paths(
    lib: Library, paths: Iterable[Path | str], *, cancel: threading.Event | None = None
) -> Iterator[ImportProgress]:
    from real_desktop.core.workers import borrow_pool

    summary = ImportSummary()
    yield ImportProgress(0, 0, current="")
    scan = _Scan()
    for p in paths:
        scan.add(p)
    # The same path given twice (a folder and a file in it) is reported once.
    first = list({r.path: r for r in _mark_missing(lib, scan) + scan.early}.values())
    total = len(first) + len(scan.jobs)
    done = 0
    yield ImportProgress(0, total, current="")  # scanned: the bar knows its length
    for r in first:
        summary.results.append(r)
        done += 1
        yield ImportProgress(done, total, r.path, r)
    todo: list[Job] = []
    for job in scan.jobs.values():
        if cancel is not None and cancel.is_set():
            break
        quick = _quick(lib, job)
        if quick is None:
            todo.append(job)
            continue
        summary.results.append(quick)
        done += 1
        yield ImportProgress(done, total, job.path, quick)
    if todo and not (cancel is not None and cancel.is_set()):
        # Results are written in batches of BATCH_FILES (one transaction, a savepoint per
        # file). Progress is yielded after each commit, so the consumer never runs
        # inside a transaction.
        batch: list[Any] = []
        started = 0.0
        with borrow_pool(lib.workers, lib.extractor, _timeout(lib)) as pool:
            for out in pool.run(todo, cancel=cancel, tick=BATCH_SECONDS):
                if out is not None:
                    if not batch:
                        started = time.monotonic()
                    batch.append(out)
                if batch and (
                    out is None
                    or len(batch) >= BATCH_FILES
                    or time.monotonic() - started >= BATCH_SECONDS
                ):
                    for results in _write_batch(lib, batch):
                        done += 1
                        summary.results.extend(results)
                        yield ImportProgress(done, total, results[0].path, results[0])
                    batch = []
            for results in _write_batch(lib, batch):
                done += 1
                summary.results.extend(results)
                yield ImportProgress(done, total, results[0].path, results[0])
    summary.cancelled = bool(cancel is not None and cancel.is_set() and done < total)
    yield ImportProgress(done, total, "", None, summary)


def relink(lib: Library, resource_id: str, path: Path) -> Resource:
    from real_desktop.core.workers import borrow_pool

    res = lib.get(resource_id)
    if res is None:
        raise ValueError(f"There is no resource with id {resource_id}.")
    path = Path(os.path.abspath(os.path.expanduser(str(path))))
    if not path.is_file():
        raise ValueError(f"{path} is not a file.")
    kind = classify(path)
    if kind is None:
        raise ValueError(f"{path.name}: unsupported file type ({path.suffix or 'no extension'}).")
    if (kind[0] == "document") != (res.kind == "document"):
        raise ValueError(f"{path.name} is a {kind[0]} file, but “{res.title}” is a {res.kind}.")
    scan = _Scan()
    scan.add(path)
    job = scan.jobs.get(str(path))
    if job is None:
        raise ValueError(f"{path.name} cannot be imported.")
    with borrow_pool(1, lib.extractor, _timeout(lib)) as pool:
        outcome = next(iter(pool.run([job])))
    if not outcome.ok:
        raise ValueError(f"{path.name}: {outcome.value}")
    store(lib, job, outcome.value, force_id=resource_id)
    got = lib.get(resource_id)
    assert got is not None
    return got
