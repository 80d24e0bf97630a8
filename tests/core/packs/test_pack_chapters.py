"""Per-item chapters travel: catalog → pack → install (stored with the item), export from
the library → another library, upgrade replaces them, removal drops them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pack_fixtures import make_video  # noqa: E402

from real_desktop.core.library import Library
from real_desktop.core.packs.archive import verify
from real_desktop.core.packs.build import PackSpec, build_from_catalog, build_from_library
from real_desktop.core.packs.install import PackManager
from real_desktop.core.packs.store import chapters_of

CHAPTERS = [{"start": 95, "title": "Why equity"}, {"start": 0, "title": "Welcome"}, {"start": "x", "title": "bad"}]


def catalog(root: Path, chapters: list) -> list[dict]:
    make_video(root / "talks" / "tour.mp4", 1)
    return [
        {"id": "t.tour", "kind": "video", "title": "Tour", "file": "talks/tour.mp4", "chapters": chapters},
        {"id": "t.away", "kind": "video", "title": "Not shipped", "file": None,
         "chapters": [{"start": 10, "title": "Only chapter"}]},
    ]  # fmt: skip


def test_chapters_go_from_the_catalog_through_install_and_back_out(tmp_path: Path) -> None:
    root = tmp_path / "src"
    pack = build_from_catalog(catalog(root, CHAPTERS), root, tmp_path / "t1.realpack", PackSpec("t", "Talks"))
    items = {it.id: it for it in verify(pack).manifest.items}
    assert [(c.start, c.title) for c in items["t.tour"].chapters] == [(0.0, "Welcome"), (95.0, "Why equity")]

    lib = Library.open(tmp_path / "home", seed=False)
    manager = PackManager(lib)
    manager.install(pack)
    assert chapters_of(lib, "t.tour") == [(0.0, "Welcome"), (95.0, "Why equity")]
    assert chapters_of(lib, "t.away") == [(10.0, "Only chapter")]

    # Exported from this library into a pack, installed in another: the chapters follow.
    out = build_from_library(lib, ["t.tour"], tmp_path / "export.realpack", PackSpec("mine", "Mine"))
    assert [c.title for c in verify(out).manifest.items[0].chapters] == ["Welcome", "Why equity"]

    # An upgrade replaces them (and drops those of an item that lost its chapters).
    pack2 = build_from_catalog(
        [dict(e, chapters=[{"start": 5, "title": "New start"}] if e["id"] == "t.tour" else []) for e in catalog(root, [])],
        root, tmp_path / "t2.realpack", PackSpec("t", "Talks", version="2"),
    )  # fmt: skip
    manager.install(pack2)
    assert chapters_of(lib, "t.tour") == [(5.0, "New start")]
    assert chapters_of(lib, "t.away") == []

    manager.remove("t")
    assert chapters_of(lib, "t.tour") == [] and lib.meta.get_json("item_chapters", {}) == {}
    lib.close()
