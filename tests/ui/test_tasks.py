"""The task helper: results on the main thread, progress, cancel, superseded keys."""

from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThread  # noqa: E402

from real_desktop.ui.tasks import TaskRunner  # noqa: E402


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


def test_a_result_for_a_deleted_receiver_is_dropped_not_raised(qtbot, runner):
    """A kiosk visitor's window torn down while their search still ran: the result has
    nowhere to go, and the event loop must not get "Signal source has been deleted"."""
    import shiboken6
    from PySide6.QtCore import QObject, Signal

    class Receiver(QObject):
        got = Signal(object)

        def take(self, value: object) -> None:
            raise AssertionError("a deleted receiver was called")

    gate = threading.Event()
    by_signal, by_method = Receiver(), Receiver()
    t1 = runner.submit(gate.wait, 5, on_done=by_signal.got.emit)
    t2 = runner.submit(gate.wait, 5, on_done=by_method.take, on_error=by_method.take)
    shiboken6.delete(by_signal)
    shiboken6.delete(by_method)
    gate.set()
    qtbot.waitUntil(lambda: t1.finished.is_set() and t2.finished.is_set() and not runner.busy)
    # Still working for everyone else afterwards.
    seen: list[object] = []
    runner.submit(lambda: 7, on_done=seen.append)
    qtbot.waitUntil(lambda: seen == [7])


def test_other_runtime_errors_of_a_callback_still_surface(qtbot, runner):
    def broken(_: object) -> None:
        raise RuntimeError("a real bug")

    with qtbot.captureExceptions() as caught:
        task = runner.submit(lambda: 1, on_done=broken)
        qtbot.waitUntil(lambda: task.finished.is_set() and not runner.busy)
    assert [str(e[1]) for e in caught] == ["a real bug"]
