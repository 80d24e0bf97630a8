"""Managing the catalog from the window: remove (many, with undo), add or remove a tag,
move to a collection, edit metadata, merge duplicates. Each runs in the background and ends in ONE
`LibraryEvents.changed` (see operations.py); failures are said on the status bar, never
raised (an item another process removed meanwhile is a KeyError from the core)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from real_desktop.ui import i18n
from real_desktop.ui.guard import while_alive
from real_desktop.ui.window.operations import REMOVED, UPDATED

if TYPE_CHECKING:
    from real_desktop.core.models import Resource
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.tasks import TaskRunner
    from real_desktop.ui.window.operations import LibraryEvents

RESTORED, MERGED = "restored", "merged"



def items_text(resources: Sequence[Resource]) -> str:
    if len(resources) == 1:
        return QCoreApplication.translate("Operations", "“{0}”").format(resources[0].title)
    return QCoreApplication.translate("Operations", "{0} items").format(len(resources))


class ManageOperations(QObject):
    """`undoOffered(text)` after a removal (the undo bar shows it); `undoDone()` once
    the last removal was undone or can no longer be."""

    undoOffered = Signal(str)
    undoDone = Signal()

    def __init__(
        self,
        library_of: Callable[[], Any],
        tasks: TaskRunner,
        registry: ActionRegistry,
        events: LibraryEvents,
        say: Callable[[str, int], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._library_of = library_of
        self.tasks, self.registry, self.events, self.say = tasks, registry, events, say
        self.parent_widget = parent
        self.snapshot: Any = None  # the last removal's, for Undo

    # -- remove and undo ------------------------------------------------------------------
    def remove(self, resources: Sequence[Resource]) -> bool:
        """Forget these entries in one transaction (the files are never touched)."""
        return bool(resources) and self.registry.run("library.remove", self._remove, list(resources))

    def _remove(self, resources: list[Resource]) -> None:
        ids = [r.id for r in resources]

        def removed(snapshot: Any) -> None:
            self.snapshot = snapshot
            text = QCoreApplication.translate("Operations", "Removed {0} from the library. The files were not deleted.").format(
                items_text(resources)
            )
            self.say(text, 6000)
            self.events.emit_changed(REMOVED, ids)
            self.undoOffered.emit(text)

        self.tasks.submit(
            self._library_of().remove, ids,
            on_done=while_alive(self, removed), on_error=while_alive(self, self._failed),
        )  # fmt: skip

    def undo(self) -> bool:
        return self.snapshot is not None and self.registry.run("library.undo_remove", self._undo)

    def _undo(self) -> None:
        snapshot, self.snapshot = self.snapshot, None

        def restored(ids: list[str]) -> None:
            self.say(QCoreApplication.translate("Operations", "Put back {0}.").format(QCoreApplication.translate("Operations", "{0} items").format(len(ids))), 4000)
            self.events.emit_changed(RESTORED, ids)
            self.undoDone.emit()

        self.tasks.submit(
            self._library_of().undo_remove, snapshot,
            on_done=while_alive(self, restored), on_error=while_alive(self, self._failed),
        )  # fmt: skip

    # -- edits ----------------------------------------------------------------------------
    def edit(self, ids: Sequence[str], **changes: Any) -> bool:
        return bool(ids) and self.registry.run("details.save", self._edit, list(ids), changes)

    def _edit(self, ids: list[str], changes: dict[str, Any]) -> None:
        def edited(_records: object) -> None:
            self.events.emit_changed(UPDATED, ids)

        self.tasks.submit(
            lambda: self._library_of().edit(ids, **changes),
            on_done=while_alive(self, edited), on_error=while_alive(self, self._failed),
        )  # fmt: skip

    def add_tag(self, resources: Sequence[Resource]) -> bool:
        return bool(resources) and self.registry.run("library.add_tag", self._add_tag, resources)

    def _add_tag(self, resources: Sequence[Resource]) -> None:
        tag, ok = QInputDialog.getText(
            self.parent_widget, QCoreApplication.translate("Operations", "Add tag"), QCoreApplication.translate("Operations", "Tag for {0}:").format(items_text(resources))
        )
        if ok and tag.strip():
            self._edit([r.id for r in resources], {"add_tags": [tag.strip()]})

    def remove_tag(self, resources: Sequence[Resource]) -> bool:
        return bool(resources) and self.registry.run(
            "library.remove_tag", self._remove_tag, resources
        )

    def _remove_tag(self, resources: Sequence[Resource]) -> None:
        """Offer the tags the selected items carry (any of them, case kept as first seen)
        and take the chosen one off every item that has it."""
        tags: dict[str, str] = {}
        for r in resources:
            for t in r.tags:
                tags.setdefault(t.casefold(), t)
        if not tags:
            self.say(QCoreApplication.translate("Operations", "{0}: no tags to remove.").format(items_text(resources)), 5000)
            return
        names = sorted(tags.values(), key=str.casefold)
        tag, ok = QInputDialog.getItem(
            self.parent_widget, QCoreApplication.translate("Operations", "Remove tag"),
            QCoreApplication.translate("Operations", "Tag to remove from {0}:").format(items_text(resources)), names, 0, False,
        )  # fmt: skip
        if ok and tag:
            with_it = [r.id for r in resources if tag.casefold() in {t.casefold() for t in r.tags}]
            self._edit(with_it, {"remove_tags": [tag]})

    def move_to_collection(self, resources: Sequence[Resource]) -> bool:
        return bool(resources) and self.registry.run(
            "library.move_collection", self._move, resources
        )

    def _move(self, resources: Sequence[Resource]) -> None:
        names = [name for name, _n in self._library_of().collections()]
        name, ok = QInputDialog.getItem(
            self.parent_widget, QCoreApplication.translate("Operations", "Move to collection"),
            QCoreApplication.translate("Operations", "Collection for {0}:").format(items_text(resources)), names, 0, True,
        )  # fmt: skip
        if ok:
            self._edit([r.id for r in resources], {"collection": name.strip() or None})

    # -- duplicates -----------------------------------------------------------------------
    def merge(self, keep_id: str, other_ids: Sequence[str]) -> bool:
        return bool(other_ids) and self.registry.run(
            "details.merge", self._merge, keep_id, list(other_ids)
        )

    def _merge(self, keep_id: str, other_ids: list[str]) -> None:
        def merged(snapshot: Any) -> None:
            self.snapshot = snapshot
            text = QCoreApplication.translate("Operations", "Merged {0} duplicates into one; their notes moved with them.").format(
                len(other_ids)
            )
            self.say(text, 6000)
            self.events.emit_changed(MERGED, [keep_id, *other_ids])

        self.tasks.submit(
            self._library_of().merge, keep_id, other_ids,
            on_done=while_alive(self, merged), on_error=while_alive(self, self._failed),
        )  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KeyError):
            self.say(QCoreApplication.translate("Operations", "That item is no longer in the library (removed elsewhere)."), 8000)
            self.events.emit_changed(REMOVED, [])
        else:
            self.say(QCoreApplication.translate("Operations", "Could not change the library: {0}").format(i18n.core_text(exc)), 8000)
