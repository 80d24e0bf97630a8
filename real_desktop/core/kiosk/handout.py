"""A visitor's notes, handed out before the session erases them: saved to a removable
drive (no file dialog: the visitor picks one of the drives present) or printed (the UI)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from real_desktop.core.i18n import later
from real_desktop.core.notes import Note, NoteStore
from real_desktop.core.packs.drives import removable_roots

FOLDER = "REAL Desktop notes"


def drives() -> list[Path]:
    """Removable drives mounted now that can be written to."""
    return [p for p in removable_roots() if os.access(p, os.W_OK)]


def snapshot(store: NoteStore) -> dict[str, str]:
    """Every note the library already had when a session started (id -> updated_at):
    notes a librarian left in the library are not the visitor's to print or take."""
    return {n.id: n.updated_at for n in store.select(include_deleted=True)}


def visitor_notes(store: NoteStore, before: dict[str, str]) -> list[Note]:
    """The live notes the visitor wrote or changed in this session, in export order."""
    return [n for n in store.select() if before.get(n.id) != n.updated_at]


def notes_markdown(store: NoteStore, notes: list[Note] | None = None) -> str | None:
    """`notes` (default: all live notes) as one Markdown document; None if there are none."""
    notes = store.select() if notes is None else notes
    if not notes:
        return None
    return store.to_markdown(notes, title="My notes from REAL Desktop")


def save_to_drive(
    store: NoteStore, root: Path, notes: list[Note] | None = None, now: datetime | None = None
) -> Path:
    """Write the notes (default: all live notes) as Markdown into `root`/REAL Desktop
    notes/ (a new file each time, never overwriting) and flush it to the drive.
    ValueError if there are no notes."""
    text = notes_markdown(store, notes)
    if text is None:
        raise ValueError(later.tr("there are no notes to save"))
    stamp = (now or datetime.now()).strftime("%Y-%m-%d %H.%M.%S")
    folder = Path(root) / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"Notes {stamp}.md"
    n = 2
    while target.exists():
        target = folder / f"Notes {stamp} ({n}).md"
        n += 1
    with open(target, "x", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())  # the visitor may pull the drive out right after
    return target
