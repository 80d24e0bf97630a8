"""Import UI: progress with the current file, cancel leaves a consistent library, a bad
file is listed in the summary with its reason, drag and drop, the policy hook."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from real_desktop.core.library import Library
from real_desktop.core.models import ImportProgress, ImportSummary, Outcome
from real_desktop.core.policy import Action, Policy
from real_desktop.ui.importer import ImportController, paths_from_mime


def _write_docs(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        p = folder / f"guide-{i:02d}.md"
        p.write_text(f"# Guide {i}\n\nRacial equity practice number {i}.\n", encoding="utf-8")
        out.append(p)
    return out


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "home", seed=False)
    yield lib
    lib.close()


@pytest.fixture
def controller(qtbot, library, sync_tasks):
    parent = QWidget()
    qtbot.addWidget(parent)
    return ImportController(library, sync_tasks, parent)


def test_import_shows_progress_then_summary(controller, library, tmp_path, qtbot):
    _write_docs(tmp_path / "docs", 4)
    events: list[ImportProgress] = []

    def watch(ev: ImportProgress) -> None:
        dlg = controller.progress_dialog
        assert dlg is not None and dlg.isVisible()
        events.append(ev)

    controller.progress.connect(watch)
    with qtbot.waitSignal(controller.finished) as sig:
        controller.import_paths([tmp_path / "docs"])
    summary: ImportSummary = sig.args[0]
    assert summary.count(Outcome.ADDED) == 4 and not summary.cancelled
    assert library.count() == 4
    # Every file is reported; the dialog ends on the final count and the last file's name.
    names = [Path(ev.current).name for ev in events if ev.result is not None]
    assert sorted(names) == [f"guide-{i:02d}.md" for i in range(4)]
    dlg = controller.progress_dialog
    assert (dlg.bar.value(), dlg.bar.maximum()) == (4, 4)
    assert dlg.heading.text() == "Adding files: 4 of 4"
    assert dlg.current.text() == names[-1]
    assert not dlg.isVisible()
    dlg = controller.summary_dialog
    assert dlg is not None and dlg.isVisible()
    assert "4 added" in dlg.counts_label.text() and "0 failed" in dlg.counts_label.text()
    assert dlg.table.isHidden() and not controller.running
    assert dlg.heading.font().bold()  # theme.heading: follows the text-size setting


def test_progress_is_painted_at_most_every_interval_and_ends_on_the_last(qtbot, library, tmp_path):
    """A fast import sends hundreds of events a second; repainting the dialog for each
    stalled the window. The dialog coalesces them but still shows the last one."""
    from real_desktop.ui.tasks import TaskRunner

    _write_docs(tmp_path / "docs", 30)
    runner = TaskRunner()
    ctl = ImportController(library, runner, None)
    ctl.show_summary = False
    events: list[ImportProgress] = []
    ctl.progress.connect(events.append)
    with qtbot.waitSignal(ctl.finished, timeout=30000):
        ctl.import_paths([tmp_path / "docs"])
    runner.shutdown()
    dlg = ctl.progress_dialog
    assert dlg is not None
    files = [ev for ev in events if ev.result is not None]
    assert len(files) == 30
    # Fewer paints than events (the first one at once, then at most one per interval)...
    assert 1 <= dlg.updates < len(events)
    # ...and the last state is on screen: the final count and the last file reported.
    assert dlg.heading.text() == "Adding files: 30 of 30"
    assert dlg.bar.value() == 30
    assert dlg.current.toolTip() == files[-1].current


def test_cancel_mid_way_leaves_a_consistent_library(controller, library, tmp_path, qtbot):
    files = _write_docs(tmp_path / "docs", 8)
    results_seen: list[str] = []

    def cancel_after_two(ev: ImportProgress) -> None:
        if ev.result is not None:
            results_seen.append(ev.result.path)
            if len(results_seen) == 2:
                qtbot.mouseClick(
                    controller.progress_dialog.cancel_button, Qt.MouseButton.LeftButton
                )

    controller.progress.connect(cancel_after_two)
    with qtbot.waitSignal(controller.finished) as sig:
        controller.import_paths([tmp_path / "docs"])
    summary: ImportSummary = sig.args[0]
    assert summary.cancelled
    added = summary.of(Outcome.ADDED)
    assert 2 <= len(added) < len(files)
    # Everything the summary says was added is really there, with its text; nothing else.
    assert library.count() == len(added)
    for r in added:
        res = library.get(r.resource_id)
        assert res is not None and library.segments(res.id)
    dialog = controller.summary_dialog
    assert "cancelled" in dialog.counts_label.text().lower()
    # It says how many files the cancel left out, and claims no clean read of everything.
    left = len(files) - len(summary.results)
    assert left > 0 and dialog.not_processed == left
    assert f"{left} not processed" in dialog.counts_label.text()
    assert f"before {left} files were processed" in dialog.cancel_label.text()
    assert "Every file" not in dialog.problems_label.text()
    # Importing again finishes the job without duplicates.
    controller.progress.disconnect(cancel_after_two)
    with qtbot.waitSignal(controller.finished) as sig:
        controller.import_paths([tmp_path / "docs"])
    assert sig.args[0].count(Outcome.ADDED) == len(files) - len(added)
    assert library.count() == len(files)


class _PausingLibrary:
    """The real library, paused after the first file until Cancel arrives: otherwise a fast
    worker could finish all files before the main thread sees the first progress event."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def import_paths(self, paths, *, cancel):
        for ev in self.library.import_paths(paths, cancel=cancel):
            yield ev
            if ev.result is not None:
                cancel.wait(10)


