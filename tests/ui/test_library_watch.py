"""The window stays true to the disk and to other processes: the presence sweep at
start (defect 1), watched folders (Settings, start-up sync, the file watcher) and changes
made by the command line while the window is open (defect 7)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from real_desktop.core.models import FileResult, ImportSummary, Outcome, Status
from real_desktop.ui.importer import ImportSummaryDialog
from real_desktop.ui.settings import SettingsDialog
from tests.ui.test_main_window import make_window


def test_a_file_deleted_while_the_app_was_closed_shows_missing_right_after_start(
    qtbot, library, runner, settings, docs_dir: Path
) -> None:
    r = library.by_path(docs_dir / "youth.pdf")
    (docs_dir / "youth.pdf").unlink()
    w = make_window(qtbot, library, runner, settings)
    qtbot.waitUntil(lambda: library.get(r.id).status is Status.MISSING)
    qtbot.waitUntil(lambda: w.sidebar.counts.missing == 1)

    def listed_missing() -> bool:
        row = w.model.row_of(r.id)
        return row is not None and w.model.resource(row).status is Status.MISSING

    qtbot.waitUntil(listed_missing)
    w.close()


def test_watched_folders_are_listed_in_settings_and_synced(
    qtbot, library, runner, settings, tmp_path: Path, make_pdf
) -> None:
    folder = tmp_path / "watched"
    make_pdf(folder / "first.pdf", ["First watched file."], "First watched")
    w = make_window(qtbot, library, runner, settings)
    dialog = SettingsDialog(settings, w, registry=w.registry, library=library)
    qtbot.addWidget(dialog)
    assert dialog.watched is not None and dialog.watched.folders() == []
    dialog.watched.add_folder(str(folder))
    assert dialog.watched.folders() == [str(folder)] and library.watch_list() == [str(folder)]
    w.watch.refresh()  # what the window does when the dialog closes
    qtbot.waitUntil(lambda: library.count() == 4)
    qtbot.waitUntil(lambda: w.watch.details_button.isVisibleTo(w))
    assert w.watch.last_summary.count(Outcome.ADDED) == 1
    assert str(folder) in w.watch.fs.directories()
    # While running, a new file in the folder is noticed by the file watcher.
    make_pdf(folder / "second.pdf", ["Second watched file."], "Second watched")
    qtbot.waitUntil(lambda: library.count() == 5)
    qtbot.waitUntil(lambda: w.sidebar.counts.total == 5)
    dialog.watched.list.setCurrentRow(0)
    dialog.watched.remove_button.click()
    assert library.watch_list() == [] and dialog.watched.folders() == []
    w.close()


def test_a_cli_removal_while_the_window_is_open_is_noticed_and_opening_it_says_so(
    qtbot, library, runner, settings, home: Path
) -> None:
    w = make_window(qtbot, library, runner, settings)
    r = library.resources()[0]
    assert w.model.row_of(r.id) is not None
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", os.getcwd())}
    done = subprocess.run(
        [sys.executable, "-m", "real_desktop.cli", "--home", str(home), "remove", r.id],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: w.model.row_of(r.id) is None and not w.model.loading)
    # Counts follow too (the command line may also have added its starter items).
    qtbot.waitUntil(lambda: w.sidebar.counts.total == library.count() and library.get(r.id) is None)
    w.open_resource(r)  # e.g. from a list still on screen
    qtbot.waitUntil(lambda: "no longer in the library" in w.statusBar().currentMessage())
    assert w.center.currentWidget() is w.browse_stack
    w.close()


def test_the_summary_tells_unchanged_files_from_unsupported_ones(qtbot) -> None:
    summary = ImportSummary([
        FileResult("/a/same.pdf", Outcome.SKIPPED, "unchanged", unchanged=True),
        FileResult("/a/other.pdf", Outcome.SKIPPED, "unchanged", unchanged=True),
        FileResult("/a/minutes.docx", Outcome.SKIPPED, "unsupported file type"),
        FileResult("/a/bad\udcff.xyz", Outcome.FAILED, "could not be read"),
    ])  # fmt: skip
    dialog = ImportSummaryDialog(summary)
    qtbot.addWidget(dialog)
    text = dialog.counts_label.text()
    assert "2 unchanged" in text and "1 not supported" in text and "skipped" not in text
    names = [dialog.table.item(i, 0).text() for i in range(dialog.table.rowCount())]
    assert names == ["minutes.docx", "bad\ufffd.xyz"]
