"""The import pipeline: scan, skip what is unchanged (size+mtime, no hashing), extract in
worker processes, store.

The parent process is the only writer: each file is stored in its own savepoint inside
short batched transactions, so a cancelled or crashed import leaves every file either
fully in or untouched. Progress is yielded after each commit, never inside a transaction.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from real_desktop.core.catalog import Catalog
from real_desktop.core.db import Database
from real_desktop.core.i18n import later
from real_desktop.core.importing.files import Extracted, Job, classify, file_signature
from real_desktop.core.importing.scan import Scan
from real_desktop.core.importing.store import store_in
from real_desktop.core.importing.workers import DEFAULT_TARGET, borrow_pool
from real_desktop.core.index import Index
from real_desktop.core.models import (
    FileResult,
    ImportProgress,
    ImportSummary,
    Outcome,
    Resource,
    Status,
)
from real_desktop.core.speech.store import is_automatic

SECONDS_PER_MB = 0.02  # extra time allowed for large files (hashing ~50 MB/s on slow disks)
# Files per write transaction. 1 keeps the contract: a progress event per stored file,
# and cancel takes effect after the files in flight. Larger batches cut FTS write time
# by ~30 %, but the writer is not the bottleneck with two workers (docs/PERFORMANCE.md),
# and a burst of events would make Cancel land after the whole batch.
BATCH_FILES = 1
BATCH_SECONDS = 0.25  # longest a finished file may wait for its commit when batching


def keep_captions(job: Job, stored: list[tuple[str, str | None]]) -> None:
    """Add to `job` the caption files a resource already uses that are still there but
    not beside the file (a relinked video whose .vtt stayed where it was), unless a
    caption beside it has the same language (that one wins)."""
    beside = {lang for _, lang in job.captions}
    paths = {p for p, _ in job.captions}
    kept = [
        (p, lang) for p, lang in stored if p not in paths and lang not in beside and os.path.isfile(p)
    ]
    if kept:
        job.captions = [*job.captions, *kept]


def _reason(value: object) -> str:
    """A worker's failure reason as it came (a Message when the extractor gave one)."""
    return value if isinstance(value, str) else str(value)


def _not_saved(exc: sqlite3.Error) -> str:
    return later.tr("could not be saved: {error}").format(error=exc)


