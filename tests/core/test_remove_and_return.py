"""Removing and re-importing keeps ids and notes; progress of many resources at once."""

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


def test_progress_of_many_resources_in_one_call(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "home", seed=False)
    try:
        for name in ("a", "b", "c"):
            _guide(tmp_path / name, f"Words about {name}.")
        ids = [r.resource_id for r in lib.import_all([tmp_path / n for n in "abc"]).results]
        lib.set_progress(ids[0], 2.0)
        lib.set_progress(ids[1], 5.0, finished=True)
        got = lib.progress_of([*ids, "no-such-id", "\udcff"])
        assert got == {ids[0]: (2.0, False), ids[1]: (5.0, True)}
        assert got[ids[0]] == lib.progress(ids[0])
    finally:
        lib.close()
