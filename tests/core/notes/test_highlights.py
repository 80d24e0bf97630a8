"""Highlights: a PDF passage kept with its page, quote, selection rectangles and colour,
listed with notes, searchable (quote and body), exported and merged by stable id."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from notes_fixtures import note_hits, open_notes_library

from real_desktop.core.library import Library
from real_desktop.core.models import Location, LocationKind
from real_desktop.core.notes import NoteStore
from real_desktop.core.notes.model import HIGHLIGHT_COLOR

PAGE3 = Location(LocationKind.PAGE, page=3)
RECTS = [(56.0, 70.5, 300.0, 84.0), (56.0, 84.0, 180.25, 97.5)]


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = open_notes_library(tmp_path / "home")
    yield library
    library.close()


def test_a_highlight_is_stored_listed_and_searchable(lib: Library) -> None:
    store = NoteStore(lib)
    h = store.create("pdf", PAGE3, body="ask the finance office", quote="participatory budgeting",
                     rects=RECTS, color="#A5D6A7")  # fmt: skip
    plain = store.create("pdf", PAGE3, body="an ordinary note")
    assert h.is_highlight and not plain.is_highlight
    again = store.get(h.id)
    assert again == h and again.rects == tuple(RECTS) and again.color == "#a5d6a7"
    assert {n.id for n in store.for_resource("pdf")} == {h.id, plain.id}
    assert h.id in note_hits(lib, "participatory")  # the quote
    assert h.id in note_hits(lib, "finance office")  # the body
    hit = next(x for x in lib.search("participatory").hits if x.location.note_id == h.id)
    assert hit.note_anchor == PAGE3 and hit.note_anchor.label == "p. 3"
    assert hit.to_dict()["note_anchor"]["label"] == "p. 3"
    # Default colour; a colour change keeps it a highlight.
    plain_colour = store.create("pdf", PAGE3, quote="x", rects=RECTS[:1])
    assert plain_colour.color == HIGHLIGHT_COLOR
    assert store.update(plain_colour.id, color="#ef9a9a").color == "#ef9a9a"


@pytest.mark.parametrize(
    ("loc", "quote", "rects", "color", "message"),
    [
        (Location(LocationKind.TIME, start=3.0), "q", RECTS, None, "page"),
        (PAGE3, None, RECTS, None, "passage"),
        (PAGE3, "q", [(1.0, 2.0, 3.0)], None, "four numbers"),
        (PAGE3, "q", [("a", 1, 2, 3)], None, "numbers"),
        (PAGE3, "q", RECTS, "yellow", "#rrggbb"),
    ],
)
def test_bad_highlights_are_refused(lib: Library, loc, quote, rects, color, message) -> None:  # type: ignore[no-untyped-def]
    store = NoteStore(lib)
    with pytest.raises(ValueError, match=message):
        store.create("pdf", loc, quote=quote, rects=rects, color=color)
    assert store.count() == 0


def test_highlights_export_and_merge_by_stable_id(lib: Library, tmp_path: Path) -> None:
    store = NoteStore(lib)
    h = store.create("pdf", PAGE3, body="why it matters", quote="the passage", rects=RECTS)
    data = store.export_json()
    (exported,) = [n for n in data["notes"] if n["id"] == h.id]
    assert exported["rects"] == [list(r) for r in RECTS] and exported["color"] == HIGHLIGHT_COLOR
    md = store.to_markdown([h])
    assert "*Highlight (yellow)*" in md and "> the passage" in md
    html = store.to_html([h])
    assert f'<mark style="background: {HIGHLIGHT_COLOR}">the passage</mark>' in html
    # Another computer merges the file: the same highlight, rectangles and all.
    other = open_notes_library(tmp_path / "other")
    try:
        theirs = NoteStore(other)
        theirs.import_json(json.dumps(data))
        got = theirs.get(h.id)
        assert got is not None and got.rects == tuple(RECTS) and got.is_highlight
        theirs.import_json(json.dumps(data))  # again: still one
        assert theirs.count() == 1
    finally:
        other.close()
