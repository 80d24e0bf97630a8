"""The one task helper: run work off the UI thread, deliver results on the main thread.

    tasks.submit(library.search, "equity", on_done=show_hits)
    tasks.submit(import_files, paths, on_progress=bar.update, cancellable=True)

A function that accepts a keyword argument named `report` is given a callable it may call
with any object; each call reaches `on_progress` on the main thread. A function that
accepts `cancel` gets a threading.Event that Task.cancel() sets.

`TaskRunner(synchronous=True)` runs everything inline on the caller's thread: tests use it
to make background work deterministic without sleeps.
"""

from __future__ import annotations

import inspect
import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the main thread; queued signal emissions hop results onto it."""

    done = Signal(object, object)  # task, result
    failed = Signal(object, object)  # task, exception
    progress = Signal(object, object)  # task, payload


class Task:
    """A handle on submitted work: cancel it, or ask whether it is still running."""

    def __init__(
        self,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[Any], None] | None,
        key: str | None,
    ) -> None:
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.on_done, self.on_error, self.on_progress = on_done, on_error, on_progress
        self.key = key
        self.cancel_event = threading.Event()
        self.finished = threading.Event()
        self.superseded = False  # a newer task with the same key replaced this one

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class _Runnable(QRunnable):
    def __init__(self, task: Task, runner: TaskRunner) -> None:
        super().__init__()
        self.task, self.runner = task, runner
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread
        self.runner._execute(self.task)


def _gone(exc: RuntimeError) -> bool:
    """Shiboken's words for a callback whose Qt object was deleted meanwhile (a kiosk
    visitor's window torn down while their search still ran): nothing is left to show
    the result in, so it is dropped rather than raised into the event loop."""
    text = str(exc)
    return "already deleted" in text or "has been deleted" in text


def _deliver(callback: Callable[[Any], None], value: Any) -> None:
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject) and not shiboken6.isValid(owner):
        return
    try:
        callback(value)
    except RuntimeError as exc:
        if not _gone(exc):
            raise
        log.debug("dropped a task's result: its receiver is gone (%s)", exc)


def _accepts(fn: Callable[..., Any], name: str) -> bool:
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return name in params or any(p.kind is p.VAR_KEYWORD for p in params.values())


class TaskRunner(QObject):
    """Runs callables on a small thread pool; callbacks arrive on the thread that made it.

    `key`: submitting a task with the key of one still running marks the older one
    superseded (and cancelled): its result is dropped. Search-as-you-type uses this so only
    the latest query's results are shown.
    """

    def __init__(
        self, parent: QObject | None = None, *, synchronous: bool = False, max_threads: int = 2
    ) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        # Keep the few workers alive: the core opens one SQLite connection per thread,
        # and a pool that retires idle threads would make it open new ones all day.
        self._pool.setExpiryTimeout(-1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._relay.progress.connect(self._on_progress)
        self._latest: dict[str, Task] = {}
        self._active: set[Task] = set()

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        key: str | None = None,
        **kwargs: Any,
    ) -> Task:
        task = Task(fn, args, kwargs, on_done, on_error, on_progress, key)
        if key is not None:
            old = self._latest.get(key)
            if old is not None:
                old.superseded = True
                old.cancel()
            self._latest[key] = task
        self._active.add(task)
        if self.synchronous:
            self._execute(task)
        else:
            self._pool.start(_Runnable(task, self))
        return task

    def _execute(self, task: Task) -> None:
        kwargs = dict(task.kwargs)
        if _accepts(task.fn, "report"):
            kwargs["report"] = lambda payload: self._relay.progress.emit(task, payload)
        if _accepts(task.fn, "cancel"):
            kwargs["cancel"] = task.cancel_event
        try:
            result = task.fn(*task.args, **kwargs)
        except BaseException as exc:  # delivered to on_error; never kills the pool thread
            if not isinstance(exc, Exception):
                log.error("task %r raised %r", task.fn, exc)
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(task, exc)
        else:
            self._relay.done.emit(task, result)
        finally:
            task.finished.set()

    def _finish(self, task: Task) -> bool:
        """Forget the task; True when its callbacks should still run."""
        self._active.discard(task)
        if task.key is not None and self._latest.get(task.key) is task:
            del self._latest[task.key]
        return not task.superseded

    @Slot(object, object)
    def _on_done(self, task: Task, result: Any) -> None:
        if self._finish(task) and task.on_done is not None:
            _deliver(task.on_done, result)

    @Slot(object, object)
    def _on_failed(self, task: Task, exc: BaseException) -> None:
        if not self._finish(task):
            return
        if task.on_error is not None:
            _deliver(task.on_error, exc)
        else:
            log.error("background task failed:\n%s", getattr(exc, "__traceback_text__", exc))

    @Slot(object, object)
    def _on_progress(self, task: Task, payload: Any) -> None:
        if not task.superseded and task.on_progress is not None:
            _deliver(task.on_progress, payload)

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (tests and shutdown). Callbacks still need the
        event loop to run (qtbot.waitUntil)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        for task in list(self._active):
            task.cancel()
        self._pool.waitForDone(5000)
