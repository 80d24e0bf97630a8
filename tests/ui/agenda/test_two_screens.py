"""The presenter's real windows on a real X server (xcb): with two monitors (Xorg's dummy
driver, two 1280×720 outputs side by side) the audience view goes full screen on the
second; with one (Xvfb) both are windows on it. Keys are sent as a clicker sends them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from agenda_fixtures import build_home  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
CONF = Path(__file__).with_name("xorg-dummy-2560x720.conf")

SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from real_desktop.core.library import Library
from real_desktop.ui.agenda.present_app import open_presenter
from real_desktop.ui.tasks import TaskRunner

app = QApplication([sys.argv[0], "-style", "Fusion"])
print("platform", app.platformName(), flush=True)
print("screens", [s.geometry().getRect() for s in QGuiApplication.screens()], flush=True)
library = Library.open(Path(sys.argv[1]), seed=False)
tasks = TaskRunner()
w = open_presenter(library, sys.argv[2], tasks)
w.ended.connect(lambda: print("ended", flush=True))
w.ended.connect(app.quit)
print("layout", w.start(1), flush=True)

def report(tag):
    a = w.audience
    print(tag, "index", w.index, "page", a.page(), "mode", a.mode, flush=True)

def keys():
    a = w.audience
    focus = QGuiApplication.focusWindow()
    if focus is None or not (a.isVisible() and a.windowHandle().isExposed()):
        QTimer.singleShot(50, keys)
        return
    print("focus", "presenter" if focus is w.windowHandle() else "audience", flush=True)
    ag, pg = a.geometry(), w.geometry()
    print("audience", ag.getRect(), "full", a.isFullScreen(), flush=True)
    print("audience_screen", a.screen().geometry().getRect(), flush=True)
    print("presenter_screen", w.screen().geometry().getRect(), flush=True)
    win = focus  # a clicker's keys go to whichever window has the keyboard
    report("start")
    QTest.keyClick(win, Qt.Key.Key_PageDown)
    report("pgdown")
    QTest.keyClick(win, Qt.Key.Key_Right)
    report("right")
    QTest.keyClick(win, Qt.Key.Key_B)
    print("blank", a.stack.currentWidget() is a.blank, flush=True)
    QTest.keyClick(win, Qt.Key.Key_B)
    QTest.keyClick(win, Qt.Key.Key_PageUp)
    report("pgup")
    QTest.keyClick(win, Qt.Key.Key_Left)
    report("left")
    QTest.keyClick(win, Qt.Key.Key_Escape)

QTimer.singleShot(0, keys)
def give_up():
    print("gave up: focus", QGuiApplication.focusWindow(), "visible", w.audience.isVisible(),
          flush=True)
    app.exit(3)

QTimer.singleShot(30000, give_up)
code = app.exec()
tasks.shutdown()
library.close()
sys.exit(code)
"""


def _start(cmd: list[str], env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        [*cmd, "-displayfd", str(write)], pass_fds=(write,), stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, env=env,
    )
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    if not number:
        server.kill()
        server.wait()
        pytest.skip(f"{cmd[0]} did not start")
    return server, f":{number}"


def _stop(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


@pytest.fixture
def two_monitors(tmp_path: Path) -> Iterator[str]:
    xorg, xrandr = shutil.which("Xorg"), shutil.which("xrandr")
    if not xorg or not xrandr or not Path("/usr/lib/xorg/modules/drivers/dummy_drv.so").exists():
        pytest.skip("Xorg with the dummy driver (xserver-xorg-video-dummy) and xrandr needed")
    server, display = _start([xorg, "-noreset", "-nolisten", "tcp", "-config", str(CONF),
                              "-logfile", str(tmp_path / "xorg.log")])
    env = {**os.environ, "DISPLAY": display}
    try:
        for _ in range(40):
            if subprocess.run([xrandr], env=env, capture_output=True).returncode == 0:
                break
            time.sleep(0.25)
        subprocess.run([xrandr, "--newmode", "1280x720_b", "74.25", "1280", "1390", "1430",
                        "1650", "720", "725", "730", "750"], env=env, capture_output=True)
        for args in (["--addmode", "DUMMY1", "1280x720_b"],
                     ["--output", "DUMMY1", "--mode", "1280x720_b", "--right-of", "DUMMY0"]):
            if subprocess.run([xrandr, *args], env=env, capture_output=True).returncode:
                pytest.skip("xrandr could not switch on the second dummy output")
        yield display
    finally:
        _stop(server)


@pytest.fixture
def one_monitor() -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed")
    server, display = _start([xvfb, "-screen", "0", "1280x720x24", "-nolisten", "tcp"])
    try:
        yield display
    finally:
        _stop(server)


def _present(display: str, tmp_path: Path) -> dict[str, str]:
    home, agenda_id = build_home(tmp_path)
    wm = subprocess.Popen(["openbox"], env={**os.environ, "DISPLAY": display},
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) \
        if shutil.which("openbox") else None
    try:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "PYTHONPATH": str(ROOT), "REAL_DESKTOP_HOME": str(home)}
        proc = subprocess.run([sys.executable, "-c", SCRIPT, str(home), agenda_id], env=env,
                              capture_output=True, text=True, timeout=120, cwd=tmp_path)
    finally:
        if wm is not None:
            wm.terminate()
            wm.wait()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out: dict[str, str] = {}
    for line in proc.stdout.splitlines():
        key, _, rest = line.partition(" ")
        out[key] = rest
    assert out["platform"] == "xcb"
    return out


def _navigated(out: dict[str, str]) -> None:
    # Start at the page range (item 2, page 2): PageDown turns the page, Right leaves the
    # range, B blanks, PageUp comes back to the range's first page, Left to the clip.
    assert out["start"] == "index 1 page 2 mode pdf"
    assert out["pgdown"] == "index 1 page 3 mode pdf"
    assert out["right"] == "index 2 page 0 mode text"
    assert out["blank"] == "True"
    assert out["pgup"] == "index 1 page 2 mode pdf"
    assert out["left"] == "index 0 page 0 mode video"
    assert "ended" in out


def test_two_screens_audience_full_screen_on_the_second(two_monitors, tmp_path):
    out = _present(two_monitors, tmp_path)
    assert out["screens"] == "[(0, 0, 1280, 720), (1280, 0, 1280, 720)]"
    assert out["layout"] == "two-screens"
    assert out["audience"] == "(1280, 0, 1280, 720) full True"
    assert out["audience_screen"] == "(1280, 0, 1280, 720)"
    assert out["presenter_screen"] == "(0, 0, 1280, 720)"
    assert out["focus"] == "presenter"
    _navigated(out)


def test_one_screen_audience_in_a_window(one_monitor, tmp_path):
    out = _present(one_monitor, tmp_path)
    assert out["layout"] == "one-screen"
    assert out["audience"].endswith("full False")
    assert out["audience_screen"] == out["presenter_screen"] == "(0, 0, 1280, 720)"
    _navigated(out)
