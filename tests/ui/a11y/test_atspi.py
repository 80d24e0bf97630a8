"""Through AT-SPI, the way Orca sees the real window: no focusable object without a name.

Runs `a11y-tree.sh` (private Xvfb, D-Bus session and AT-SPI bus; needs xvfb, dbus,
at-spi2-core and the system python3-pyatspi, see scripts/setup.sh TEST_PKGS). Skipped
with the reason when the tool or what it needs is missing (CI without /work/shared)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TOOL = Path(os.environ.get("A11Y_TREE", "/work/shared/tools/a11y-tree.sh"))
ROOT = Path(__file__).resolve().parents[3]


def _missing() -> str | None:
    if not TOOL.exists():
        return f"{TOOL} is not here"
    for exe in ("Xvfb", "dbus-run-session"):
        if shutil.which(exe) is None:
            return f"{exe} is not installed"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core is not installed"
    probe = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True)
    if probe.returncode:
        return "python3-pyatspi is not installed"
    return None


@pytest.mark.skipif(_missing() is not None, reason=str(_missing()))
@pytest.mark.parametrize(("language", "grid_name"), [("en", "Library grid"),
                                                     ("es", "Cuadrícula de la biblioteca")])  # fmt: skip
def test_every_focusable_object_on_screen_has_a_name(
    language: str, grid_name: str, tmp_path: Path
) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "REAL_DESKTOP_HOME": str(tmp_path / "data"),
           "LANGUAGE": language, "LC_ALL": "", "LC_MESSAGES": ""}  # fmt: skip
    done = subprocess.run(
        [str(TOOL), "8", sys.executable, "-m", "real_desktop.ui.app", "--home",
         str(tmp_path / "lib")],
        capture_output=True, text=True, env=env, timeout=120, cwd=ROOT,
    )
    objects = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    ours = [o for o in objects if o["app"] == "REAL Desktop"]
    if not ours:
        pytest.skip(f"the AT-SPI tree was empty (no bus?): {done.stderr[-300:]}")
    assert any(o["role"] == "frame" for o in ours)
    # Hidden objects (a combo box's closed popup) cannot be reached; those on screen must speak.
    unnamed = [
        (o["role"], o["depth"]) for o in ours
        if "focusable" in o["states"] and "showing" in o["states"] and not o["name"].strip()
    ]
    assert not unnamed, unnamed
    assert any(o["name"] == grid_name for o in ours)  # the named ones are really seen, in that language


DRIVER = Path(__file__).with_name("atspi_driver.py")


@pytest.fixture
def views_home(tmp_path: Path) -> Path:
    """A copy of the workshop library (video, PDF, guide, agenda) for the driver."""
    import shutil as sh

    from tests.ui.a11y.screens import workshop_home

    if sh.which("ffmpeg") is None:
        pytest.skip("needs ffmpeg")
    home, _agenda = workshop_home(tmp_path / "src")
    return home


def _unnamed(objects: list[dict]) -> list[tuple[str, str, int]]:
    return [
        (o["role"], o["description"], o["depth"]) for o in objects
        if "focusable" in o["states"] and "showing" in o["states"] and not o["name"].strip()
    ]


@pytest.mark.skipif(_missing() is not None, reason=str(_missing()))
def test_library_search_player_and_a_dialog_name_every_focusable_object(
    tmp_path: Path, views_home: Path
) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "REAL_DESKTOP_HOME": str(tmp_path / "data"),
           "REAL_DESKTOP_PLAYER": "qt"}  # fmt: skip
    done = subprocess.run(
        [str(TOOL), "10", sys.executable, str(DRIVER), str(views_home)],
        capture_output=True, text=True, env=env, timeout=150, cwd=ROOT,
    )
    objects = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    ours = [o for o in objects if o["app"] == "REAL Desktop"]
    if not ours:
        pytest.skip(f"the AT-SPI tree was empty (no bus?): {done.stderr[-300:]}")
    frames = [o["name"] for o in ours if o["role"] in ("frame", "dialog")]
    assert "Settings" in frames and frames.count("REAL Desktop") == 3, frames
    names = {o["name"] for o in ours}
    # Each view is really there: the grid, the results (saying how many), the player, and
    # Settings' caption size (a combo box is named by its value on Linux, its label by a
    # relation).
    assert {"Library grid", "Results", "Player", "Medium"} <= names, names
    results = next(o for o in ours if o["name"] == "Results" and "showing" in o["states"])
    assert " in " in results["description"], results  # "7 matches in 1 item"
    assert any(o["role"] == "label" and o["name"] == results["description"] for o in ours)
    assert any(o["name"].endswith(", Video") for o in ours)  # a tile: title, kind
    assert not _unnamed(ours), _unnamed(ours)


LISTENER = r"""
import json, sys, threading, pyatspi
def heard(e):
    print(json.dumps({"type": e.type, "text": str(e.any_data)}), flush=True)
pyatspi.Registry.registerEventListener(heard, "object:announcement")
threading.Timer(float(sys.argv[1]), pyatspi.Registry.stop).start()
pyatspi.Registry.start()
"""


@pytest.mark.skipif(_missing() is not None, reason=str(_missing()))
def test_announcements_reach_the_screen_reader(tmp_path: Path, views_home: Path) -> None:
    """What Orca would speak: the `object:announcement` signals on the AT-SPI bus while
    the app searches and plays (same private X server + bus as a11y-tree.sh)."""
    listener = tmp_path / "listen.py"
    listener.write_text(LISTENER)
    inner = (
        'n=$((300 + RANDOM % 200)); Xvfb ":$n" -screen 0 1366x768x24 -nolisten tcp '
        '>/dev/null 2>&1 & xp=$!; export DISPLAY=":$n" QT_QPA_PLATFORM=xcb '
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1; sleep 1; "
        "/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & bl=$!; "
        f'sleep 1; "{sys.executable}" "{DRIVER}" "{views_home}" --announce >/dev/null 2>&1 & '
        f'ap=$!; sleep 2; /usr/bin/python3 "{listener}" 6; kill $ap $bl $xp 2>/dev/null; true'
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "REAL_DESKTOP_HOME": str(tmp_path / "data"),
           "REAL_DESKTOP_PLAYER": "qt"}  # fmt: skip
    done = subprocess.run(["dbus-run-session", "--", "bash", "-c", inner],
                          capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)  # fmt: skip
    said = [json.loads(line)["text"] for line in done.stdout.splitlines() if line.startswith("{")]
    if not said and "pyatspi" in done.stderr:
        pytest.skip(f"no AT-SPI listener: {done.stderr[-300:]}")
    assert any(" in " in s and "match" in s for s in said), said  # the search count
    assert any(" of " in s and "second" in s for s in said), said  # the position, in words
    assert {"Playing", "Paused"} & set(said), said
