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
SEARCH, GO, LIBRARY, VIEW, NOTES, WINDOW = (
    "Search",
    "Going around",
    "Library",
    "View",
    "Notes",
    "Window",
)
GROUPS = (SEARCH, GO, LIBRARY, VIEW, NOTES, WINDOW)

# Scopes whose keys are live at the same time as the window's (the no-clash rule; keys of
# a window action listed in YIELD_IN_VIEWERS step aside while a viewer is shown).
SHOWN_TOGETHER: tuple[frozenset[str], ...] = (
    frozenset({"window", "library"}),
    frozenset({"window", "import_summary"}),
    frozenset({"window", "settings"}),
    frozenset({"window", "export"}),
    frozenset({"window", "find", "notes_editor"}),
    frozenset({"window", "transcript", "notes_editor"}),
)
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
    ActionSpec("notes.export", "Export notes…", (Action.EXPORT_NOTES,), ("Ctrl+E",),
               scope="notes_panel", group=NOTES),
    # -- dialogs ---------------------------------------------------------------------------
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
)
