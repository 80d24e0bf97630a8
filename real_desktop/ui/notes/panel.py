"""NotesPanel: the notes of the open resource, beside the viewer.

    panel = NotesPanel(notes, tasks)
    panel.set_resource(resource)          # or None
    panel.set_viewer(viewer)              # DocumentView / PlayerView (the viewer protocol)
    player_view.noteRequested.connect(panel.add_note_at)      # a Location
    document_view.noteRequested.connect(panel.add_note_at)    # {"location": …, "quote": …}
                                                              # (+ "rects", "color": a highlight)
    panel.jumpRequested.connect(viewer.go_to)
    panel.markersChanged.connect(lambda locs: …)              # list[Location] of the notes

The list is ordered by anchor; clicking (or Enter on) a note asks the viewer to go there.
Highlights are notes too: the panel hands them to a viewer that draws them
(`set_highlights`, `set_current_highlight`), and a click on one (`highlightClicked`)
selects its note here.
While writing, the viewer's playback is paused when `pause_while_writing` is on, and
resumed when the editor closes; focus then goes back to the viewer so its shortcuts work.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.models import Kind, Location, LocationKind, Resource, Status
from real_desktop.core.notes import Note, NoteStore
from real_desktop.ui import i18n
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.empty_state import EmptyState
from real_desktop.ui.notes.editor import Autosaver, NoteEditor
from real_desktop.ui.notes.note_list import NoteDelegate, NoteRole, NotesListModel, insert_sorted
from real_desktop.ui.notes.panel_header import NotesHeader
from real_desktop.ui.notes.pauser import ViewerPauser
from real_desktop.ui.notes.undo_bar import UndoBar
from real_desktop.ui.tasks import TaskRunner


def media_missing(r: Resource | None) -> bool:
    """The resource's file is not on this computer (marked so by a scan, or removed since:
    the viewer shows "not on this computer" then too)."""
    if r is None:
        return False
    if r.status is Status.MISSING:
        return True
    return bool(r.path) and not Path(r.path).is_file()


def note_location(where: Location | dict[str, Any] | None, missing: bool) -> tuple[Location, str | None]:
    """(anchor, quote) of a note asked for at `where`: a Location, or {"location": …,
    "quote": …}; the whole resource when there is no usable place."""
    quote = None
    loc = where
    if isinstance(where, dict):
        loc, quote = where.get("location"), where.get("quote")
    if not isinstance(loc, Location) or loc.kind in (LocationKind.NOTE,):
        loc = Location(LocationKind.RESOURCE)
    if loc.kind is LocationKind.PAGE and (loc.page or 0) < 1:
        loc = Location(LocationKind.RESOURCE)
    if loc.kind is LocationKind.TIME and (loc.start is None or missing):
        loc = Location(LocationKind.RESOURCE)  # N on a missing video: not "0:00"
    return loc, quote


def empty_hint(reg: ActionRegistry, resource: Resource) -> str:
    """What to press to write a note here: the viewer's own key, from the registry (N in
    the player, Ctrl+Shift+N in documents), and on a PDF how to highlight."""

    if resource.kind is not Kind.DOCUMENT:
        return QCoreApplication.translate("NotesPanel",
            "No notes yet.\n\nPress %1 while watching, or Add note, to write one at this moment."
        ).replace("%1", reg.key_text("player.add_note"))
    pdf = (resource.format or Path(resource.path or "").suffix.lstrip(".")).lower() == "pdf"
    if pdf:
        text = QCoreApplication.translate("NotesPanel", "No notes yet.\n\nPress %1, or Add note, to write one on this page.")
    else:
        text = QCoreApplication.translate("NotesPanel", "No notes yet.\n\nPress %1, or Add note, to write one here.")
    text = text.replace("%1", reg.key_text("doc.add_note"))
    if pdf:
        text += "\n\n" + QCoreApplication.translate("NotesPanel", "Select text and press %1 to highlight it.").replace(
            "%1", reg.key_text("pdf.highlight")
        )
    return text


def first_note_on_page(notes: list[Note], page: int) -> Note | None:
    return next(
        (n for n in notes if n.location.kind is LocationKind.PAGE and n.location.page == page),
        None,
    )


# What a viewer may say about the notes on its screen, and the panel's method answering it.
VIEWER_SIGNALS = (
    ("noteMarkerClicked", "show_page_note"),  # a PDF page's note badge
    ("highlightClicked", "select_note"),
    ("highlightColorRequested", "recolor_highlight"),
    ("highlightDeleteRequested", "delete_note"),
)


class NotesPanel(QWidget):
    jumpRequested = Signal(object)  # Location
    markersChanged = Signal(object)  # list[Location] of the resource's notes, in order
    notesChanged = Signal()  # a note was added, edited, deleted or restored
    exportRequested = Signal(object)  # the current Resource (the main window opens the dialog)
    editingFinished = Signal()  # the editor closed: focus is back on the viewer
    pauseWhileWritingChanged = Signal(bool)  # the user flipped the setting (persist it)

    def __init__(
        self,
        notes: NoteStore,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        registry: ActionRegistry | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = reg = registry if registry is not None else ActionRegistry()
        self.setObjectName("NotesPanel")
        self.setAccessibleName(self.tr("Notes"))
        self.store, self.tasks = notes, tasks
        self.resource: Resource | None = None
        self.viewer: Any = None
        self.pause_while_writing = True
        self.pauser = ViewerPauser(lambda: self.viewer, lambda: self.pause_while_writing)
        self._select_after_load: str | None = None
        self._new_note_id: str | None = None  # just created, not yet written in
        self._last_deleted: str | None = None
        self._key = f"notes-panel-{id(self)}"
        self._sized = False
        self.hint: Callable[[ActionRegistry, Resource], str] = empty_hint

        self.autosaver = Autosaver(notes, tasks, self)
        self.autosaver.saved.connect(self._on_saved)

        # header
        self.header = NotesHeader(
            self, self.add_note_here, self.add_note_on_resource, self._request_export,
            self.set_pause_while_writing, reg,
        )  # fmt: skip
        h = self.header
        self.title, self.add_button, self.menu_button = h.title, h.add_button, h.menu_button
        self.add_here_action, self.add_whole_action = h.add_here_action, h.add_whole_action
        self.export_action, self.pause_action = h.export_action, h.pause_action

        # "Note deleted. Undo" bar
        self.undo_bar = UndoBar(self, registry=reg)
        self.undo_bar.undoRequested.connect(self.undo_delete)
        self.undo_label, self.undo_button = self.undo_bar.undo_label, self.undo_bar.undo_button

        # list / empty state
        self.model = NotesListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(NoteDelegate(self.list))
        self.list.setAccessibleName(self.tr("Notes on this resource"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.clicked.connect(self._on_clicked)
        self.list.activated.connect(self._on_clicked)
        self.list.doubleClicked.connect(lambda _i: self.editor.start_editing())
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        widget_only = Qt.ShortcutContext.WidgetShortcut
        reg.shortcut("notes.delete", self.list, self.delete_current, context=widget_only)
        reg.shortcut(
            "notes.edit", self.list, lambda: self.editor.start_editing(), context=widget_only
        )
        self.empty = EmptyState(self.tr("No notes"), self)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.empty)
        self.list_stack.addWidget(self.list)

        self.editor = NoteEditor(self.autosaver, self, registry=reg)
        self.editor.deleteRequested.connect(self.delete_note)
        self.editor.anchorClicked.connect(self.jumpRequested)
        self.editor.editingStarted.connect(self._on_editing_started)
        self.editor.editingFinished.connect(self._on_editing_finished)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("notesSplitter")
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(h.row)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.splitter, 1)

        app = QCoreApplication.instance()
        if app is not None:  # quitting writes whatever is still being typed
            app.aboutToQuit.connect(self.flush)
        self._update_empty()

    # -- public API -------------------------------------------------------------------------
    def set_resource(self, resource: Resource | None, *, select_note: str | None = None) -> None:
        """Show the notes of `resource` (None: no resource open). Unsaved edits of the
        previous resource are written first."""
        self.autosaver.flush()
        self._finish_new_note()
        if self.editor.editing:
            self.editor.finish_editing()
        self.resource = resource
        self.editor.set_note(None)
        self.model.set_notes([])
        self.undo_bar.hide()
        self.header.set_title(
            self.tr("Notes")
            if resource is None
            else self.tr("Notes · %1").replace("%1", resource.title),
            resource.title if resource else "",
        )
        self.add_button.setEnabled(resource is not None)
        self.export_action.setEnabled(resource is not None)
        self._update_add_menu()
        self._select_after_load = select_note
        self._update_empty()
        if resource is None:
            self._publish()
            return
        self.reload()

    def set_viewer(self, viewer: Any) -> None:
        self.pauser.resume()
        for name, slot_name in VIEWER_SIGNALS:
            slot = getattr(self, slot_name)
            if self.viewer is not None and hasattr(self.viewer, name):
                with contextlib.suppress(RuntimeError, TypeError):
                    getattr(self.viewer, name).disconnect(slot)
            if viewer is not None and hasattr(viewer, name):
                getattr(viewer, name).connect(slot)
        self.viewer = viewer
        self._update_add_menu()

    def recolor_highlight(self, note_id: str, color: str) -> None:
        self.tasks.submit(self.store.update, note_id, color=color, on_done=self._on_saved)

    def show_page_note(self, page: int) -> bool:
        """Select the first note on `page` (1-based), e.g. its badge on the PDF was clicked."""
        note = first_note_on_page(self.model.notes, page)
        if note is None:
            return False
        index = self.model.index(self.model.row_of(note.id))
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        return True

    def set_pause_while_writing(self, on: bool) -> None:
        """Whether playback pauses while a note is being written (a user setting)."""
        on = bool(on)
        changed = on != self.pause_while_writing
        self.pause_while_writing = on
        if self.pause_action.isChecked() != on:
            self.pause_action.setChecked(on)
        if changed:
            self.pauseWhileWritingChanged.emit(on)

    def select_note(self, note_id: str) -> bool:
        row = self.model.row_of(note_id)
        if row < 0:
            self._select_after_load = note_id  # not loaded yet
            return False
        self.list.setCurrentIndex(self.model.index(row))
        return True

    def reload(self) -> None:
        if self.resource is None:
            return
        rid = self.resource.id
        self.tasks.submit(
            self.store.for_resource,
            rid,
            key=self._key,
            on_done=lambda notes, r=rid: self._loaded(r, notes),
        )

    def add_note_here(self) -> None:
        """The Add note button: at the viewer's current place, else on the whole resource
        (also when the media is not on this computer: there is no moment to point at)."""
        loc: Location | None = None
        if self.viewer is not None and not media_missing(self.resource):
            with contextlib.suppress(Exception):
                loc = self.viewer.current_location()
        self.add_note_at(loc)

    def add_note_on_resource(self) -> None:
        """A note on the whole video or document, whatever is on screen."""
        self.add_note_at(Location(LocationKind.RESOURCE))

    def add_note_at(self, where: Location | dict[str, Any] | None) -> None:
        """Start a note at a Location, or at {"location": Location, "quote": str | None}
        (what the document view emits for a selection)."""
        if self.resource is None:
            return
        loc, quote = note_location(where, media_missing(self.resource))
        highlight: dict[str, Any] = {}
        if isinstance(where, dict) and where.get("rects") and loc.kind is LocationKind.PAGE:
            highlight = {"rects": where["rects"], "color": where.get("color")}
        self.pauser.pause()  # before the round trip: the moment stays where N was pressed
        rid = self.resource.id
        self.tasks.submit(
            self.store.create,
            rid,
            loc._replace(note_id=None),
            "",
            quote,
            on_done=lambda note, r=rid: self._created(r, note),
            on_error=self._on_create_failed,
            **highlight,
        )

    def delete_current(self) -> None:
        note = self.current_note()
        if note is not None:
            self.delete_note(note.id)

    def delete_note(self, note_id: str) -> None:
        self.autosaver.flush(wait=True)  # the trash keeps the last words typed
        if self.editor.editing:
            self.editor.finish_editing()
        self.tasks.submit(self.store.delete, note_id, on_done=self._deleted)

    def undo_delete(self) -> None:
        if self._last_deleted is None:
            return
        nid, self._last_deleted = self._last_deleted, None
        self.undo_bar.dismiss()
        self._select_after_load = nid
        self.tasks.submit(self.store.restore, nid, on_done=lambda _n: self._after_change())

    def current_note(self) -> Note | None:
        idx = self.list.currentIndex()
        return idx.data(NoteRole) if idx.isValid() else None

    def notes(self) -> list[Note]:
        return list(self.model.notes)

    def markers(self) -> list[Location]:
        return [n.location for n in self.model.notes]

    def _publish(self) -> None:
        """Tell the window where the notes are (markers) and the viewer what to draw."""
        self.markersChanged.emit(self.markers())
        if self.viewer is not None and hasattr(self.viewer, "set_highlights"):
            self.viewer.set_highlights(self.model.notes if self.resource is not None else [])

    def flush(self) -> None:
        """Write everything typed so far, now (window close, quit)."""
        self.autosaver.flush(wait=True)

    # -- internals --------------------------------------------------------------------------
    def _update_add_menu(self) -> None:
        self.header.update_for(self.resource, media_missing(self.resource))

    def _loaded(self, resource_id: str, notes: list[Note]) -> None:
        if self.resource is None or self.resource.id != resource_id:
            return  # the user moved on
        keep = self._select_after_load or (self.current_note().id if self.current_note() else None)
        self._select_after_load = None
        self.model.set_notes(notes)
        self._update_empty()
        self._publish()
        if keep:
            row = self.model.row_of(keep)
            if row >= 0:
                self.list.setCurrentIndex(self.model.index(row))
                return
        self.editor.set_note(self.current_note())

    def _created(self, resource_id: str, note: Note) -> None:
        if self.resource is None or self.resource.id != resource_id:
            return
        self._finish_new_note()
        self._new_note_id = note.id
        self.model.set_notes(insert_sorted(self.model.notes, note))
        self._update_empty()
        row = self.model.row_of(note.id)
        self.list.setCurrentIndex(self.model.index(row))
        self.list.scrollTo(self.model.index(row))
        self.editor.set_note(note, edit=True)
        self._publish()
        self.notesChanged.emit()

    def _on_create_failed(self, exc: BaseException) -> None:
        self.pauser.resume()
        self.empty.setText(self.tr("Could not add the note: %1").replace("%1", i18n.core_text(exc)))
        self.list_stack.setCurrentWidget(self.empty)

    def _deleted(self, note: Note) -> None:
        self._last_deleted = note.id
        if self._new_note_id == note.id:
            self._new_note_id = None
        self.undo_bar.show_deleted(note.anchor_label)
        self._after_change()

    def _after_change(self) -> None:
        self.notesChanged.emit()
        self.reload()

    def _on_saved(self, note: Note) -> None:
        current = next((n for n in self.model.notes if n.id == note.id), None)
        if current is not None and current.updated_at > note.updated_at:
            return  # a late reply about an older version
        if note.body.strip() and note.id == self._new_note_id:
            self._new_note_id = None  # written in: it stays even if emptied later
        self.model.replace_note(note)
        self.editor.refresh(note)
        self._publish()  # a highlight's tooltip shows its comment
        self.notesChanged.emit()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        note = current.data(NoteRole) if current.isValid() else None
        if self.editor.note is not None and (note is None or note.id != self.editor.note.id):
            # Not while the view is still handling the selection change: later.
            keep = note.id if note else None
            QTimer.singleShot(0, self, lambda: self._finish_new_note(keep=keep))
        if note is None or self.editor.note is None or note.id != self.editor.note.id:
            self.editor.set_note(note)
        if self.viewer is not None and hasattr(self.viewer, "set_current_highlight"):
            self.viewer.set_current_highlight(note.id if note is not None and note.is_highlight else None)

    def _on_clicked(self, index: QModelIndex) -> None:
        note = index.data(NoteRole)
        if note is not None:
            self.jumpRequested.emit(note.location)

    def _finish_new_note(self, keep: str | None = None) -> None:
        """A note created with N and left empty is discarded rather than littering the list."""
        nid = self._new_note_id
        if nid is None or nid == keep:
            return
        self._new_note_id = None
        note = next((n for n in self.model.notes if n.id == nid), None)
        text = (
            self.editor.body.toPlainText()
            if self.editor.note and self.editor.note.id == nid
            else (note.body if note else "")
        )
        if note is None or text.strip() or note.quote or note.tags:
            return
        self.autosaver.forget(nid)
        self.model.remove_note(nid)
        self._update_empty()
        self._publish()
        self.tasks.submit(self.store.discard, nid)

    def _on_editing_started(self) -> None:
        self.pauser.pause()

    def _on_editing_finished(self) -> None:
        self._finish_new_note()
        if self.editor.note is not None and self.model.row_of(self.editor.note.id) < 0:
            self.editor.set_note(self.current_note())
        self.pauser.resume()
        if self.viewer is not None and hasattr(self.viewer, "setFocus"):
            self.viewer.setFocus(Qt.FocusReason.OtherFocusReason)  # its shortcuts work again
        else:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editingFinished.emit()

    def _request_export(self) -> None:
        if self.resource is not None:
            self.exportRequested.emit(self.resource)

    def _update_empty(self) -> None:
        if self.resource is None:
            self.empty.setText(self.tr("Open a document or a video to see and write its notes."))
        else:
            self.empty.setText(self.hint(self.registry, self.resource))
        self.list_stack.setCurrentWidget(self.list if self.model.notes else self.empty)

    def set_hint(self, hint: Callable[[ActionRegistry, Resource], str]) -> None:
        """Other words for the empty list (default `empty_hint`; the presenter: its key)."""
        self.hint = hint
        self._update_empty()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.header.elide()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized:
            # The list gets the larger share; the editor's size hint would otherwise win.
            self._sized = True
            total = max(self.splitter.height(), 400)
            self.splitter.setSizes([total * 55 // 100, total * 45 // 100])
        self.header.elide()

    def closeEvent(self, event: Any) -> None:
        self.flush()
        super().closeEvent(event)

    def hideEvent(self, event: Any) -> None:
        self.autosaver.flush()
        super().hideEvent(event)