def test_cancel_with_a_background_runner(qtbot, library, tmp_path):
    from real_desktop.ui.tasks import TaskRunner

    runner = TaskRunner()
    _write_docs(tmp_path / "docs", 30)
    ctl = ImportController(_PausingLibrary(library), runner, None)
    ctl.progress.connect(lambda ev: ctl.cancel() if ev.result is not None else None)
    with qtbot.waitSignal(ctl.finished, timeout=20000) as sig:
        ctl.import_paths([tmp_path / "docs"])
    summary = sig.args[0]
    runner.shutdown()
    assert summary.cancelled and len(summary.results) < 30
    assert library.count() == summary.count(Outcome.ADDED)


def test_bad_file_is_listed_with_its_reason(controller, library, tmp_path, qtbot):
    docs = tmp_path / "docs"
    _write_docs(docs, 2)
    (docs / "broken.pdf").write_text("this is not a PDF at all", encoding="utf-8")
    (docs / "minutes.docx").write_bytes(b"PK\x03\x04 a word file")
    with qtbot.waitSignal(controller.finished) as sig:
        controller.import_paths([docs])
    summary = sig.args[0]
    assert summary.count(Outcome.ADDED) == 2 and summary.count(Outcome.FAILED) == 1
    dlg = controller.summary_dialog
    assert "1 failed" in dlg.counts_label.text()
    assert dlg.table.isVisibleTo(dlg)
    rows = {
        dlg.table.item(r, 0).text(): (dlg.table.item(r, 1).text(), dlg.table.item(r, 2).text())
        for r in range(dlg.table.rowCount())
    }
    # The failed file and the unsupported one, each with its reason; not the good files.
    assert set(rows) == {"broken.pdf", "minutes.docx"}
    assert rows["minutes.docx"][0] == "Skipped" and "unsupported" in rows["minutes.docx"][1]
    reason = rows["broken.pdf"][1]
    assert rows["broken.pdf"][0] == "Failed"
    assert reason and reason == summary.of(Outcome.FAILED)[0].reason
    dlg.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert str(docs / "broken.pdf") in copied and reason in copied


def test_paths_from_mime_keeps_local_files_only(tmp_path):
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(tmp_path / "a.pdf")),
            QUrl("https://example.org/x.pdf"),
            QUrl.fromLocalFile(str(tmp_path)),
        ]
    )
    assert paths_from_mime(mime) == [tmp_path / "a.pdf", tmp_path]
    assert paths_from_mime(QMimeData()) == []
    text_only = QMimeData()
    text_only.setText("hello")
    assert ImportController.paths_from_mime(text_only) == []


def test_drop_imports(controller, library, tmp_path, qtbot):
    files = _write_docs(tmp_path / "docs", 2)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
    with qtbot.waitSignal(controller.finished):
        assert controller.drop(mime) == files
    assert library.count() == 2


def test_add_files_and_folder_use_the_dialogs(controller, library, tmp_path, qtbot, monkeypatch):
    files = _write_docs(tmp_path / "docs", 3)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(files[0])], ""))
    )
    with qtbot.waitSignal(controller.finished):
        assert controller.add_files() == [files[0]]
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path / "docs"))
    )
    with qtbot.waitSignal(controller.finished) as sig:
        assert controller.add_folder() == tmp_path / "docs"
    assert sig.args[0].count(Outcome.ADDED) == 2
    assert library.count() == 3
    # Cancelling the dialog imports nothing.
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    assert controller.add_files() == []


def test_policy_denies_file_dialogs(qtbot, library, sync_tasks, tmp_path, monkeypatch):
    def no_dialog(*a, **k):
        raise AssertionError("a denied file dialog was opened")

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(no_dialog))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(no_dialog))
    kiosk = Policy("kiosk", frozenset({Action.FILE_DIALOG}))
    ctl = ImportController(library, sync_tasks, None, policy=kiosk)
    assert not ctl.can_browse() and ctl.can_import()
    assert ctl.add_files() == [] and ctl.add_folder() is None
    locked = ImportController(
        library, sync_tasks, None, policy=Policy("locked", frozenset({Action.IMPORT}))
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in _write_docs(tmp_path / "d", 1)])
    assert locked.drop(mime) == []
    assert library.count() == 0
