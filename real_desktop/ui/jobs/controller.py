"""Queues transcription/OCR jobs and runs them off the UI thread.

The runner itself spends its time waiting on a worker process (which runs at low
priority), so the window's thread only ever sees queued signal emissions: progress is
coalesced to one repaint per PROGRESS_INTERVAL_MS."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from real_desktop.core.jobs.queue import Job, JobKind, JobQueue
from real_desktop.core.jobs.runner import JobProgress, JobRunner, RunSummary, items_without_text
from real_desktop.core.policy import Action
from real_desktop.ui.guard import while_alive
from real_desktop.ui.tasks import Task, TaskRunner

PROGRESS_INTERVAL_MS = 100


class JobsController(QObject):
    jobsChanged = Signal(object)  # list[Job]: the queue as the panel lists it
    progress = Signal(object)  # JobProgress (coalesced)
    finished = Signal(object)  # RunSummary of a run that ended
    itemDone = Signal(str)  # resource id whose text changed (the views reload it)

    def __init__(
        self,
        library: Any,
        policy: Any,
        tasks: TaskRunner | None = None,
        parent: QObject | None = None,
        *,
        work_tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.policy = library, policy
        # Quick database work (queue, list, cancel) on `tasks`; the run itself on a
        # one-thread runner of its own: it lasts as long as the queue and must neither
        # take one of the window's pool threads for that long nor hold up a Cancel.
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self.work_tasks = work_tasks if work_tasks is not None else TaskRunner(self, max_threads=1)
        # The speech engine's options (engine, whisper_model), asked at each queueing so a
        # change in the settings applies to the next job.
        self.speech_options: Callable[[], dict[str, Any]] = dict
        self.task: Task | None = None
        self._pause = threading.Event()
        self.last: JobProgress | None = None
        self._unshown: JobProgress | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROGRESS_INTERVAL_MS)
        self._timer.timeout.connect(self._flush)

    @property
    def running(self) -> bool:
        return self.task is not None

    def allowed(self) -> bool:
        return bool(self.policy.allows(Action.TRANSCRIBE))

    # -- queueing -------------------------------------------------------------------------
    def transcribe(self, resource_ids: Iterable[str]) -> None:
        self.queue(JobKind.TRANSCRIBE, resource_ids, self.speech_options())

    def recognise(self, resource_ids: Iterable[str]) -> None:
        self.queue(JobKind.OCR, resource_ids, {})

    def queue(self, kind: JobKind, resource_ids: Iterable[str], options: dict[str, Any]) -> None:
        if not self.allowed():
            return
        ids = list(resource_ids)
        if not ids:
            return
        self.tasks.submit(
            JobQueue(self.library.db).enqueue, kind, ids, options, on_done=lambda _ids: self.start()
        )

    def without_text(self, kind: JobKind, among: Iterable[str] | None = None) -> list[str]:
        """Items the import summary offers to transcribe / recognise (worker thread)."""
        found = items_without_text(self.library.db, kind)
        if among is None:
            return found
        wanted = set(among)
        return [i for i in found if i in wanted]

    # -- running --------------------------------------------------------------------------
    def start(self) -> None:
        """Run everything queued (also what a previous session left: it resumes)."""
        self.refresh()
        if self.task is not None or not self.allowed():
            return
        runner = JobRunner(self.library.db, self.library.index, self.library.home)
        self._pause.clear()
        self.task = self.work_tasks.submit(
            runner.run, on_progress=self._on_progress, on_done=self._on_done,
            on_error=self._on_error, pause=self._pause,
        )  # fmt: skip

    def shutdown(self) -> None:
        """The app is closing: stop the worker now; the job it was doing goes back to the
        queue and the next start resumes it. Waits for the run's thread (~0.1 s)."""
        self._pause.set()
        self.work_tasks.shutdown()

    def cancel_all(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.tasks.submit(JobQueue(self.library.db).cancel, on_done=lambda _n: self.refresh())

    def cancel(self, job_id: int) -> None:
        self.tasks.submit(JobQueue(self.library.db).cancel, [job_id], on_done=lambda _n: self.refresh())

    def clear_finished(self) -> None:
        self.tasks.submit(JobQueue(self.library.db).clear_finished, on_done=lambda _n: self.refresh())

    def refresh(self) -> None:
        # A read: cheap, but it still goes off the UI thread like every database access.
        # The window (and this controller) may be gone when the read comes back (a kiosk's
        # admin window closed): emitting then raised "Signal source has been deleted".
        self.tasks.submit(JobQueue(self.library.db).recent,
                          on_done=while_alive(self, self.jobsChanged.emit))  # fmt: skip

    def _on_progress(self, p: JobProgress) -> None:
        self.last = p
        if p.finished:
            self._flush()
            self.refresh()
            if p.job.state.value == "done":
                self.itemDone.emit(p.job.resource_id)
            return
        self._unshown = p
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        if self._unshown is not None:
            p, self._unshown = self._unshown, None
            self.progress.emit(p)
        elif self.last is not None and self.last.finished:
            self.progress.emit(self.last)

    def _on_done(self, summary: RunSummary) -> None:
        self.task = None
        self._flush()
        self.refresh()
        self.finished.emit(summary)

    def _on_error(self, exc: BaseException) -> None:
        self.task = None
        self.refresh()
        self.finished.emit(RunSummary([]))

    def pending_jobs(self) -> list[Job]:
        return JobQueue(self.library.db).pending()
