"""Runs queued jobs, one worker process at a time (two cores: one for the window, one
for the work; the worker also runs at low priority), and stores what they return.

    runner = JobRunner(library.db, library.index, library.home)
    summary = runner.run(ids, report=show, cancel=event)

`cancel` (a threading.Event) stops the running worker at once and cancels the rest of
this run; `JobQueue.cancel([id])` from anywhere (another thread, another process) stops
one job. A result is stored in the parent, in one transaction, so a worker killed halfway
leaves nothing half-written."""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NamedTuple

from real_desktop.core.db import Database
from real_desktop.core.i18n import later, message_of
from real_desktop.core.index import Index
from real_desktop.core.jobs import work
from real_desktop.core.jobs.queue import Job, JobKind, JobQueue, JobState
from real_desktop.core.ocr.engine import OcrError, tesseract_language
from real_desktop.core.ocr.store import pages_without_text, store_pages
from real_desktop.core.speech.cues import Cue
from real_desktop.core.speech.engines import SpeechError, base_language
from real_desktop.core.speech.store import human_tracks, store_transcript

POLL_SECONDS = 0.1
STATE_CHECK_SECONDS = 0.5


class JobProgress(NamedTuple):
    job: Job  # the current item (state/progress as of now)
    fraction: float  # of the current item, 0..1
    done: int  # items finished in this run (any outcome)
    total: int  # items in this run
    finished: bool = False  # this event reports the end of `job`

    @property
    def overall(self) -> float:
        return min(1.0, (self.done + (0 if self.finished else self.fraction)) / max(1, self.total))


class RunSummary(NamedTuple):
    jobs: list[Job]  # every job this run ended, in order, with its final state

    def count(self, state: JobState) -> int:
        return sum(1 for j in self.jobs if j.state is state)

    @property
    def ok(self) -> bool:
        return all(j.state is JobState.DONE for j in self.jobs)


class JobError(RuntimeError):
    """A job cannot start (the item is gone, has no file, …); message for the user."""


