"""The starter library is a content pack, installed through the pack code path."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from real_desktop.core import paths
from real_desktop.core.library import Library
from real_desktop.core.packs.archive import verify
from real_desktop.core.packs.install import PackManager
from real_desktop.core.seed import STARTER_PACK_ID, default_catalog

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "build_starter_pack.py"


def test_first_open_installs_the_starter_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REAL_DESKTOP_ASSETS", raising=False)
    lib = Library.open(tmp_path / "home")
    rec = PackManager(lib).get(STARTER_PACK_ID)
    ids = [e["id"] for e in json.loads(default_catalog().read_text(encoding="utf-8"))["resources"]]
    assert rec is not None and sorted(rec.items) == sorted(ids)
    assert rec.folder is None  # nothing copied: the files stay in the installation
    tour = next(r for r in lib.resources() if r.format == "mp4")
    assert Path(tour.path or "").is_relative_to(paths.project_root())
    assert not (tmp_path / "home" / "packs").exists() or not list((tmp_path / "home" / "packs").iterdir())
    lib.close()


def test_starter_pack_script_is_deterministic_and_valid(tmp_path: Path) -> None:
    for name in ("a", "b"):
        subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / f"{name}.realpack")], check=True,
                       capture_output=True)  # fmt: skip
    a, b = (tmp_path / "a.realpack").read_bytes(), (tmp_path / "b.realpack").read_bytes()
    assert a == b
    vp = verify(tmp_path / "a.realpack")
    assert vp.manifest.id == STARTER_PACK_ID
    missing = [it for it in vp.manifest.items if it.file is None]
    assert missing and all(it.kind == "video" for it in missing)  # recorded talks not shipped
