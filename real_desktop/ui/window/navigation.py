"""Where the window is: the library, a viewer, or the notes list — and how to get there.

`Navigator` owns the viewers (built on first use: libvlc and QtPdf stay out of start-up
time), opens a resource or a place in the right one (a hit inside a note opens the note's
own anchor, with the note selected), goes back, and routes sidebar sections and search
activity to the centre of the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from real_desktop.ui import i18n
from real_desktop.ui.actions.catalog import VIEWER_SCOPES, YIELD_IN_VIEWERS
from real_desktop.ui.guard import while_alive

if TYPE_CHECKING:
    from real_desktop.core.models import Location, Resource
    from real_desktop.ui.library.model import BrowseFilter
    from real_desktop.ui.main_window import MainWindow


class Navigator(QObject):
    def __init__(self, window: MainWindow, player_factory: Any = None) -> None:
        super().__init__(window)
        self.w = window
        self._player_factory = player_factory
        self.current_viewer: Any = None
        self._notes: Any = None  # NoteStore, made on first use (keeps start-up light)
        self._document_view: Any = None
        self._player_view: Any = None
        self._notes_view: Any = None
        self._notes_panel: Any = None
        self._from_notes = False  # the open viewer was opened from the notes list

    # -- lazily built ---------------------------------------------------------------------
    @property
    def notes(self) -> Any:
        if self._notes is None:
            from real_desktop.core.notes import NoteStore

            self._notes = NoteStore(self.w.library)
        return self._notes

    @property
    def document_view(self) -> Any:
        if self._document_view is None:
            from real_desktop.ui.viewers import DocumentView

            w = self.w
            v = DocumentView(w.library, w.tasks, registry=w.registry)
            v.openResourceRequested.connect(self.open_location)
            v.noteRequested.connect(lambda where: self.notes_panel.add_note_at(where))
            w.center.addWidget(v)
            self._document_view = v
        return self._document_view

    @property
    def player_view(self) -> Any:
        if self._player_view is None:
            from real_desktop.ui.player.view import PlayerView

            w = self.w
            kwargs = {"player_factory": self._player_factory} if self._player_factory else {}
            v = PlayerView(w.library, w.tasks, registry=w.registry, **kwargs)
            v.noteRequested.connect(lambda where: self.notes_panel.add_note_at(where))
            v.relinker.resourceChanged.connect(w.operations.relinked)
            v.progress.durationStored.connect(w.operations.updated)
            v.noticeChanged.connect(lambda text: w.statusBar().showMessage(text, 10000))
            v.backRequested.connect(lambda: w.registry.run("go.back", self.back))
            v.caption_band.set_style(w.settings.caption_size, w.settings.caption_background)
            w.center.addWidget(v)
            self._player_view = v
        return self._player_view

    @property
    def notes_view(self) -> Any:
        if self._notes_view is None:
            from real_desktop.ui.notes.notes_view import NotesView

            w = self.w
            v = NotesView(self.notes, w.library, w.tasks, registry=w.registry)
            v.openRequested.connect(self.open_location)
            v.notesImported.connect(w.operations.notes_imported)
            w.center.addWidget(v)
            self._notes_view = v
        return self._notes_view

    @property
    def notes_panel(self) -> Any:
        if self._notes_panel is None:
            from real_desktop.ui.notes.panel import NotesPanel

            w = self.w
            panel = NotesPanel(self.notes, w.tasks, registry=w.registry)
            panel.set_pause_while_writing(w.settings.pause_while_writing)
            panel.pauseWhileWritingChanged.connect(
                lambda on: setattr(w.settings, "pause_while_writing", on)
            )
            panel.jumpRequested.connect(self._jump)
            panel.markersChanged.connect(self._note_markers)
            panel.exportRequested.connect(w.operations.export_notes)
            w.right.addWidget(panel)
            self._notes_panel = panel
        return self._notes_panel

    def settings_changed(self) -> None:
        """Settings were accepted: the player's captions take the new style at once."""
        if self._player_view is not None:
            s = self.w.settings
            self._player_view.caption_band.set_style(s.caption_size, s.caption_background)

    def built_notes_panel(self) -> Any:
        """The notes panel if it exists (None: nothing to flush or reset)."""
        return self._notes_panel

    def showing_notes_list(self) -> bool:
        return self._notes_view is not None and self.w.center.currentWidget() is self._notes_view

    # -- opening things -------------------------------------------------------------------
    def open_resource(self, resource: Resource) -> None:
        self.show_resource(resource, None, ())

    def open_location(
        self,
        resource_id: str,
        location: Location | None,
        terms: Sequence[str] = (),
        track: str | None = None,
    ) -> None:
        """Open a resource by id at a place (search hit, note, in-library link); `track`:
        the caption language a cue hit came from (the player shows that track)."""
        from real_desktop.core.models import LocationKind

        w = self.w
        notes = self.notes if location is not None and location.kind is LocationKind.NOTE else None
        library = w.library

        def fetch() -> tuple[Resource | None, Location | None, str | None]:
            if notes is not None and location is not None:
                # A hit inside a note opens the note's own anchor, with the note selected.
                found = notes.resolve(location)
                if found is None:
                    return None, None, None
                rid, anchor = found
                return library.get(rid), anchor, anchor.note_id
            return library.get(resource_id), location, None

        def got(result: tuple[Resource | None, Location | None, str | None]) -> None:
            r, where, note_id = result
            if r is None:
                w.statusBar().showMessage(self.tr("That item is no longer in the library."), 5000)
                return
            # The words matched the note, not the document: handed to the viewer they
            # would make its find bar (or transcript) report "no matches".
            self.show_resource(
                r, where, () if notes is not None else terms, select_note=note_id, track=track
            )

        def failed(exc: BaseException) -> None:
            w.statusBar().showMessage(
                self.tr("Could not open that item: {0}").format(i18n.core_text(exc)), 8000
            )

        w.tasks.submit(
            fetch,
            on_done=while_alive(self, got),
            on_error=while_alive(self, failed),
            key=f"open-{id(self)}",
        )

    def show_resource(
        self,
        r: Resource,
        location: Location | None,
        terms: Sequence[str],
        *,
        select_note: str | None = None,
        track: str | None = None,
    ) -> None:
        from PySide6.QtCore import Qt

        from real_desktop.core.models import Kind

        w = self.w
        try:
            viewer: Any = self.document_view if r.kind is Kind.DOCUMENT else self.player_view
        except ImportError as exc:  # e.g. an install without the media player parts
            w.statusBar().showMessage(
                self.tr("“{0}” cannot be shown here: {1}").format(r.title, exc), 8000
            )
            return
        if self.current_viewer is not None:
            self.current_viewer.close_resource()
        else:  # Back returns where this was opened from
            self._from_notes = self.showing_notes_list()
        # A page or a video needs the room more than the section list does; Back (or a
        # section chosen from the menu) brings the list back. Hidden first, so the viewer
        # lays out once at its final size.
        if w.splitter.widget(0).isVisible():
            w.splitter.widget(0).hide()
            w.splitter.refresh()  # resize the centre now, not on a later layout pass
        # Show the viewer before opening: a hidden QPdfView forgets where it was sent.
        w.center.setCurrentWidget(viewer)
        if track is not None and viewer is self._player_view:
            viewer.open(r, location, tuple(terms), track=track)
        else:
            viewer.open(r, location, tuple(terms))
        self.current_viewer = viewer
        self._yield_keys_to_viewer(True)
        w.search_field.set_viewing("document" if r.kind is Kind.DOCUMENT else "recording")
        panel = self.notes_panel
        panel.set_viewer(viewer)
        panel.set_resource(r, select_note=select_note)
        w.right.setCurrentWidget(panel)
        w.window_actions["go.back"].setEnabled(True)
        w.setWindowTitle(self.tr("{0} — REAL Desktop").format(r.title))
        # Keys belong to the viewer now (Space pauses, arrows turn pages), not to the search
        # field that asked for it, which keeps its text for Back.
        viewer.setFocus(Qt.FocusReason.OtherFocusReason)
        w.tasks.submit(
            w.library.mark_opened, r.id, on_done=while_alive(self, lambda ok: self._opened(r, ok))
        )
        w.resourceOpened.emit(r)

    def _opened(self, r: Resource, recorded: bool) -> None:
        """mark_opened is False when the item is gone (removed by another program, e.g.
        the command line, while it was listed here): say so and leave it."""
        if recorded:
            return
        w = self.w
        if self.current_viewer is not None and w.center.currentWidget() is not w.browse_stack:
            self.back()
        w.statusBar().showMessage(
            self.tr("“{0}” is no longer in the library: it was removed elsewhere.").format(r.title),
            8000,
        )
        w.events.emit_changed("removed", [r.id])

    def _yield_keys_to_viewer(self, viewing: bool) -> None:
        """Inside a viewer Ctrl+F finds in the document and Ctrl+= / Ctrl+- / Ctrl+0 zoom
        it. The same keys on window actions would make both ambiguous (Qt then fires
        neither), so the window's versions step aside while a viewer is shown ("/" stays:
        it is the viewer's way back to the search field)."""
        reg = self.w.registry
        for action_id in YIELD_IN_VIEWERS:
            keys = (
                reg.keys_outside(action_id, VIEWER_SCOPES)
                if viewing
                else reg.key_sequences(action_id)
            )
            self.w.window_actions[action_id].setShortcuts(keys)

    def _note_markers(self, locations: list[Location]) -> None:
        """Notes show where they point: badges on PDF pages, marks on the seek bar."""
        if self.current_viewer is None:
            return
        if self.current_viewer is self._document_view:
            self._document_view.set_markers(sorted({loc.page for loc in locations if loc.page}))
        elif self.current_viewer is self._player_view:
            self._player_view.set_note_markers(locations)

    def _jump(self, location: Location) -> None:
        if self.current_viewer is not None:
            self.current_viewer.go_to(location)

    # -- going back -----------------------------------------------------------------------
    def back(self) -> None:
        """Leave the viewer for where it was opened from — the notes list, or the library
        or search results as they were; from the notes list, back to the library."""
        w = self.w
        to_notes = self.current_viewer is not None and self._from_notes
        self._from_notes = False
        if self.current_viewer is not None:
            self.current_viewer.close_resource()
            self.current_viewer = None
        self._yield_keys_to_viewer(False)
        w.search_field.set_viewing(None)
        if self._notes_panel is not None:
            self._notes_panel.set_viewer(None)
            self._notes_panel.set_resource(None)
        w.right.setCurrentWidget(w.details)
        w.splitter.widget(0).show()
        if to_notes:
            w.center.setCurrentWidget(self.notes_view)
            w.setWindowTitle(self.tr("REAL Desktop"))
            self.notes_view.setFocus()
            return  # Back stays enabled: it leaves the notes list next
        if w.center.currentWidget() is not w.browse_stack:
            w.center.setCurrentWidget(w.browse_stack)
            if w.sidebar.current_key() == "notes":
                w.sidebar.select_key("all")
            elif w.model.filter.special in ("recent", "in_progress"):
                w.model.reload()  # what was just opened belongs in these lists
        w.window_actions["go.back"].setEnabled(False)
        w.setWindowTitle(self.tr("REAL Desktop"))
        (w.search.view if w.search.query else w.browser.current_view()).setFocus()

    def escape(self) -> None:
        """Esc in a viewer (outside the player's own keys): a full-screen player leaves
        full screen first; anything else goes back to where the user came from."""
        viewer = self.current_viewer
        if viewer is not None and getattr(viewer, "is_full_screen", lambda: False)():
            viewer.leave_full_screen()
        else:
            self.w.registry.run("go.back", self.back)

    def show_library(self) -> None:
        self.back()
        self.w.search.field.clear()
        self.w.browser.focus_view()

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

        w = self.w
        if w.parts_ready and w.center.currentWidget() is not w.browse_stack:
            self.back()
        w.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        w.search_field.selectAll()

    # -- routing --------------------------------------------------------------------------
    def section_selected(self, flt: BrowseFilter, title: str) -> None:
        w = self.w
        w.settings.section = flt.key
        if flt.special == "notes":
            if self.current_viewer is not None:
                self.back()
            w.center.setCurrentWidget(self.notes_view)
            w.window_actions["go.back"].setEnabled(True)
            return
        if self.showing_notes_list():
            w.center.setCurrentWidget(w.browse_stack)
            w.window_actions["go.back"].setEnabled(self.current_viewer is not None)
        w.search.field.clear()
        w.browser.set_filter(flt, title)
        w.details.set_resource(None)

    def search_active(self, active: bool) -> None:
        w = self.w
        w.browse_stack.setCurrentWidget(w.search if active else w.browser)
        w.sidebar.show_searching(active)
        if not active:
            w.details.set_resource(w.browser.current_resource())
        if active and w.center.currentWidget() is not w.browse_stack:
            self.back()

    def search_current(self, resource_id: str | None) -> None:
        """The details pane follows the current search result while searching."""
        w = self.w
        if resource_id is None:
            w.details.set_resource(None)
            return
        w.tasks.submit(
            w.library.get,
            resource_id,
            on_done=while_alive(w.details, w.details.set_resource),
            key=f"details-{id(self)}",
        )
