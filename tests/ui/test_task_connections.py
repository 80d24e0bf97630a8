"""Background tasks reuse the core's per-thread database connections (no leak)."""

from __future__ import annotations

from pathlib import Path

from real_desktop.core.library import Library
from real_desktop.core.notes import NoteStore
from real_desktop.ui.tasks import TaskRunner


def test_many_tasks_do_not_open_a_connection_each(qtbot, tmp_path: Path) -> None:
    lib = Library.open(tmp_path, seed=False)
    notes = NoteStore(lib)
    runner = TaskRunner(max_threads=2)
    try:
        done: list[object] = []
        for _ in range(200):
            runner.submit(lib.get, "nothing", on_done=done.append)
            runner.submit(notes.list, on_done=done.append)
        qtbot.waitUntil(lambda: len(done) == 400)
        # The main thread's connection plus one per pool thread, however many tasks ran.
        assert len(lib._conns) <= 3
        assert len(notes._conns) <= 3
    finally:
        runner.shutdown()
        notes.close()
        lib.close()
