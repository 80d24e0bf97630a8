"""Editing metadata (one or many, kept across re-import and re-seeding) and removing many
resources in one transaction, with undo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from real_desktop.core.library import Library
from real_desktop.core.models import LocationKind
from real_desktop.core.notes import NoteStore
from real_desktop.core.seed import seed_starter


def _docs(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        p = folder / f"doc{i}.md"
        p.write_text(f"# Doc {i}\n\nQuokka paragraph number {i}.\n", encoding="utf-8")
        out.append(p)
    return out


def _import(lib: Library, folder: Path, n: int) -> list[str]:
    _docs(folder, n)
    return sorted(r.resource_id for r in lib.import_all([folder]).results if r.resource_id)


def test_edit_one_resource_every_field_and_search_sees_it(lib: Library, tmp_path: Path) -> None:
    (rid,) = _import(lib, tmp_path / "d", 1)
    (r,) = lib.edit(
        rid, title="Wombat Handbook", description="All about wombats", people="Ada; Grace",
        add_tags=["burrows", "Burrows"], collection="Zoo", language="en", date="2024-02-29",
    )  # fmt: skip
    assert (r.title, r.description, r.people, r.tags) == (
        "Wombat Handbook", "All about wombats", ("Ada", "Grace"), ("burrows",),
    )  # fmt: skip
    assert (r.collection, r.language, r.date) == ("Zoo", "en", "2024-02-29")
    assert set(r.edited) == {"title", "description", "people", "tags", "collection", "language", "date"}
    assert lib.user_edited(rid) == set(r.edited)
    hits = lib.search("wombat").hits
    assert hits and hits[0].resource_id == rid and hits[0].location.kind is LocationKind.RESOURCE
    assert [h.resource_id for h in lib.search("burrows").hits] == [rid]
    (r,) = lib.edit(rid, remove_tags=["BURROWS"], collection="", date=None)
    assert r.tags == () and r.collection is None and r.date is None
    assert not lib.search("burrows").hits


def test_bad_values_and_unknown_ids_change_nothing(lib: Library, tmp_path: Path) -> None:
    ids = _import(lib, tmp_path / "d", 2)
    for bad in ("2024-02-30", "2024-2-1", "yesterday"):
        with pytest.raises(ValueError, match="YYYY-MM-DD"):
            lib.edit(ids[0], date=bad, add_tags=["x"])
    with pytest.raises(ValueError, match="empty"):
        lib.edit(ids[0], title="  ")
    with pytest.raises(ValueError, match="one item"):
        lib.edit(ids, title="Same")
    with pytest.raises(KeyError):
        lib.edit([ids[0], "no-such-id"], add_tags=["x"])
    assert all(lib.get(i).tags == () for i in ids)  # type: ignore[union-attr]
    assert lib.user_edited(ids[0]) == set()


def test_edit_many_tags_and_collection_in_one_call(lib: Library, tmp_path: Path) -> None:
    ids = _import(lib, tmp_path / "d", 3)
    lib.edit(ids[0], tags=["keep", "old"])
    out = lib.edit(ids, add_tags=["shared"], remove_tags=["old"], collection="Batch")
    assert [r.id for r in out] == ids
    assert lib.get(ids[0]).tags == ("keep", "shared")  # type: ignore[union-attr]
    assert all(r.collection == "Batch" and "shared" in r.tags for r in out)
    assert lib.count(collection="batch") == 3
    assert sorted(h.resource_id for h in lib.search("shared").hits) == ids


def test_edits_survive_reimport_of_a_changed_file(lib: Library, tmp_path: Path) -> None:
    (path,) = _docs(tmp_path / "d", 1)
    rid = lib.import_all([path]).results[0].resource_id
    assert rid is not None
    lib.edit(rid, title="My Own Title", add_tags=["mine"])
    path.write_text("# A New Heading\n\nChanged words entirely.\n", encoding="utf-8")
    assert lib.import_all([path]).results[0].resource_id == rid
    r = lib.get(rid)
    assert r is not None and r.title == "My Own Title" and r.tags == ("mine",)
    assert lib.search("changed words").hits  # the new text is in


def test_reseeding_keeps_fields_the_user_edited(lib: Library, tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "g").mkdir(parents=True)
    (root / "g" / "lens.md").write_text("# Lens\n\nAsk who benefits.\n", encoding="utf-8")
    cat = tmp_path / "catalog.json"
    entry = {
        "id": "guide", "kind": "document", "title": "Catalog Title", "tags": ["catalog"],
        "description": "From the catalog", "file": "g/lens.md",
    }  # fmt: skip
    missing = {"id": "talk", "kind": "video", "title": "A Talk", "tags": ["t"], "file": None}
    import json

    cat.write_text(json.dumps({"version": 1, "resources": [entry, missing]}), encoding="utf-8")
    seed_starter(lib, cat, root=root)
    lib.edit("guide", tags=["mine"])
    lib.edit("talk", title="Renamed talk")
    entry["description"] = "Newer catalog text"
    entry["tags"] = ["newer"]
    cat.write_text(json.dumps({"version": 1, "resources": [entry, missing]}), encoding="utf-8")
    seed_starter(lib, cat, root=root)
    guide, talk = lib.get("guide"), lib.get("talk")
    assert guide is not None and talk is not None
    assert guide.tags == ("mine",)  # edited: kept
    assert guide.description == "Newer catalog text"  # not edited: the catalog's update
    assert talk.title == "Renamed talk" and talk.tags == ("t",)


def test_remove_many_in_one_transaction_and_undo_exactly(lib: Library, tmp_path: Path) -> None:
    ids = _import(lib, tmp_path / "d", 5)
    notes = NoteStore(lib)
    note = notes.create(ids[1], body="a thought about quokkas")
    lib.set_progress(ids[1], 1.0)
    lib.edit(ids[1], add_tags=["special"])
    before = {i: lib.get(i) for i in ids}
    segs = {i: lib.segments(i) for i in ids}
    hits_before = sorted((h.resource_id, h.location.kind) for h in lib.search("quokka").hits)

    snap = lib.remove(ids[:3], "no-such-id")
    assert snap and sorted(snap.ids) == ids[:3]
    assert lib.count() == 2 and lib.progress(ids[1]) is None
    assert {h.resource_id for h in lib.search("quokka").hits} == set(ids[3:])
    assert notes.get(note.id) is not None  # notes are never deleted

    assert sorted(lib.undo_remove(snap)) == ids[:3]
    assert {i: lib.get(i) for i in ids} == before
    assert {i: lib.segments(i) for i in ids} == segs
    assert lib.progress(ids[1]) == (1.0, False)
    assert sorted((h.resource_id, h.location.kind) for h in lib.search("quokka").hits) == hits_before
    assert lib.undo_remove(snap) == []  # already back: nothing twice
    # The single-id form still answers "was it removed?".
    assert lib.remove(ids[0]) and not lib.remove(ids[0])


def test_remove_is_one_transaction(lib: Library, tmp_path: Path) -> None:
    ids = _import(lib, tmp_path / "d", 4)
    # A trigger that fails on the last delete: nothing may be removed.
    with lib.db.write() as conn:
        conn.execute(
            f"CREATE TEMP TRIGGER no_last BEFORE DELETE ON resources WHEN old.id = '{ids[-1]}' "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
    with pytest.raises(sqlite3.IntegrityError):
        lib.remove(ids)
    assert lib.count() == 4 and all(lib.segments(i) for i in ids)


def test_undo_leaves_a_resource_imported_again_meanwhile(lib: Library, tmp_path: Path) -> None:
    ids = _import(lib, tmp_path / "d", 2)
    snap = lib.remove(ids)
    lib.import_all([tmp_path / "d" / "doc0.md"])  # comes back under its earlier id
    restored = lib.undo_remove(snap)
    assert lib.count() == 2 and len(restored) == 1


def test_undo_of_a_starter_entry_removal_undismisses_it(lib: Library, tmp_path: Path) -> None:
    import json

    cat = tmp_path / "catalog.json"
    entry = {"id": "talk", "kind": "video", "title": "A Talk", "file": None}
    cat.write_text(json.dumps({"version": 1, "resources": [entry]}), encoding="utf-8")
    seed_starter(lib, cat, root=tmp_path)
    snap = lib.remove("talk")
    assert lib.meta.get_json("dismissed_catalog_ids", []) == ["talk"]
    assert lib.undo_remove(snap) == ["talk"]
    assert lib.meta.get_json("dismissed_catalog_ids", []) == []
    assert lib.search("talk").hits[0].resource_id == "talk"


def test_upsert_of_only_edited_fields_changes_nothing(lib: Library, tmp_path: Path) -> None:
    (rid,) = _import(lib, tmp_path / "d", 1)
    lib.edit(rid, title="Mine", tags=["t"])
    lib.catalog.upsert({"id": rid, "title": "From a pack", "tags": '["p"]'})
    r = lib.get(rid)
    assert r is not None and (r.title, r.tags) == ("Mine", ("t",))
