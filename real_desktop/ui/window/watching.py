"""Keeping the window true to the disk and to other processes.

At start (after the window is shown, in the background): the presence sweep
(`check_files`: a file moved or deleted while the app was closed shows as missing) and a
sync of the watched folders. While running: a QFileSystemWatcher on the watched folders
triggers a debounced background sync, and `changed_elsewhere()` (the CLI, a second
session) is polled every second. Each ends in ONE `LibraryEvents.changed` when something
changed; a sync's per-file results are offered like an import's summary."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from real_desktop.ui import i18n
from real_desktop.ui.guard import while_alive

if TYPE_CHECKING:
    from real_desktop.core.models import ImportSummary
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.tasks import TaskRunner
    from real_desktop.ui.window.operations import LibraryEvents

SYNCED, EXTERNAL = "synced", "external"
POLL_MS, DEBOUNCE_MS = 1000, 1500



def sweep_and_sync(library: Any) -> tuple[list[str], ImportSummary]:
    """Worker thread: ids whose presence changed, and the watched folders' sync."""
    changed = [rid for rid, _status in library.check_files()]
    return changed, library.sync_watched()


def summary_text(summary: ImportSummary) -> str:
    from real_desktop.core.models import Outcome

    n = {o: summary.count(o) for o in Outcome}
    return QCoreApplication.translate("Watching", "Watched folders: {0} added, {1} updated, {2} missing, {3} failed").format(
        n[Outcome.ADDED], n[Outcome.UPDATED], n[Outcome.MISSING], n[Outcome.FAILED]
    )


class LibraryWatch(QObject):
    summaryReady = Signal(object)  # ImportSummary of a watched-folder sync that did something

    def __init__(
        self,
        library_of: Callable[[], Any],
        tasks: TaskRunner,
        events: LibraryEvents,
        say: Callable[[str, int], None],
        registry: ActionRegistry,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._library_of, self.tasks, self.events, self.say = library_of, tasks, events, say
        self.registry, self.parent_widget = registry, parent
        self.last_summary: ImportSummary | None = None
        self.fs = QFileSystemWatcher(self)
        self.fs.directoryChanged.connect(self._folder_changed)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.sync)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.poll)
        self._polling = False
        self.details_button = QPushButton(QCoreApplication.translate("Watching", "Details…"))
        self.details_button.setAccessibleName(QCoreApplication.translate("Watching", "Watched folders: details"))
        self.details_button.setFlat(True)
        self.details_button.clicked.connect(self.show_details)
        self.details_button.hide()

    def start(self) -> None:
        """The sweep and the sync, then watching and polling."""
        self.tasks.submit(
            sweep_and_sync, self._library_of(),
            on_done=while_alive(self, self._swept), on_error=while_alive(self, self._failed),
            key=f"watch-sync-{id(self)}",
        )  # fmt: skip
        self.folders_changed()
        self._library_of().changed_elsewhere()  # the first call starts watching
        self._poll.start()

    def stop(self) -> None:
        self._poll.stop()
        self._debounce.stop()

    def folders_changed(self) -> None:
        """The watched folders were edited in Settings: watch what is listed now."""
        old = self.fs.directories()
        if old:
            self.fs.removePaths(old)
        folders = self._library_of().watch_list()
        if folders:
            self.fs.addPaths(folders)

    def refresh(self) -> None:
        """The watched folders were edited: watch those, and pick up what they hold."""
        self.folders_changed()
        self.sync()

    def sync(self) -> None:
        self.tasks.submit(
            sweep_and_sync, self._library_of(),
            on_done=while_alive(self, self._swept), on_error=while_alive(self, self._failed),
            key=f"watch-sync-{id(self)}",
        )  # fmt: skip

    def poll(self) -> None:
        if self._polling:
            return
        self._polling = True
        self.tasks.submit(
            self._library_of().changed_elsewhere,
            on_done=while_alive(self, self._polled),
            on_error=while_alive(self, lambda _e: setattr(self, "_polling", False)),
            key=f"watch-poll-{id(self)}",
        )  # fmt: skip

    def _polled(self, changed: bool) -> None:
        self._polling = False
        if changed:
            self.events.emit_changed(EXTERNAL)

    def _folder_changed(self, _path: str) -> None:
        self._debounce.start()  # a copy of many files is one sync, once it settles

    def _swept(self, result: tuple[list[str], ImportSummary]) -> None:
        changed, summary = result
        from real_desktop.core.models import Outcome

        did = [r for r in summary.results if r.outcome is not Outcome.SKIPPED]
        if did:
            self.last_summary = summary
            self.say(summary_text(summary), 8000)
            self.details_button.show()
            self.summaryReady.emit(summary)
        if changed or did:
            ids = set(changed) | {r.resource_id for r in did if r.resource_id}
            self.events.emit_changed(SYNCED, sorted(ids))

    def _failed(self, exc: BaseException) -> None:
        self.say(QCoreApplication.translate("Watching", "Could not check the library's files: {0}").format(i18n.core_text(exc)), 8000)

    def show_details(self) -> None:
        from real_desktop.ui.importer import ImportSummaryDialog

        if self.last_summary is None:
            return
        dialog = ImportSummaryDialog(self.last_summary, self.parent_widget, registry=self.registry)
        dialog.setWindowTitle(QCoreApplication.translate("Watching", "Watched folders"))
        dialog.heading.setText(QCoreApplication.translate("Watching", "Watched folders synced"))
        dialog.setModal(False)
        dialog.show()
