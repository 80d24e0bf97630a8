"""Extraction worker processes with a per-file time limit.

concurrent.futures cannot kill a hung worker, so this keeps its own processes: each has a
pipe, runs one job at a time, and is terminated and replaced when a job overruns. The
"spawn" start method is used because the GUI process has threads (fork would copy locks
held by other threads).

The parent is the only writer to the database; workers only read files.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from real_desktop.core.i18n import later, message_of

DEFAULT_TARGET = "real_desktop.core.importing.extract:extract_job"
PREFETCH = 2  # jobs sent ahead to each worker
# Workers run at a lower CPU priority: on a machine with few cores the GUI's main thread
# (and the parent's writer) must win over extraction, which is throughput work. On an idle
# machine this changes nothing.
WORKER_NICE = 10


def default_workers() -> int:
    """Two at most: the parent writes, and the GUI must stay responsive."""
    try:
        cpus = len(os.sched_getaffinity(0))  # the CPUs this process may use (containers)
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(1, min(2, cpus))


def _resolve(target: str) -> Callable[[Any], Any]:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def _worker_main(conn: Connection, target: str) -> None:
    # Ctrl-C in a terminal reaches the whole process group; the parent handles it (cancels
    # and terminates workers). A worker that also raised KeyboardInterrupt would print a
    # traceback over the terminal. The parent started us with SIGINT blocked (see
    # _Worker), so a Ctrl-C during start-up is pending here and discarded by SIG_IGN.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if hasattr(os, "nice"):  # POSIX; Windows keeps the normal priority
        with contextlib.suppress(OSError):
            os.nice(WORKER_NICE)
    fn = _resolve(target)
    from real_desktop.core.importing.files import ExtractError

    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if msg is None:
            return
        job_id, job = msg
        try:
            result: tuple[str, Any] = ("ok", fn(job))
        except ExtractError as exc:
            # Its Message (pickled with its fields): the parent shows it in the user's language.
            result = ("bad", message_of(exc))
        except MemoryError:
            result = ("bad", later.tr("the file is too large to read in memory"))
        except Exception as exc:  # a bug in a parser library: report it, keep serving
            # Fields as text: a library's exception may not survive pickling.
            result = ("bad", later.tr("could not be read ({kind}: {error})").format(
                kind=type(exc).__name__, error=str(exc)
            ))
        try:
            try:
                conn.send((job_id, *result))
            except OSError:
                raise
            except Exception as exc:  # unpicklable result: say so instead of hanging the parent
                why = later.tr("internal error returning the result: {error}")
                why = why.format(error=str(exc))
                conn.send((job_id, "bad", why))
        except OSError:  # the parent stopped listening (Ctrl-C, cancel, exit): just end
            return


@contextlib.contextmanager
def _sigint_blocked() -> Iterator[None]:
    """Block SIGINT in this thread while a worker starts: the child inherits the mask, so
    a Ctrl-C while the interpreter boots (before _worker_main ignores it) cannot print a
    traceback. A Ctrl-C meanwhile stays pending for the parent and arrives afterwards."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no masks; the worker still ignores it
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


