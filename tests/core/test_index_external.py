"""The external-content full-text index (schema v9): every write keeps FTS5 and its content
(segments, search_extra) in step — checked with SQLite's and FTS5's own integrity checks
after each kind of write — and a v7 library upgrades with every hit still found."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from real_desktop.core.db import schema
from real_desktop.core.library import Library
from real_desktop.core.models import LocationKind
from real_desktop.core.notes import NoteStore


def _check(lib: Library) -> None:
    with lib.db.write() as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Raises (SQLITE_CORRUPT_VTAB) when the index and its content disagree.
        conn.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")


def _doc(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"# {name}\n\n{text}\n", encoding="utf-8")
    return path


def test_every_write_keeps_the_index_and_its_content_in_step(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "home", seed=False)
    notes = NoteStore(lib)
    try:
        docs = tmp_path / "docs"
        _doc(docs, "a.md", "Zanzibar budget text.")
        _doc(docs, "b.md", "Quokka equity workshop.")
        results = lib.import_all([docs]).results
        a, b = (r.resource_id for r in results)
        _check(lib)
        assert lib.search("zanzibar").hits
        # Snippets and highlights read the text from the content tables.
        assert "zanzibar" in lib.search("zanzibar").hits[0].snippet.lower()

        lib.edit(a, title="Marmalade handbook", tags=["kiwi"])
        _check(lib)
        assert lib.search("marmalade").hits and lib.search("kiwi").hits
        assert not [h for h in lib.search("zanzibar").hits if h.location.kind is LocationKind.RESOURCE]

        note = notes.create(a, body="precious thought")
        _check(lib)
        notes.update(note.id, body="changed idea", tags=["ochre"])
        _check(lib)
        assert not lib.search("precious").hits
        assert [h.location.kind for h in lib.search("changed").hits] == [LocationKind.NOTE]
        notes.delete(note.id)
        _check(lib)
        assert not lib.search("changed").hits
        notes.restore(note.id)
        _check(lib)

        _doc(docs, "a.md", "Rewritten pangolin text.")  # re-import of a changed file
        lib.import_all([docs])
        _check(lib)
        assert lib.search("pangolin").hits and not lib.search("zanzibar").hits

        snap = lib.remove(a, b)
        _check(lib)
        assert not lib.search("pangolin").hits and not lib.search("changed").hits
        assert sorted(lib.undo_remove(snap)) == sorted([a, b])
        _check(lib)
        assert lib.search("pangolin").hits and lib.search("quokka").hits
        assert lib.search("marmalade").hits and lib.search("changed").hits
    finally:
        notes.close()
        lib.close()


def _v7_library(home: Path) -> None:
    """A library as the v7 schema kept it: the index held its own copy of every value."""
    home.mkdir()
    conn = sqlite3.connect(home / "library.db", isolation_level=None)
    conn.row_factory = sqlite3.Row
    schema.migrate(conn, home, migrations=schema.MIGRATIONS[:7])
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO resources(id, kind, title, tags, people, description, added_at) VALUES "
        "('r1', 'document', 'Walrus guide', '[\"tundra\"]', '[]', 'About otters', '2026-01-01')"
    )
    conn.execute("INSERT INTO segments(id, resource_id, seq, loc_kind) VALUES (1, 'r1', -1, 'resource')")
    conn.execute(
        "INSERT INTO segments(id, resource_id, seq, loc_kind, page, text) "
        "VALUES (2, 'r1', 0, 'page', 1, 'Lichen grows slowly')"
    )
    cols = "rowid, title, tags, people, description, body, resource_id, segment_id, note_id"
    conn.execute(
        f"INSERT INTO search_index({cols}) VALUES (1, 'Walrus guide', 'tundra', '', "
        "'About otters', '', 'r1', NULL, NULL)"
    )
    conn.execute(
        f"INSERT INTO search_index({cols}) VALUES (2, '', '', '', '', 'Lichen grows slowly', 'r1', 2, NULL)"
    )
    conn.execute("INSERT INTO note_rows(id, note_id) VALUES (1, 'n1')")
    conn.execute(
        f"INSERT INTO search_index({cols}) VALUES (-1, '', 'amber', '', '', 'Glacier memo', 'r1', NULL, 'n1')"
    )
    conn.execute("COMMIT")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
    conn.close()


def test_a_v7_library_upgrades_with_every_hit_still_found(tmp_path: Path) -> None:
    home = tmp_path / "v7"
    _v7_library(home)
    lib = Library.open(home, seed=False)
    try:
        _check(lib)
        for word in ("walrus", "tundra", "otters", "lichen", "glacier", "amber"):
            assert lib.search(word).hits, word
        page = lib.search("lichen").hits[0]
        assert page.location.kind is LocationKind.PAGE and "lichen" in page.snippet.lower()
        with lib.db.write() as conn:
            # The page text is stored once: the index keeps no content table of its own.
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            assert "search_index_content" not in names
        assert list(home.glob("backups/*"))  # backed up before migrating
    finally:
        lib.close()


def test_packs_merge_and_relink_keep_the_index_in_step(tmp_path: Path) -> None:
    from real_desktop.core.packs.build import PackSpec, build_from_paths
    from real_desktop.core.packs.install import PackManager

    docs = tmp_path / "docs"
    _doc(docs, "a.md", "Narwhal chapter text.")
    pack = tmp_path / "p.realpack"
    build_from_paths([docs], pack, PackSpec("t-pack", "Test pack"))
    _doc(docs, "a.md", "Narwhal chapter text, second edition with ibex.")
    pack2 = tmp_path / "p2.realpack"
    build_from_paths([docs], pack2, PackSpec("t-pack", "Test pack", version="2"))
    lib = Library.open(tmp_path / "home", seed=False)
    try:
        packs = PackManager(lib)
        packs.install(pack)
        _check(lib)
        assert lib.search("narwhal").hits
        packs.install(pack2)  # an upgrade replaces the pack's rows
        _check(lib)
        assert lib.search("ibex").hits
        packs.remove("t-pack")
        _check(lib)
        assert not lib.search("narwhal").hits

        keep_p = _doc(tmp_path / "d", "keep.md", "Twin heron text.")
        other_p = _doc(tmp_path / "d", "other.md", "Twin heron text. Extra lark.")
        keep, other = (r.resource_id for r in lib.import_all([keep_p, other_p]).results)
        lib.merge(keep, [other])
        _check(lib)
        assert not lib.search("lark").hits
        assert len({h.resource_id for h in lib.search("heron").hits}) == 1
        rid = lib.search("heron").hits[0].resource_id
        moved = tmp_path / "moved.md"
        moved.write_text("# moved\n\nTwin heron text.\n", encoding="utf-8")
        lib.relink(rid, moved)
        _check(lib)
        assert lib.search("heron").hits
    finally:
        lib.close()


def test_transcript_writes_keep_the_index_in_step(tmp_path: Path) -> None:
    from real_desktop.core.speech.cues import Cue
    from real_desktop.core.speech.store import store_transcript

    lib = Library.open(tmp_path / "home", seed=False)
    try:
        rid = lib.import_all([_doc(tmp_path / "d", "talk.md", "Opening words.")]).results[0].resource_id
        store_transcript(lib.db, lib.index, lib.home, rid, "en", [Cue(0.0, 2.0, "spoken okapi")], "test")
        _check(lib)
        assert lib.search("okapi").hits
        # A new transcript replaces the old automatic track (old values deleted first).
        store_transcript(lib.db, lib.index, lib.home, rid, "en", [Cue(0.0, 2.0, "spoken tapir")], "test")
        _check(lib)
        assert lib.search("tapir").hits and not lib.search("okapi").hits
        assert lib.search("opening").hits
    finally:
        lib.close()
