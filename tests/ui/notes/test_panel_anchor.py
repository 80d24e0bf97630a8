"""Where a note asked for lands: note_location and media_missing of the notes panel."""

from __future__ import annotations

from pathlib import Path

from real_desktop.core.models import Kind, Location, LocationKind, Resource, Status
from real_desktop.ui.notes.panel import media_missing, note_location

WHOLE = Location(LocationKind.RESOURCE)


def test_note_location_keeps_a_usable_place_and_the_quote() -> None:
    page = Location(LocationKind.PAGE, page=4)
    assert note_location(page, False) == (page, None)
    assert note_location({"location": page, "quote": "a line"}, False) == (page, "a line")
    t = Location(LocationKind.TIME, start=12.0)
    assert note_location(t, False) == (t, None)


def test_note_location_falls_back_to_the_whole_resource() -> None:
    assert note_location(None, False) == (WHOLE, None)
    assert note_location(Location(LocationKind.NOTE, note_id="n"), False) == (WHOLE, None)
    assert note_location(Location(LocationKind.PAGE, page=0), False) == (WHOLE, None)
    assert note_location(Location(LocationKind.TIME), False) == (WHOLE, None)
    # N on a video that is not on this computer: not "0:00".
    assert note_location(Location(LocationKind.TIME, start=5.0), True) == (WHOLE, None)


def test_media_missing(tmp_path: Path) -> None:
    f = tmp_path / "talk.mp4"
    f.write_bytes(b"x")
    here = Resource(id="a", kind=Kind.VIDEO, title="a", path=str(f))
    assert not media_missing(here) and not media_missing(None)
    assert media_missing(Resource(id="b", kind=Kind.VIDEO, title="b", path=str(tmp_path / "gone")))
    marked = Resource(id="c", kind=Kind.VIDEO, title="c", path=str(f), status=Status.MISSING)
    assert media_missing(marked)
