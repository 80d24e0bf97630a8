"""Install, upgrade, remove: the round trip through search, notes kept, cancel, media kept
on the drive, a half-done install cleaned at the next open."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest
from pack_fixtures import make_sources

from real_desktop.core.library import Library
from real_desktop.core.models import LocationKind, Status
from real_desktop.core.notes import NoteStore
from real_desktop.core.packs.archive import PackProgress
from real_desktop.core.packs.build import PackSpec, build_from_library, build_from_paths
from real_desktop.core.packs.install import JOURNAL, PackManager
from real_desktop.core.packs.manifest import PackCancelled, PackError


@pytest.fixture(scope="module")
def src(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_sources(tmp_path_factory.mktemp("src"))


@pytest.fixture
def pack(src: Path, tmp_path: Path) -> Path:
    return build_from_paths([src], tmp_path / "course.realpack", PackSpec("course", "Course"))


def test_install_round_trip_search(lib: Library, pack: Path) -> None:
    seen: list[PackProgress] = []
    result = PackManager(lib).install(pack, progress=seen.append)
    assert result.outcome == "installed" and lib.count() == 3
    assert {p.stage for p in seen} >= {"verify", "copy", "done"}
    hit = lib.search("axolotls").hits[0]
    assert hit.location.kind is LocationKind.PAGE and hit.location.page == 2
    assert lib.search("marimba").hits[0].location.anchor == "budgets"
    cue = lib.search("zanzibar").hits[0]
    assert cue.location.kind is LocationKind.TIME and cue.track == "en"
    talk = lib.get(cue.resource_id)
    assert talk is not None and talk.status is Status.OK and talk.path is not None
    assert Path(talk.path).is_file() and Path(talk.path).is_relative_to(lib.home / "packs")
    assert [c.language for c in talk.captions] == ["en"] and Path(talk.captions[0].path).is_file()
    rec = PackManager(lib).get("course")
    assert rec is not None and rec.version == "1" and len(rec.items) == 3
    assert not (lib.home / "packs" / JOURNAL).exists()


def test_same_version_changes_nothing_unless_forced(lib: Library, pack: Path) -> None:
    pm = PackManager(lib)
    pm.install(pack)
    before = {r.id: r.updated_at for r in lib.resources()}
    again = pm.install(pack)
    assert again.outcome == "unchanged" and "already installed" in again.message
    assert {r.id: r.updated_at for r in lib.resources()} == before
    assert pm.install(pack, force=True).outcome == "reinstalled"
    assert len(lib.search("axolotls").hits) == 1


def test_upgrade_keeps_notes_and_progress(lib: Library, src: Path, tmp_path: Path) -> None:
    pm = PackManager(lib)
    v1 = build_from_paths([src], tmp_path / "v1.realpack", PackSpec("course", "Course", version="1"))
    pm.install(v1)
    report = next(r for r in lib.resources() if r.format == "pdf")
    store = NoteStore(lib)
    note = store.create(report.id, body="remember the pangolins")
    lib.set_progress(report.id, 3.0)
    folder_v1 = pm.get("course").folder  # type: ignore[union-attr]
    changed = tmp_path / "v2src" / "course"
    shutil.copytree(src, changed)
    (changed / "guide.md").write_text("# Field guide\n\nNow about wombats.\n", encoding="utf-8")
    v2 = build_from_paths([changed], tmp_path / "v2.realpack", PackSpec("course", "Course", version="2"))
    result = pm.install(v2)
    assert result.outcome == "upgraded" and result.previous == "1"
    assert lib.search("wombats").hits and not lib.search("quokkas").hits
    assert store.get(note.id).resource_id == report.id  # type: ignore[union-attr]
    assert lib.search("pangolins").hits[0].location.kind in (LocationKind.PAGE, LocationKind.NOTE)
    assert any(h.location.kind is LocationKind.NOTE for h in lib.search("remember").hits)
    assert lib.progress(report.id) == (3.0, False)
    assert not (lib.home / "packs" / folder_v1).exists()  # the old version's files went
    older = pm.install(v1)
    assert older.outcome == "unchanged" and "older" in older.message


def test_remove_keeps_notes_and_exports_them(lib: Library, pack: Path, tmp_path: Path) -> None:
    pm = PackManager(lib)
    pm.install(pack)
    rid = next(r.id for r in lib.resources() if r.format == "md")
    note = NoteStore(lib).create(rid, body="a note on the guide")
    folder = lib.home / "packs" / pm.get("course").folder  # type: ignore[operator, union-attr]
    out = tmp_path / "notes.json"
    pm.remove("course", export_notes=out)
    assert lib.count() == 0 and pm.installed() == [] and not folder.exists()
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert [n["body"] for n in exported["notes"]] == ["a note on the guide"]
    assert NoteStore(lib).get(note.id) is not None  # kept by default
    pm.install(pack)  # the same items come back, notes on them again
    assert lib.get(rid) is not None and NoteStore(lib).for_resource(rid)[0].id == note.id
    assert [h.location.note_id for h in lib.search("note on the guide").hits if h.location.note_id] == [note.id]
    with pytest.raises(PackError, match="no installed pack"):
        pm.remove("nope")


def test_cancel_changes_nothing(lib: Library, pack: Path) -> None:
    cancel = threading.Event()

    def progress(p: PackProgress) -> None:
        if p.stage == "copy":
            cancel.set()

    with pytest.raises(PackCancelled):
        PackManager(lib).install(pack, progress=progress, cancel=cancel)
    assert lib.count() == 0 and PackManager(lib).installed() == []
    assert [p.name for p in (lib.home / "packs").iterdir()] == []


def test_keep_media_on_drive(lib: Library, src: Path, tmp_path: Path) -> None:
    drive = tmp_path / "drive"
    shutil.copytree(src, drive / "course")
    pack = build_from_paths([drive / "course"], drive / "course.realpack", PackSpec("course", "Course"))
    (drive / "course" / "guide.md").write_text("changed on the drive", encoding="utf-8")
    PackManager(lib).install(pack, keep_media_on_drive=True)
    by_format = {r.format: r for r in lib.resources()}
    assert by_format["mp4"].path == str((drive / "course" / "talks" / "circle.mp4").resolve())
    # A file beside the pack that is not the pack's own bytes is copied from the pack.
    assert Path(by_format["md"].path or "").is_relative_to(lib.home / "packs")


def test_items_of_another_pack_are_refused(lib: Library, src: Path, tmp_path: Path) -> None:
    pm = PackManager(lib)
    pm.install(build_from_paths([src], tmp_path / "a.realpack", PackSpec("course", "Course")))
    ids = [r.id for r in lib.resources()]
    other = build_from_library(lib, ids[:1], tmp_path / "b.realpack", PackSpec("other", "Other"))
    with pytest.raises(PackError, match="already belongs to the installed pack 'course'"):
        pm.install(other)


def test_build_from_library_round_trip(lib: Library, pack: Path, tmp_path: Path) -> None:
    PackManager(lib).install(pack)
    ids = [r.id for r in lib.resources()]
    out = build_from_library(lib, ids, tmp_path / "export.realpack", PackSpec("export", "Export"))
    fresh = Library.open(tmp_path / "other", seed=False)
    PackManager(fresh).install(out)
    assert sorted(r.id for r in fresh.resources()) == sorted(ids)  # stable ids travel
    assert fresh.search("zanzibar").hits[0].location.start == 0.0
    assert fresh.search("axolotls").hits[0].location.page == 2
    fresh.close()


def test_half_done_install_is_cleaned_at_open(lib: Library, pack: Path) -> None:
    packs = lib.home / "packs"
    packs.mkdir()
    (packs / ".staging-abc").mkdir()
    (packs / ".staging-abc" / "junk").write_bytes(b"x")
    (packs / JOURNAL).write_text(json.dumps({"token": "abc", "staging": ".staging-abc", "final": "course-abc"}))
    lib.close()
    again = Library.open(lib.home, seed=False)
    assert list(packs.iterdir()) == [] and again.count() == 0
    again.close()
