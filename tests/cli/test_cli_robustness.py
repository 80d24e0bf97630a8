"""The command line under awkward input: undecodable arguments, long queries and file
names, narrow terminals, Ctrl-C during an import."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from real_desktop.cli import main
from real_desktop.core.library import Library

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from core_fixtures import write_pdf  # noqa: E402

BAD = "\udcff"  # a command-line byte 0xff as Python's argv carries it (surrogateescape)


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REAL_DESKTOP_ASSETS", str(tmp_path / "no-assets"))
    monkeypatch.setenv("REAL_DESKTOP_HOME", str(tmp_path / "default-home"))


@pytest.fixture
def home(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    d = tmp_path / "docs"
    d.mkdir()
    (d / "guide.md").write_text(
        "# Equity Guide\n\n## Budgets\n\nApply the racial equity lens to budgets.\n",
        encoding="utf-8",
    )
    h = str(tmp_path / "home")
    assert main(["--home", h, "import", str(d)]) == 0
    lib = Library.open(Path(h))
    lib.update_metadata(lib.resources()[0].id, collection="Guides", language="en", tags=["Lens"])
    lib.close()
    capsys.readouterr()
    return h


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "argv",
    [
        ("search", "--tag", BAD, "equity"),
        ("search", "--collection", BAD, "equity"),
        ("search", "--language", BAD, "equity"),
        ("list", "--collection", BAD),
        ("list", "--tag", BAD),
    ],
)
def test_undecodable_filters_find_nothing(capsys, home: str, argv: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--home", home, *argv)
    assert code == 0 and ("No results for “equity”" in out or "Nothing matches" in out)


@pytest.mark.parametrize("command", ["info", "remove"])
def test_undecodable_id_is_a_usage_error(capsys, home: str, command: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--home", home, command, BAD)
    assert code == 2 and "no resource with id" in err and out == ""


def test_undecodable_argv_from_a_real_shell(home: str) -> None:
    """The same through a real process: bytes in argv, no traceback."""
    cmds: list[list[str | bytes]] = [
        ["search", "--tag", b"\xff", "equity"],
        ["search", "--collection", b"\xff", "equity"],
        ["list", "--collection", b"\xff"],
        ["info", b"\xff"],
    ]
    for cmd in cmds:
        p = subprocess.run(
            [sys.executable, "-m", "real_desktop.cli", "--home", home, *cmd],
            capture_output=True,
            timeout=120,
        )
        assert b"Traceback" not in p.stderr, p.stderr.decode(errors="replace")
        assert p.returncode == (2 if cmd[0] == "info" else 0)


def test_filters_ignore_case(capsys, home: str) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--home", home, "search", "--collection", "GUIDES", "lens")
    assert code == 0 and "Equity Guide" in out
    _, out, _ = run(capsys, "--home", home, "search", "--language", "EN", "--tag", "lens", "lens")
    assert "Equity Guide" in out
    _, out, _ = run(capsys, "--home", home, "list", "--collection", "guides")
    assert "Equity Guide" in out


def test_long_query_is_elided_in_messages(capsys, home: str) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--home", home, "search", "zq" * 5000)
    first = out.splitlines()[0]
    assert code == 0 and first.startswith("No results for “zq") and first.endswith("…”.")
    assert len(first) < 100


def _cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


@pytest.mark.parametrize("columns", [100, 60, 40, 24])
def test_progress_bar_fits_the_terminal(  # type: ignore[no-untyped-def]
    capsys, tmp_path: Path, monkeypatch, columns: int
) -> None:
    from real_desktop.cli import library_cmds

    d = tmp_path / "docs"
    d.mkdir()
    names = ["a" * 60 + "-report.md", "報告書" * 12 + ".md", "short.md"]
    for n, name in enumerate(names):
        (d / name).write_text(f"# Title {n}\n\ntext\n", encoding="utf-8")
    monkeypatch.setattr(library_cmds, "_tty", lambda stream: True)
    monkeypatch.setenv("COLUMNS", str(columns))
    code, out, err = run(capsys, "--home", str(tmp_path / "home"), "import", str(d))
    assert code == 0 and "3 added" in out
    lines = [seg for seg in err.split("\r\033[K") if seg]
    assert any("3/3" in line for line in lines)
    for line in lines:  # each redraw stays on one row, so \r + erase-line clears it
        assert _cells(line) <= columns - 1, line
    # Files finish in any order; the long names are the lines that start one of them.
    long_name = [line for line in lines if " aaa" in line or " 報告" in line]
    assert len(long_name) == 2 and all(line.endswith(".md") for line in long_name), lines
    if columns < 80:  # the long names lose their middle, keeping start and extension
        assert all("…" in line for line in long_name), lines


def test_ctrl_c_during_import_leaves_no_tracebacks(tmp_path: Path) -> None:
    """Ctrl-C reaches the whole process group (parent and workers). Sent after the first
    progress line; no timing assumption beyond that (if the import wins the race it simply
    finishes, and the checks below still hold)."""
    folder = tmp_path / "big"
    folder.mkdir()
    words = "equity lens budget transit leadership " * 60
    for i in range(40):
        write_pdf(folder / f"doc{i:02d}.pdf", [f"doc {i} page {p} {words}" for p in range(40)])
    home = tmp_path / "home"
    env = {**os.environ, "REAL_DESKTOP_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "real_desktop.cli", "import", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # its own process group, like a terminal job
    )
    assert proc.stderr is not None
    first = proc.stderr.readline()  # "added    …/docNN.pdf" once the first file is stored
    assert first, "the import printed no progress"
    os.killpg(proc.pid, signal.SIGINT)
    out, rest = proc.communicate(timeout=120)
    err = (first + rest).decode(errors="replace")
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert proc.returncode in (0, 130)
    if proc.returncode == 130:
        assert "interrupted: files imported so far are kept" in err
    # Consistent: every stored PDF is complete, and importing again adds exactly the rest.
    lib = Library.open(home, seed=False)
    stored = lib.resources()
    for r in stored:
        assert r.page_count == 40 and len(lib.segments(r.id)) == 40
    lib.close()
    p = subprocess.run(
        [sys.executable, "-m", "real_desktop.cli", "import", "--json", str(folder)],
        capture_output=True,
        env=env,
        timeout=300,
    )
    import json

    counts = json.loads(p.stdout)["counts"]
    assert p.returncode == 0 and counts["failed"] == 0
    assert counts["added"] == 40 - len(stored) and counts["skipped"] == len(stored)
