"""NoteStore on the real Library: schema migration, search hits in notes, and notes that
stay attached to their resource across re-imports and removal."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from real_desktop.core.library import Library
from real_desktop.core.models import Location, LocationKind, Outcome
from real_desktop.core.notes import NoteStore

GUIDE = """# Community Conversations Guide

How to prepare a community conversation on race.

## Preparing the room

Chairs in a circle, name cards, water.

## Ground rules

Listen first; speak from your own experience.

## Closing

Thank everyone and share next steps.
"""


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    d = tmp_path / "docs"
    d.mkdir()
    (d / "guide.md").write_text(GUIDE, encoding="utf-8")
    return d


@pytest.fixture
def lib(tmp_path: Path, docs: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "home", seed=False)
    summary = lib.import_all([docs])
    assert summary.count(Outcome.ADDED) == 1, summary
    yield lib
    lib.close()


@pytest.fixture
def store(lib: Library) -> Iterator[NoteStore]:
    s = NoteStore(lib)
    yield s
    s.close()


def guide_id(lib: Library) -> str:
    (res,) = lib.resources()
    return res.id


def section(lib: Library, anchor: str) -> Location:
    return next(s.location for s in lib.segments(guide_id(lib)) if s.location.anchor == anchor)


def test_library_migration_creates_the_notes_table(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "fresh", seed=False)
    conn = sqlite3.connect(lib.path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    lib.close()
    assert "notes" in names


def test_section_notes_follow_the_documents_order(lib: Library, store: NoteStore) -> None:
    rid = guide_id(lib)
    for anchor in ("closing", "preparing-the-room", "ground-rules"):
        store.create(rid, section(lib, anchor), body=anchor)
    assert [n.body for n in store.for_resource(rid)] == [
        "preparing-the-room",
        "ground-rules",
        "closing",
    ]
    assert store.for_resource(rid)[0].anchor_label == "§ Preparing the room"


def test_a_note_is_found_by_search_and_the_hit_opens_the_note(
    lib: Library, store: NoteStore
) -> None:
    rid = guide_id(lib)
    note = store.create(
        rid,
        section(lib, "ground-rules"),
        body="Ask the facilitator about *zanzibarian* tea",
        tags=["logistics"],
    )
    results = lib.search("zanzibarian")
    hits = [h for h in results.hits if h.location.kind is LocationKind.NOTE]
    assert len(hits) == 1 and hits[0].resource_id == rid
    target = store.resolve(hits[0].location)
    assert target == (
        rid,
        Location(
            LocationKind.SECTION, anchor="ground-rules", section="Ground rules", note_id=note.id
        ),
    )

    store.update(note.id, body="Tea is sorted.")
    assert not [h for h in lib.search("zanzibarian").hits if h.location.kind is LocationKind.NOTE]
    assert [h for h in lib.search("sorted").hits if h.location.kind is LocationKind.NOTE]
    store.delete(note.id)
    assert not [h for h in lib.search("sorted").hits if h.location.kind is LocationKind.NOTE]
    store.restore(note.id)
    assert [h for h in lib.search("sorted").hits if h.location.kind is LocationKind.NOTE]


def test_notes_survive_reimport_of_a_changed_and_a_moved_file(
    lib: Library, store: NoteStore, docs: Path, tmp_path: Path
) -> None:
    rid = guide_id(lib)
    note = store.create(rid, section(lib, "closing"), body="Send the summary")
    (docs / "guide.md").write_text(
        GUIDE + "\n## Follow-up\n\nA month later, meet again.\n", encoding="utf-8"
    )
    summary = lib.import_all([docs])
    assert summary.count(Outcome.UPDATED) == 1, summary
    assert guide_id(lib) == rid
    assert [n.id for n in store.for_resource(rid)] == [note.id]
    assert store.resource_title(store.get(note.id)) == ("Community Conversations Guide", True)

    moved = tmp_path / "moved"
    moved.mkdir()
    shutil.move(docs / "guide.md", moved / "guide.md")
    lib.import_all([docs, moved])
    assert [r.id for r in lib.resources()] == [rid]  # re-linked by checksum
    assert store.for_resource(rid)[0].body == "Send the summary"


def test_removing_the_resource_keeps_its_notes(lib: Library, store: NoteStore) -> None:
    rid = guide_id(lib)
    note = store.create(rid, None, body="kept anyway")
    assert lib.remove(rid)
    kept = store.get(note.id)
    assert kept is not None and not kept.deleted
    assert store.resource_title(kept) == ("Community Conversations Guide", False)
    assert "resource not in this library" in store.to_markdown(store.select())


def test_core_notes_modules_do_not_import_qt() -> None:
    code = (
        "import sys, real_desktop.core.notes, real_desktop.core.notes_export, real_desktop.cli.notes;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'vlc'))]; print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_notes_stay_attached_across_a_content_pack_upgrade(tmp_path: Path) -> None:
    import json

    from real_desktop.core.seed import seed_starter

    def catalog(version_title: str) -> Path:
        path = tmp_path / "catalog.json"
        entry = {
            "id": "real-undoing-racism",
            "kind": "video",
            "title": version_title,
            "collection": "Leadership for Racial Equity",
            "file": None,
        }
        path.write_text(json.dumps({"version": 1, "resources": [entry]}), encoding="utf-8")
        return path

    lib = Library.open(tmp_path / "pack-home", seed=False)
    seed_starter(lib, catalog("Undoing Racism in America's Cities"), root=tmp_path)
    store = NoteStore(lib)
    note = store.create(
        "real-undoing-racism", Location(LocationKind.TIME, start=95), body="Watch again"
    )
    seed_starter(lib, catalog("Undoing Racism in America's Cities (2nd edition)"), root=tmp_path)
    assert [n.id for n in store.for_resource("real-undoing-racism")] == [note.id]
    assert store.resource_title(note) == ("Undoing Racism in America's Cities (2nd edition)", True)
    store.close()
    lib.close()
