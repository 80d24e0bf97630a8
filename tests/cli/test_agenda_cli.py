"""`real-desktop agenda …` against a real library folder (exactly the issue's command line)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from real_desktop.cli import main
from real_desktop.core.library import Library
from real_desktop.core.models import Kind

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from core_fixtures import make_video, write_pdf  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def lib_home(tmp_path: Path) -> tuple[str, dict[str, str]]:
    files = tmp_path / "files"
    files.mkdir()
    write_pdf(files / "guide.pdf", ["one", "two", "three", "four", "five"], title="Equity Guide")
    make_video(files / "talk.mp4", seconds=4)
    home = tmp_path / "home"
    lib = Library.open(home, seed=False)
    lib.import_all([files])
    ids = {str(r.kind): r.id for r in lib.resources()}
    lib.close()
    return str(home), {"doc": ids[Kind.DOCUMENT], "video": ids[Kind.VIDEO]}


def run(home: str, *argv: str) -> int:
    return main(["--home", home, *argv])


def test_new_add_show_json_list_remove(lib_home, capsys):
    home, ids = lib_home
    assert run(home, "agenda", "new", "Budget day") == 0
    assert run(home, "agenda", "add", "Budget day", ids["video"], "--from", "0:01", "--to",
               "0:03", "--points", "Open with the clip", "--minutes", "5") == 0
    assert run(home, "agenda", "add", "budget day", ids["doc"], "--pages", "2-4",
               "--minutes", "10") == 0
    assert run(home, "agenda", "add", "Budget day", ids["doc"]) == 0
    capsys.readouterr()
    assert run(home, "agenda", "show", "Budget day", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["name"] == "Budget day" and data["minutes"] == 15
    items = data["items"]
    assert [(i["resource_id"], i["kind"]) for i in items] == [
        (ids["video"], "clip"), (ids["doc"], "pages"), (ids["doc"], "resource")
    ]
    assert items[0]["clip"] == {"in": 1.0, "out": 3.0}
    assert items[1]["pages"] == {"from": 2, "to": 4}
    assert "clip" not in items[2] and "pages" not in items[2]
    assert all(i["available"] for i in items)
    assert run(home, "agenda", "show", "Budget day") == 0
    out = capsys.readouterr().out
    assert "[0:01–0:03]" in out and "[pages 2–4]" in out and "Open with the clip" in out
    assert run(home, "agenda", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out)[0]["items"] == 3
    assert run(home, "agenda", "remove", "Budget day") == 0
    assert run(home, "agenda", "list") == 0
    assert "No agendas yet" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("extra", "message", "code"),
    [
        (["--from", "0:01"], "needs both --from and --to", 2),
        (["--from", "0:01", "--to", "0:02", "--pages", "1-2"], "not both", 2),
        (["--from", "0:03", "--to", "0:01"], "must come after", 1),
        (["--pages", "2-9"], "is a recording", 1),
        (["--from", "x", "--to", "0:02"], "not a time", 1),
    ],
)
def test_add_errors_are_clear(lib_home, capsys, extra, message, code):
    home, ids = lib_home
    run(home, "agenda", "new", "W")
    capsys.readouterr()
    assert run(home, "agenda", "add", "W", ids["video"], *extra) == code
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_pages_past_the_end_and_unknown_things(lib_home, capsys):
    home, ids = lib_home
    run(home, "agenda", "new", "W")
    assert run(home, "agenda", "add", "W", ids["doc"], "--pages", "4-6") == 1
    assert "has 5 pages" in capsys.readouterr().err
    assert run(home, "agenda", "add", "W", "no-such-id") == 1
    assert "no resource" in capsys.readouterr().err
    assert run(home, "agenda", "show", "Nope") == 1
    assert "no agenda named 'Nope'" in capsys.readouterr().err
    assert run(home, "agenda", "new", "w") == 1
    assert "already" in capsys.readouterr().err


def test_export_import_names_missing_items(lib_home, tmp_path, capsys):
    home, ids = lib_home
    run(home, "agenda", "new", "Share me")
    run(home, "agenda", "add", "Share me", ids["video"], "--from", "0:00", "--to", "0:02")
    run(home, "agenda", "add", "Share me", ids["doc"], "--pages", "1-2")
    out = tmp_path / "share.agenda.json"
    assert run(home, "agenda", "export", "Share me", "-o", str(out)) == 0
    assert json.loads(out.read_text("utf-8"))["items"][0]["resource_id"] == ids["video"]
    # An empty library elsewhere: both items are missing there, and named.
    other = str(tmp_path / "other")
    capsys.readouterr()
    assert run(other, "agenda", "import", str(out)) == 0
    captured = capsys.readouterr()
    assert "Imported agenda 'Share me': 2 items" in captured.out
    assert "2 items are not on this computer" in captured.err
    assert f"1. talk  ({ids['video']})" in captured.err
    assert f"2. Equity Guide  ({ids['doc']})" in captured.err
    assert run(other, "agenda", "show", "Share me", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert [i["available"] for i in data["items"]] == [False, False]
    # Same computer: nothing missing; the taken name gets another.
    assert run(home, "agenda", "import", str(out)) == 0
    captured = capsys.readouterr()
    assert "'Share me 2' (that name was taken)" in captured.out and captured.err == ""


def test_import_of_a_bad_file_fails_cleanly(lib_home, tmp_path, capsys):
    home, _ = lib_home
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something-else"}', "utf-8")
    assert run(home, "agenda", "import", str(bad)) == 1
    assert "not a REAL Desktop agenda file" in capsys.readouterr().err
    assert run(home, "agenda", "import", str(tmp_path / "gone.json")) == 1
    assert "cannot read" in capsys.readouterr().err


def test_present_empty_agenda_and_agenda_commands_import_no_qt(lib_home, tmp_path):
    home, ids = lib_home
    code = (
        "import sys\nfrom real_desktop.cli import main\n"
        f"main(['--home', {home!r}, 'agenda', 'new', 'Q'])\n"
        f"main(['--home', {home!r}, 'agenda', 'add', 'Q', {ids['doc']!r}, '--pages', '1-2'])\n"
        f"main(['--home', {home!r}, 'agenda', 'show', 'Q', '--json'])\n"
        f"main(['--home', {home!r}, 'agenda', 'export', 'Q', '-o', {str(tmp_path / 'q.json')!r}])\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'vlc'))]\n"
        "print('QT', bad)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert "QT []" in proc.stdout and '"kind": "pages"' in proc.stdout
    assert main(["--home", home, "agenda", "new", "Empty"]) == 0
    assert main(["--home", home, "present", "Empty"]) == 1
