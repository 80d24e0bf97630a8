"""The pack inbox of a kiosk terminal: how a library system pushes packs to every terminal
(Syncthing, rsync or a network share drops them into the folder set in "Content packs…").

Visitors' sessions run on an in-memory copy and the kiosk policy denies PACKS, so the
window's own inbox (ui/packs/inbox.py) never runs on a terminal. This one polls for the
terminal itself, against the library file on disk, while the kiosk runs: a pack that
arrives during a visit is installed at once and shows in the next session (a session copy
is a read snapshot, so an install never tears it). It pauses while the admin tools are open
(their window polls the same folder) and honours the library's signed-packs rule, which
`kiosk setup --signed-packs-only` sets. Visitors are not told; the librarian reads the
outcome on standard error (the journal, under systemd)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from real_desktop.ui.packs.inbox import POLL_MS

if TYPE_CHECKING:
    from real_desktop.core.library import Library
    from real_desktop.core.packs.inbox import InboxEvent, PackInbox
    from real_desktop.ui.tasks import TaskRunner


class TerminalInbox(QObject):
    """`polled(events)` after each poll that installed or refused something."""

    polled = Signal(object)

    def __init__(
        self, home: Path, tasks: TaskRunner, paused: Callable[[], bool], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.home, self.tasks, self.paused = Path(home), tasks, paused
        self._library: Library | None = None
        self._inbox: PackInbox | None = None
        self._busy = self._stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.timer.start()

    def poll(self) -> None:
        if self._busy or self._stopped or self.paused():
            return
        self._busy = True
        self.tasks.submit(self._poll, on_done=self._done, on_error=self._failed)

    def _poll(self) -> list[InboxEvent]:  # worker thread
        from real_desktop.core.library import Library
        from real_desktop.core.packs.inbox import PackInbox, inbox_folder
        from real_desktop.core.packs.install import PackManager

        if self._library is None:
            if not self._configured():
                return []  # most terminals: no second Library open beside the visitor's
            self._library = Library.open(self.home)
        folder = inbox_folder(self._library)
        if folder is None:
            self._inbox = None
            return []
        if self._inbox is None or self._inbox.folder != folder:
            self._inbox = PackInbox(PackManager(self._library), folder)
        return self._inbox.poll()

    def _configured(self) -> bool:
        """Whether the library names an inbox folder, read through a read-only connection."""
        import sqlite3

        from real_desktop.core.kiosk.session import read_only_uri
        from real_desktop.core.packs.inbox import FOLDER_KEY

        path = self.home / "library.db"
        if not path.exists():
            return False
        try:
            conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=5)
            try:
                row = conn.execute("SELECT value FROM meta WHERE key = ?", (FOLDER_KEY,)).fetchone()
            finally:
                conn.close()
        except sqlite3.Error:
            return False
        return bool(row and row[0])

    def _done(self, events: list[InboxEvent]) -> None:
        self._finished()
        for e in events:
            print(f"real-desktop: pack inbox: {Path(e.path).name}: {e.outcome}: {e.message}",
                  file=sys.stderr)  # fmt: skip
        if events:
            self.polled.emit(events)

    def _failed(self, exc: BaseException) -> None:
        self._finished()
        print(f"real-desktop: pack inbox: {exc}", file=sys.stderr)

    def _finished(self) -> None:
        self._busy = False
        if self._stopped:  # stopped while the poll ran: close now it is done
            self._close()

    def stop(self) -> None:
        """No more polls; the library closes now, or when a running poll ends."""
        self._stopped = True
        self.timer.stop()
        if not self._busy:
            self._close()

    def _close(self) -> None:
        lib, self._library, self._inbox = self._library, None, None
        if lib is not None:
            lib.close()
