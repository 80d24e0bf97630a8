"""Duplicates and merging; watched folders; the presence sweep; changes made by another
process; history on a resource another process removed."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from real_desktop.core.library import Library
from real_desktop.core.models import Location, LocationKind, Outcome, Status
from real_desktop.core.notes import NoteStore


def _md(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_duplicates_by_title_and_by_text_under_other_names(lib: Library, tmp_path: Path) -> None:
    _md(tmp_path / "a" / "Budget Guide.txt", "Alpha words one.")
    _md(tmp_path / "b" / "budget_guide.txt", "Something else entirely.")
    _md(tmp_path / "c" / "notes.txt", "Same  TEXT here.")
    _md(tmp_path / "c" / "copy of notes.txt", "same text here.")
    _md(tmp_path / "c" / "alone.txt", "Unique.")
    lib.import_all([tmp_path / "a", tmp_path / "b", tmp_path / "c"])
    groups = sorted((g.reason, sorted(r.title for r in g.resources)) for g in lib.duplicates())
    assert groups == [
        ("text", ["copy of notes", "notes"]),
        ("title", ["Budget Guide", "budget guide"]),
    ]


def test_merge_moves_notes_reanchored_and_removes_the_rest(lib: Library, tmp_path: Path) -> None:
    keep_p = _md(tmp_path / "d" / "keep.md", "# Intro\n\nSame text.\n")
    other_p = _md(tmp_path / "d" / "other.md", "# Intro\n\nSame text.\n\n# Extra\n\nMore.\n")
    res = {Path(r.path).name: r.resource_id for r in lib.import_all([keep_p, other_p]).results}
    keep, other = res["keep.md"], res["other.md"]
    notes = NoteStore(lib)
    kept_place = notes.create(other, body="on intro", location=Location(LocationKind.SECTION, anchor="intro"))
    lost_place = notes.create(other, body="on extra", location=Location(LocationKind.SECTION, anchor="extra"))
    snap = lib.merge(keep, [other])
    assert snap.ids == (other,) and lib.get(other) is None
    moved = {n.body: n for n in notes.for_resource(keep)}
    assert moved["on intro"].location.anchor == "intro"
    assert moved["on extra"].location.kind is LocationKind.RESOURCE
    assert moved["on intro"].updated_at > kept_place.updated_at
    hits = lib.search("extra").hits
    assert any(h.location.kind is LocationKind.NOTE and h.resource_id == keep for h in hits)
    assert moved["on extra"].id == lost_place.id  # the same note (stable id), moved


def test_watched_folder_picks_up_added_changed_moved_and_deleted(lib: Library, tmp_path: Path) -> None:
    folder = tmp_path / "watched"
    a = _md(folder / "a.md", "# A\n\nAardvark.\n")
    assert lib.watch_add(folder) == str(folder)
    assert lib.watch_add(str(folder) + "/") == str(folder) and lib.watch_list() == [str(folder)]
    (folder / "sub" / "deeper").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    assert lib.watch_dirs() == [str(folder), str(folder / "sub"), str(folder / "sub" / "deeper")]
    first = lib.sync_watched()
    assert [r.outcome for r in first.results] == [Outcome.ADDED]
    rid = first.results[0].resource_id
    _md(folder / "b.md", "# B\n\nBadger.\n")
    a.rename(folder / "a-moved.md")
    second = lib.sync_watched(folder)
    by = {Path(r.path).name: r for r in second.results}
    assert by["b.md"].outcome is Outcome.ADDED
    assert by["a-moved.md"].resource_id == rid and "moved" in by["a-moved.md"].reason
    (folder / "b.md").unlink()
    third = lib.sync_watched()
    assert [r.outcome for r in third.results if r.path.endswith("b.md")] == [Outcome.MISSING]
    assert lib.watch_remove(folder) and not lib.watch_remove(folder) and lib.watch_list() == []


def test_check_files_reports_changes_and_limits_to_a_folder(lib: Library, tmp_path: Path) -> None:
    a = _md(tmp_path / "one" / "a.txt", "Aa.")
    b = _md(tmp_path / "two" / "b.txt", "Bb.")
    ids = {Path(r.path).name: r.resource_id for r in lib.import_all([a, b]).results}
    st = a.stat()
    a.rename(tmp_path / "a.bak")
    b.unlink()
    assert lib.check_files(tmp_path / "one") == [(ids["a.txt"], Status.MISSING)]
    assert lib.get(ids["b.txt"]).status is Status.OK  # type: ignore[union-attr]
    assert lib.check_files() == [(ids["b.txt"], Status.MISSING)]
    assert lib.check_files() == []
    (tmp_path / "a.bak").rename(a)
    os.utime(a, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert lib.check_files() == [(ids["a.txt"], Status.OK)]


def test_changed_elsewhere_sees_other_processes_not_our_own_writes(lib: Library, tmp_path: Path) -> None:
    _md(tmp_path / "d" / "a.txt", "Aa.")
    rid = lib.import_all([tmp_path / "d"]).results[0].resource_id
    assert rid is not None
    assert lib.changed_elsewhere() is False  # starts watching
    lib.set_progress(rid, 1.0)
    lib.edit(rid, add_tags=["x"])
    assert lib.changed_elsewhere() is False  # our own writes
    other = sqlite3.connect(lib.path)  # another process, as far as SQLite can tell
    other.execute("DELETE FROM history")
    other.commit()
    assert lib.changed_elsewhere() is True
    assert lib.changed_elsewhere() is False  # once
    other.execute("UPDATE resources SET title = 'Renamed elsewhere'")
    other.commit()
    lib.mark_opened(rid)  # our write right after theirs does not hide it
    assert lib.changed_elsewhere() is True
    other.close()


def test_history_on_a_resource_removed_by_another_process_is_a_no_op(lib: Library, tmp_path: Path) -> None:
    _md(tmp_path / "d" / "a.txt", "Aa.")
    rid = lib.import_all([tmp_path / "d"]).results[0].resource_id
    assert rid is not None
    other = Library.open(lib.home, seed=False)
    other.remove(rid)
    other.close()
    assert lib.mark_opened(rid) is False
    assert lib.set_progress(rid, 3.0) is False
    assert lib.progress(rid) is None


def test_a_watched_folder_that_is_gone_fails_and_its_files_go_missing(lib: Library, tmp_path: Path) -> None:
    folder = tmp_path / "drive"
    _md(folder / "a.md", "# A\n\nAardvark.\n")
    lib.watch_add(folder)
    rid = lib.sync_watched().results[0].resource_id
    folder.rename(tmp_path / "unplugged")
    summary = lib.sync_watched()
    assert [(r.outcome, r.reason) for r in summary.results if r.path == str(folder)] == [
        (Outcome.FAILED, "folder not found")
    ]
    assert [r.resource_id for r in summary.results if r.outcome is Outcome.MISSING] == [rid]
    assert lib.get(rid).status is Status.MISSING  # type: ignore[arg-type, union-attr]
    assert lib.watch_list() == [str(folder)]  # still watched: it may come back
