"""Where the user stopped: saved every few seconds while playing and on pause, end or
close; read back on open to resume there. Also the length the engine reports, kept in
the library."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from real_desktop.core.models import Resource
from real_desktop.core.timefmt import format_time
from real_desktop.player.base import Player

log = logging.getLogger(__name__)

SAVE_EVERY_MS = 5000
RESUME_MIN = 5.0  # do not "resume" a few seconds in: start over instead


def near_end(position: float, duration: float) -> bool:
    """Counts as watched: within the last 5% (at most 30 s) of the recording."""
    return duration > 0 and position >= duration - min(30.0, duration * 0.05)


def resume_position(prog: tuple[float, bool] | None, duration: float) -> float:
    """Where to start from a saved (position, finished): 0 when finished, barely begun or
    near the end."""
    if prog is None:
        return 0.0
    pos, finished = prog
    if not finished and pos >= RESUME_MIN and not (duration and near_end(pos, duration)):
        return pos
    return 0.0


def duration_differs(r: Resource, seconds: float) -> bool:
    """Whether the engine's duration tells the user something else (unknown, or another
    minute:second) than the one stored at import: then it is kept in the library, so the
    library's lists show the length the player shows."""
    if seconds <= 0:
        return False
    return r.duration is None or format_time(r.duration) != format_time(seconds)


class ProgressKeeper(QObject):
    """`current` returns the open (player, resource), either None when nothing plays."""

    durationStored = Signal(object)  # the open Resource, its new duration in the library

    def __init__(
        self,
        library: Any,
        tasks: Any,
        current: Callable[[], tuple[Player | None, Resource | None]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.tasks, self.current = library, tasks, current
        self.save_timer = QTimer(self)
        self.save_timer.setInterval(SAVE_EVERY_MS)
        self.save_timer.timeout.connect(self.save)

    def on_state(self, state: str) -> None:
        if state == "playing":
            self.save_timer.start()
        else:
            self.save_timer.stop()
            if state in ("paused", "ended"):
                self.save()

    def stop(self) -> None:
        self.save_timer.stop()

    def save(self) -> None:
        player, resource = self.current()
        if player is None or resource is None or player.state() == "error":
            return
        pos, dur = player.position(), player.duration()
        finished = player.state() == "ended" or near_end(pos, dur)
        self.tasks.submit(
            self.library.set_progress, resource.id, pos, finished=finished,
            on_error=lambda e: log.warning("could not save progress: %s", e),
        )  # fmt: skip

    def resume(self, rid: str, start_at: Callable[[float], None]) -> None:
        """Read `rid`'s saved position off the UI thread, then `start_at` it (0 on error),
        unless the user has opened something else meanwhile."""
        self.tasks.submit(
            self.library.progress, rid,
            on_done=lambda prog: self._resume(rid, prog, start_at),
            on_error=lambda _e: start_at(0.0),
        )  # fmt: skip

    def _resume(
        self, rid: str, prog: tuple[float, bool] | None, start_at: Callable[[float], None]
    ) -> None:
        player, resource = self.current()
        if resource is None or resource.id != rid or player is None:
            return
        start_at(resume_position(prog, resource.duration or player.duration()))

    def store_duration(self, rid: str, seconds: float) -> None:
        """Keep the engine's duration of `rid` in the library; `durationStored` follows."""

        def stored(_: object) -> None:
            _player, resource = self.current()
            if resource is not None and resource.id == rid:
                self.durationStored.emit(resource)

        self.tasks.submit(
            self.library.set_duration, rid, seconds,
            on_done=stored, on_error=lambda e: log.warning("could not save duration: %s", e),
        )  # fmt: skip
