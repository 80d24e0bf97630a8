"""The lazy command line: a run builds only its command's parser and imports only what
that command uses, while help, errors and exit codes stay what the full parser gives."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from real_desktop import cli
from real_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]

# What `real-desktop --help` lists: the one-line summaries are part of the interface.
SUMMARIES = {
    "gui": "open the desktop window (the default)",
    "import": "add files or folders (recursively) to the library",
    "search": "search titles, text and captions",
    "list": "list the library",
    "info": "show one resource",
    "remove": "remove resources from the library (the files are kept)",
    "relink": "point a missing resource at its file",
    "edit": "change titles, tags, people, collection, language or date",
    "duplicates": "list items with the same title or the same text",
    "merge": "merge duplicates into one item (their notes move to it)",
    "watch": "watched folders: add, remove, list, sync",
    "notes": "list, export and import your notes",
    "pack": "build, verify, install and remove content packs",
    "kiosk": "set up, check or disable kiosk mode (public terminals)",
    "transcribe": "make automatic captions for videos/audio by speech recognition (offline)",
    "ocr": "recognise the text of scanned PDF pages (offline OCR)",
    "agenda": "workshop agendas: clips, page ranges and talking points",
    "present": "present a workshop agenda (opens the presenter window)",
    "doctor": "check this installation (media, Qt, library, fonts, engines, kiosk)",
}
# Never on the search path: Qt, the media engine, the import/extraction stack, notes, and
# the other command modules.
NOT_FOR_SEARCH = [
    "PySide6",
    "shiboken6",
    "vlc",
    "sqlite_utils",
    "pypdfium2",
    "bs4",
    "markdown_it",
    "multiprocessing",
    "concurrent.futures",
    "real_desktop.ui",
    "real_desktop.player",
    "real_desktop.cli.notes",
    "real_desktop.cli.catalog_cmds",
    "real_desktop.cli.pack",
    "real_desktop.cli.agenda",
    "real_desktop.core.agendas",
    "real_desktop.core.packs",
    "cryptography",
    "real_desktop.core.notes",
    "real_desktop.core.editing",
    "real_desktop.core.removal",
    "real_desktop.core.duplicates",
    "real_desktop.core.importing",
    "dataclasses",
    "real_desktop.core.notes_export",
    "real_desktop.core.importer",
    "real_desktop.core.extract",
    "real_desktop.core.workers",
]


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REAL_DESKTOP_ASSETS", str(tmp_path / "no-assets"))
    monkeypatch.setenv("REAL_DESKTOP_HOME", str(tmp_path / "default-home"))
    monkeypatch.setenv("COLUMNS", "90")  # same wrapping for every parser compared here


def _fresh(code: str, tmp_path: Path) -> dict[str, object]:
    """Run `code` in a new interpreter; it leaves its result in `out` (a dict). Returns
    that dict with the names of the modules loaded at the end."""
    script = (
        "import sys\nout = {}\n"
        + code
        + "\nout['modules'] = sorted(sys.modules)\nimport json\nprint(json.dumps(out))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _loaded(modules: object, names: list[str]) -> list[str]:
    assert isinstance(modules, list)
    return [m for m in modules if any(m == n or m.startswith(n + ".") for n in names)]


@pytest.fixture
def library(tmp_path: Path) -> str:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "guide.md").write_text("# Equity Guide\n\nThe racial equity lens.\n", "utf-8")
    home = str(tmp_path / "home")
    assert main(["--home", home, "import", "-q", str(docs)]) == 0
    return home


@pytest.mark.parametrize("as_json", [True, False])
def test_search_imports_only_what_it_uses(library: str, tmp_path: Path, as_json: bool) -> None:
    flags = ["--json"] if as_json else []
    code = (
        "import contextlib, io\n"
        "from real_desktop.cli import main\n"
        "buf = io.StringIO()\n"
        "with contextlib.redirect_stdout(buf):\n"
        f"    out['rc'] = main(['--home', {library!r}, 'search', *{flags!r}, 'equity'])\n"
        "out['stdout'] = buf.getvalue()\n"
    )
    out = _fresh(code, tmp_path)
    assert out["rc"] == 0 and "Equity Guide" in str(out["stdout"])  # the search really ran
    assert _loaded(out["modules"], NOT_FOR_SEARCH) == []


def test_parsing_a_command_loads_no_other_command_and_no_core(tmp_path: Path) -> None:
    code = (
        "from real_desktop import cli\n"
        "args = cli.build_parser('search').parse_args(['search', '--json', 'a b'])\n"
        "out['query'] = args.query\n"
    )
    out = _fresh(code, tmp_path)
    assert out["query"] == ["a b"]
    # json and threading are the handlers' business; shutil (with bz2, lzma) comes with
    # argparse's own help formatter, typing with annotations evaluated at run time.
    # Of the core, only the translation helper (stdlib os only): help texts are translated.
    unwanted = ["real_desktop.core", "real_desktop.cli.notes", "json", "threading", "shutil"]
    helper = {"real_desktop.core", "real_desktop.core.i18n"}
    assert [m for m in _loaded(out["modules"], [*unwanted, "typing"]) if m not in helper] == []


def _listed(parser: argparse.ArgumentParser, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """The commands `parser` knows, as its "invalid choice" error lists them."""
    capsys.readouterr()
    with pytest.raises(SystemExit) as exc:
        parser.parse_args(["no-such-command"])
    assert exc.value.code == 2
    found = re.search(r"invalid choice: 'no-such-command' \(choose from (.*)\)", capsys.readouterr().err)
    assert found, "not an invalid-choice error"
    return re.findall(r"'([^']+)'", found.group(1))


def test_a_run_builds_only_its_own_parser(capsys: pytest.CaptureFixture[str]) -> None:
    assert _listed(cli.build_parser("search"), capsys) == ["search"]
    assert _listed(cli.build_parser("notes"), capsys) == ["notes"]
    assert _listed(cli.build_parser("gui"), capsys) == ["gui"]
    assert _listed(cli.build_parser(), capsys) == list(SUMMARIES)


def test_every_command_is_routed_to_the_module_that_registers_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name in cli.COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            assert exc.name == name  # not written yet
            continue
        routed = [cmd for cmd, owner in cli.COMMANDS.items() if owner == name]
        assert list(module.COMMANDS) == routed, name
        parser = argparse.ArgumentParser()
        module.register(parser.add_subparsers())
        assert _listed(parser, capsys) == routed, name
        for cmd in routed:  # with only=, exactly that one
            parser = argparse.ArgumentParser()
            module.register(parser.add_subparsers(), only=cmd)
            assert _listed(parser, capsys) == [cmd]
    assert ["gui", *cli.COMMANDS] == list(SUMMARIES)


def test_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: real-desktop [-h] [--home DIR] [--lang LANG] [--version] COMMAND ...")
    # A long command name puts its summary on the next line.
    listed = re.findall(r"^ {4}(\S+)(?: +|\n {6,})(.+)$", out, re.M)
    assert listed == list(SUMMARIES.items())
    assert main(["gui", "--help"]) == 0  # the window's help is the top-level one
    assert capsys.readouterr().out == out


@pytest.mark.parametrize("command", [*cli.COMMANDS, "notes list", "notes export"])
def test_command_help_is_the_same_as_from_the_full_parser(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    words = command.split()
    with pytest.raises(SystemExit) as exc:
        cli.build_parser().parse_args([*words, "--help"])
    assert exc.value.code == 0
    full = capsys.readouterr().out
    assert main([*words, "--help"]) == 0
    lazy = capsys.readouterr().out
    assert lazy == full and lazy.startswith(f"usage: real-desktop {command} [-h]")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["frobnicate"], "argument COMMAND: invalid choice: 'frobnicate' (choose from 'gui', "),
        (["search"], "real-desktop search: error: the following arguments are required: query"),
        (["search", "x", "--bogus"], "real-desktop: error: unrecognized arguments: --bogus"),
        (["search", "x", "--limit", "0"], "argument --limit: must be at least 1"),
        (["list", "--kind", "book"], "argument --kind: invalid choice: 'book'"),
        (["notes"], "the following arguments are required: {list,export,import,purge}"),
        (["notes", "export", "--format", "doc"], "argument --format/-f: invalid choice"),
        (["info"], "real-desktop info: error: the following arguments are required: id"),
    ],
)
def test_usage_errors_exit_2_with_argparse_messages(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["--home", str(tmp_path), *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.startswith("usage: real-desktop")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from real_desktop import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"real-desktop {__version__}"


@pytest.mark.parametrize("columns", ["57", "", "abc", "0", "200"])
def test_help_wraps_at_the_width_argparse_would_pick(
    columns: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    assert cli.terminal_columns() == shutil.get_terminal_size().columns
    text = "a long description that has to wrap somewhere " * 8

    def parser(formatter: type[argparse.HelpFormatter]) -> argparse.ArgumentParser:
        p = argparse.ArgumentParser(prog="x", description=text, formatter_class=formatter)
        p.add_argument("--flag", help=text)
        return p

    ours = parser(cli.HelpFormatter).format_help()
    assert ours == parser(argparse.HelpFormatter).format_help()
    assert len(ours.splitlines()) > 4  # it did wrap


def test_search_skips_teardown_but_writes_all_its_output(library: str, tmp_path: Path) -> None:
    """`search` ends its process with os._exit once its output is flushed: every byte of a
    long JSON answer still arrives, and a reader that stops early gets no traceback."""
    docs = tmp_path / "more"
    docs.mkdir()
    for i in range(30):
        (docs / f"note{i}.md").write_text(f"# Part {i}\n\nEquity budget {'x ' * 400}\n", "utf-8")
    assert main(["--home", library, "import", "-q", str(docs)]) == 0
    cmd = [sys.executable, "-m", "real_desktop.cli", "--home", library, "search", "equity"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([*cmd, "--json", "--limit", "50"], capture_output=True, env=env)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["hits"]) > 30  # the guide and the 30 notes: complete
    # A pipe closed after the first bytes (`| head -c 1`).
    proc = subprocess.Popen(
        [*cmd, "--limit", "50"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert proc.stdout is not None and proc.stdout.read(1)
    proc.stdout.close()
    assert proc.wait(timeout=60) == 0
    assert b"Traceback" not in proc.stderr.read()  # type: ignore[union-attr]
