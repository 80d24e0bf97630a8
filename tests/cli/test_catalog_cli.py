"""edit, remove (many), duplicates, merge, watch, and the import summary's skipped split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from real_desktop.cli import main
from real_desktop.core.library import Library


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REAL_DESKTOP_ASSETS", str(tmp_path / "no-assets"))
    monkeypatch.setenv("REAL_DESKTOP_HOME", str(tmp_path / "default-home"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _library(tmp_path: Path, n: int = 3) -> tuple[str, list[str]]:
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    for i in range(n):
        (folder / f"item{i}.md").write_text(f"# Item {i}\n\nPangolin {i}.\n", encoding="utf-8")
    home = tmp_path / "home"
    lib = Library.open(home, seed=False)
    ids = sorted(r.resource_id for r in lib.import_all([folder]).results if r.resource_id)
    lib.close()
    return str(home), ids


def test_edit_every_option_by_prefix(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home, ids = _library(tmp_path, 1)
    code, out, _ = run(
        capsys, "--home", home, "edit", ids[0][:8], "--title", "Pangolin Atlas",
        "--description", "Scales", "--add-tag", "a", "--add-tag", "b", "--collection", "Zoo",
        "--language", "en", "--date", "2023-05-01", "--people", "Ada; Grace",
    )  # fmt: skip
    assert code == 0 and "Edited “Pangolin Atlas”" in out
    code, out, _ = run(capsys, "--home", home, "edit", ids[0], "--remove-tag", "a")
    assert code == 0
    code, out, _ = run(capsys, "--home", home, "info", "--json", ids[0])
    d = json.loads(out)
    assert (d["title"], d["tags"], d["people"], d["date"]) == (
        "Pangolin Atlas", ["b"], ["Ada", "Grace"], "2023-05-01",
    )  # fmt: skip
    assert (d["collection"], d["language"], d["description"]) == ("Zoo", "en", "Scales")
    code, out, _ = run(capsys, "--home", home, "search", "--json", "atlas")
    assert json.loads(out)["hits"][0]["resource_id"] == ids[0]


def test_edit_errors(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home, ids = _library(tmp_path, 1)
    code, _, err = run(capsys, "--home", home, "edit", ids[0], "--date", "2023-02-30")
    assert code == 2 and "YYYY-MM-DD" in err
    code, _, err = run(capsys, "--home", home, "edit", ids[0])
    assert code == 2 and "nothing to change" in err
    code, _, err = run(capsys, "--home", home, "edit", ids[0], "--title", " ")
    assert code == 2 and "empty" in err
    code, _, err = run(capsys, "--home", home, "edit", "zzz-no-such", "--title", "X")
    assert code == 1 and "no resource with id 'zzz-no-such'" in err


def test_remove_many_ids_in_one_command(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home, ids = _library(tmp_path, 3)
    code, out, _ = run(capsys, "--home", home, "remove", ids[0], ids[1][:10])
    assert code == 0 and "Removed 2 items" in out
    code, out, _ = run(capsys, "--home", home, "list", "--json")
    assert [r["id"] for r in json.loads(out)] == [ids[2]]
    code, _, err = run(capsys, "--home", home, "remove", ids[2], "no-such-id")
    assert code == 2 and "no-such-id" in err
    code, out, _ = run(capsys, "--home", home, "list", "--json")
    assert len(json.loads(out)) == 1  # nothing removed when one id is wrong


def test_duplicates_and_merge(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "dups"
    folder.mkdir()
    (folder / "report.txt").write_text("Identical words.", encoding="utf-8")
    (folder / "report copy.txt").write_text("identical   words.", encoding="utf-8")
    home = str(tmp_path / "home")
    assert run(capsys, "--home", home, "import", str(folder))[0] == 0
    code, out, _ = run(capsys, "--home", home, "duplicates", "--json")
    (group,) = json.loads(out)
    assert group["reason"] == "text" and len(group["resources"]) == 2
    keep, other = (r["id"] for r in group["resources"])
    code, out, _ = run(capsys, "--home", home, "duplicates")
    assert "Same text under different file names:" in out and keep in out
    code, out, _ = run(capsys, "--home", home, "merge", keep, other)
    assert code == 0 and "Merged 1 item into" in out
    code, out, _ = run(capsys, "--home", home, "duplicates")
    assert out.strip() == "No duplicates."
    code, _, err = run(capsys, "--home", home, "merge", keep, "nope")
    assert code == 1 and "nope" in err


def test_watch_add_list_sync_remove(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "w"
    folder.mkdir()
    (folder / "a.md").write_text("# A\n\nArmadillo.\n", encoding="utf-8")
    home = str(tmp_path / "home")
    code, out, _ = run(capsys, "--home", home, "watch", "add", str(folder))
    assert code == 0 and f"Watching {folder}." in out and "1 added" in out
    code, out, _ = run(capsys, "--home", home, "watch", "list", "--json")
    assert json.loads(out) == [str(folder)]
    (folder / "b.md").write_text("# B\n\nBison.\n", encoding="utf-8")
    code, out, _ = run(capsys, "--home", home, "watch", "sync")
    assert code == 0 and "Sync finished: 1 added, 1 skipped (1 unchanged)" in out
    code, _, err = run(capsys, "--home", home, "watch", "sync", str(tmp_path))
    assert code == 2 and "not a watched folder" in err
    code, out, _ = run(capsys, "--home", home, "watch", "remove", str(folder))
    assert code == 0
    code, out, _ = run(capsys, "--home", home, "watch", "list")
    assert "No watched folders" in out
    code, _, err = run(capsys, "--home", home, "watch", "add", str(folder / "a.md"))
    assert code == 2 and "is not a folder" in err


def test_reimport_summary_tells_unchanged_from_unsupported(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "mix"
    folder.mkdir()
    (folder / "a.md").write_text("# A\n\nAxolotl.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Bee.", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    home = str(tmp_path / "home")
    run(capsys, "--home", home, "import", str(folder))
    code, out, _ = run(capsys, "--home", home, "import", "-q", str(folder))
    assert "Import finished: 0 added, 3 skipped (2 unchanged, 1 not supported)" in out
    code, out, _ = run(capsys, "--home", home, "import", "--json", str(folder))
    counts = json.loads(out)["counts"]
    assert (counts["skipped"], counts["unchanged"], counts["unsupported"]) == (3, 2, 1)


def test_search_says_where_a_note_is(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from real_desktop.core.models import Location, LocationKind
    from real_desktop.core.notes import NoteStore

    home, ids = _library(tmp_path, 1)
    lib = Library.open(Path(home), seed=False)
    NoteStore(lib).create(ids[0], Location(LocationKind.TIME, start=724.0), body="okapi sighting")
    lib.close()
    code, out, _ = run(capsys, "--home", home, "search", "okapi")
    assert code == 0 and "your note at 12:04" in out
