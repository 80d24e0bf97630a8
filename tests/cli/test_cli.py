"""The command line, end to end through main(): import, search, list, info, remove, gui."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

from real_desktop import cli
from real_desktop.cli import main


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No starter catalog (tested in tests/core/test_seed.py); main() sets
    REAL_DESKTOP_HOME for --home, so monkeypatch restores it afterwards."""
    monkeypatch.setenv("REAL_DESKTOP_ASSETS", str(tmp_path / "no-assets"))
    monkeypatch.setenv("REAL_DESKTOP_HOME", str(tmp_path / "default-home"))


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    d = tmp_path / "docs"
    d.mkdir()
    (d / "guide.md").write_text(
        "# Equity Guide\n\n## Budgets\n\nApply the racial equity lens to budgets.\n",
        encoding="utf-8",
    )
    # Just an MP4 header box: enough for the import's container check, nothing to play.
    (d / "talk.mp4").write_bytes(b"\x00\x00\x00\x14ftypisom\x00\x00\x02\x00isom" + b"\0" * 16)
    (d / "talk.en.vtt").write_text(
        "WEBVTT\n\n00:14:32.000 --> 00:14:35.000\nequity in transit\n", encoding="utf-8"
    )
    (d / "broken.pdf").write_bytes(b"")
    (d / "photo.jpg").write_bytes(b"\xff\xd8")
    return d


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_summary_and_exit_code(capsys, docs: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = str(tmp_path / "home")
    code, out, err = run(capsys, "--home", home, "import", str(docs))
    assert code == 1  # broken.pdf failed
    assert "2 added" in out and "1 failed" in out and "1 skipped" in out
    assert "broken.pdf: the file is empty" in out
    assert "unsupported file type (.jpg)" in out
    assert "added    " in err  # plain progress lines when not on a TTY
    code, out, _ = run(capsys, "--home", home, "import", "--json", str(docs / "guide.md"))
    data = json.loads(out)
    assert code == 0 and data["counts"]["skipped"] == 1
    assert data["results"][0]["reason"] == "unchanged"


def test_search_places_and_json(capsys, docs: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = str(tmp_path / "home")
    run(capsys, "--home", home, "import", str(docs))
    code, out, _ = run(capsys, "search", "equity", "--home", home)
    assert code == 0
    assert "Equity Guide — title/description" in out
    assert "Equity Guide — section “Budgets”" in out
    assert "talk — at 14:32" in out
    assert "\033[1m" not in out and "\ue000" not in out  # no marks when not a terminal
    code, out, _ = run(capsys, "--home", home, "search", "--json", "--kind", "video", "equity")
    data = json.loads(out)
    assert [h["location"]["label"] for h in data["hits"]] == ["14:32"]
    assert data["hits"][0]["location"]["start"] == 872.0 and data["terms"] == ["equity"]
    code, out, _ = run(capsys, "--home", home, "search", "equty")
    assert "No results" in out and "Did you mean: equity" in out
    code, out, _ = run(capsys, "--home", home, "search", '"unbalanced AND(', "--limit", "1")
    assert code == 0


def test_search_bolds_matches_on_a_tty(capsys, docs: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    home = str(tmp_path / "home")
    run(capsys, "--home", home, "import", str(docs))
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    from real_desktop.cli import library_cmds

    monkeypatch.setattr(library_cmds, "_tty", lambda stream: True)
    _, out, _ = run(capsys, "--home", home, "search", "transit")
    assert "\033[1mtransit\033[0m" in out


def test_list_info_remove(capsys, docs: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = str(tmp_path / "home")
    run(capsys, "--home", home, "import", str(docs))
    code, out, _ = run(capsys, "--home", home, "list", "--json", "--kind", "document")
    items = json.loads(out)
    assert code == 0 and {i["title"] for i in items} == {"Equity Guide", "broken"}
    guide = next(i for i in items if i["title"] == "Equity Guide")
    code, out, _ = run(capsys, "--home", home, "list", "--status", "failed")
    assert "broken" in out and "Equity Guide" not in out
    code, out, _ = run(capsys, "--home", home, "info", guide["id"][:8])
    assert code == 0 and "title:       Equity Guide" in out
    code, out, _ = run(capsys, "--home", home, "info", "--json", guide["id"])
    assert json.loads(out)["segments"] == 2
    code, out, _ = run(capsys, "--home", home, "remove", guide["id"])
    assert code == 0 and "file itself was not touched" in out and (docs / "guide.md").exists()
    code, _, err = run(capsys, "--home", home, "info", guide["id"])
    assert code == 2 and "no resource" in err


def test_usage_errors_exit_2(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, "--home", str(tmp_path), "search")[0] == 2
    assert run(capsys, "--home", str(tmp_path), "list", "--kind", "book")[0] == 2
    assert run(capsys, "--home", str(tmp_path), "search", "x", "--limit", "0")[0] == 2
    assert run(capsys, "frobnicate")[0] == 2


def test_no_arguments_launches_the_gui(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    seen: list[list[str]] = []
    fake = types.ModuleType("real_desktop.ui.app")
    fake.main = lambda argv: seen.append(argv) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "real_desktop.ui.app", fake)
    import real_desktop.ui

    monkeypatch.setattr(real_desktop.ui, "app", fake, raising=False)
    assert main([]) == 0 and main(["gui"]) == 0
    assert len(seen) == 2


def test_missing_command_modules_are_skipped(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        cli, "COMMAND_MODULES", [*cli.COMMAND_MODULES, "real_desktop.cli.nonexistent"]
    )
    parser = cli.build_parser()
    assert parser.parse_args(["search", "x"]).query == ["x"]
    # A module that exists but whose own import is broken is a bug: not hidden.
    broken = types.ModuleType("real_desktop.cli.broken")
    monkeypatch.setattr(cli, "COMMAND_MODULES", ["real_desktop.cli.brokendep"])
    del broken
    import importlib

    real_import = importlib.import_module

    def fake_import(name: str, *a, **k):  # type: ignore[no-untyped-def]
        if name == "real_desktop.cli.brokendep":
            raise ModuleNotFoundError("No module named 'somedep'", name="somedep")
        return real_import(name, *a, **k)

    monkeypatch.setattr(importlib, "import_module", fake_import)
    with pytest.raises(ModuleNotFoundError):
        cli.build_parser()


def test_relink_and_progress_bar_on_a_tty(capsys, docs: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from real_desktop.cli import library_cmds

    home = str(tmp_path / "home")
    monkeypatch.setattr(library_cmds, "_tty", lambda stream: True)
    code, out, err = run(capsys, "--home", home, "import", str(docs / "guide.md"))
    assert code == 0 and "] 1/1" in err and "1 added" in out  # a bar, then the summary
    moved = tmp_path / "moved.md"
    (docs / "guide.md").rename(moved)
    code, out, _ = run(capsys, "--home", home, "list", "--json")
    rid = json.loads(out)[0]["id"]
    code, out, _ = run(capsys, "--home", home, "relink", rid, str(moved))
    assert code == 0 and str(moved) in out
    code, _, err = run(capsys, "--home", home, "relink", rid, str(tmp_path / "nowhere.md"))
    assert code == 1 and "not a file" in err


def test_info_shows_reading_progress(capsys, docs: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from real_desktop.core.library import Library

    home = tmp_path / "home"
    run(capsys, "--home", str(home), "import", str(docs / "guide.md"))
    lib = Library.open(home)
    rid = lib.resources()[0].id
    lib.set_progress(rid, 2)
    lib.close()
    _, out, _ = run(capsys, "--home", str(home), "info", rid)
    assert "progress:    stopped at page 2" in out


def test_a_text_file_hit_says_text_not_page_1(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = str(tmp_path / "home")
    (tmp_path / "plain.txt").write_text("Plain notes about zanzibar budgets.\n", encoding="utf-8")
    run(capsys, "--home", home, "import", str(tmp_path / "plain.txt"))
    code, out, _ = run(capsys, "--home", home, "search", "zanzibar")
    assert code == 0
    assert "plain — text (document" in out and "page 1" not in out
