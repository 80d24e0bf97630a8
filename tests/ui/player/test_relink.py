"""find_siblings: which files in a folder are the other missing recordings."""

from __future__ import annotations

import hashlib
from pathlib import Path

from real_desktop.core.models import Kind, Resource
from real_desktop.ui.player.relink import find_siblings, sha256_file


def _res(rid: str, path: str | None, data: bytes | None = None) -> Resource:
    sha = hashlib.sha256(data).hexdigest() if data is not None else None
    size = len(data) if data is not None else None
    return Resource(id=rid, kind=Kind.VIDEO, title=rid, path=path, sha256=sha, size=size)


def test_sha256_file_matches_hashlib(tmp_path: Path) -> None:
    f = tmp_path / "a.mp4"
    f.write_bytes(b"x" * (3 << 20))  # several read blocks
    assert sha256_file(f) == hashlib.sha256(b"x" * (3 << 20)).hexdigest()


def test_finds_by_name_then_by_checksum_and_skips_the_located_one(tmp_path: Path) -> None:
    (tmp_path / "one.mp4").write_bytes(b"one")
    (tmp_path / "renamed.mp4").write_bytes(b"two-bytes")
    (tmp_path / "notes.txt").write_bytes(b"two-bytes")  # not media: never a candidate
    (tmp_path / "self.mp4").write_bytes(b"self")
    missing = [
        _res("self", "/gone/self.mp4"),
        _res("one", "/gone/one.mp4"),
        _res("two", "/gone/two.mp4", b"two-bytes"),
        _res("three", "/gone/three.mp4", b"no such file"),
    ]
    found = find_siblings(tmp_path, missing, exclude="self")
    assert found == [("one", str(tmp_path / "one.mp4")), ("two", str(tmp_path / "renamed.mp4"))]


def test_a_file_is_given_to_one_resource_only(tmp_path: Path) -> None:
    (tmp_path / "same.mp4").write_bytes(b"same")
    missing = [_res("a", "/x/same.mp4", b"same"), _res("b", "/y/same.mp4", b"same")]
    assert find_siblings(tmp_path, missing, exclude="") == [("a", str(tmp_path / "same.mp4"))]


def test_an_unreadable_folder_finds_nothing(tmp_path: Path) -> None:
    assert find_siblings(tmp_path / "absent", [_res("a", "/x/a.mp4")], exclude="") == []
