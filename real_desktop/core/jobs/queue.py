"""The job queue (table `jobs`, schema v7): what is waiting, running, done.

One pending (queued or running) job per item and kind. A job left 'running' by a process
that is gone (the app was closed or crashed) is queued again by `recover()`, so work
resumes after a restart. States: queued → running → done | failed | cancelled."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, NamedTuple

from real_desktop.core.db import Database
from real_desktop.core.timefmt import now_iso


class JobKind(StrEnum):
    TRANSCRIBE = "transcribe"
    OCR = "ocr"


class JobState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


PENDING = (JobState.QUEUED, JobState.RUNNING)


class Job(NamedTuple):
    id: int
    kind: JobKind
    resource_id: str
    options: dict[str, Any]
    state: JobState
    progress: float  # 0..1 of this item
    message: str  # why it failed, or what it did
    title: str = ""


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class JobQueue:
    def __init__(self, db: Database) -> None:
        self.db = db

    def enqueue(
        self, kind: JobKind | str, resource_ids: Iterable[str], options: dict[str, Any] | None = None
    ) -> list[int]:
        """Queue one job per item (an item already pending for this kind keeps its job,
        whose id is returned). Unknown ids are ignored."""
        kind = JobKind(kind)
        ids: list[int] = []
        with self.db.write() as conn:
            for rid in dict.fromkeys(resource_ids):
                if conn.execute("SELECT 1 FROM resources WHERE id = ?", (rid,)).fetchone() is None:
                    continue
                found = conn.execute(
                    "SELECT id FROM jobs WHERE kind = ? AND resource_id = ? "
                    "AND state IN ('queued', 'running')",
                    (kind, rid),
                ).fetchone()
                if found is not None:
                    conn.execute(
                        "UPDATE jobs SET options = ? WHERE id = ? AND state = 'queued'",
                        (json.dumps(options or {}), found[0]),
                    )
                    ids.append(int(found[0]))
                    continue
                cur = conn.execute(
                    "INSERT INTO jobs(kind, resource_id, options, created_at) VALUES (?, ?, ?, ?)",
                    (kind, rid, json.dumps(options or {}), now_iso()),
                )
                ids.append(int(cur.lastrowid or 0))
        return ids

    def recover(self) -> int:
        """Queue again the jobs whose process is gone. Returns how many."""
        conn = self.db.connection()
        stale = [
            jid
            for jid, pid in conn.execute("SELECT id, owner_pid FROM jobs WHERE state = 'running'")
            if not _alive(pid)
        ]
        if stale:
            with self.db.write() as w:
                w.execute(
                    "UPDATE jobs SET state = 'queued', owner_pid = NULL, progress = 0 "
                    "WHERE state = 'running' AND id IN (SELECT value FROM json_each(?))",
                    (json.dumps(stale),),
                )
        return len(stale)

    def claim(self, among: Iterable[int] | None = None) -> Job | None:
        """Take the oldest queued job (of `among`, when given) and mark it running."""
        with self.db.write() as conn:
            sql = "SELECT id FROM jobs WHERE state = 'queued'"
            params: list[Any] = []
            if among is not None:
                sql += " AND id IN (SELECT value FROM json_each(?))"
                params.append(json.dumps(list(among)))
            row = conn.execute(sql + " ORDER BY id LIMIT 1", params).fetchone()
            if row is None:
                return None
            conn.execute(
                "UPDATE jobs SET state = 'running', owner_pid = ?, started_at = ?, progress = 0, "
                "message = '' WHERE id = ?",
                (os.getpid(), now_iso(), row[0]),
            )
        return self.get(int(row[0]))

    def requeue(self, job_id: int) -> None:
        """Back to the queue (the app closed while it ran): it starts again next time."""
        with self.db.write() as conn:
            conn.execute(
                "UPDATE jobs SET state = 'queued', owner_pid = NULL, progress = 0 "
                "WHERE id = ? AND state = 'running'",
                (job_id,),
            )

    def set_progress(self, job_id: int, fraction: float) -> None:
        with self.db.write() as conn:
            conn.execute(
                "UPDATE jobs SET progress = ? WHERE id = ? AND state = 'running'",
                (max(0.0, min(1.0, fraction)), job_id),
            )

    def finish(self, job_id: int, state: JobState, message: str = "") -> None:
        with self.db.write() as conn:
            conn.execute(
                "UPDATE jobs SET state = ?, message = ?, finished_at = ?, owner_pid = NULL, "
                "progress = CASE WHEN ? = 'done' THEN 1 ELSE progress END WHERE id = ?",
                (JobState(state), message, now_iso(), JobState(state), job_id),
            )

    def cancel(self, job_ids: Iterable[int] | None = None) -> int:
        """Cancel these pending jobs (all pending ones with None). A running job's runner
        sees the state change and stops its worker."""
        with self.db.write() as conn:
            sql = (
                "UPDATE jobs SET state = 'cancelled', finished_at = ?, owner_pid = NULL "
                "WHERE state IN ('queued', 'running')"
            )
            params: list[Any] = [now_iso()]
            if job_ids is not None:
                sql += " AND id IN (SELECT value FROM json_each(?))"
                params.append(json.dumps(list(job_ids)))
            return conn.execute(sql, params).rowcount

    def state(self, job_id: int) -> JobState | None:
        row = self.db.connection().execute("SELECT state FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return JobState(row[0]) if row else None

    def get(self, job_id: int) -> Job | None:
        rows = self._select("WHERE j.id = ?", (job_id,))
        return rows[0] if rows else None

    def pending(self) -> list[Job]:
        return self._select("WHERE j.state IN ('queued', 'running') ORDER BY j.id", ())

    def recent(self, limit: int = 50) -> list[Job]:
        """Pending jobs first, then the last finished ones."""
        return self._select(
            "ORDER BY j.state NOT IN ('queued', 'running'), j.id DESC LIMIT ?", (limit,)
        )

    def clear_finished(self) -> int:
        with self.db.write() as conn:
            return conn.execute(
                "DELETE FROM jobs WHERE state IN ('done', 'failed', 'cancelled')"
            ).rowcount

    def _select(self, tail: str, params: tuple[Any, ...]) -> list[Job]:
        conn: sqlite3.Connection = self.db.connection()
        return [
            Job(
                int(r["id"]), JobKind(r["kind"]), r["resource_id"], json.loads(r["options"] or "{}"),
                JobState(r["state"]), float(r["progress"]), r["message"], r["title"] or "",
            )  # fmt: skip
            for r in conn.execute(
                "SELECT j.*, r.title FROM jobs j LEFT JOIN resources r ON r.id = j.resource_id "
                + tail,
                params,
            )
        ]
