"""The core never imports Qt, and `real-desktop search` stays light."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import real_desktop.core

HEAVY = ["PySide6", "vlc", "sqlite_utils", "pypdfium2", "bs4", "markdown_it", "webvtt", "srt"]
# What `real-desktop search` never needs: importing and extraction, the notes exporters.
NOT_FOR_SEARCH = ("real_desktop.core.importing", "real_desktop.core.notes")


def _modules_after(code: str, env: dict[str, str] | None = None) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_every_core_module_imports_without_qt() -> None:
    names = [
        m.name for m in pkgutil.walk_packages(real_desktop.core.__path__, "real_desktop.core.")
    ]
    for expected in ("library", "db.schema", "notes.repository", "importing.extract", "search"):
        assert f"real_desktop.core.{expected}" in names
    loaded = _modules_after("\n".join(f"import {n}" for n in names))
    assert set(names) <= set(loaded)
    assert not [m for m in loaded if m.split(".")[0] in ("PySide6", "shiboken6", "vlc")]


def test_cli_search_imports_neither_qt_nor_heavy_libraries(tmp_path: Path) -> None:
    import os

    from real_desktop.core.library import Library

    Library.open(tmp_path, seed=False).close()  # an existing library: no seeding on this path
    code = (
        "import contextlib, io\n"
        "from real_desktop.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['--home', {str(tmp_path)!r}, 'search', 'equity']) == 0\n"
    )
    loaded = _modules_after(
        code,
        env={
            **os.environ,
            "REAL_DESKTOP_HOME": str(tmp_path),
            "REAL_DESKTOP_ASSETS": str(tmp_path / "none"),
        },
    )
    assert "real_desktop.core.library" in loaded  # the search really ran
    heavy = [m for m in loaded if m.split(".")[0] in HEAVY]
    assert heavy == []
    assert [m for m in loaded if m.startswith(NOT_FOR_SEARCH) or m == "real_desktop.core.notes_export"] == []


def test_cli_import_list_info_do_not_import_qt(tmp_path: Path) -> None:
    import os

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("# A\n\ntext\n", encoding="utf-8")
    home = str(tmp_path / "home")
    code = (
        "import contextlib, io\n"
        "from real_desktop.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        f"    assert main(['--home', {home!r}, 'import', {str(tmp_path / 'docs')!r}]) == 0\n"
        f"    assert main(['--home', {home!r}, 'list', '--json']) == 0\n"
        f"    assert main(['--home', {home!r}, 'info', 'a-']) == 0\n"
    )
    loaded = _modules_after(code, env={**os.environ, "REAL_DESKTOP_ASSETS": str(tmp_path / "none")})
    assert "real_desktop.core.importing.pipeline" in loaded
    assert not [m for m in loaded if m.split(".")[0] in ("PySide6", "shiboken6", "vlc")]
