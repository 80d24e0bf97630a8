"""Every user action of the window, declared once.

Texts are translated in the "Actions" context when an action is made. A spec's `needs`
are the policy permissions it asks for; BROWSE is what a kiosk keeps (looking, searching,
reading), so every action needs at least one permission and a deny-all policy stops all.
"""

from __future__ import annotations

from real_desktop.core.policy import Action
from real_desktop.ui.actions.spec import ActionSpec

B = (Action.BROWSE,)
PICK_FILES = (Action.IMPORT, Action.FILE_DIALOG)

# Help-table groups, in the order the table shows them.
SEARCH, GO, LIBRARY, VIEW, DOCUMENTS, PLAYER, NOTES, WINDOW = (
    "Search",
    "Going around",
    "Library",
    "View",
    "Documents",
    "Player",
    "Notes",
    "Window",
)
GROUPS = (SEARCH, GO, LIBRARY, VIEW, DOCUMENTS, PLAYER, NOTES, WINDOW)
EDIT = (Action.EDIT_NOTES,)
MANAGE = (Action.REMOVE_RESOURCE,)
EDIT_META = (Action.EDIT_METADATA,)

# Scopes whose keys are live at the same time as the window's (the no-clash rule; keys of
# a window action listed in YIELD_IN_VIEWERS step aside while a viewer is shown).
SHOWN_TOGETHER: tuple[frozenset[str], ...] = (
    frozenset({"window", "library"}),
    frozenset({"window", "import_summary"}),
    frozenset({"window", "settings"}),
    frozenset({"window", "export"}),
    frozenset({"window", "notes_list"}),
    frozenset({"window", "pdf", "pdf_pages", "find", "notes_panel", "notes_editor"}),
    frozenset({"window", "reader", "find", "notes_panel", "notes_editor"}),
    frozenset({"window", "player", "transcript", "notes_panel", "notes_editor"}),
)
VIEWER_SCOPES = frozenset({"pdf", "pdf_pages", "reader", "player"})
YIELD_IN_VIEWERS = ("go.find", "view.bigger", "view.smaller", "view.reset_text")

