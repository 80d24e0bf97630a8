"""Defect 2: relinking a video keeps captions that stayed where they were, and picks up
captions beside the new location."""

from __future__ import annotations

from pathlib import Path

from core_fixtures import make_video, vtt

from real_desktop.core.library import Library


def test_relink_keeps_captions_left_behind_and_finds_new_ones(lib: Library, tmp_path: Path) -> None:
    old = make_video(tmp_path / "old" / "talk.mp4", 1)
    (tmp_path / "old" / "talk.en.vtt").write_text(vtt([(0, 1, "Welcome friends")]), encoding="utf-8")
    rid = lib.import_all([old]).results[0].resource_id
    assert rid is not None
    assert [c.language for c in lib.get(rid).captions] == ["en"]  # type: ignore[union-attr]
    new = tmp_path / "new" / "renamed.mp4"
    new.parent.mkdir()
    old.rename(new)  # the .vtt stays in old/
    (tmp_path / "new" / "renamed.es.vtt").write_text(vtt([(0, 1, "Hola amigos")]), encoding="utf-8")
    r = lib.relink(rid, new)
    assert r.path == str(new)
    assert sorted(c.language or "" for c in r.captions) == ["en", "es"]
    assert [s.text for s in lib.segments(rid, track="en")] == ["Welcome friends"]
    assert [s.text for s in lib.segments(rid, track="es")] == ["Hola amigos"]
    assert lib.search("welcome friends").hits[0].resource_id == rid


def test_importing_the_relinked_folder_again_keeps_them(lib: Library, tmp_path: Path) -> None:
    old = make_video(tmp_path / "old" / "talk.mp4", 1)
    (tmp_path / "old" / "talk.en.vtt").write_text(vtt([(0, 1, "Welcome friends")]), encoding="utf-8")
    rid = lib.import_all([old]).results[0].resource_id
    assert rid is not None
    new = tmp_path / "new" / "talk.mp4"
    new.parent.mkdir()
    old.rename(new)
    lib.relink(rid, new)
    (result,) = lib.import_all([tmp_path / "new"]).results
    assert result.unchanged  # not re-extracted, captions and all
    assert [c.language for c in lib.get(rid).captions] == ["en"]  # type: ignore[union-attr]
