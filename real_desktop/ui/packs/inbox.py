"""The pack inbox while the app runs: every POLL_MS the folder set in "Content packs…" is
looked at in the TaskRunner (core `PackInbox.poll`: files still being written are left
alone; a file is installed once it looked the same on two polls; a failed pack is not
tried again until it changes). New and updated verified packs are installed; the person
is told on the status bar, and the library refreshes through the one change event.

It follows the policy (PACKS) at every tick, and the library's signed-packs setting
(`PackManager.require_signed`, which the core applies to every install)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from real_desktop.core.policy import Action
from real_desktop.ui import i18n
from real_desktop.ui.guard import while_alive
from real_desktop.ui.packs.common import CHANGED, running

if TYPE_CHECKING:
    from real_desktop.core.packs.inbox import InboxEvent, PackInbox
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.tasks import Task, TaskRunner
    from real_desktop.ui.window.operations import LibraryEvents

POLL_MS = 5000



class _Poller:
    """Worker side: one `PackInbox` per folder, kept across polls (it remembers what each
    file looked like last time)."""

    def __init__(self) -> None:
        self.inbox: PackInbox | None = None

    def poll(self, library: Any, *, cancel: Any = None) -> list[InboxEvent]:
        from real_desktop.core.packs.inbox import PackInbox, inbox_folder
        from real_desktop.core.packs.install import PackManager

        folder = inbox_folder(library)
        if folder is None:
            self.inbox = None
            return []
        if self.inbox is None or self.inbox.folder != folder or self.inbox.manager.library is not library:
            self.inbox = PackInbox(PackManager(library), folder)
        return self.inbox.poll(cancel=cancel)


def events_text(events: list[InboxEvent]) -> str:
    ok = [e for e in events if e.outcome != "failed"]
    bad = [e for e in events if e.outcome == "failed"]
    parts = []
    if ok:
        parts.append(QCoreApplication.translate("Packs", "Pack inbox: {0}.").format("; ".join(i18n.core_text(e.message) for e in ok)))
    if bad:
        parts.append(QCoreApplication.translate("Packs", "Pack inbox: {0} could not be installed: {1}").format(
            Path(bad[0].path).name, i18n.core_text(bad[0].message)))  # fmt: skip
        if len(bad) > 1:
            parts.append(QCoreApplication.translate("Packs", "(and {0} more)").format(len(bad) - 1))
    return " ".join(parts)


class PackInboxWatch(QObject):
    """`polled(events)` after each poll that did something (tests wait on it)."""

    polled = Signal(object)

    def __init__(
        self,
        library_of: Callable[[], Any],
        tasks: TaskRunner,
        events: LibraryEvents,
        say: Callable[[str, int], None],
        registry: ActionRegistry,
        parent: QObject | None = None,
        *,
        interval_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self._library_of, self.tasks, self.events, self.say = library_of, tasks, events, say
        self.registry = registry
        self._poller = _Poller()
        self.task: Task | None = None
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.poll)
        self.last_events: list[InboxEvent] = []

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.task is not None:
            self.task.cancel()

    def poll(self) -> None:
        """One look (skipped while the previous one runs, or when the policy says no)."""
        if self.task is not None or not self.registry.policy.allows(Action.PACKS):
            return
        self.task = running(self.tasks.submit(
            self._poller.poll, self._library_of(),
            on_done=while_alive(self, self._done), on_error=while_alive(self, self._failed),
        ))  # fmt: skip

    def _done(self, got: list[InboxEvent]) -> None:
        self.task = None
        if not got:
            return
        self.last_events = got
        self.say(events_text(got), 10000)
        if any(e.outcome != "failed" for e in got):
            self.events.emit_changed(CHANGED)
        self.polled.emit(got)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.say(QCoreApplication.translate("Packs", "Pack inbox: {0}").format(i18n.core_text(exc)), 10000)
