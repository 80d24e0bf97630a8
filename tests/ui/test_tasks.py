"""The task helper: results on the main thread, progress, cancel, superseded keys."""

from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QThread  # noqa: E402

from real_desktop.ui.tasks import TaskRunner  # noqa: E402


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    r.shutdown()


def test_result_arrives_on_main_thread(qtbot, runner):
    main = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> str:
        seen["worker_is_main"] = QThread.currentThread() is main
        return "ok"

    def done(result: str) -> None:
        seen["result"] = result
        seen["callback_is_main"] = QThread.currentThread() is main

    runner.submit(work, on_done=done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"worker_is_main": False, "result": "ok", "callback_is_main": True}


def test_error_goes_to_on_error(qtbot, runner):
    errors: list[BaseException] = []
    runner.submit(lambda: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)


def test_progress_and_cancel(qtbot, runner):
    started = threading.Event()
    progress: list[int] = []
    results: list[int] = []

    def work(report, cancel) -> int:
        n = 0
        while not cancel.is_set():
            n += 1
            report(n)
            started.set()
            cancel.wait(0.005)
        return n

    task = runner.submit(work, on_done=results.append, on_progress=progress.append)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(results))
    assert results[0] >= 1
    assert progress and progress[0] == 1


def test_newer_task_with_same_key_supersedes(qtbot, runner):
    gate = threading.Event()
    results: list[str] = []

    def slow() -> str:
        gate.wait(5)
        return "old"

    first = runner.submit(slow, on_done=results.append, key="search")
    runner.submit(lambda: "new", on_done=results.append, key="search")
    qtbot.waitUntil(lambda: results == ["new"])
    gate.set()
    qtbot.waitUntil(lambda: first.finished.is_set())
    runner.wait(5000)
    qtbot.wait(20)  # let any late queued callback run; it must be dropped
    assert results == ["new"]
    assert first.cancelled


def test_synchronous_mode_runs_inline():
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    r = TaskRunner(synchronous=True)
    out: list[int] = []
    progress: list[str] = []

    def work(report) -> int:
        report("half")
        return 42

    r.submit(work, on_done=out.append, on_progress=progress.append)
    assert out == [42]  # delivered before submit() returned
    assert progress == ["half"]
    assert not r.busy
