"""Starting the real application in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def run_app(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REAL_DESKTOP_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "real_desktop.ui.app", "--exit-when-ready", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_app_starts_seeds_and_keeps_settings_in_the_data_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = run_app(home)
    assert done.returncode == 0, done.stderr
    assert "ready" in done.stdout.splitlines()
    assert (home / "library.db").is_file()
    assert (home / "settings.ini").is_file()  # window state saved on quit, under the data home


def test_unusable_library_location_fails_clearly(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    done = run_app(tmp_path / "home", "--home", str(blocker / "library"))
    assert done.returncode == 1
    assert "could not be opened" in done.stderr
    assert blocker.read_text() == "not a folder"


def test_main_accepts_argv_with_or_without_the_program_name(monkeypatch) -> None:
    from real_desktop.ui import app

    class Parsed(Exception):
        pass

    def fake_parse(argv: list[str]):
        raise Parsed(argv)  # stop before any window is made

    monkeypatch.setattr(app, "_parse", fake_parse)
    for argv in (["real-desktop", "--home", "/x"], ["--home", "/x"]):
        with pytest.raises(Parsed) as caught:
            app.main(argv)
        assert caught.value.args[0] == ["--home", "/x"]


@pytest.mark.parametrize("command", [["gui"], []], ids=["gui", "no-command"])
def test_the_cli_opens_the_window_in_the_home_it_is_given(
    tmp_path: Path, command: list[str]
) -> None:
    home = tmp_path / "elsewhere"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("REAL_DESKTOP_HOME", None)
    env["HOME"] = str(tmp_path / "user")  # nothing may land in the user's own data folder
    done = subprocess.run(
        [sys.executable, "-m", "real_desktop.cli", "--home", str(home), *command]
        + ["--exit-when-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "ready" in done.stdout.splitlines()
    assert (home / "library.db").is_file() and (home / "settings.ini").is_file()
    assert not (tmp_path / "user").exists()
