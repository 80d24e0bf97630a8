"""The window's content-pack entry points (File menu), each behind the action registry's
choke point (PACKS). An install, upgrade or removal ends in ONE `LibraryEvents.changed`
(kind "packs"), so the sidebar, the list and the search bring themselves up to date.
The dialogs' modules load on first use, not with the window."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from real_desktop.ui.packs.common import CHANGED
from real_desktop.ui.packs.inbox import PackInboxWatch

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from real_desktop.core.models import Resource
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.tasks import TaskRunner
    from real_desktop.ui.window.operations import LibraryEvents


class PackOperations(QObject):
    def __init__(
        self,
        library_of: Callable[[], Any],
        tasks: TaskRunner,
        registry: ActionRegistry,
        events: LibraryEvents,
        say: Callable[[str, int], None],
        selected: Callable[[], Sequence[Resource]],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._library_of, self.tasks, self.registry = library_of, tasks, registry
        self.events, self.say, self._selected = events, say, selected
        self.parent_widget = parent
        self.inbox = PackInboxWatch(library_of, tasks, events, say, registry, self)

    def changed(self) -> None:
        self.events.emit_changed(CHANGED)

    def add_from_drive(self) -> bool:
        return self.registry.run("file.add_from_drive", self._add_from_drive)

    def _add_from_drive(self) -> None:
        from real_desktop.ui.packs.drive_dialog import AddFromDriveDialog

        AddFromDriveDialog(self._library_of(), self.tasks, self.registry, self.parent_widget,
                           changed=self.changed).exec()  # fmt: skip

    def export_pack(self) -> bool:
        return self.registry.run("file.export_pack", self._export_pack)

    def _export_pack(self) -> None:
        from real_desktop.ui.packs.export_dialog import ExportPackDialog

        library = self._library_of()
        ExportPackDialog(
            library, self.tasks, self.registry, self.parent_widget,
            selected_ids=[r.id for r in self._selected()],
            collections=[name for name, _n in library.collections()],
        ).exec()  # fmt: skip

    def content_packs(self) -> bool:
        return self.registry.run("file.content_packs", self._content_packs)

    def _content_packs(self) -> None:
        from real_desktop.ui.packs.installed_dialog import InstalledPacksDialog

        InstalledPacksDialog(self._library_of(), self.tasks, self.registry, self.parent_widget,
                             changed=self.changed, settings_changed=self.inbox.poll).exec()  # fmt: skip
