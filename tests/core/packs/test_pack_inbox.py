"""The inbox installs complete packs, leaves partial files alone, does not retry a bad
pack until it changes; the drive listing says new / update / installed and the space."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pack_fixtures import make_sources

from real_desktop.core.library import Library
from real_desktop.core.packs.build import PackSpec, build_from_paths
from real_desktop.core.packs.drives import find_packs
from real_desktop.core.packs.inbox import PackInbox, is_partial
from real_desktop.core.packs.install import PackManager
from real_desktop.core.packs.signing import keygen


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("inbox-src")
    src = make_sources(d, video=False)
    v2src = d / "v2" / "course"
    shutil.copytree(src, v2src)
    (v2src / "guide.md").write_text("# Guide\n\nVersion two: wombats.\n", encoding="utf-8")
    keygen(d / "key")
    return {
        "v1": build_from_paths([src], d / "course-1.realpack", PackSpec("course", "Course", version="1")),
        "v2": build_from_paths([v2src], d / "course-2.realpack", PackSpec("course", "Course", version="2")),
        "signed": build_from_paths([src], d / "s.realpack", PackSpec("signed", "Signed"), keyfile=d / "key"),
    }


def test_partial_names() -> None:
    for name in (".syncthing.course.realpack.tmp", "course.realpack.part", "course.realpack~",
                 ".course.realpack.Xy12", "~$course.realpack", "a.tmp"):  # fmt: skip
        assert is_partial(name), name
    assert not is_partial("course.realpack")


def test_installs_complete_packs_once_they_stop_changing(lib: Library, packs: dict[str, Path], tmp_path: Path) -> None:
    inbox_dir = tmp_path / "inbox"
    inbox_dir.mkdir()
    inbox = PackInbox(PackManager(lib), inbox_dir)
    # Syncthing writes under a temporary name, then renames.
    tmp = inbox_dir / ".syncthing.course-1.realpack.tmp"
    data = packs["v1"].read_bytes()
    tmp.write_bytes(data[: len(data) // 2])
    (inbox_dir / "other.realpack.part").write_bytes(data)
    assert inbox.poll() == [] and inbox.poll() == []
    tmp.write_bytes(data)
    os.replace(tmp, inbox_dir / "course-1.realpack")
    assert inbox.poll() == []  # first sighting: wait for one more look
    events = inbox.poll()
    assert [(e.path.name, e.outcome) for e in events] == [("course-1.realpack", "installed")]
    assert lib.count() == 2 and inbox.poll() == []
    # A growing file (written in place) waits until it stops growing.
    growing = inbox_dir / "course-2.realpack"
    v2 = packs["v2"].read_bytes()
    growing.write_bytes(v2[:1000])
    assert inbox.poll() == []
    growing.write_bytes(v2[:5000])
    assert inbox.poll() == []
    growing.write_bytes(v2)
    assert inbox.poll() == []
    assert [e.outcome for e in inbox.poll()] == ["upgraded"]
    assert lib.search("wombats").hits


def test_bad_pack_is_not_retried_until_it_changes(lib: Library, packs: dict[str, Path], tmp_path: Path) -> None:
    inbox_dir = tmp_path / "inbox"
    inbox_dir.mkdir()
    bad = inbox_dir / "bad.realpack"
    bad.write_bytes(b"PK\x03\x04 garbage")
    inbox = PackInbox(PackManager(lib), inbox_dir)
    assert inbox.poll() == []
    failed = inbox.poll()
    assert [e.outcome for e in failed] == ["failed"] and "not a content pack" in failed[0].message
    assert inbox.poll() == [] and str(bad) in inbox.failures()
    again = PackInbox(PackManager(lib), inbox_dir)  # the app restarted: still remembered
    again.poll()
    assert again.poll() == []
    shutil.copy(packs["v1"], bad)  # fixed by the sender
    again.poll()
    assert [e.outcome for e in again.poll()] == ["installed"] and again.failures() == {}


def test_require_signed_inbox(lib: Library, packs: dict[str, Path], tmp_path: Path) -> None:
    inbox_dir = tmp_path / "inbox"
    inbox_dir.mkdir()
    shutil.copy(packs["v1"], inbox_dir)
    inbox = PackInbox(PackManager(lib), inbox_dir, require_signed=True)
    inbox.poll()
    events = inbox.poll()
    assert events[0].outcome == "failed" and "not signed" in events[0].message and lib.count() == 0


def test_find_packs_on_a_drive(lib: Library, packs: dict[str, Path], tmp_path: Path) -> None:
    drive = tmp_path / "USBSTICK"
    (drive / "packs").mkdir(parents=True)
    shutil.copy(packs["v1"], drive / "course-1.realpack")
    shutil.copy(packs["v2"], drive / "packs" / "course-2.realpack")
    shutil.copy(packs["signed"], drive / "packs" / "signed.realpack")
    (drive / "broken.realpack").write_bytes(b"nope")
    pm = PackManager(lib)
    offers = {o.path.name: o for o in find_packs(pm, [drive])}
    assert {n: o.status for n, o in offers.items()} == {
        "broken.realpack": "invalid", "course-1.realpack": "new",
        "course-2.realpack": "new", "signed.realpack": "new",
    }  # fmt: skip
    assert offers["broken.realpack"].error and offers["signed.realpack"].signer
    assert offers["course-1.realpack"].space_needed > 0 and offers["course-1.realpack"].fits
    pm.install(drive / "course-1.realpack")
    offers = {o.path.name: o for o in find_packs(pm, [drive])}
    assert offers["course-1.realpack"].status == "installed"
    assert offers["course-2.realpack"].status == "update"
    assert offers["course-2.realpack"].installed_version == "1"
