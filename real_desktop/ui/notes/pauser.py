"""Pausing the viewer's playback while a note is written, and resuming it afterwards."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any


def pausable(viewer: Any) -> Any:
    """What can pause: the viewer's `player` (PlayerView) or the viewer itself; None for a
    document viewer."""
    if viewer is None:
        return None
    player = getattr(viewer, "player", None)
    player = player() if callable(player) and not hasattr(player, "pause") else player
    return (
        player
        if player is not None and hasattr(player, "pause")
        else (viewer if hasattr(viewer, "pause") else None)
    )


class ViewerPauser:
    """`viewer` returns the current viewer; `enabled` whether the user wants the pause.
    Resumes only what it paused."""

    def __init__(self, viewer: Callable[[], Any], enabled: Callable[[], bool]) -> None:
        self.viewer, self.enabled = viewer, enabled
        self.paused = False

    def pause(self) -> None:
        if not self.enabled() or self.paused:
            return
        p = pausable(self.viewer())
        if p is None:
            return
        with contextlib.suppress(Exception):
            state = p.state() if callable(getattr(p, "state", None)) else getattr(p, "state", None)
            if state == "playing":
                p.pause()
                self.paused = True

    def resume(self) -> None:
        if not self.paused:
            return
        self.paused = False
        p = pausable(self.viewer())
        if p is not None:
            with contextlib.suppress(Exception):
                p.play()
