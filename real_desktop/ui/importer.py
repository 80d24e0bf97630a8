"""Import UI: file/folder pickers, drag and drop, a progress dialog with Cancel, and a
summary of what was added and what failed (and why)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.models import FileResult, ImportProgress, ImportSummary, Outcome
from real_desktop.core.policy import DESKTOP, Action
from real_desktop.core.textutil import display_path
from real_desktop.ui import guarded, i18n
from real_desktop.ui import theme as themes
from real_desktop.ui.actions.registry import ActionRegistry, PolicyLike
from real_desktop.ui.announce import ProgressSpeech
from real_desktop.ui.tasks import Task, TaskRunner

PROBLEM_OUTCOMES = (Outcome.FAILED, Outcome.MISSING)
# The progress dialog is repainted at most this often (the latest event wins; the last one
# is always shown). Each repaint took 10-27 ms on a busy machine, and a fast import sends
# hundreds of events a second: painting every one stalled the window.
PROGRESS_INTERVAL_MS = 100


def is_problem(result: FileResult) -> bool:
    """Failed and missing files, and files skipped for a reason other than "unchanged"
    (e.g. an unsupported type): what a person needs to act on."""
    if result.outcome in PROBLEM_OUTCOMES:
        return True
    return result.outcome is Outcome.SKIPPED and not (
        result.unchanged or result.reason.startswith("unchanged")
    )


def paths_from_mime(mime: QMimeData) -> list[Path]:
    """Local files and folders dropped on the window (remote URLs are ignored)."""
    if mime is None or not mime.hasUrls():
        return []
    out: list[Path] = []
    for url in mime.urls():
        if url.isLocalFile():
            local = url.toLocalFile()
            if local:
                out.append(Path(local))
    return out


def run_import(
    library: Any, paths: list[str], stop: threading.Event, *, report: Callable[[Any], None]
) -> ImportSummary:
    """Worker: stream the library's progress events; return the final summary.

    `stop` is the controller's own event rather than the runner's `cancel`: with a
    synchronous runner, Cancel is clicked before submit() has returned a Task to cancel."""
    cancel = stop
    summary: ImportSummary | None = None
    seen: list[FileResult] = []
    for ev in library.import_paths(paths, cancel=cancel):
        report(ev)
        if ev.result is not None:
            seen.append(ev.result)
            # Hand the GIL to the UI thread between files if it is waiting for it, rather
            # than after the interpreter's 5 ms switch interval.
            time.sleep(0)
        if ev.summary is not None:
            summary = ev.summary
    if summary is None:  # a library that stops early still gets a truthful summary
        summary = ImportSummary(results=seen, cancelled=cancel.is_set())
    return summary


class ImportProgressDialog(QDialog):
    """Non-modal: the library stays usable while files are imported."""

    cancelRequested = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, registry: ActionRegistry | None = None
    ) -> None:
        super().__init__(parent)
        reg = registry if registry is not None else ActionRegistry()
        self.setWindowTitle(self.tr("Adding to the library"))
        self.setAccessibleName(self.tr("Import progress"))
        self.setModal(False)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Looking for files…"), self)
        self.heading.setAccessibleDescription(self.tr("Import status"))
        self.updates = 0  # how often the progress was shown (benchmarks/gui.py reports it)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.bar.setRange(0, 0)  # busy until the scan reports a total
        self.current = QLabel(self)
        self.current.setAccessibleDescription(self.tr("Current file"))
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.current.setMinimumWidth(420)
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel import"))
        reg.button("import.cancel", self.cancel_button, self._on_cancel)
        layout.addWidget(self.heading)
        layout.addWidget(self.bar)
        layout.addWidget(self.current)
        layout.addWidget(self.buttons)
        self.speech = ProgressSpeech(self)  # "Adding files: 40%" for a screen reader

    def update_progress(self, ev: ImportProgress) -> None:
        self.updates += 1
        if ev.total > 0:
            self.bar.setRange(0, ev.total)
            self.bar.setValue(min(ev.done, ev.total))
            self.heading.setText(
                self.tr("Adding files: %1 of %2")
                .replace("%1", str(ev.done))
                .replace("%2", str(ev.total))
            )
            self.speech.update(ev.done, ev.total, self.tr("Adding files"))
        if ev.current:
            name = Path(ev.current).name or ev.current
            metrics = self.current.fontMetrics()
            width = max(200, self.current.width())
            self.current.setText(metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, width))
            self.current.setToolTip(ev.current)

    def _on_cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.heading.setText(self.tr("Stopping after the current file…"))
        self.cancelRequested.emit()

    def reject(self) -> None:  # Esc or the window's close button mean Cancel, not "hide"
        if self.cancel_button.isEnabled():
            self._on_cancel()


class ImportSummaryDialog(QDialog):
    """Counts per outcome and a copyable table of the files that had problems.

    `not_processed`: files found but never reached because the import was cancelled (the
    last progress event's total - done; the summary itself lists only files reached)."""

    def __init__(
        self,
        summary: ImportSummary,
        parent: QWidget | None = None,
        *,
        not_processed: int = 0,
        registry: ActionRegistry | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = registry if registry is not None else ActionRegistry()
        self.summary = summary
        self.not_processed = max(0, not_processed) if summary.cancelled else 0
        self.setWindowTitle(
            self.tr("Import finished") if not summary.cancelled else self.tr("Import cancelled")
        )
        self.setAccessibleName(self.tr("Import summary"))
        self.setMinimumSize(560, 220)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.heading = QLabel(
            self.tr("Import finished") if not summary.cancelled else self.tr("Import cancelled"),
            self,
        )
        themes.heading(self.heading, 1.25)
        layout.addWidget(self.heading)
        # "Skipped" told apart: files already in the library as they are, and files that
        # are not imported at all (a re-import's "8 skipped" mixed the two).
        parts = [
            self.tr("%n added", "", summary.count(Outcome.ADDED)),
            self.tr("%n updated", "", summary.count(Outcome.UPDATED)),
            self.tr("%n unchanged", "", summary.unchanged),
            self.tr("%n not supported", "", summary.unsupported),
            self.tr("%n failed", "", summary.count(Outcome.FAILED)),
            self.tr("%n missing", "", summary.count(Outcome.MISSING)),
        ]
        if self.not_processed:
            parts.append(self.tr("%1 not processed").replace("%1", str(self.not_processed)))
        head = self.tr("Import cancelled. ") if summary.cancelled else ""
        self.counts_label = QLabel(head + " · ".join(parts), self)
        self.counts_label.setAccessibleDescription(self.tr("Import counts"))
        self.counts_label.setWordWrap(True)
        layout.addWidget(self.counts_label)
        self.cancel_label: QLabel | None = None
        if summary.cancelled:
            # A cancel leaves files behind: say how many, and how to get them in.
            text = (
                self.tr(
                    "The import was cancelled before %1 files were processed; they were not "
                    "added. Add the same files or folder again to import them."
                ).replace("%1", str(self.not_processed))
                if self.not_processed
                else self.tr("The import was cancelled; some files may not have been added.")
            )
            self.cancel_label = QLabel(text, self)
            self.cancel_label.setAccessibleDescription(self.tr("Cancelled import"))
            self.cancel_label.setWordWrap(True)
            layout.addWidget(self.cancel_label)

        self.problems = [r for r in summary.results if is_problem(r)]
        self.table = QTableWidget(len(self.problems), 3, self)
        self.table.setAccessibleName(self.tr("Files with problems"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Outcome"), self.tr("Reason")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons (arrows move)
        self.table.verticalHeader().hide()
        # One line per file; long names lose their middle, full text in the tooltip.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        outcome_text = {
            Outcome.FAILED: self.tr("Failed"),
            Outcome.MISSING: self.tr("Missing"),
            Outcome.SKIPPED: self.tr("Skipped"),
        }
        for row, r in enumerate(self.problems):
            shown = display_path(r.path)  # undecodable bytes as U+FFFD, as a file manager does
            name = QTableWidgetItem(Path(shown).name or shown)
            name.setToolTip(shown)
            self.table.setItem(row, 0, name)
            self.table.setItem(
                row, 1, QTableWidgetItem(outcome_text.get(r.outcome, str(r.outcome)))
            )
            why = i18n.core_text(r.reason)
            reason = QTableWidgetItem(why or self.tr("(no reason given)"))
            reason.setToolTip(why)
            self.table.setItem(row, 2, reason)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        # Leave the room to the reasons: they are what the reader needs.
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 220))
        if self.problems:
            self.problems_label = QLabel(self.tr("These files were not added:"), self)
            layout.addWidget(self.problems_label)
            layout.addWidget(self.table, 1)
            self.setMinimumSize(680, 360)
            self.resize(820, 400)
        else:
            self.table.hide()
            self.problems_label = QLabel(
                self.tr("The files that were processed were read without problems.")
                if summary.cancelled
                else self.tr("Every file was read without problems."),
                self,
            )
            self.problems_label.setWordWrap(True)
            layout.addWidget(self.problems_label)
            layout.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.copy_button = QPushButton(self)
        self.copy_button.setAccessibleName(self.tr("Copy problem list"))
        self.copy_button.setEnabled(bool(self.problems))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Registered once in the box: adding a button to it shows the button again.
        self.registry.button("import.copy_details", self.copy_button, self.copy_details, text=True)
        layout.addWidget(buttons)
        self.registry.shortcut("import.copy_details", self.table, self.copy_details)

    def details_text(self) -> str:
        """Tab-separated: pastes cleanly into an email or a spreadsheet."""
        lines = [
            f"{display_path(r.path)}\t{r.outcome}\t{i18n.core_text(r.reason)}"
            for r in self.problems
        ]
        return "\n".join(lines)

    def copy_details(self) -> None:
        guarded.copy_text(self.registry.policy, self.details_text())


class ImportController(QObject):
    """Runs library.import_paths in the background and shows progress and a summary.

    The registry's policy (or `policy`, when no registry is given) is asked before every
    file dialog and import; a denied action does nothing (kiosk mode hides the buttons).
    """

    started = Signal()
    progress = Signal(object)  # ImportProgress
    finished = Signal(object)  # ImportSummary

    def __init__(
        self,
        library: Any,
        tasks: TaskRunner,
        parent_widget: QWidget | None = None,
        policy: PolicyLike | None = None,
        *,
        registry: ActionRegistry | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self.registry = registry if registry is not None else ActionRegistry(policy or DESKTOP)
        self.library = library
        self.tasks = tasks
        self.parent_widget = parent_widget
        self.task: Task | None = None
        self.progress_dialog: ImportProgressDialog | None = None
        self.summary_dialog: ImportSummaryDialog | None = None
        self.last_summary: ImportSummary | None = None
        self.show_summary = True  # the summary dialog; callers that report elsewhere turn it off
        self._queue: list[list[Path]] = []
        self._results: list[FileResult] = []
        self._running = False
        self._stop = threading.Event()
        self._unshown: ImportProgress | None = None  # latest event not painted yet
        self._last: ImportProgress | None = None  # latest event: files found and done
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_INTERVAL_MS)
        self._progress_timer.timeout.connect(self._show_progress)

    # -- entry points ---------------------------------------------------------------------
    @property
    def policy(self) -> PolicyLike:
        return self.registry.policy

    def can_import(self) -> bool:
        return self.policy.allows(Action.IMPORT)

    def can_browse(self) -> bool:
        return self.can_import() and self.policy.allows(Action.FILE_DIALOG)

    def add_files(self) -> list[Path]:
        if not self.can_browse():
            return []
        paths = guarded.open_files(
            self.policy, self.parent_widget, self.tr("Add files to the library"), "",
            self._file_filter(),
        )
        if paths:
            self.import_paths(paths)
        return paths

    def add_folder(self) -> Path | None:
        if not self.can_browse():
            return None
        path = guarded.folder(self.policy, self.parent_widget, self.tr("Add a folder to the library"))
        if path is None:
            return None
        self.import_paths([path])
        return path

    def _file_filter(self) -> str:
        # What the dialog offers; the library decides what it can really read.
        return self.tr(
            "Documents and videos (*.pdf *.md *.markdown *.html *.htm *.txt *.mp4 *.m4v *.mov "
            "*.mkv *.webm *.avi *.mp3 *.m4a *.wav *.ogg *.vtt *.srt);;All files (*)"
        )

    @staticmethod
    def paths_from_mime(mime: QMimeData) -> list[Path]:
        return paths_from_mime(mime)

    def drop(self, mime: QMimeData) -> list[Path]:
        """Import what was dropped; returns the paths taken (empty when none/denied)."""
        paths = paths_from_mime(mime)
        if paths and self.can_import():
            self.import_paths(paths)
            return paths
        return []

    @property
    def running(self) -> bool:
        return self._running

    def import_paths(self, paths: Iterable[Path | str]) -> None:
        """Start importing (or queue behind a running import)."""
        if not self.can_import():
            return
        batch = [Path(p) for p in paths]
        if not batch:
            return
        if self.running:
            self._queue.append(batch)
            return
        self._start(batch)

    def cancel(self) -> None:
        self._queue.clear()
        self._stop.set()

    # -- internals ------------------------------------------------------------------------
    def _start(self, batch: list[Path]) -> None:
        self._results = []
        if self.progress_dialog is None:
            self.progress_dialog = ImportProgressDialog(self.parent_widget, registry=self.registry)
            self.progress_dialog.cancelRequested.connect(self.cancel)
        dlg = self.progress_dialog
        dlg.cancel_button.setEnabled(True)
        dlg.heading.setText(self.tr("Looking for files…"))
        dlg.bar.setRange(0, 0)
        dlg.current.clear()
        self._unshown = self._last = None
        self._progress_timer.stop()
        dlg.show()
        self.started.emit()
        # A synchronous runner (tests) finishes inside submit(), so mark running first.
        self._running = True
        self._stop = threading.Event()
        task = self.tasks.submit(
            run_import,
            self.library,
            [str(p) for p in batch],
            self._stop,
            on_done=self._on_done,
            on_error=self._on_error,
            on_progress=self._on_progress,
        )
        if self._running:
            self.task = task

    def _on_progress(self, ev: Any) -> None:
        if not isinstance(ev, ImportProgress):
            return
        self._last = ev
        if ev.result is not None:
            self._results.append(ev.result)
        if not ev.current and self._unshown is not None and self._unshown.current:
            # Coalesced away: the file name must survive an event that carries none.
            ev = ev._replace(current=self._unshown.current)
        self._unshown = ev
        if not self._progress_timer.isActive():  # first event after a quiet spell: now
            self._show_progress()
        self.progress.emit(ev)

    def _show_progress(self) -> None:
        ev, self._unshown = self._unshown, None
        if ev is None:
            return
        if self.progress_dialog is not None:
            self.progress_dialog.update_progress(ev)
        self._progress_timer.start()  # events until it fires wait; the latest is shown

    def _on_done(self, summary: ImportSummary) -> None:
        self._finish(summary)

    def _on_error(self, exc: BaseException) -> None:
        # The library should report per-file failures itself; this is the unexpected case.
        # Keep what was done and say what stopped the import.
        results = list(self._results)
        results.append(
            FileResult(
                path="",
                outcome=Outcome.FAILED,
                reason=self.tr("The import stopped: %1").replace(
                    "%1", i18n.core_text(exc) or type(exc).__name__
                ),
            )
        )
        self._finish(ImportSummary(results=results, cancelled=True))

    def _finish(self, summary: ImportSummary) -> None:
        self.task = None
        self._running = False
        self.last_summary = summary
        self._show_progress()  # the final count and file, even if the dialog is now hidden
        self._progress_timer.stop()
        if self.progress_dialog is not None:
            self.progress_dialog.hide()
        if self.show_summary:
            if self.summary_dialog is not None:
                self.summary_dialog.close()
                self.summary_dialog.deleteLater()
            last = self._last
            self.summary_dialog = ImportSummaryDialog(
                summary,
                self.parent_widget,
                not_processed=last.total - last.done if last is not None else 0,
                registry=self.registry,
            )
            self.summary_dialog.setModal(False)
            self.summary_dialog.show()
        self.finished.emit(summary)
        if self._queue:
            self._start(self._queue.pop(0))