@dataclass
class Importer:
    """Imports into one library. Settings are the library's (tests and the benchmark
    change them there): `workers` (None: min(2, CPUs)), `extract_timeout` seconds per file
    plus SECONDS_PER_MB, and `extractor` ("module:function" run in the workers)."""

    db: Database
    catalog: Catalog
    index: Index
    workers: int | None = None
    extract_timeout: float = 120.0
    extractor: str = DEFAULT_TARGET

    def store(
        self,
        job: Job,
        ex: Extracted | None,
        reason: str = "",
        *,
        force_id: str | None = None,
        meta: dict[str, Any] | None = None,
        conn: sqlite3.Connection | None = None,
    ) -> list[FileResult]:
        """Write one extraction result atomically: in its own transaction, or - given
        `conn` inside an open transaction - within a savepoint. `force_id` stores it
        under that id; `meta` (title, tags, …) overrides what the file says."""
        if conn is None:
            with self.db.write() as c:
                return store_in(c, self.catalog, self.index, job, ex, reason, force_id, meta)
        conn.execute("SAVEPOINT store_file")
        try:
            results = store_in(conn, self.catalog, self.index, job, ex, reason, force_id, meta)
        except BaseException:
            conn.execute("ROLLBACK TO store_file")
            conn.execute("RELEASE store_file")
            raise
        conn.execute("RELEASE store_file")
        return results

    def quick(self, job: Job) -> FileResult | None:
        """Unchanged size+mtime (and captions): skip without hashing (a missing file that
        came back is OK again). None: the file must be extracted."""
        try:
            st = os.stat(job.path)
        except OSError as exc:
            return FileResult(
                job.path,
                Outcome.FAILED,
                later.tr("cannot read the file: {error}").format(error=exc.strerror),
            )
        row = self.catalog.row_by_path(job.path)
        if row is None:
            return None
        # Automatic tracks (core/speech) are not caption files: store_in carries them over.
        keep_captions(job, [(c[0], c[1]) for c in json.loads(row["captions"]) if not is_automatic(c)])
        sig = file_signature([c[0] for c in job.captions])
        if (row["size"], row["mtime_ns"], row["caption_sig"]) != (st.st_size, st.st_mtime_ns, sig):
            return None
        if row["status"] == "ok":
            return FileResult(
                job.path, Outcome.SKIPPED, later.tr("unchanged"), row["id"], unchanged=True
            )
        if row["status"] == "missing":
            self.catalog.set_status(row["id"], Status.OK, "", touch=True)
            return FileResult(job.path, Outcome.UPDATED, later.tr("found again"), row["id"])
        return None  # failed before: try again

    def _mark_missing(self, scan: Scan) -> list[FileResult]:
        out: list[FileResult] = []
        conn = self.db.connection()
        seen = set(scan.jobs) | {r.path for r in scan.early}
        candidates: list[sqlite3.Row] = []
        for root in scan.roots:
            prefix = str(root).rstrip(os.sep) + os.sep
            candidates += conn.execute(
                "SELECT id, path FROM resources WHERE substr(path, 1, ?) = ? AND status != 'missing'",
                (len(prefix), prefix),
            ).fetchall()
        for p in scan.gone:
            row = self.catalog.row_by_path(str(p))
            if row is None:
                out.append(FileResult(str(p), Outcome.FAILED, later.tr("no such file or folder")))
            elif row["status"] != "missing":
                candidates.append(row)
            else:
                gone = later.tr("still not found")
                out.append(FileResult(str(p), Outcome.MISSING, gone, row["id"]))
        for row in candidates:
            if row["path"] in seen or os.path.exists(row["path"]):
                continue
            reason = later.tr("file not found (last seen at {path})").format(path=row["path"])
            self.catalog.set_status(row["id"], Status.MISSING, reason)
            out.append(FileResult(row["path"], Outcome.MISSING, reason, row["id"]))
        return out

    def _limit(self, job: Job) -> float:
        try:
            size = os.path.getsize(job.path)
        except OSError:
            size = 0
        return self.extract_timeout + SECONDS_PER_MB * size / 1e6

    def _write_batch(self, batch: list[Any]) -> list[list[FileResult]]:
        """Store a batch of worker outcomes in one transaction, each file in a savepoint:
        a file that cannot be stored fails alone; a failed commit fails the batch."""
        if not batch:
            return []
        out: list[list[FileResult]] = []
        try:
            with self.db.write() as conn:
                for o in batch:
                    try:
                        value = o.value if o.ok else None
                        why = "" if o.ok else _reason(o.value)
                        out.append(self.store(o.job, value, why, conn=conn))
                    except sqlite3.Error as exc:
                        out.append(
                            [FileResult(o.job.path, Outcome.FAILED, _not_saved(exc))]
                        )
        except sqlite3.Error as exc:  # e.g. disk full at commit: nothing of the batch is in
            return [
                [FileResult(o.job.path, Outcome.FAILED, _not_saved(exc))]
                for o in batch
            ]
        return out

    def import_paths(
        self, paths: Iterable[Path | str], *, cancel: threading.Event | None = None
    ) -> Iterator[ImportProgress]:
        summary = ImportSummary()
        yield ImportProgress(0, 0, current="")
        scan = Scan()
        for p in paths:
            scan.add(p)
        # The same path given twice (a folder and a file in it) is reported once.
        first = list({r.path: r for r in self._mark_missing(scan) + scan.early}.values())
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
            quick = self.quick(job)
            if quick is None:
                todo.append(job)
                continue
            summary.results.append(quick)
            done += 1
            yield ImportProgress(done, total, job.path, quick)
        if todo and not (cancel is not None and cancel.is_set()):
            batch: list[Any] = []
            started = 0.0
            with borrow_pool(self.workers, self.extractor, self._limit) as pool:
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
                        for results in self._write_batch(batch):
                            done += 1
                            summary.results.extend(results)
                            yield ImportProgress(done, total, results[0].path, results[0])
                        batch = []
                for results in self._write_batch(batch):
                    done += 1
                    summary.results.extend(results)
                    yield ImportProgress(done, total, results[0].path, results[0])
        summary.cancelled = bool(cancel is not None and cancel.is_set() and done < total)
        yield ImportProgress(done, total, "", None, summary)

    def relink(self, resource_id: str, path: Path) -> Resource:
        """Point a resource at a located file (re-extracting it). Raises ValueError with a
        user-readable message when the file is unusable."""
        res = self.catalog.get(resource_id)
        if res is None:
            raise ValueError(later.tr("There is no resource with id {id}.").format(id=resource_id))
        path = Path(os.path.abspath(os.path.expanduser(str(path))))
        if not path.is_file():
            raise ValueError(later.tr("{path} is not a file.").format(path=path))
        kind = classify(path)
        if kind is None:
            raise ValueError(
                later.tr("{name}: unsupported file type ({suffix}).").format(
                    name=path.name, suffix=path.suffix or later.tr("no extension"))
            )  # fmt: skip
        if (kind[0] == "document") != (res.kind == "document"):
            raise ValueError(later.tr("{name} is a {kind} file, but “{title}” is a {resource_kind}.").format(
                name=path.name, kind=kind[0], title=res.title, resource_kind=res.kind))  # fmt: skip
        scan = Scan()
        scan.add(path)
        job = scan.jobs.get(str(path))
        if job is None:
            raise ValueError(later.tr("{name} cannot be imported.").format(name=path.name))
        keep_captions(job, [(c.path, c.language) for c in res.captions if not is_automatic(c)])
        with borrow_pool(1, self.extractor, self._limit) as pool:
            outcome = next(iter(pool.run([job])))
        if not outcome.ok:
            raise ValueError(f"{path.name}: {outcome.value}")
        self.store(job, outcome.value, force_id=resource_id)
        got = self.catalog.get(resource_id)
        assert got is not None
        return got
