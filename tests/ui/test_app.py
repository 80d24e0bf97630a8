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


ABOUT_SCRIPT = r"""
import sys
from PySide6.QtWidgets import QMessageBox
from real_desktop.core.policy import Action, Policy
from real_desktop.ui import app, main_window

QMessageBox.about = staticmethod(lambda parent, title, text: print("about:", text, flush=True))
built = main_window.MainWindow.__init__

def init(self, *args, **kwargs):
    built(self, *args, **kwargs)

    def ready():
        print("add files shown:", self.add_files_action.isVisible(), flush=True)
        self.about_action.trigger()

    self.partsReady.connect(ready)  # before the app's own listener, which quits

main_window.MainWindow.__init__ = init
kiosk = Policy("kiosk", frozenset({Action.IMPORT}))
sys.exit(app.main(["--home", sys.argv[1], "--exit-when-ready"], policy=kiosk))
"""


def test_the_about_box_names_the_home_given_and_main_takes_a_policy(tmp_path: Path) -> None:
    home = tmp_path / "chosen home"
    script = tmp_path / "about.py"
    script.write_text(ABOUT_SCRIPT)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REAL_DESKTOP_HOME=str(tmp_path / "other"))
    done = subprocess.run(
        [sys.executable, str(script), str(home)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    about = [line for line in done.stdout.splitlines() if line.startswith("about:")]
    assert about and f"Data folder: {home}<" in about[0]
    assert "add files shown: False" in done.stdout.splitlines()
