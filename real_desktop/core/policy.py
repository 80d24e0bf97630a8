"""What the person at the keyboard may do. The UI asks before every sensitive action.

Desktop use allows everything. Kiosk mode (a later issue) installs a policy that denies
file dialogs, exports and settings on a public terminal; the UI hides or disables what a
policy denies rather than failing after the click.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Action(StrEnum):
    BROWSE = "browse"  # look around: search, open, navigate, change the view (kiosks keep it)
    IMPORT = "import"  # add files/folders to the library
    FILE_DIALOG = "file_dialog"  # any dialog that browses the file system
    REMOVE_RESOURCE = "remove_resource"
    EXPORT_NOTES = "export_notes"
    PRINT = "print"
    SETTINGS = "settings"
    RELINK = "relink"  # "Locate file…" for missing media
    COPY_LINK = "copy_link"  # copy an external link to the clipboard
    COPY = "copy"  # any other write to the clipboard (selected text, problem lists)
    OPEN_LINK = "open_link"  # hand a link to the system (web browser, file manager)
    EDIT_NOTES = "edit_notes"  # write, change or delete notes
    NOTES_IMPORT = "notes_import"  # read notes from a file into the library
    QUIT = "quit"
    EDIT_METADATA = "edit_metadata"  # edit titles/tags/collections, merge duplicates
    PACKS = "packs"  # install, remove or export content packs; pack inbox
    SAVE_TO_DRIVE = "save_to_drive"  # write notes to a removable drive (kiosk may allow it)
    AGENDA_EDIT = "agenda_edit"  # create, change, import or export workshop agendas
    PRESENT = "present"  # run an agenda in presenter mode
    TRANSCRIBE = "transcribe"  # queue speech-to-text / OCR background work
    END_SESSION = "end_session"  # kiosk: end the visitor's session (erase it)
    ADMIN = "admin"  # kiosk: the admin unlock


@dataclass(frozen=True)
class Policy:
    """An allow-list with exceptions: `denied` wins. The default allows everything."""

    name: str = "desktop"
    denied: frozenset[Action] = field(default_factory=frozenset)

    def allows(self, action: Action | str) -> bool:
        return Action(action) not in self.denied


DESKTOP = Policy()


# What a visitor at a public terminal keeps: looking, searching, reading, watching, ending
# the session and the admin unlock; the rest only as the kiosk's configuration allows.
KIOSK_KEEPS = frozenset({Action.BROWSE, Action.END_SESSION, Action.ADMIN})


def kiosk_policy(
    *, notes: bool = True, printing: bool = False, save_to_drive: bool = False
) -> Policy:
    """The kiosk's policy (core/kiosk/config.py builds it from kiosk.ini): no import, file
    dialogs, settings, packs, catalog edits, exports, clipboard, links or quitting."""
    allowed = set(KIOSK_KEEPS)
    if notes:
        allowed.add(Action.EDIT_NOTES)
    if printing:
        allowed.add(Action.PRINT)
    if save_to_drive:
        allowed.add(Action.SAVE_TO_DRIVE)
    return Policy("kiosk", frozenset(Action) - allowed)
