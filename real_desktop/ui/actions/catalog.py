"""Every user action of the window, declared once.

Texts are translated in the "Actions" context when an action is made. A spec's `needs`
are the policy permissions it asks for; BROWSE is what a kiosk keeps (looking, searching,
reading), so every action needs at least one permission and a deny-all policy stops all.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from real_desktop.core.policy import Action
from real_desktop.ui.actions.spec import ActionSpec

B = (Action.BROWSE,)
PICK_FILES = (Action.IMPORT, Action.FILE_DIALOG)

# Help-table groups, in the order the table shows them.
SEARCH, GO, LIBRARY, VIEW, DOCUMENTS, PLAYER, NOTES, WINDOW = (
    QT_TRANSLATE_NOOP("Actions", "Search"),
    QT_TRANSLATE_NOOP("Actions", "Going around"),
    QT_TRANSLATE_NOOP("Actions", "Library"),
    QT_TRANSLATE_NOOP("Actions", "View"),
    QT_TRANSLATE_NOOP("Actions", "Documents"),
    QT_TRANSLATE_NOOP("Actions", "Player"),
    QT_TRANSLATE_NOOP("Actions", "Notes"),
    QT_TRANSLATE_NOOP("Actions", "Window"),
)
AGENDAS = QT_TRANSLATE_NOOP("Actions", "Agendas and presenting")  # issue 12
GROUPS = (SEARCH, GO, LIBRARY, VIEW, DOCUMENTS, PLAYER, NOTES, AGENDAS, WINDOW)
EDIT = (Action.EDIT_NOTES,)
MANAGE = (Action.REMOVE_RESOURCE,)
EDIT_META = (Action.EDIT_METADATA,)
AGENDA = (Action.AGENDA_EDIT,)
PRESENT = (Action.PRESENT,)
PACKS = (Action.PACKS,)

# Scopes whose keys are live at the same time as the window's (the no-clash rule; keys of
# a window action listed in YIELD_IN_VIEWERS step aside while a viewer is shown).
SHOWN_TOGETHER: tuple[frozenset[str], ...] = (
    frozenset({"window", "library"}),
    frozenset({"window", "import_summary"}),
    frozenset({"window", "settings"}),
    frozenset({"window", "export"}),
    frozenset({"window", "notes_list"}),
    frozenset({"window", "packs"}),
    frozenset({"window", "pdf", "pdf_pages", "find", "notes_panel", "notes_editor"}),
    frozenset({"window", "reader", "find", "notes_panel", "notes_editor"}),
    frozenset({"window", "player", "transcript", "notes_panel", "notes_editor"}),
    # Agendas (issue 12): the editor and the presenter are windows of their own.
    frozenset({"agenda_editor", "agenda_preview"}),
    frozenset({"presenter", "notes_panel", "notes_editor"}),
    frozenset({"window", "kiosk"}),
)
VIEWER_SCOPES = frozenset({"pdf", "pdf_pages", "reader", "player"})
YIELD_IN_VIEWERS = ("go.find", "view.bigger", "view.smaller", "view.reset_text")

SPECS: tuple[ActionSpec, ...] = (
    # -- the window's menus and toolbar --------------------------------------------------
    ActionSpec("file.add_files", QT_TRANSLATE_NOOP("Actions", "Add files…"), PICK_FILES, ("Ctrl+O",), group=LIBRARY),
    ActionSpec("file.add_folder", QT_TRANSLATE_NOOP("Actions", "Add folder…"), PICK_FILES, ("Ctrl+Shift+O",), group=LIBRARY),
    ActionSpec("file.settings", QT_TRANSLATE_NOOP("Actions", "Settings…"), (Action.SETTINGS,), ("Ctrl+,",), group=WINDOW),
    ActionSpec("file.quit", QT_TRANSLATE_NOOP("Actions", "Quit"), (Action.QUIT,), ("std:Quit", "Ctrl+Q"), group=WINDOW),
    ActionSpec("view.grid", QT_TRANSLATE_NOOP("Actions", "Grid"), B, ("Ctrl+1",), group=VIEW, help=QT_TRANSLATE_NOOP("Actions", "Show items as a grid")),
    ActionSpec("view.list", QT_TRANSLATE_NOOP("Actions", "List"), B, ("Ctrl+2",), group=VIEW, help=QT_TRANSLATE_NOOP("Actions", "Show items as a list")),
    ActionSpec("view.theme.system", QT_TRANSLATE_NOOP("Actions", "Follow system"), B),
    ActionSpec("view.theme.light", QT_TRANSLATE_NOOP("Actions", "Light"), B),
    ActionSpec("view.theme.dark", QT_TRANSLATE_NOOP("Actions", "Dark"), B),
    ActionSpec("view.theme.high_contrast", QT_TRANSLATE_NOOP("Actions", "High contrast"), B),  # issue 15 (accessibility)
    ActionSpec("view.bigger", QT_TRANSLATE_NOOP("Actions", "Larger text"), B, ("Ctrl+=", "Ctrl++"), group=VIEW),
    ActionSpec("view.smaller", QT_TRANSLATE_NOOP("Actions", "Smaller text"), B, ("Ctrl+-",), group=VIEW),
    ActionSpec("view.reset_text", QT_TRANSLATE_NOOP("Actions", "Default text size"), B, ("Ctrl+0",), group=VIEW),
    ActionSpec("go.library", QT_TRANSLATE_NOOP("Actions", "Library"), B, ("Ctrl+Shift+L",), group=GO, help=QT_TRANSLATE_NOOP("Actions", "Show the library")),
    ActionSpec(
        "go.back", QT_TRANSLATE_NOOP("Actions", "Back"), B, ("Alt+Left",), group=GO,
        help=QT_TRANSLATE_NOOP("Actions", "Back (to the search results, the notes list or the library)"), help_keys=QT_TRANSLATE_NOOP("Actions", "Esc"),
    ),
    ActionSpec("go.find", QT_TRANSLATE_NOOP("Actions", "Search"), B, ("Ctrl+F", "/"), group=SEARCH),
    ActionSpec(
        "search.results",
        QT_TRANSLATE_NOOP("Actions", "Move through results"),
        B,
        group=SEARCH,
        help_keys=QT_TRANSLATE_NOOP("Actions", "↑ ↓, Enter opens, Esc clears"),
    ),
    ActionSpec("help.shortcuts", QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"), B, ("F1",), group=WINDOW),
    ActionSpec("help.about", QT_TRANSLATE_NOOP("Actions", "About REAL Desktop"), B),
    # -- library panels ------------------------------------------------------------------
    ActionSpec("library.sort_order", QT_TRANSLATE_NOOP("Actions", "Sort order"), B, scope="library"),
    ActionSpec("details.open", QT_TRANSLATE_NOOP("Actions", "Open"), B, scope="library"),
    ActionSpec("details.remove", QT_TRANSLATE_NOOP("Actions", "Remove from library"), (Action.REMOVE_RESOURCE,)),
    ActionSpec("search.filter", QT_TRANSLATE_NOOP("Actions", "Filter"), B, scope="library"),
    # -- managing the catalog (library screens, issue 10) ---------------------------------
    ActionSpec("library.remove", QT_TRANSLATE_NOOP("Actions", "Remove from library"), MANAGE, ("Del",), scope="library",
               group=LIBRARY, help=QT_TRANSLATE_NOOP("Actions", "Remove the selected items (the files stay)")),
    ActionSpec("library.undo_remove", QT_TRANSLATE_NOOP("Actions", "Undo"), MANAGE, ("Ctrl+Z",), scope="library",
               group=LIBRARY, help=QT_TRANSLATE_NOOP("Actions", "Undo the last removal")),
    ActionSpec("library.open", QT_TRANSLATE_NOOP("Actions", "Open"), B, scope="library"),
    ActionSpec("library.add_tag", QT_TRANSLATE_NOOP("Actions", "Add tag…"), EDIT_META, scope="library"),
    ActionSpec("library.remove_tag", QT_TRANSLATE_NOOP("Actions", "Remove tag…"), EDIT_META, scope="library"),
    ActionSpec("library.move_collection", QT_TRANSLATE_NOOP("Actions", "Move to collection…"), EDIT_META, scope="library"),
    ActionSpec("details.edit", QT_TRANSLATE_NOOP("Actions", "Edit…"), EDIT_META, ("F2",), scope="library", group=LIBRARY,
               help=QT_TRANSLATE_NOOP("Actions", "Edit the selected items' details")),
    ActionSpec("details.save", QT_TRANSLATE_NOOP("Actions", "Save"), EDIT_META, scope="library"),
    ActionSpec("details.cancel", QT_TRANSLATE_NOOP("Actions", "Cancel"), B, scope="library"),
    ActionSpec("details.merge", QT_TRANSLATE_NOOP("Actions", "Merge duplicates…"), EDIT_META, scope="library"),
    ActionSpec("settings.watch_add", QT_TRANSLATE_NOOP("Actions", "Add folder…"), (Action.SETTINGS, Action.FILE_DIALOG),
               scope="settings"),
    ActionSpec("settings.watch_remove", QT_TRANSLATE_NOOP("Actions", "Remove"), (Action.SETTINGS,), scope="settings"),
    # -- content packs (issue 11): the File menu entries and their dialogs ------------------
    ActionSpec("file.add_from_drive", QT_TRANSLATE_NOOP("Actions", "Add content from a drive…"), PACKS, group=LIBRARY,
               help=QT_TRANSLATE_NOOP("Actions", "Install content packs from a USB stick or a pack file")),
    ActionSpec("file.export_pack", QT_TRANSLATE_NOOP("Actions", "Export as content pack…"), PACKS),
    ActionSpec("file.content_packs", QT_TRANSLATE_NOOP("Actions", "Content packs…"), PACKS),
    ActionSpec("packs.rescan", QT_TRANSLATE_NOOP("Actions", "Look again"), PACKS, scope="packs"),
    ActionSpec("packs.choose_file", QT_TRANSLATE_NOOP("Actions", "Choose a pack file…"), PACKS + (Action.FILE_DIALOG,),
               scope="packs"),
    ActionSpec("packs.choose_folder", QT_TRANSLATE_NOOP("Actions", "Choose a folder…"), PACKS + (Action.FILE_DIALOG,),
               scope="packs"),
    ActionSpec("packs.install", QT_TRANSLATE_NOOP("Actions", "Install"), PACKS, scope="packs"),
    ActionSpec("packs.close", QT_TRANSLATE_NOOP("Actions", "Close"), B, scope="packs"),
    # Stopping an install stays possible whatever else is locked, like stopping an import.
    ActionSpec("packs.cancel", QT_TRANSLATE_NOOP("Actions", "Cancel"), B, scope="packs"),
    ActionSpec("packs.update_from_file", QT_TRANSLATE_NOOP("Actions", "Update from a file…"), PACKS + (Action.FILE_DIALOG,),
               scope="packs"),
    ActionSpec("packs.remove", QT_TRANSLATE_NOOP("Actions", "Remove…"), PACKS, scope="packs"),
    ActionSpec("packs.inbox_browse", QT_TRANSLATE_NOOP("Actions", "Choose inbox folder…"),
               PACKS + (Action.SETTINGS, Action.FILE_DIALOG), scope="packs"),
    ActionSpec("packs.inbox_clear", QT_TRANSLATE_NOOP("Actions", "No inbox"), PACKS + (Action.SETTINGS,), scope="packs"),
    ActionSpec("packs.require_signed", QT_TRANSLATE_NOOP("Actions", "Only install packs signed by a trusted publisher"),
               PACKS + (Action.SETTINGS,), scope="packs"),
    ActionSpec("packs.export_key", QT_TRANSLATE_NOOP("Actions", "Choose key…"), PACKS + (Action.FILE_DIALOG,), scope="packs"),
    ActionSpec("packs.export_out", QT_TRANSLATE_NOOP("Actions", "Choose file…"), PACKS + (Action.FILE_DIALOG,), scope="packs"),
    ActionSpec("packs.export", QT_TRANSLATE_NOOP("Actions", "Export"), PACKS, scope="packs"),
    # -- dialogs ---------------------------------------------------------------------------
    # Stopping an import stays possible whatever else is locked (BROWSE is what kiosks keep).
    ActionSpec("import.cancel", QT_TRANSLATE_NOOP("Actions", "Cancel import"), B, scope="import_summary"),
    ActionSpec("import.copy_details", QT_TRANSLATE_NOOP("Actions", "Copy details"), (Action.COPY,), ("std:Copy",),
               scope="import_summary"),
    ActionSpec("settings.browse_location", QT_TRANSLATE_NOOP("Actions", "Browse…"), (Action.SETTINGS, Action.FILE_DIALOG),
               scope="settings"),
    ActionSpec("export.to_file", QT_TRANSLATE_NOOP("Actions", "Export…"), (Action.EXPORT_NOTES, Action.FILE_DIALOG),
               scope="export"),
    ActionSpec("export.print", QT_TRANSLATE_NOOP("Actions", "Print…"), (Action.EXPORT_NOTES, Action.PRINT), scope="export"),
    # -- find bars and the transcript ----------------------------------------------------
    ActionSpec("find.previous", QT_TRANSLATE_NOOP("Actions", "Previous match"), B, scope="find"),
    ActionSpec("find.next", QT_TRANSLATE_NOOP("Actions", "Next match"), B, scope="find"),
    ActionSpec("find.close", QT_TRANSLATE_NOOP("Actions", "Close find bar"), B, scope="find"),
    ActionSpec("transcript.previous", QT_TRANSLATE_NOOP("Actions", "Previous match"), B, ("Shift+Return",),
               scope="transcript", group=SEARCH, help=QT_TRANSLATE_NOOP("Actions", "Previous match in the transcript")),
    ActionSpec("transcript.next", QT_TRANSLATE_NOOP("Actions", "Next match"), B, scope="transcript", group=SEARCH,
               help=QT_TRANSLATE_NOOP("Actions", "Next match in the transcript"), help_keys=QT_TRANSLATE_NOOP("Actions", "Enter")),
    # -- a note being edited ---------------------------------------------------------------
    ActionSpec("note.go_to_place", QT_TRANSLATE_NOOP("Actions", "Go to the note's place"), B, scope="notes_editor"),
    ActionSpec("note.edit", QT_TRANSLATE_NOOP("Actions", "Edit"), (Action.EDIT_NOTES,), scope="notes_editor"),
    ActionSpec("note.undo", QT_TRANSLATE_NOOP("Actions", "Undo"), (Action.EDIT_NOTES,), scope="notes_editor"),
    ActionSpec("note.redo", QT_TRANSLATE_NOOP("Actions", "Redo"), (Action.EDIT_NOTES,), scope="notes_editor"),
    ActionSpec("note.done", QT_TRANSLATE_NOOP("Actions", "Done"), (Action.EDIT_NOTES,), scope="notes_editor"),
    ActionSpec("note.delete", QT_TRANSLATE_NOOP("Actions", "Delete"), (Action.EDIT_NOTES,), scope="notes_editor"),
    # -- the PDF view and the reader (shared ids: one help row each) --------------------------
    ActionSpec("doc.find", QT_TRANSLATE_NOOP("Actions", "Find"), B, ("std:Find",), scope="pdf", group=DOCUMENTS,
               help=QT_TRANSLATE_NOOP("Actions", "Find in the document")),
    ActionSpec("doc.find_next", QT_TRANSLATE_NOOP("Actions", "Next match"), B, ("F3",), scope="pdf", group=DOCUMENTS),
    ActionSpec("doc.find_previous", QT_TRANSLATE_NOOP("Actions", "Previous match"), B, ("Shift+F3",), scope="pdf",
               group=DOCUMENTS),
    ActionSpec("doc.add_note", QT_TRANSLATE_NOOP("Actions", "Add note"), EDIT, ("Ctrl+Shift+N",), scope="pdf",
               group=DOCUMENTS, help=QT_TRANSLATE_NOOP("Actions", "Add a note here (quoting the selection)")),
    ActionSpec("doc.zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom in"), B, ("Ctrl+=", "Ctrl++", "std:ZoomIn"), scope="pdf",
               group=DOCUMENTS),
    ActionSpec("doc.zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom out"), B, ("Ctrl+-", "std:ZoomOut"), scope="pdf",
               group=DOCUMENTS),
    ActionSpec("pdf.previous_page", QT_TRANSLATE_NOOP("Actions", "◀ Previous"), B, ("PgUp",), scope="pdf", group=DOCUMENTS,
               help=QT_TRANSLATE_NOOP("Actions", "Previous page")),
    ActionSpec("pdf.next_page", QT_TRANSLATE_NOOP("Actions", "Next ▶"), B, ("PgDown",), scope="pdf", group=DOCUMENTS,
               help=QT_TRANSLATE_NOOP("Actions", "Next page")),
    ActionSpec("pdf.first_page", QT_TRANSLATE_NOOP("Actions", "First page"), B, ("Home",), scope="pdf", group=DOCUMENTS),
    ActionSpec("pdf.last_page", QT_TRANSLATE_NOOP("Actions", "Last page"), B, ("End",), scope="pdf", group=DOCUMENTS),
    ActionSpec("pdf.fit_width", QT_TRANSLATE_NOOP("Actions", "Fit width"), B, ("Ctrl+0",), scope="pdf", group=DOCUMENTS,
               help=QT_TRANSLATE_NOOP("Actions", "Fit the page width (PDF)")),
    ActionSpec("pdf.fit_page", QT_TRANSLATE_NOOP("Actions", "Fit page"), B, scope="pdf"),
    ActionSpec("pdf.sidebar", QT_TRANSLATE_NOOP("Actions", "Sidebar"), B, ("F9",), scope="pdf", group=DOCUMENTS,
               help=QT_TRANSLATE_NOOP("Actions", "Show or hide pages and outline (PDF)")),
    ActionSpec("pdf.copy", QT_TRANSLATE_NOOP("Actions", "Copy"), (Action.COPY,), ("std:Copy",), scope="pdf_pages",
               group=DOCUMENTS, help=QT_TRANSLATE_NOOP("Actions", "Copy the selected text")),
    ActionSpec("pdf.select_page", QT_TRANSLATE_NOOP("Actions", "Select all on this page"), B, ("std:SelectAll",),
               scope="pdf_pages", group=DOCUMENTS),
    # -- highlights on PDF pages (issue 10, item 10): the selection kept as a note -------------
    ActionSpec("pdf.highlight", QT_TRANSLATE_NOOP("Actions", "Highlight"), EDIT, ("Ctrl+Shift+H",), scope="pdf",
               group=DOCUMENTS, help=QT_TRANSLATE_NOOP("Actions", "Highlight the selected text (PDF)")),
    ActionSpec("pdf.highlight_color", QT_TRANSLATE_NOOP("Actions", "Colour of this highlight"), EDIT, scope="pdf"),
    ActionSpec("pdf.delete_highlight", QT_TRANSLATE_NOOP("Actions", "Delete highlight"), EDIT, scope="pdf"),
    ActionSpec("reader.reset_zoom", QT_TRANSLATE_NOOP("Actions", "Default text size"), B, ("Ctrl+0",), scope="reader",
               group=DOCUMENTS, help=QT_TRANSLATE_NOOP("Actions", "Default text size (reader)")),
    ActionSpec("reader.copy_link", QT_TRANSLATE_NOOP("Actions", "Copy link"), (Action.COPY_LINK,), scope="reader"),
    ActionSpec("reader.close_link_bar", QT_TRANSLATE_NOOP("Actions", "Close"), B, scope="reader"),
    # -- the player ----------------------------------------------------------------------------
    ActionSpec("player.play_pause", QT_TRANSLATE_NOOP("Actions", "Play / pause"), B, ("Space", "K"), scope="player",
               group=PLAYER),
    ActionSpec("player.back_10", QT_TRANSLATE_NOOP("Actions", "Back 10 seconds"), B, ("J",), scope="player", group=PLAYER),
    ActionSpec("player.forward_10", QT_TRANSLATE_NOOP("Actions", "Forward 10 seconds"), B, ("L",), scope="player",
               group=PLAYER),
    ActionSpec("player.back_5", QT_TRANSLATE_NOOP("Actions", "Back 5 seconds"), B, ("Left",), scope="player", group=PLAYER),
    ActionSpec("player.forward_5", QT_TRANSLATE_NOOP("Actions", "Forward 5 seconds"), B, ("Right",), scope="player",
               group=PLAYER),
    ActionSpec("player.volume_up", QT_TRANSLATE_NOOP("Actions", "Louder"), B, ("Up",), scope="player", group=PLAYER),
    ActionSpec("player.volume_down", QT_TRANSLATE_NOOP("Actions", "Quieter"), B, ("Down",), scope="player", group=PLAYER),
    ActionSpec("player.mute", QT_TRANSLATE_NOOP("Actions", "Mute"), B, ("M",), scope="player", group=PLAYER,
               help=QT_TRANSLATE_NOOP("Actions", "Mute on/off")),
    ActionSpec("player.captions", QT_TRANSLATE_NOOP("Actions", "Captions"), B, ("C",), scope="player", group=PLAYER,
               help=QT_TRANSLATE_NOOP("Actions", "Captions on/off")),
    ActionSpec("player.full_screen", QT_TRANSLATE_NOOP("Actions", "Full screen"), B, ("F",), scope="player", group=PLAYER),
    ActionSpec("player.leave_full_screen", QT_TRANSLATE_NOOP("Actions", "Leave full screen"), B, ("Escape",),
               scope="player", group=PLAYER,
               help=QT_TRANSLATE_NOOP("Actions", "Leave full screen, then the player")),
    ActionSpec("player.find", QT_TRANSLATE_NOOP("Actions", "Find in the transcript"), B, ("Ctrl+F",), scope="player",
               group=PLAYER),
    ActionSpec("player.add_note", QT_TRANSLATE_NOOP("Actions", "New note here"), EDIT, ("N",), scope="player", group=PLAYER,
               help=QT_TRANSLATE_NOOP("Actions", "New note at this moment")),
    ActionSpec("player.locate", QT_TRANSLATE_NOOP("Actions", "Locate file…"), (Action.RELINK, Action.FILE_DIALOG),
               scope="player"),
    # -- notes beside a viewer, and the list of all notes --------------------------------------
    ActionSpec("notes.add_here", QT_TRANSLATE_NOOP("Actions", "Note at this place"), EDIT, scope="notes_panel"),
    ActionSpec("notes.add_whole", QT_TRANSLATE_NOOP("Actions", "Note on the whole resource"), EDIT, scope="notes_panel"),
    ActionSpec("notes.export", QT_TRANSLATE_NOOP("Actions", "Export notes…"), (Action.EXPORT_NOTES,), scope="notes_panel"),
    ActionSpec("notes.pause_while_writing", QT_TRANSLATE_NOOP("Actions", "Pause playback while writing"), B,
               scope="notes_panel"),
    ActionSpec("notes.delete", QT_TRANSLATE_NOOP("Actions", "Delete note"), EDIT, ("Del",), scope="notes_panel",
               group=NOTES),
    ActionSpec("notes.edit", QT_TRANSLATE_NOOP("Actions", "Edit note"), EDIT, ("F2",), scope="notes_panel", group=NOTES),
    ActionSpec("notes.undo_delete", QT_TRANSLATE_NOOP("Actions", "Undo"), EDIT, scope="notes_panel"),
    ActionSpec("notes_list.open", QT_TRANSLATE_NOOP("Actions", "Open"), B, scope="notes_list"),
    ActionSpec("notes_list.delete", QT_TRANSLATE_NOOP("Actions", "Delete"), EDIT, ("Del",), scope="notes_list",
               group=NOTES, help=QT_TRANSLATE_NOOP("Actions", "Move the note to the trash (all notes)")),
    ActionSpec("notes_list.restore", QT_TRANSLATE_NOOP("Actions", "Restore"), EDIT, scope="notes_list"),
    ActionSpec("notes_list.empty_trash", QT_TRANSLATE_NOOP("Actions", "Empty trash"), EDIT, scope="notes_list"),
    ActionSpec("notes_list.trash", QT_TRANSLATE_NOOP("Actions", "Trash"), B, scope="notes_list"),
    ActionSpec("notes_list.export", QT_TRANSLATE_NOOP("Actions", "Export…"), (Action.EXPORT_NOTES,), ("Ctrl+E",),
               scope="notes_list", group=NOTES, help=QT_TRANSLATE_NOOP("Actions", "Export notes (all notes)")),
    ActionSpec("notes_list.import", QT_TRANSLATE_NOOP("Actions", "Import…"), (Action.NOTES_IMPORT, Action.FILE_DIALOG),
               scope="notes_list"),
    # -- agendas and presenting (issue 12; ui/agenda/) -------------------------------------
    ActionSpec("agenda.open_editor", QT_TRANSLATE_NOOP("Actions", "Agendas…"), AGENDA, ("Ctrl+Shift+A",), group=AGENDAS,
               help=QT_TRANSLATE_NOOP("Actions", "Build workshop agendas")),
    ActionSpec("agenda.new", QT_TRANSLATE_NOOP("Actions", "New agenda"), AGENDA, ("Ctrl+N",), scope="agenda_editor",
               group=AGENDAS),
    ActionSpec("agenda.duplicate", QT_TRANSLATE_NOOP("Actions", "Duplicate agenda"), AGENDA, ("Ctrl+D",),
               scope="agenda_editor", group=AGENDAS),
    ActionSpec("agenda.rename", QT_TRANSLATE_NOOP("Actions", "Rename agenda…"), AGENDA, scope="agenda_editor"),
    ActionSpec("agenda.delete", QT_TRANSLATE_NOOP("Actions", "Delete agenda"), AGENDA, scope="agenda_editor"),
    ActionSpec("agenda.add_item", QT_TRANSLATE_NOOP("Actions", "Add to agenda"), AGENDA, ("Ctrl+Return",),
               scope="agenda_editor", group=AGENDAS, help=QT_TRANSLATE_NOOP("Actions", "Add the chosen resource")),
    ActionSpec("agenda.remove_item", QT_TRANSLATE_NOOP("Actions", "Remove item"), AGENDA, ("Del",), scope="agenda_editor",
               group=AGENDAS, help=QT_TRANSLATE_NOOP("Actions", "Remove the selected item from the agenda")),
    ActionSpec("agenda.move_up", QT_TRANSLATE_NOOP("Actions", "Move up"), AGENDA, ("Alt+Up",), scope="agenda_editor",
               group=AGENDAS, help=QT_TRANSLATE_NOOP("Actions", "Move the item up (or drag it)")),
    ActionSpec("agenda.move_down", QT_TRANSLATE_NOOP("Actions", "Move down"), AGENDA, ("Alt+Down",), scope="agenda_editor",
               group=AGENDAS, help=QT_TRANSLATE_NOOP("Actions", "Move the item down (or drag it)")),
    ActionSpec("agenda.export", QT_TRANSLATE_NOOP("Actions", "Export…"), (Action.AGENDA_EDIT, Action.FILE_DIALOG),
               scope="agenda_editor"),
    ActionSpec("agenda.import", QT_TRANSLATE_NOOP("Actions", "Import…"), (Action.AGENDA_EDIT, Action.FILE_DIALOG),
               scope="agenda_editor"),
    ActionSpec("agenda.present", QT_TRANSLATE_NOOP("Actions", "Present"), PRESENT, ("F5",), scope="agenda_editor",
               group=AGENDAS, help=QT_TRANSLATE_NOOP("Actions", "Present the agenda")),
    ActionSpec("agenda.preview_play", QT_TRANSLATE_NOOP("Actions", "Play / pause preview"), B, ("Ctrl+Space",),
               scope="agenda_preview", group=AGENDAS),
    ActionSpec("agenda.mark_in", QT_TRANSLATE_NOOP("Actions", "Mark in"), AGENDA, ("I",), scope="agenda_preview",
               group=AGENDAS, help=QT_TRANSLATE_NOOP("Actions", "Set the clip's in point here (while watching)")),
    ActionSpec("agenda.mark_out", QT_TRANSLATE_NOOP("Actions", "Mark out"), AGENDA, ("O",), scope="agenda_preview",
               group=AGENDAS, help=QT_TRANSLATE_NOOP("Actions", "Set the clip's out point here (while watching)")),
    ActionSpec("present.next", QT_TRANSLATE_NOOP("Actions", "Next item"), PRESENT, ("Right", "PgDown"), scope="presenter",
               group=AGENDAS, help=QT_TRANSLATE_NOOP("Actions", "Next item (clickers send PageDown)")),
    ActionSpec("present.previous", QT_TRANSLATE_NOOP("Actions", "Previous item"), PRESENT, ("Left", "PgUp"),
               scope="presenter", group=AGENDAS, help=QT_TRANSLATE_NOOP("Actions", "Previous item")),
    ActionSpec("present.pause", QT_TRANSLATE_NOOP("Actions", "Pause / play"), PRESENT, ("Space",), scope="presenter",
               group=AGENDAS, help=QT_TRANSLATE_NOOP("Actions", "Pause or play the clip, pause the timer")),
    ActionSpec("present.blank", QT_TRANSLATE_NOOP("Actions", "Blank the audience screen"), PRESENT, ("B", "."),
               scope="presenter", group=AGENDAS),
    ActionSpec("present.end", QT_TRANSLATE_NOOP("Actions", "End the presentation"), PRESENT, ("Escape",), scope="presenter",
               group=AGENDAS),
    # The presenter's note key (followups): a note at the audience's place, as N in the player.
    ActionSpec("present.add_note", QT_TRANSLATE_NOOP("Actions", "Note here"), EDIT, ("N",), scope="presenter", group=AGENDAS,
               help=QT_TRANSLATE_NOOP("Actions", "Write a note at the moment or page the audience sees")),
    # -- speech-to-text and OCR (ui/jobs) ---------------------------------------------------
    ActionSpec("library.transcribe", QT_TRANSLATE_NOOP("Actions", "Transcribe speech"), (Action.TRANSCRIBE,), scope="library",
               help=QT_TRANSLATE_NOOP("Actions", "Make automatic captions for the selected videos")),
    ActionSpec("library.recognise", QT_TRANSLATE_NOOP("Actions", "Recognise text (OCR)"), (Action.TRANSCRIBE,),
               scope="library", help=QT_TRANSLATE_NOOP("Actions", "Read the text of the selected scanned PDFs")),
    ActionSpec("library.export_captions", QT_TRANSLATE_NOOP("Actions", "Export captions (.vtt)…"),
               (Action.TRANSCRIBE, Action.FILE_DIALOG), scope="library"),
    ActionSpec("settings.browse_whisper", QT_TRANSLATE_NOOP("Actions", "Browse…"), (Action.SETTINGS, Action.FILE_DIALOG),
               scope="settings"),
    ActionSpec("jobs.show", QT_TRANSLATE_NOOP("Actions", "Background work"), (Action.TRANSCRIBE,), group=WINDOW,
               help=QT_TRANSLATE_NOOP("Actions", "Show transcription and text recognition progress")),
    # -- kiosk mode (issue 16): the visitor's session and the admin unlock ------------------
    ActionSpec("kiosk.start", QT_TRANSLATE_NOOP("Actions", "Start"), B, scope="kiosk"),
    # No help-table group: the desktop's table must not list them (its policy allows
    # them, but only a kiosk window has them); the button's tooltip and README say the keys.
    ActionSpec("kiosk.end_session", QT_TRANSLATE_NOOP("Actions", "End session"), (Action.END_SESSION,), ("Ctrl+Shift+Q",)),
    ActionSpec("kiosk.admin", QT_TRANSLATE_NOOP("Actions", "Administrator…"), (Action.ADMIN,), ("Ctrl+Alt+Shift+A",)),
    ActionSpec("kiosk.confirm_end", QT_TRANSLATE_NOOP("Actions", "End session"), (Action.END_SESSION,), scope="kiosk"),
    ActionSpec("kiosk.keep_going", QT_TRANSLATE_NOOP("Actions", "Keep going"), B, scope="kiosk"),
    ActionSpec("kiosk.print_notes", QT_TRANSLATE_NOOP("Actions", "Print my notes"), (Action.PRINT,), scope="kiosk"),
    ActionSpec("kiosk.save_notes", QT_TRANSLATE_NOOP("Actions", "Save my notes to a drive"), (Action.SAVE_TO_DRIVE,),
               scope="kiosk"),
    ActionSpec("kiosk.language", QT_TRANSLATE_NOOP("Actions", "Language"), B, scope="kiosk"),  # issue 15
    ActionSpec("kiosk.still_here", QT_TRANSLATE_NOOP("Actions", "I'm still here"), B, scope="kiosk"),
    ActionSpec("kiosk.unlock", QT_TRANSLATE_NOOP("Actions", "Admin tools"), (Action.ADMIN,), scope="kiosk"),
    ActionSpec("kiosk.leave", QT_TRANSLATE_NOOP("Actions", "Leave kiosk mode"), (Action.ADMIN,), scope="kiosk"),
)
