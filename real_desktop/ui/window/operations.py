"""Named operations on the library, each ending in one "library changed" event.

Removing items (window/manage.py, with undo), locating a moved file, importing files or notes change what the
sidebar counts, the browser lists and the search finds. Instead of the window refreshing
each of them by hand, an operation emits `LibraryEvents.changed` once and those views
listen (see window/parts.py). Exporting notes changes nothing, so it emits nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from real_desktop.core.models import Resource
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.tasks import TaskRunner

REMOVED, RELINKED, UPDATED = "removed", "relinked", "updated"
IMPORTED, NOTES_IMPORTED = "imported", "notes_imported"



class LibraryEvents(QObject):
    """What changed in the library: kind (REMOVED, RELINKED, …) and the resource ids
    concerned (empty when many or unknown, e.g. an import)."""

    changed = Signal(str, object)  # kind, tuple of resource ids

    def emit_changed(self, kind: str, ids: Sequence[str] = ()) -> None:
        self.changed.emit(kind, tuple(ids))


class LibraryOperations(QObject):
    """Runs the operations (behind the registry's policy) and reports on the status bar
    through `say(text, ms)`."""

    def __init__(
        self,
        library_of: Callable[[], Any],
        notes_of: Callable[[], Any],
        tasks: TaskRunner,
        registry: ActionRegistry,
        events: LibraryEvents,
        say: Callable[[str, int], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._library_of, self._notes_of = library_of, notes_of
        self.tasks, self.registry, self.events, self.say = tasks, registry, events, say
        self.parent_widget = parent

    def relinked(self, resource: Resource | None) -> None:
        """A file was located for a missing item (the player's Locate file…, behind the
        registry's "player.locate"), or found beside it."""
        self.events.emit_changed(RELINKED, [resource.id] if resource is not None else [])

    def updated(self, resource: Resource | None) -> None:
        """Something shown in the lists changed, e.g. a recording's real duration."""
        self.events.emit_changed(UPDATED, [resource.id] if resource is not None else [])

    def imported(self, _summary: object) -> None:
        self.events.emit_changed(IMPORTED)

    def notes_imported(self, _count: object = None) -> None:
        self.events.emit_changed(NOTES_IMPORTED)

    def export_notes(self, resource: Resource | None) -> bool:
        return self.registry.run("notes.export", self._export_notes, resource)

    def _export_notes(self, resource: Resource | None) -> None:
        from real_desktop.ui.notes.export_dialog import ExportDialog

        ExportDialog(
            self._notes_of(),
            self.tasks,
            self.parent_widget,
            resource_id=resource.id if resource else None,
            library=self._library_of(),
            registry=self.registry,
        ).exec()
