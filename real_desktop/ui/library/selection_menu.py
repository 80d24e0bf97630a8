"""The right-click menu of the library's grid and list, for the selected items."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from real_desktop.core.models import Kind, Resource
from real_desktop.ui.actions.registry import ActionRegistry

MENU = ("library.open", "library.remove", "library.add_tag", "library.move_collection",
        "library.transcribe", "library.recognise", "library.export_captions")  # fmt: skip


def make_actions(
    registry: ActionRegistry, parent: QWidget, handlers: dict[str, Callable[[], object]]
) -> dict[str, QAction]:
    """The menu's actions, made once; Delete (library.remove) is live over the views."""
    acts = {i: registry.action(i, parent, handlers[i]) for i in MENU}
    for act in acts.values():
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        parent.addAction(act)  # their keys work while the browser has focus
    return acts


def enable_for(actions: dict[str, QAction], resources: list[Resource]) -> None:
    """Speech/OCR entries only where they can do something (ui/jobs)."""
    media = [r for r in resources if r.kind is not Kind.DOCUMENT]
    actions["library.transcribe"].setEnabled(bool(media))
    actions["library.recognise"].setEnabled(
        any(r.kind is Kind.DOCUMENT and r.format == "pdf" for r in resources)
    )
    actions["library.export_captions"].setEnabled(len(media) == 1 and bool(media[0].captions))


def show_menu(view: QAbstractItemView, pos: QPoint, actions: dict[str, QAction]) -> None:
    index = view.indexAt(pos)
    if not index.isValid():
        return
    selection = view.selectionModel()
    if selection is not None and not selection.isSelected(index):
        view.setCurrentIndex(index)  # a click outside the selection selects that item
    menu = QMenu(view)
    for action_id in MENU:
        act = actions[action_id]
        if act.isVisible():
            menu.addAction(act)
        if action_id in ("library.open", "library.move_collection"):
            menu.addSeparator()
    menu.popup(view.viewport().mapToGlobal(pos))