class _Worker:
    def __init__(self, ctx: Any, target: str) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, target), daemon=True)
        with _sigint_blocked():
            self.proc.start()
        child.close()
        self.queue: deque[tuple[int, Any]] = deque()  # sent, not yet answered; head is running
        self.deadline = 0.0  # for the head job

    def kill(self) -> None:
        self.proc.terminate()
        self.proc.join(2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(2)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.proc.join(2)
        if self.proc.is_alive():
            self.kill()
        else:
            self.conn.close()


@dataclass
class Outcome:
    job: Any
    ok: bool
    value: Any  # the target's return value, or a reason string


class WorkerPool:
    """`run(jobs)` yields an Outcome per job as they finish (not in order)."""

    def __init__(
        self,
        workers: int | None = None,
        *,
        target: str = DEFAULT_TARGET,
        timeout: Callable[[Any], float] | float = 120.0,
    ) -> None:
        self.size = workers or default_workers()
        self.target = target
        self.timeout = timeout
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: list[_Worker] = []
        self.replaced = 0  # workers killed for overrunning (for tests and logs)

    def timeout_for(self, job: Any) -> float:
        return self.timeout(job) if callable(self.timeout) else float(self.timeout)

    def run(
        self,
        jobs: Iterable[Any],
        *,
        cancel: threading.Event | None = None,
        tick: float | None = None,
    ) -> Iterator[Outcome | None]:
        """Yields an Outcome per job as they finish; with `tick`, also None after each
        `tick` seconds without a result (so a caller can flush what it has buffered)."""
        pending = iter(jobs)
        retry: deque[Any] = deque()  # queued behind a job that hung: sent again elsewhere
        busy: list[_Worker] = []
        exhausted = False
        next_id = 0

        def next_job() -> Any:
            nonlocal exhausted
            if retry:
                return retry.popleft()
            job = next(pending, None)
            exhausted = job is None
            return job

        try:
            while True:
                # Keep every worker PREFETCH jobs deep so it never waits for the writer.
                while not (cancel and cancel.is_set()):
                    slots = [w for w in busy if len(w.queue) < PREFETCH]
                    if not slots and len(busy) >= self.size:
                        break
                    if exhausted and not retry:
                        break
                    job = next_job()
                    if job is None:
                        break
                    if slots:
                        w = min(slots, key=lambda w: len(w.queue))
                    else:
                        w = self._idle.pop() if self._idle else _Worker(self._ctx, self.target)
                        busy.append(w)
                    next_id += 1
                    try:
                        w.conn.send((next_id, job))
                    except Exception as exc:
                        why = later.tr("could not start extraction: {error}").format(error=exc)
                        yield Outcome(job, False, why)
                        continue
                    if not w.queue:
                        w.deadline = time.monotonic() + self.timeout_for(job)
                    w.queue.append((next_id, job))
                busy_now = [w for w in busy if w.queue]
                for w in busy:
                    if not w.queue:
                        self._idle.append(w)
                busy = busy_now
                if not busy:
                    return
                now = time.monotonic()
                timeout = max(0.0, min(w.deadline for w in busy) - now)
                if tick is not None:
                    timeout = min(timeout, tick)
                ready = wait([w.conn for w in busy], timeout=timeout)
                if (
                    not ready
                    and tick is not None
                    and time.monotonic() < min(w.deadline for w in busy)
                ):
                    yield None
                    continue
                for w in list(busy):
                    job_id, job = w.queue[0]
                    if w.conn in ready:
                        try:
                            got_id, status, value = w.conn.recv()
                        except (EOFError, OSError):
                            busy.remove(w)
                            w.queue.popleft()
                            retry.extend(j for _, j in w.queue)
                            w.kill()
                            self.replaced += 1
                            why = later.tr("the extractor crashed while reading this file")
                            yield Outcome(job, False, why)
                            continue
                        w.queue.popleft()
                        if w.queue:
                            w.deadline = time.monotonic() + self.timeout_for(w.queue[0][1])
                        yield Outcome(job, status == "ok" and got_id == job_id, value)
                    elif time.monotonic() >= w.deadline:
                        busy.remove(w)
                        w.queue.popleft()
                        retry.extend(j for _, j in w.queue)
                        w.kill()  # a hung parser cannot be interrupted any other way
                        self.replaced += 1
                        limit = self.timeout_for(job)
                        yield Outcome(
                            job,
                            False,
                            later.tr("took longer than {seconds} s to read; skipped").format(
                                seconds=f"{limit:.0f}"
                            ),
                        )
        finally:
            # Interrupted (cancel, GeneratorExit) with jobs in flight: their results would
            # arrive in a later run, so those workers go.
            for w in busy:
                if w.queue:
                    w.kill()
                elif w not in self._idle:
                    self._idle.append(w)

    def close(self) -> None:
        for w in self._idle:
            w.stop()
        self._idle.clear()


_shared_lock = threading.Lock()
_shared: dict[tuple[int, str], WorkerPool] = {}
_shared_busy: set[tuple[int, str]] = set()


class borrow_pool:
    """Reuse one pool per (size, target) across imports (spawning costs ~0.2 s a worker);
    a concurrent import gets a private pool that is closed afterwards."""

    def __init__(self, workers: int | None, target: str, timeout: Callable[[Any], float] | float):
        self.key = (workers or default_workers(), target)
        self.timeout = timeout
        self.private = False

    def __enter__(self) -> WorkerPool:
        with _shared_lock:
            if self.key in _shared_busy:
                self.private = True
                self.pool = WorkerPool(self.key[0], target=self.key[1], timeout=self.timeout)
            else:
                _shared_busy.add(self.key)
                pool = _shared.get(self.key)
                if pool is None:
                    pool = _shared[self.key] = WorkerPool(self.key[0], target=self.key[1])
                pool.timeout = self.timeout
                self.pool = pool
        return self.pool

    def __exit__(self, *exc: object) -> None:
        if self.private:
            self.pool.close()
            return
        with _shared_lock:
            _shared_busy.discard(self.key)


@atexit.register
def shutdown_pools() -> None:
    with _shared_lock:
        for pool in _shared.values():
            pool.close()
        _shared.clear()
