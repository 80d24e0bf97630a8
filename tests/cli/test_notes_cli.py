"""`real-desktop notes …` against a real library folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from real_desktop.cli import main
from real_desktop.core.library import Library
from real_desktop.core.models import Location, LocationKind, Outcome
from real_desktop.core.notes import NoteStore

ROOT = Path(__file__).resolve().parents[2]


def make_home(tmp_path: Path, name: str) -> Path:
    """A library folder holding one Markdown guide (no starter content)."""
    docs = tmp_path / f"{name}-docs"
    docs.mkdir()
    (docs / "guide.md").write_text(
        "# Budget Equity Guide\n\nIntro.\n\n## Parks\n\nParks text.\n", encoding="utf-8"
    )
    home = tmp_path / name
    lib = Library.open(home, seed=False)
    assert lib.import_all([docs]).count(Outcome.ADDED) == 1
    lib.close()
    return home


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    h = make_home(tmp_path, "home")
    monkeypatch.setenv("REAL_DESKTOP_HOME", str(h))
    return h


@pytest.fixture
def store(home: Path) -> Iterator[NoteStore]:
    lib = Library.open(home, seed=False)
    s = NoteStore(lib)
    rid = lib.resources()[0].id
    s.create(
        rid,
        Location(LocationKind.SECTION, anchor="parks", section="Parks"),
        body="Check the **parks** line\nsecond line",
        tags=["budget"],
    )
    s.create(rid, None, body="Share with council")
    yield s
    s.close()
    lib.close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_when_empty(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--home", str(home), "notes", "list")
    assert code == 0 and out == "" and "No notes." in err


def test_list_shows_title_anchor_and_first_line(
    store: NoteStore, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--home", str(home), "notes", "list")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert any(
        "Budget Equity Guide — § Parks: Check the **parks** line  [budget]" in line
        for line in lines
    )
    assert any("— whole resource: Share with council" in line for line in lines)
    code, out, _ = run(capsys, "notes", "list", "--tag", "BUDGET", "--json", "--home", str(home))
    (only,) = [json.loads(line) for line in out.splitlines()]
    assert (
        only["location"] == {"kind": "section", "anchor": "parks", "section": "Parks"}
        and only["in_library"]
    )


def test_export_markdown_to_stdout_and_html_to_file(
    store: NoteStore, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--home", str(home), "notes", "export")
    assert code == 0 and out == store.to_markdown(store.select())
    target = tmp_path / "notes.html"
    code, _, err = run(
        capsys,
        "--home",
        str(home),
        "notes",
        "export",
        "-f",
        "html",
        "-o",
        str(target),
        "--title",
        "My notes",
    )
    assert code == 0 and "Wrote 2 notes" in err
    html = target.read_text(encoding="utf-8")
    assert "<h1>My notes</h1>" in html and "<strong>parks</strong>" in html
    code, _, err = run(
        capsys, "--home", str(home), "notes", "export", "--per-resource", "-o", str(tmp_path / "md")
    )
    assert code == 0 and [p.name for p in (tmp_path / "md").iterdir()] == ["Budget Equity Guide.md"]


def test_json_moves_notes_to_another_library_without_duplicates(
    store: NoteStore, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "notes.json"
    assert (
        run(capsys, "--home", str(home), "notes", "export", "-f", "json", "-o", str(exported))[0]
        == 0
    )
    laptop = make_home(tmp_path, "laptop")
    code, out, _ = run(capsys, "--home", str(laptop), "notes", "import", str(exported))
    assert code == 0 and out.strip() == "added 2, updated 0, unchanged 0"
    code, out, _ = run(capsys, "--home", str(laptop), "notes", "import", str(exported))
    assert out.strip() == "added 0, updated 0, unchanged 2"
    code, out, _ = run(capsys, "--home", str(laptop), "notes", "list")
    assert len(out.splitlines()) == 2 and "Budget Equity Guide — § Parks" in out


def test_bad_import_file_fails_clearly_and_changes_nothing(
    store: NoteStore, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    code, out, err = run(capsys, "--home", str(home), "notes", "import", str(bad))
    assert code == 1 and "not a REAL Desktop notes file" in err and "nothing was imported" in err
    code, out, err = run(
        capsys, "--home", str(home), "notes", "import", str(tmp_path / "missing.json")
    )
    assert code == 1 and "cannot read" in err
    assert store.count() == 2


def test_usage_errors(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--home", str(home), "notes", "export", "-f", "pdf")
    assert code == 1 and "needs --output" in err
    code, _, err = run(
        capsys, "--home", str(home), "notes", "export", "--resource", "a", "--collection", "b"
    )
    assert code == 2
    code, out, _ = run(capsys, "notes", "export", "--help")
    assert code == 0 and "pdf needs -o and uses Qt" in out.replace("\n", " ").replace("  ", " ")


def test_purge_empties_old_trash(
    store: NoteStore, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = store.list()[0]
    store.delete(note.id)
    assert (
        run(capsys, "--home", str(home), "notes", "purge")[1].strip() == "purged 0 notes"
    )  # deleted just now
    code, out, _ = run(capsys, "--home", str(home), "notes", "list", "--trash")
    assert note.id in out
    assert run(capsys, "--home", str(home), "notes", "purge", "--all")[1].strip() == "purged 1 note"
    assert store.get(note.id) is None


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_export_from_the_command_line(store: NoteStore, home: Path, tmp_path: Path) -> None:
    out = tmp_path / "notes.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "real_desktop.cli",
            "--home",
            str(home),
            "notes",
            "export",
            "-f",
            "pdf",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Budget Equity Guide" in text and "§ Parks" in text and "Share with council" in text


def test_list_shows_a_highlight_with_its_colour_quote_and_comment(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = Library.open(home, seed=False)
    store = NoteStore(lib)
    rid = lib.resources()[0].id  # the ids need no PDF: a note is anchored by id and page
    page = Location(LocationKind.PAGE, page=2)
    store.create(rid, page, quote="equity  in\nparks", rects=[(72, 100, 300, 114)], color="#a5d6a7")
    store.create(rid, page, body="why", quote="budget", rects=[(72, 130, 120, 144)])
    store.close()
    lib.close()
    code, out, _ = run(capsys, "--home", str(home), "notes", "list")
    assert code == 0
    assert "— p. 2, highlight (green): “equity in parks”  " in out
    assert "— p. 2, highlight (yellow): “budget” — why  " in out
