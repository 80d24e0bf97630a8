"""Seeding the starter library from a catalog (written into tmp_path here)."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from core_fixtures import make_video, vtt

from real_desktop.core.library import Library
from real_desktop.core.models import Outcome, Status
from real_desktop.core.seed import NOT_HERE, CatalogError, seed_starter


@pytest.fixture
def root(tmp_path: Path) -> Path:
    r = tmp_path / "root"
    (r / "guides").mkdir(parents=True)
    (r / "guides" / "lens.md").write_text(
        "# Applying a Racial Equity Lens\n\n## Budgets\n\nAsk who benefits.\n", encoding="utf-8"
    )
    make_video(r / "demo" / "tour.mp4", 1)
    (r / "demo" / "tour.en.vtt").write_text(vtt([(0, 1, "Welcome to the tour")]), encoding="utf-8")
    (r / "demo" / "tour.es.vtt").write_text(
        vtt([(0, 1, "Bienvenidos al recorrido")]), encoding="utf-8"
    )
    return r


def catalog(root: Path, *, extra: list[dict] | None = None, sha: str | None = None) -> Path:
    entries = [
        {
            "id": "real-guide-lens",
            "kind": "document",
            "title": "Leadership for Racial Equity",
            "description": "How to apply a racial equity lens",
            "collection": "Leadership for Racial Equity",
            "tags": ["racial equity lens", "budgets"],
            "people": [],
            "language": "en",
            "date": None,
            "file": "guides/lens.md",
            "captions": [],
        },
        {
            "id": "real-video-undoing-racism",
            "kind": "video",
            "title": "Undoing Racism in America's Cities",
            "description": "A discussion with city leaders about racial healing",
            "collection": "Leadership for Racial Equity",
            "tags": ["racial healing"],
            "people": ["Leon T. Andrews, Jr."],
            "language": "en",
            "date": None,
            "file": None,
            "captions": [],
            **({"sha256": sha} if sha else {}),
        },
        {
            "id": "real-demo-tour",
            "kind": "video",
            "title": "REAL Desktop tour",
            "description": "",
            "collection": None,
            "tags": [],
            "people": [],
            "language": "en",
            "date": None,
            "file": "demo/tour.mp4",
            "captions": ["demo/tour.en.vtt", "demo/tour.es.vtt"],
        },
        *(extra or []),
    ]
    path = root / "catalog.json"
    path.write_text(json.dumps({"version": 1, "resources": entries}), encoding="utf-8")
    return path


def test_seed_creates_entries_with_fixed_ids(lib: Library, root: Path) -> None:
    seed_starter(lib, catalog(root), root=root)
    guide = lib.get("real-guide-lens")
    assert guide is not None and guide.status is Status.OK
    assert guide.title == "Leadership for Racial Equity"  # catalog title wins over the H1
    assert guide.tags == ("racial equity lens", "budgets")
    assert lib.segments("real-guide-lens")[1].location.anchor == "budgets"
    video = lib.get("real-video-undoing-racism")
    assert video is not None and video.status is Status.MISSING and video.status_reason == NOT_HERE
    assert video.path is None and video.duration is None
    # Metadata of media that is not shipped is searchable.
    assert lib.search("healing").hits[0].resource_id == "real-video-undoing-racism"
    assert lib.search("andrews").hits[0].resource_id == "real-video-undoing-racism"
    assert lib.search("cities").hits[0].resource_id == "real-video-undoing-racism"
    tour = lib.get("real-demo-tour")
    assert tour is not None and [c.language for c in tour.captions] == ["en", "es"]
    assert lib.search("recorrido", language="es").hits[0].resource_id == "real-demo-tour"


def test_seed_is_idempotent(lib: Library, root: Path) -> None:
    path = catalog(root)
    seed_starter(lib, path, root=root)
    before = {r.id: r.added_at for r in lib.resources()}
    lib.set_progress("real-demo-tour", 12.0)
    again = seed_starter(lib, path, root=root)
    assert {r.id: r.added_at for r in lib.resources()} == before
    assert {r.outcome for r in again.results} <= {Outcome.SKIPPED, Outcome.UPDATED}
    assert len(lib.search("healing").hits) == 1  # not indexed twice
    assert lib.progress("real-demo-tour") == (12.0, False)


def test_catalog_id_survives_importing_the_real_media(
    lib: Library, root: Path, tmp_path: Path
) -> None:
    real = make_video(tmp_path / "downloads" / "undoing-racism.mp4", 2)
    sha = hashlib.sha256(real.read_bytes()).hexdigest()
    seed_starter(lib, catalog(root, sha=sha), root=root)
    summary = lib.import_all([real])
    assert summary.results[0].resource_id == "real-video-undoing-racism"
    assert summary.results[0].outcome is Outcome.UPDATED
    res = lib.get("real-video-undoing-racism")
    assert res is not None and res.status is Status.OK and res.path == str(real)
    assert res.title == "Undoing Racism in America's Cities"  # catalog metadata kept
    # Re-seeding does not flip it back to "not on this computer".
    seed_starter(lib, catalog(root, sha=sha), root=root)
    assert lib.get("real-video-undoing-racism").status is Status.OK  # type: ignore[union-attr]


def test_relink_catalog_entry_without_checksum(lib: Library, root: Path, tmp_path: Path) -> None:
    seed_starter(lib, catalog(root), root=root)
    real = make_video(tmp_path / "mine.mp4", 1)
    (tmp_path / "mine.en.srt").write_text(
        "1\n00:00:00,000 --> 00:00:01,000\nhealing words\n", encoding="utf-8"
    )
    res = lib.relink("real-video-undoing-racism", real)
    assert res.id == "real-video-undoing-racism" and res.status is Status.OK
    assert res.title == "Undoing Racism in America's Cities"
    assert any(h.location.start == 0.0 for h in lib.search("words").hits)


def test_open_seeds_only_a_new_library(tmp_path: Path, root: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assets = tmp_path / "proj"
    (assets / "assets" / "starter").mkdir(parents=True)
    shutil.copytree(root / "guides", assets / "guides")
    shutil.copytree(root / "demo", assets / "demo")
    catalog(assets)
    shutil.move(assets / "catalog.json", assets / "assets" / "starter" / "catalog.json")
    monkeypatch.setenv("REAL_DESKTOP_ASSETS", str(assets))
    home = tmp_path / "h"
    lib = Library.open(home)
    assert lib.get("real-guide-lens") is not None
    lib.remove("real-guide-lens")
    lib.close()
    lib = Library.open(home)  # not first run: the user's removal stands
    assert lib.get("real-guide-lens") is None
    lib.close()
    # An app update ships a changed catalog: new entries arrive, the removal still stands.
    cat = assets / "assets" / "starter" / "catalog.json"
    data = json.loads(cat.read_text(encoding="utf-8"))
    data["resources"].append(
        {"id": "real-new-entry", "kind": "video", "title": "A New Talk", "file": None}
    )
    cat.write_text(json.dumps(data), encoding="utf-8")
    lib = Library.open(home)
    assert lib.get("real-new-entry") is not None and lib.get("real-guide-lens") is None
    lib.set_progress("real-demo-tour", 5.0)
    lib.close()
    # The installation moves (a new folder, a re-extracted bundle): its files re-link.
    moved = tmp_path / "moved-install"
    shutil.move(assets, moved)
    monkeypatch.setenv("REAL_DESKTOP_ASSETS", str(moved))
    lib = Library.open(home)
    tour = lib.get("real-demo-tour")
    assert tour is not None and tour.status is Status.OK
    assert tour.path == str(moved / "demo" / "tour.mp4")
    assert lib.progress("real-demo-tour") == (5.0, False)
    lib.close()


def test_bad_catalog_is_a_clear_error(lib: Library, tmp_path: Path) -> None:
    bad = tmp_path / "catalog.json"
    bad.write_text(
        '{"version": 1, "resources": [{"id": "x", "kind": "book", "title": "T"}]}', encoding="utf-8"
    )
    with pytest.raises(CatalogError, match="kind"):
        seed_starter(lib, bad, root=tmp_path)
    assert seed_starter(lib, tmp_path / "absent.json", root=tmp_path).results == []


def test_seeding_never_replaces_a_users_own_entry(lib: Library, root: Path) -> None:
    mine = lib.import_all([root / "demo" / "tour.mp4"]).results[0].resource_id
    lib.set_progress(mine, 30.0)
    summary = seed_starter(lib, catalog(root), root=root)
    skipped = [r for r in summary.results if r.resource_id == "real-demo-tour"]
    assert skipped and skipped[0].outcome is Outcome.SKIPPED and mine in skipped[0].reason
    assert lib.get(mine) is not None and lib.progress(mine) == (30.0, False)
