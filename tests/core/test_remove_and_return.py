"""A removed resource keeps its id for a re-import of the same file, and its notes
(never deleted with it) belong to it, and are searchable, again."""

from __future__ import annotations

from pathlib import Path

from real_desktop.core.library import Library
from real_desktop.core.models import LocationKind, Outcome
from real_desktop.core.notes import NoteStore


def _guide(folder: Path, text: str = "Zanzibar budget text.") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "guide.md"
    path.write_text(f"# Guide\n\n{text}\n", encoding="utf-8")
    return path


def test_reimporting_a_removed_file_restores_its_id_and_notes(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "home", seed=False)
    notes = NoteStore(lib)
    try:
        _guide(tmp_path / "docs")
        first = lib.import_all([tmp_path / "docs"]).results[0]
        note = notes.create(first.resource_id, body="precious thought")
        assert lib.remove(first.resource_id)
        assert not [h for h in lib.search("precious").hits]  # its index rows went
        assert notes.get(note.id) is not None  # the note itself is kept

        again = lib.import_all([tmp_path / "docs"]).results[0]
        assert again.outcome is Outcome.ADDED
        assert again.resource_id == first.resource_id
        assert "earlier id" in again.reason
        hits = lib.search("precious").hits
        assert [h.location.kind for h in hits] == [LocationKind.NOTE]
        assert hits[0].resource_id == first.resource_id
    finally:
        notes.close()
        lib.close()


def test_a_moved_and_edited_file_is_new_but_the_same_path_comes_back(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "home", seed=False)
    try:
        path = _guide(tmp_path / "docs")
        rid = lib.import_all([path]).results[0].resource_id
        lib.remove(rid)
        # Same place, changed contents: still the file the user removed.
        _guide(tmp_path / "docs", "Edited since.")
        assert lib.import_all([path]).results[0].resource_id == rid
        # Once taken, the id is not handed out again for other files.
        lib.remove(rid)
        other = _guide(tmp_path / "elsewhere", "Entirely different words.")
        assert lib.import_all([other]).results[0].resource_id != rid
    finally:
        lib.close()
