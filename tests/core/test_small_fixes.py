"""Defect 9 (core parts): natural title sort, undecodable file names shown as a file
manager shows them, and a note hit that carries its note's anchor."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from real_desktop.core.library import Library
from real_desktop.core.models import Location, LocationKind, Outcome
from real_desktop.core.notes import NoteStore
from real_desktop.core.textutil import display_path, natural_key


def test_title_sort_is_natural(lib: Library, tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    for n in ("100", "2", "10", "1"):
        (folder / f"part {n}.txt").write_text(f"Part {n} text.", encoding="utf-8")
    (folder / "Éclair.txt").write_text("Pastry.", encoding="utf-8")
    (folder / "zebra.txt").write_text("Stripes.", encoding="utf-8")
    lib.import_all([folder])
    titles = [r.title for r in lib.resources(sort="title")]
    assert titles == ["Éclair", "part 1", "part 2", "part 10", "part 100", "zebra"]
    assert [r.title for r in lib.resources(sort="title", descending=True)] == titles[::-1]
    (r,) = lib.resources(ids=[lib.resources()[-1].id])
    lib.edit(r.id, title="part 3")  # the key follows an edit
    assert [r.title for r in lib.resources()][2:5] == ["part 2", "part 3", "part 10"]


def test_natural_key() -> None:
    assert natural_key("Part 2") < natural_key("part 10") < natural_key("PART 100")
    assert natural_key("Unit 007") == natural_key("unit 7")
    assert natural_key("Café") == natural_key("cafe")


@pytest.mark.skipif(os.name == "nt", reason="POSIX file names are bytes")
def test_undecodable_file_names_display_with_a_replacement_character(lib: Library, tmp_path: Path) -> None:
    (tmp_path / "odd").mkdir()
    raw = os.fsencode(tmp_path / "odd") + b"/bad\xff.txt"
    with open(raw, "wb") as fh:
        fh.write(b"Odd name, fine text.")
    name = os.fsdecode(raw)
    assert display_path(name).endswith("bad\ufffd.txt")
    (result,) = lib.import_all([tmp_path / "odd"]).results
    # Refused with a reason (SQLite cannot store the name); shown as a file manager would.
    assert result.outcome is Outcome.FAILED and "rename the file" in result.reason
    assert result.path.endswith("/odd/bad\ufffd.txt")
    assert display_path("plain/name.txt") == "plain/name.txt"


def test_a_note_hit_carries_the_note_anchor(lib: Library, tmp_path: Path) -> None:
    (tmp_path / "g.md").write_text("# Guide\n\nText.\n", encoding="utf-8")
    rid = lib.import_all([tmp_path / "g.md"]).results[0].resource_id
    assert rid is not None
    notes = NoteStore(lib)
    on_page = notes.create(rid, Location(LocationKind.PAGE, page=3), body="capybara on a page")
    at_time = notes.create(rid, Location(LocationKind.TIME, start=724.0), body="capybara at a time")
    whole = notes.create(rid, body="capybara everywhere")
    hits = {h.location.note_id: h for h in lib.search("capybara").hits}
    assert hits[on_page.id].note_anchor == Location(LocationKind.PAGE, page=3)
    assert hits[at_time.id].note_anchor.label == "12:04"  # type: ignore[union-attr]
    assert hits[whole.id].note_anchor.kind is LocationKind.RESOURCE  # type: ignore[union-attr]
    filtered = {h.location.note_id: h for h in lib.search("capybara", kind="document").hits}
    assert filtered[on_page.id].note_anchor.label == "p. 3"  # type: ignore[union-attr]
