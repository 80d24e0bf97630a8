"""Duplicates in the window: choosing which one to keep when merging, and keeping the
details pane (its record and its duplicate marker) up to date after any change."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from real_desktop.core.textutil import display_path
from real_desktop.ui.guard import while_alive

if TYPE_CHECKING:
    from real_desktop.ui.main_window import MainWindow



def choice_label(r: Any) -> str:
    where = display_path(r.path) if r.path else QCoreApplication.translate("Duplicates", "not on this computer")
    return f"{r.title} — {where}"


def ask_merge(w: MainWindow, group: Any) -> None:
    """Ask which item of `group` stays (the oldest is offered first); the others' notes
    move to it and they leave the library."""
    members = list(group.resources)
    labels = [choice_label(r) for r in members]
    label, ok = QInputDialog.getItem(
        w, QCoreApplication.translate("Duplicates", "Merge duplicates"),
        QCoreApplication.translate("Duplicates", "Keep which one? The others' notes move to it, and they leave the library."),
        labels, 0, False,
    )  # fmt: skip
    if ok and label in labels:
        keep = members[labels.index(label)]
        w.manage.merge(keep.id, [r.id for r in members if r.id != keep.id])


def details_follow(w: MainWindow, kind: str, ids: tuple[str, ...]) -> None:
    """After a change: the duplicate groups are looked up again, and an edited (or
    merged-into) item shown in the details pane is shown as it is now."""
    lib, d = w.library, w.details
    w.tasks.submit(lib.duplicates, on_done=while_alive(d, d.set_duplicates),
                   on_error=lambda _e: None, key=f"duplicates-{id(w)}")  # fmt: skip
    shown = d.resource
    if shown is None or len(d.selection) > 1 or kind == "removed" or (ids and shown.id not in ids):
        return

    def fresh(r: Any) -> None:
        if d.resource is not None and d.resource.id == shown.id:
            d.set_resource(r)

    w.tasks.submit(lib.get, shown.id, on_done=while_alive(d, fresh), key=f"details-fresh-{id(w)}")