SPECS: tuple[ActionSpec, ...] = (
    # -- the window's menus and toolbar --------------------------------------------------
    ActionSpec("file.add_files", "Add files…", PICK_FILES, ("Ctrl+O",), group=LIBRARY),
    ActionSpec("file.add_folder", "Add folder…", PICK_FILES, ("Ctrl+Shift+O",), group=LIBRARY),
    ActionSpec("file.settings", "Settings…", (Action.SETTINGS,), ("Ctrl+,",), group=WINDOW),
    ActionSpec("file.quit", "Quit", (Action.QUIT,), ("std:Quit", "Ctrl+Q"), group=WINDOW),
    ActionSpec("view.grid", "Grid", B, ("Ctrl+1",), group=VIEW, help="Show items as a grid"),
    ActionSpec("view.list", "List", B, ("Ctrl+2",), group=VIEW, help="Show items as a list"),
    ActionSpec("view.theme.system", "Follow system", B),
    ActionSpec("view.theme.light", "Light", B),
    ActionSpec("view.theme.dark", "Dark", B),
    ActionSpec("view.theme.high_contrast", "High contrast", B),  # issue 15 (accessibility)
    ActionSpec("view.bigger", "Larger text", B, ("Ctrl+=", "Ctrl++"), group=VIEW),
    ActionSpec("view.smaller", "Smaller text", B, ("Ctrl+-",), group=VIEW),
    ActionSpec("view.reset_text", "Default text size", B, ("Ctrl+0",), group=VIEW),
    ActionSpec("go.library", "Library", B, ("Ctrl+Shift+L",), group=GO, help="Show the library"),
    ActionSpec(
        "go.back", "Back", B, ("Alt+Left",), group=GO, help="Back to the library", help_keys="Esc"
    ),
    ActionSpec("go.find", "Search", B, ("Ctrl+F", "/"), group=SEARCH),
    ActionSpec(
        "search.results",
        "Move through results",
        B,
        group=SEARCH,
        help_keys="↑ ↓, Enter opens, Esc clears",
    ),
    ActionSpec("help.shortcuts", "Keyboard shortcuts", B, ("F1",), group=WINDOW),
    ActionSpec("help.about", "About REAL Desktop", B),
    # -- library panels ------------------------------------------------------------------
    ActionSpec("library.sort_order", "Sort order", B, scope="library"),
    ActionSpec("details.open", "Open", B, scope="library"),
    ActionSpec("details.remove", "Remove from library", (Action.REMOVE_RESOURCE,)),
    ActionSpec("search.filter", "Filter", B, scope="library"),
    # -- managing the catalog (library screens, issue 10) ---------------------------------
    ActionSpec("library.remove", "Remove from library", MANAGE, ("Del",), scope="library",
               group=LIBRARY, help="Remove the selected items (the files stay)"),
    ActionSpec("library.undo_remove", "Undo", MANAGE, ("Ctrl+Z",), scope="library",
               group=LIBRARY, help="Undo the last removal"),
    ActionSpec("library.open", "Open", B, scope="library"),
    ActionSpec("library.add_tag", "Add tag…", EDIT_META, scope="library"),
    ActionSpec("library.move_collection", "Move to collection…", EDIT_META, scope="library"),
    ActionSpec("details.edit", "Edit…", EDIT_META, ("F2",), scope="library", group=LIBRARY,
               help="Edit the selected items' details"),
    ActionSpec("details.save", "Save", EDIT_META, scope="library"),
    ActionSpec("details.cancel", "Cancel", B, scope="library"),
    ActionSpec("details.merge", "Merge duplicates…", EDIT_META, scope="library"),
    ActionSpec("settings.watch_add", "Add folder…", (Action.SETTINGS, Action.FILE_DIALOG),
               scope="settings"),
    ActionSpec("settings.watch_remove", "Remove", (Action.SETTINGS,), scope="settings"),
    # -- dialogs ---------------------------------------------------------------------------
    # Stopping an import stays possible whatever else is locked (BROWSE is what kiosks keep).
    ActionSpec("import.cancel", "Cancel import", B, scope="import_summary"),
    ActionSpec("import.copy_details", "Copy details", (Action.COPY,), ("std:Copy",),
               scope="import_summary"),
    ActionSpec("settings.browse_location", "Browse…", (Action.SETTINGS, Action.FILE_DIALOG),
               scope="settings"),
    ActionSpec("export.to_file", "Export…", (Action.EXPORT_NOTES, Action.FILE_DIALOG),
               scope="export"),
    ActionSpec("export.print", "Print…", (Action.EXPORT_NOTES, Action.PRINT), scope="export"),
    # -- find bars and the transcript ----------------------------------------------------
    ActionSpec("find.previous", "Previous match", B, scope="find"),
    ActionSpec("find.next", "Next match", B, scope="find"),
    ActionSpec("find.close", "Close find bar", B, scope="find"),
    ActionSpec("transcript.previous", "Previous match", B, ("Shift+Return",),
               scope="transcript", group=SEARCH, help="Previous match in the transcript"),
    ActionSpec("transcript.next", "Next match", B, scope="transcript"),
    # -- a note being edited ---------------------------------------------------------------
    ActionSpec("note.go_to_place", "Go to the note's place", B, scope="notes_editor"),
    ActionSpec("note.edit", "Edit", (Action.EDIT_NOTES,), scope="notes_editor"),
    ActionSpec("note.undo", "Undo", (Action.EDIT_NOTES,), scope="notes_editor"),
    ActionSpec("note.redo", "Redo", (Action.EDIT_NOTES,), scope="notes_editor"),
    ActionSpec("note.done", "Done", (Action.EDIT_NOTES,), scope="notes_editor"),
    ActionSpec("note.delete", "Delete", (Action.EDIT_NOTES,), scope="notes_editor"),
    # -- the PDF view and the reader (shared ids: one help row each) --------------------------
    ActionSpec("doc.find", "Find", B, ("std:Find",), scope="pdf", group=DOCUMENTS,
               help="Find in the document"),
    ActionSpec("doc.find_next", "Next match", B, ("F3",), scope="pdf", group=DOCUMENTS),
    ActionSpec("doc.find_previous", "Previous match", B, ("Shift+F3",), scope="pdf",
               group=DOCUMENTS),
    ActionSpec("doc.add_note", "Add note", EDIT, ("Ctrl+Shift+N",), scope="pdf",
               group=DOCUMENTS, help="Add a note here (quoting the selection)"),
    ActionSpec("doc.zoom_in", "Zoom in", B, ("Ctrl+=", "Ctrl++", "std:ZoomIn"), scope="pdf",
               group=DOCUMENTS),
    ActionSpec("doc.zoom_out", "Zoom out", B, ("Ctrl+-", "std:ZoomOut"), scope="pdf",
               group=DOCUMENTS),
    ActionSpec("pdf.previous_page", "◀ Previous", B, ("PgUp",), scope="pdf", group=DOCUMENTS,
               help="Previous page"),
    ActionSpec("pdf.next_page", "Next ▶", B, ("PgDown",), scope="pdf", group=DOCUMENTS,
               help="Next page"),
    ActionSpec("pdf.first_page", "First page", B, ("Home",), scope="pdf", group=DOCUMENTS),
    ActionSpec("pdf.last_page", "Last page", B, ("End",), scope="pdf", group=DOCUMENTS),
    ActionSpec("pdf.fit_width", "Fit width", B, ("Ctrl+0",), scope="pdf", group=DOCUMENTS,
               help="Fit the page width (PDF)"),
    ActionSpec("pdf.fit_page", "Fit page", B, scope="pdf"),
    ActionSpec("pdf.sidebar", "Sidebar", B, ("F9",), scope="pdf", group=DOCUMENTS,
               help="Show or hide pages and outline (PDF)"),
    ActionSpec("pdf.copy", "Copy", (Action.COPY,), ("std:Copy",), scope="pdf_pages",
               group=DOCUMENTS, help="Copy the selected text"),
    ActionSpec("pdf.select_page", "Select all on this page", B, ("std:SelectAll",),
               scope="pdf_pages", group=DOCUMENTS),
    # -- highlights on PDF pages (issue 10, item 10): the selection kept as a note -------------
    ActionSpec("pdf.highlight", "Highlight", EDIT, ("Ctrl+Shift+H",), scope="pdf",
               group=DOCUMENTS, help="Highlight the selected text (PDF)"),
    ActionSpec("pdf.highlight_color", "Colour of this highlight", EDIT, scope="pdf"),
    ActionSpec("pdf.delete_highlight", "Delete highlight", EDIT, scope="pdf"),
    ActionSpec("reader.reset_zoom", "Default text size", B, ("Ctrl+0",), scope="reader",
               group=DOCUMENTS, help="Default text size (reader)"),
    ActionSpec("reader.copy_link", "Copy link", (Action.COPY_LINK,), scope="reader"),
    ActionSpec("reader.close_link_bar", "Close", B, scope="reader"),
    # -- the player ----------------------------------------------------------------------------
    ActionSpec("player.play_pause", "Play / pause", B, ("Space", "K"), scope="player",
               group=PLAYER),
    ActionSpec("player.back_10", "Back 10 seconds", B, ("J",), scope="player", group=PLAYER),
    ActionSpec("player.forward_10", "Forward 10 seconds", B, ("L",), scope="player",
               group=PLAYER),
    ActionSpec("player.back_5", "Back 5 seconds", B, ("Left",), scope="player", group=PLAYER),
    ActionSpec("player.forward_5", "Forward 5 seconds", B, ("Right",), scope="player",
               group=PLAYER),
    ActionSpec("player.volume_up", "Louder", B, ("Up",), scope="player", group=PLAYER),
    ActionSpec("player.volume_down", "Quieter", B, ("Down",), scope="player", group=PLAYER),
    ActionSpec("player.mute", "Mute", B, ("M",), scope="player", group=PLAYER,
               help="Mute on/off"),
    ActionSpec("player.captions", "Captions", B, ("C",), scope="player", group=PLAYER,
               help="Captions on/off"),
    ActionSpec("player.full_screen", "Full screen", B, ("F",), scope="player", group=PLAYER),
    ActionSpec("player.leave_full_screen", "Leave full screen", B, ("Escape",),
               scope="player", group=PLAYER),
    ActionSpec("player.add_note", "New note here", EDIT, ("N",), scope="player", group=PLAYER,
               help="New note at this moment"),
    ActionSpec("player.locate", "Locate file…", (Action.RELINK, Action.FILE_DIALOG),
               scope="player"),
    # -- notes beside a viewer, and the list of all notes --------------------------------------
    ActionSpec("notes.add_here", "Note at this place", EDIT, scope="notes_panel"),
    ActionSpec("notes.add_whole", "Note on the whole resource", EDIT, scope="notes_panel"),
    ActionSpec("notes.export", "Export notes…", (Action.EXPORT_NOTES,), scope="notes_panel"),
    ActionSpec("notes.pause_while_writing", "Pause playback while writing", B,
               scope="notes_panel"),
    ActionSpec("notes.delete", "Delete note", EDIT, ("Del",), scope="notes_panel",
               group=NOTES),
    ActionSpec("notes.edit", "Edit note", EDIT, ("F2",), scope="notes_panel", group=NOTES),
    ActionSpec("notes.undo_delete", "Undo", EDIT, scope="notes_panel"),
    ActionSpec("notes_list.open", "Open", B, scope="notes_list"),
    ActionSpec("notes_list.delete", "Delete", EDIT, ("Del",), scope="notes_list",
               group=NOTES, help="Move the note to the trash (all notes)"),
    ActionSpec("notes_list.restore", "Restore", EDIT, scope="notes_list"),
    ActionSpec("notes_list.empty_trash", "Empty trash", EDIT, scope="notes_list"),
    ActionSpec("notes_list.trash", "Trash", B, scope="notes_list"),
    ActionSpec("notes_list.export", "Export…", (Action.EXPORT_NOTES,), ("Ctrl+E",),
               scope="notes_list", group=NOTES, help="Export notes (all notes)"),
    ActionSpec("notes_list.import", "Import…", (Action.NOTES_IMPORT, Action.FILE_DIALOG),
               scope="notes_list"),
)
