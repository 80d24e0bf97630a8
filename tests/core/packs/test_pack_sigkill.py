"""SIGKILL a pack upgrade at random moments and at every stage (60+ kills). After each,
opening the library must find it intact (integrity_check ok) and in exactly the state
before (version 1) or after (version 2): records, resources, search and files agree,
nothing half-installed is left in the packs folder."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pack_fixtures import make_sources

from real_desktop.core.library import Library
from real_desktop.core.packs.build import PackSpec, build_from_paths
from real_desktop.core.packs.install import PackManager

CHILD = Path(__file__).with_name("pack_installer.py")
TIMED_KILLS = 48


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    d = tmp_path_factory.mktemp("kill")
    src = make_sources(d, video=False)
    v1 = build_from_paths([src], d / "v1.realpack", PackSpec("course", "Course", version="1"))
    more = d / "v2" / "course"
    shutil.copytree(src, more)
    (more / "guide.md").write_text("# Field guide\n\nVersion two mentions wombats.\n", encoding="utf-8")
    for i in range(40):  # enough files that an install takes a while to kill inside
        (more / f"extra-{i:02d}.txt").write_text(f"extra text {i} " * 2000, encoding="utf-8")
    v2 = build_from_paths([more], d / "v2.realpack", PackSpec("course", "Course", version="2"))
    template = d / "template"
    lib = Library.open(template, seed=False)
    PackManager(lib).install(v1)
    lib.close()
    return {"dir": d, "v2": v2, "template": template}


def _child(home: Path, pack: Path, mode: str, arg: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(home), str(pack), mode, arg],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip


def _state(home: Path) -> str:
    """Open (which recovers), check, and say "before" or "after"; fail on anything else."""
    lib = Library.open(home, seed=False)
    try:
        conn = lib.db.connection()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
        rec = PackManager(lib).get("course")
        assert rec is not None
        ids = sorted(r.id for r in lib.resources())
        assert ids == sorted(rec.items)
        wombats = bool(lib.search("wombats").hits)
        quokkas = bool(lib.search("quokkas").hits)
        for r in lib.resources():
            assert r.path and Path(r.path).is_file(), r.path
        folders = sorted(p.name for p in (home / "packs").iterdir())
        assert folders == [rec.folder]
        if rec.version == "2":
            assert len(ids) == 42 and wombats and not quokkas
            return "after"
        assert rec.version == "1" and len(ids) == 2 and quokkas and not wombats
        return "before"
    finally:
        lib.close()


def _fresh(setup: dict[str, object], name: str) -> Path:
    home = Path(str(setup["dir"])) / "runs" / name
    shutil.copytree(Path(str(setup["template"])), home)
    return home


def test_full_run_reaches_after(setup: dict[str, object]) -> None:
    home = _fresh(setup, "full")
    out, err = _child(home, Path(str(setup["v2"])), "time", "0").communicate(timeout=60)
    assert b"DONE" in out, err.decode()
    assert _state(home) == "after"


def _timed_kill(setup: dict[str, object], i: int, span: float) -> str:
    home = _fresh(setup, f"t{i}")
    proc = _child(home, Path(str(setup["v2"])), "time", "0")
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"READY"
    time.sleep(random.Random(i).uniform(0, span))
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    return _state(home)


def test_sigkill_at_random_moments(setup: dict[str, object]) -> None:
    home = _fresh(setup, "measure")
    out, _ = _child(home, Path(str(setup["v2"])), "time", "0").communicate(timeout=60)
    took, events = float(out.split()[-2]), int(out.split()[-1])
    span = took * 1.2
    with ThreadPoolExecutor(max_workers=2) as pool:
        states = list(pool.map(lambda i: _timed_kill(setup, i, span), range(TIMED_KILLS)))
    assert set(states) <= {"before", "after"}
    assert "before" in states  # the kills did land inside installs
    # And at fixed points: every few progress events, and on both sides of the rename.
    points = [("event", str(n)) for n in range(1, events, max(1, events // 10))]
    points += [("rename", "before"), ("rename", "after")]
    seen = {}
    for mode, arg in points:
        run = _fresh(setup, f"{mode}-{arg}")
        proc = _child(run, Path(str(setup["v2"])), mode, arg)
        proc.communicate(timeout=60)
        assert proc.returncode == -signal.SIGKILL, (mode, arg)
        seen[(mode, arg)] = _state(run)
    assert seen[("rename", "before")] == "after"  # committed: recovery finishes the rename
    assert seen[("rename", "after")] == "after"
    assert seen[("event", "1")] == "before"
    assert len(states) + len(points) >= 50


def test_database_is_not_left_locked(setup: dict[str, object]) -> None:
    home = _fresh(setup, "locked")
    proc = _child(home, Path(str(setup["v2"])), "rename", "before")
    proc.communicate(timeout=60)
    conn = sqlite3.connect(home / "library.db", timeout=1)
    conn.execute("BEGIN IMMEDIATE")
    conn.rollback()
    conn.close()
