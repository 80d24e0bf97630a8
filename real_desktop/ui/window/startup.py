"""Shell first, parts after: the window's deferred building.

The shell (menus, toolbar with the search field, empty sidebar and centre) paints at once;
the parts need heavier modules and the library. `PartsScheduler` runs the steps that build
them one per event-loop turn, so the window answers input between them; steps that need
the library wait until `attach()`. Actions chosen meanwhile are queued (`later`) and run
once the parts exist.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

# Modules the parts need, imported one per event-loop turn after the first paint.
PART_MODULES = (
    "PySide6.QtCore:Qt",  # PySide6 makes the namespace's 94 enums on first use: ~50 ms
    "real_desktop.ui.library.model",
    "PySide6.QtWidgets:QStyle",  # ~570 enum values: ~15 ms on its own
    "real_desktop.ui.thumbnails",
    "real_desktop.ui.library.sidebar",
    "real_desktop.ui.library.browser",
    "real_desktop.ui.library.details",
    "real_desktop.ui.search.panel",
    "real_desktop.ui.importer",
)


def import_part(module: str) -> None:
    name, _, attr = module.partition(":")
    loaded = importlib.import_module(name)
    if attr:
        getattr(loaded, attr)


class PartsScheduler(QObject):
    """Runs (needs_library, step) pairs in order, one per turn of the event loop."""

    done = Signal()  # the last step has run

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.steps: list[tuple[bool, Callable[[], None]]] = []
        self.has_library = False
        self.finished = False
        self._queued: list[Callable[[], None]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run_step)

    def add(self, step: Callable[[], None], *, needs_library: bool = False) -> None:
        self.steps.append((needs_library, step))

    def start(self) -> None:
        """Begin (imports first; steps that need the library wait for attach())."""
        self._timer.start(0)

    def attach(self) -> None:
        self.has_library = True
        self._timer.start(0)

    def run_all(self) -> None:
        """Everything now, before returning (tests, benchmarks)."""
        self.has_library = True
        while self.steps:
            self.steps.pop(0)[1]()
        self._finish()

    def cancel(self) -> None:
        """The window closed during start-up: build nothing more."""
        self.steps.clear()

    def later(self, fn: Callable[[], Any]) -> Callable[[], None]:
        """A slot that runs `fn` now, or once the parts exist if they are still coming."""

        def run() -> None:
            if self.finished:
                fn()
            else:
                self._queued.append(fn)

        return run

    def _run_step(self) -> None:
        if not self.steps:
            return
        needs_library, step = self.steps[0]
        if needs_library and not self.has_library:
            return  # attach() resumes
        self.steps.pop(0)
        step()
        if self.steps:
            self._timer.start(0)  # let input and paints through between steps
        else:
            self._finish()

    def _finish(self) -> None:
        if self.finished:
            return
        self.finished = True
        queued, self._queued = self._queued, []
        for fn in queued:
            fn()
        self.done.emit()
