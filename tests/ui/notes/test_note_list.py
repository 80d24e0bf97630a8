"""The notes list's model, order and preview text."""

from __future__ import annotations

from real_desktop.core.models import Location, LocationKind
from real_desktop.core.notes import Note
from real_desktop.ui.notes.note_list import NoteRole, NotesListModel, excerpt, insert_sorted


def _note(nid: str, loc: Location, created: str = "2026-01-01", body: str = "") -> Note:
    return Note(id=nid, resource_id="r", location=loc, body=body, created_at=created)


def test_excerpt_is_plain_and_cut_with_an_ellipsis() -> None:
    assert excerpt("**Bold** and _it_") == "Bold and it"
    cut = excerpt("word " * 100, limit=20)
    assert len(cut) <= 20 and cut.endswith("…")


def test_insert_sorted_follows_the_anchor_order() -> None:
    whole = _note("w", Location(LocationKind.RESOURCE))
    p2 = _note("p2", Location(LocationKind.PAGE, page=2))
    p9 = _note("p9", Location(LocationKind.PAGE, page=9))
    sec = _note("s", Location(LocationKind.SECTION, section="Intro"))
    new = _note("p5", Location(LocationKind.PAGE, page=5))
    order = insert_sorted([whole, p2, p9], new)
    assert [n.id for n in order] == ["w", "p2", "p5", "p9"]
    assert [n.id for n in insert_sorted([whole, p9], sec)] == ["w", "p9", "s"]
    t1 = _note("t1", Location(LocationKind.TIME, start=3.0), created="b")
    t0 = _note("t0", Location(LocationKind.TIME, start=3.0), created="a")
    assert [n.id for n in insert_sorted([t1], t0)] == ["t0", "t1"]  # ties: oldest first


def test_model_rows_replace_and_remove(qtbot) -> None:
    m = NotesListModel()
    a = _note("a", Location(LocationKind.PAGE, page=1), body="first")
    b = _note("b", Location(LocationKind.RESOURCE))
    m.set_notes([a, b])
    assert m.rowCount() == 2 and m.row_of("b") == 1 and m.row_of("zz") == -1
    assert m.data(m.index(0)) == "p. 1 — first"
    assert m.data(m.index(1)) == "Whole resource — (empty)"
    m.replace_note(Note(id="a", resource_id="r", location=a.location, body="changed"))
    assert m.data(m.index(0), NoteRole).body == "changed"
    m.remove_note("a")
    assert [n.id for n in m.notes] == ["b"]
