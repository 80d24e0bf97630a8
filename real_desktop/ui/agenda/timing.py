"""The presenter's clock: time on the current item and in total, against the plan.

Pure logic with an injectable clock, so tests need no waiting."""

from __future__ import annotations

import time
from collections.abc import Callable

from real_desktop.core.timefmt import format_time


class PresentationClock:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._paused_at: float | None = None
        self._start = clock()
        self._item_start = self._start
        self._paused_total = 0.0
        self._item_paused = 0.0

    def next_item(self) -> None:
        now = self._clock()
        self._item_start = now
        self._item_paused = 0.0
        if self._paused_at is not None:
            self._paused_at = now

    def pause(self, on: bool) -> None:
        now = self._clock()
        if on and self._paused_at is None:
            self._paused_at = now
        elif not on and self._paused_at is not None:
            gap = now - self._paused_at
            self._paused_total += gap
            self._item_paused += gap
            self._paused_at = None

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def _now(self) -> float:
        return self._paused_at if self._paused_at is not None else self._clock()

    def item_seconds(self) -> float:
        return max(0.0, self._now() - self._item_start - self._item_paused)

    def total_seconds(self) -> float:
        return max(0.0, self._now() - self._start - self._paused_total)


def against_plan(elapsed: float, planned_minutes: float | None) -> tuple[str, bool]:
    """("3:05 / 5:00", over?) — or ("3:05", False) without a plan."""
    if not planned_minutes:
        return format_time(elapsed), False
    planned = planned_minutes * 60
    return f"{format_time(elapsed)} / {format_time(planned)}", elapsed > planned
