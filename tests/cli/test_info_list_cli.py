"""`real-desktop info` and `list` output: warnings on OK resources, kinds without a
format, text files without pages, and search hits on heading-less pages."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from real_desktop.cli import main


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REAL_DESKTOP_ASSETS", str(tmp_path / "no-assets"))
    monkeypatch.setenv("REAL_DESKTOP_HOME", str(tmp_path / "default-home"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def _import(capsys: pytest.CaptureFixture[str], home: str, *paths: Path) -> list[dict]:
    run(capsys, "--home", home, "import", *map(str, paths))
    return json.loads(run(capsys, "--home", home, "list", "--json")[1])


def test_info_and_list_show_a_warning_on_an_ok_video(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    d = tmp_path / "talks"
    d.mkdir()
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi"]
        + ["-i", "testsrc=duration=1:size=64x48:rate=5", "-pix_fmt", "yuv420p", str(d / "t.mp4")],
        check=True,
    )
    (d / "t.vtt").write_text("garbage, not captions", encoding="utf-8")
    home = str(tmp_path / "home")
    (item,) = _import(capsys, home, d)
    assert item["status"] == "ok" and "captions not used: t.vtt" in item["status_reason"]
    code, out = run(capsys, "--home", home, "info", item["id"])
    lines = out.splitlines()
    assert code == 0
    assert "status:      ok" in lines  # the reason is not presented as the status
    warning = [line for line in lines if line.startswith("warning:")]
    assert len(warning) == 1 and "captions not used: t.vtt" in warning[0]
    assert "kind:        video (mp4)" in lines
    listed = run(capsys, "--home", home, "list")[1]
    assert "[warning: captions not used: t.vtt" in listed


def test_catalog_entry_kind_has_no_question_mark(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from real_desktop.core.library import Library
    from real_desktop.core.seed import seed_starter

    cat = tmp_path / "catalog.json"
    entry = {"id": "real-video-x", "kind": "video", "title": "A Talk", "file": None}
    cat.write_text(json.dumps({"version": 1, "resources": [entry]}), encoding="utf-8")
    home = tmp_path / "home"
    with Library.open(home, seed=False) as lib:
        seed_starter(lib, cat, root=tmp_path)
    out = run(capsys, "--home", str(home), "info", "real-video-x")[1].splitlines()
    assert "kind:        video" in out
    assert not [line for line in out if line.startswith("warning:")]  # missing is no warning
    assert any(line.startswith("status:      missing: Not on this computer") for line in out)


def test_text_files_have_no_pages_and_headingless_html_is_labelled_by_document(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    d = tmp_path / "docs"
    d.mkdir()
    (d / "memo.txt").write_text("A memo about zoning variances.", encoding="utf-8")
    (d / "flat.html").write_text(
        "<html><body><p>Crosswalk safety audit.</p></body></html>", encoding="utf-8"
    )
    home = str(tmp_path / "home")
    items = {i["path"] and Path(i["path"]).name: i for i in _import(capsys, home, d)}
    info = run(capsys, "--home", home, "info", items["memo.txt"]["id"])[1].splitlines()
    assert "length:      text" in info
    listed = run(capsys, "--home", home, "list")[1]
    assert "1 p." not in listed
    out = run(capsys, "--home", home, "search", "crosswalk")[1]
    assert "— document text (document," in out and "— section (" not in out