class JobRunner:
    def __init__(self, db: Database, index: Index, home: Path) -> None:
        self.db, self.index, self.home = db, index, Path(home)
        self.queue = JobQueue(db)
        self._ctx = multiprocessing.get_context("spawn")

    def run(
        self,
        job_ids: Iterable[int] | None = None,
        *,
        report: Callable[[JobProgress], None] | None = None,
        cancel: threading.Event | None = None,
        pause: threading.Event | None = None,
    ) -> RunSummary:
        """Run these queued jobs (None: every queued job, including ones queued while it
        runs) until none is left, `cancel` is set (the rest of the run is cancelled) or
        `pause` is set (the app is closing: the running job goes back to the queue and
        starts again next time)."""
        among = None if job_ids is None else list(job_ids)
        self.queue.recover()
        ended: list[Job] = []
        while True:
            if pause is not None and pause.is_set():
                break
            if cancel is not None and cancel.is_set():
                if among is not None:
                    self.queue.cancel(among)
                    ended += [j for j in map(self.queue.get, among) if j is not None
                              and j.state is JobState.CANCELLED and j not in ended]  # fmt: skip
                break
            job = self.queue.claim(among)
            if job is None:
                break
            pending_now = len(self.queue.pending()) - 1
            total = len(among) if among is not None else len(ended) + 1 + pending_now
            state, message = self._run_one(job, report, cancel, len(ended), total, pause)
            if state is JobState.QUEUED:
                self.queue.requeue(job.id)
                break
            if self.queue.state(job.id) is JobState.CANCELLED:
                state = JobState.CANCELLED
            else:
                self.queue.finish(job.id, state, message)
            final = self.queue.get(job.id) or job._replace(state=state, message=message)
            ended.append(final)
            if report is not None:
                report(JobProgress(final, 1.0, len(ended), max(total, len(ended)), finished=True))
        return RunSummary(ended)

    # -- one job --------------------------------------------------------------------------
    def prepare(self, job: Job) -> tuple[str, dict[str, Any]]:
        """The file and the worker's options, or JobError."""
        row = self.db.connection().execute(
            "SELECT kind, path, status, duration, language, captions, format FROM resources "
            "WHERE id = ?",
            (job.resource_id,),
        ).fetchone()
        if row is None:
            raise JobError(later.tr("the item is no longer in the library"))
        if not row["path"] or row["status"] == "missing" or not Path(row["path"]).is_file():
            raise JobError(later.tr("its file is not on this computer"))
        opts = dict(job.options)
        if job.kind is JobKind.TRANSCRIBE:
            if row["kind"] == "document":
                raise JobError(
                    later.tr(
                        "it is a document: OCR recognises documents, transcription is for videos"
                    )
                )
            lang = base_language(opts.get("language") or row["language"] or "en")
            if human_tracks(row["captions"], lang):
                raise JobError(
                    later.tr("it already has captions in that language from a caption file")
                )
            opts.update(language=lang, duration=row["duration"])
        else:
            if row["kind"] != "document" or row["format"] != "pdf":
                raise JobError(later.tr("OCR reads PDF documents only"))
            pages = pages_without_text(self.db.connection(), job.resource_id)
            if not pages:
                raise JobError(later.tr("every page already has text"))
            opts.update(pages=pages, language=tesseract_language(row["language"], opts.get("language")))
        return str(row["path"]), opts

    def _run_one(
        self,
        job: Job,
        report: Callable[[JobProgress], None] | None,
        cancel: threading.Event | None,
        done: int,
        total: int,
        pause: threading.Event | None = None,
    ) -> tuple[JobState, str]:
        try:
            path, opts = self.prepare(job)
        except JobError as exc:
            return JobState.FAILED, message_of(exc)
        if report is not None:
            report(JobProgress(job, 0.0, done, total))
        parent, child = self._ctx.Pipe(duplex=False)
        proc = self._ctx.Process(
            target=work.main, args=(str(job.kind), path, opts, child), daemon=True,
            name=f"real-desktop-{job.kind}",
        )  # fmt: skip
        proc.start()
        child.close()
        result: tuple[Any, ...] | None = None
        checked = time.monotonic()
        try:
            while result is None:
                # Pause first: closing the app sets both (TaskRunner.shutdown cancels too).
                if pause is not None and pause.is_set():
                    return JobState.QUEUED, ""
                if cancel is not None and cancel.is_set():
                    return JobState.CANCELLED, later.tr("cancelled")
                if time.monotonic() - checked >= STATE_CHECK_SECONDS:
                    checked = time.monotonic()
                    if self.queue.state(job.id) is JobState.CANCELLED:
                        return JobState.CANCELLED, later.tr("cancelled")
                try:
                    if not parent.poll(POLL_SECONDS):
                        if not proc.is_alive() and not parent.poll(0):
                            return JobState.FAILED, _crashed(proc.exitcode, opts)
                        continue
                    msg = parent.recv()
                except (EOFError, OSError):
                    proc.join(5)
                    return JobState.FAILED, _crashed(proc.exitcode, opts)
                if msg[0] == "progress":
                    fraction = float(msg[1])
                    self.queue.set_progress(job.id, fraction)
                    if report is not None:
                        report(JobProgress(job._replace(progress=fraction), fraction, done, total))
                else:
                    result = msg
        finally:
            if proc.is_alive():
                proc.terminate()
            proc.join(5)
            parent.close()
        if result[0] == "error":
            return JobState.FAILED, str(result[1])
        try:
            return JobState.DONE, self._store(job, opts, result[1])
        except (SpeechError, OcrError) as exc:
            return JobState.FAILED, message_of(exc)

    def _store(self, job: Job, opts: dict[str, Any], payload: Any) -> str:
        if job.kind is JobKind.TRANSCRIBE:
            cues = [Cue(float(s), float(e), str(t)) for s, e, t in payload]
            if not cues:
                raise SpeechError(later.tr("no speech was recognised"))
            store_transcript(
                self.db, self.index, self.home, job.resource_id, opts["language"], cues,
                opts.get("engine") or "pocketsphinx",
            )  # fmt: skip
            return later.tr("{count} captions").format(count=len(cues))
        texts = {int(k): str(v) for k, v in payload.items()}
        got = store_pages(self.db, self.index, job.resource_id, texts)
        if not got:
            raise OcrError(later.tr("no text was recognised on its pages"))
        total = len(opts["pages"])
        # Not a %n plural: a job's message is stored in English and read back (i18n.from_english).
        if total == 1:
            return later.tr("text recognised on {got} of {total} page").format(got=got, total=total)
        return later.tr("text recognised on {got} of {total} pages").format(got=got, total=total)


def _crashed(code: int | None, opts: dict[str, Any]) -> str:
    if code is not None and code < 0:
        why = later.tr("signal {number}").format(number=-code)
    else:
        why = later.tr("exit code {code}").format(code=code)
    if opts.get("engine") == "whisper":
        return later.tr(
            "the worker process stopped unexpectedly ({why}); the whisper model file may be damaged"
        ).format(why=why)
    return later.tr("the worker process stopped unexpectedly ({why})").format(why=why)


def items_without_text(db: Database, kind: JobKind) -> list[str]:
    """Ids for `--all` and the import summary's offer: videos/audio with no caption track
    at all; PDFs with no text on any page (scans)."""
    conn = db.connection()
    if kind is JobKind.TRANSCRIBE:
        sql = (
            "SELECT id FROM resources WHERE kind IN ('video', 'audio') AND status = 'ok' "
            "AND json_array_length(captions) = 0 ORDER BY sort_title"
        )
    else:
        sql = (
            "SELECT r.id FROM resources r WHERE r.kind = 'document' AND r.format = 'pdf' "
            "AND r.status = 'ok' AND NOT EXISTS (SELECT 1 FROM segments s WHERE "
            "s.resource_id = r.id AND s.loc_kind = 'page' AND trim(COALESCE(s.text, '')) != '') "
            "AND EXISTS (SELECT 1 FROM segments s WHERE s.resource_id = r.id AND s.loc_kind = 'page') "
            "ORDER BY r.sort_title"
        )
    return [r[0] for r in conn.execute(sql)]


def describe(job: Job) -> str:
    """"Transcribe “Title”" / "Recognise text of “Title”"."""
    verb = "Transcribe" if job.kind is JobKind.TRANSCRIBE else "Recognise text of"
    return f"{verb} “{job.title or job.resource_id}”"

