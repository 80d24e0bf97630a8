"""Window shortcuts on a real X server (Xvfb, the xcb platform), not only offscreen.

On xcb the platform's Quit key is Ctrl+Q; an action given both it and an explicit Ctrl+Q
was an "Ambiguous shortcut overload" and neither fired. The registry sets each key once.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from real_desktop.core.library import Library
from real_desktop.ui.main_window import MainWindow
from real_desktop.ui.settings import AppSettings
from real_desktop.ui.tasks import TaskRunner

app = QApplication([sys.argv[0], "-style", "Fusion"])
print("platform", app.platformName(), flush=True)
home = Path(sys.argv[1])
library = Library.open(home, seed=False)
tasks = TaskRunner()
w = MainWindow(library, tasks, AppSettings(home / "settings.ini"))
w.show()
w.activateWindow()
ctrl = Qt.KeyboardModifier.ControlModifier

def press() -> None:
    if not w.isActiveWindow():
        QTimer.singleShot(50, press)
        return
    QTest.keyClick(w.windowHandle(), Qt.Key.Key_2, ctrl)
    print("view", w.browser.view_mode, flush=True)
    QTest.keyClick(w.windowHandle(), Qt.Key.Key_Q, ctrl)
    print("visible after ctrl+q", w.isVisible(), flush=True)

QTimer.singleShot(0, press)
QTimer.singleShot(20000, lambda: app.exit(3))  # never waits forever on a broken display
w.quit_action.triggered.connect(lambda: print("quit triggered", flush=True))
app.lastWindowClosed.connect(app.quit)
code = app.exec()
tasks.shutdown()
library.close()
sys.exit(code)
"""


@pytest.fixture
def x_display(tmp_path: Path):
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()  # Xvfb writes the display it chose once it listens
    try:
        if not number:
            pytest.skip("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_ctrl_q_quits_and_window_keys_work_on_x11(tmp_path: Path, x_display: str) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=x_display, REAL_DESKTOP_HOME=str(home))
    script = tmp_path / "x11_keys.py"
    script.write_text(SCRIPT)
    done = subprocess.run(
        [sys.executable, str(script), str(home)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    out = done.stdout.splitlines()
    assert "platform xcb" in out, done.stdout + done.stderr
    assert "view list" in out, done.stdout + done.stderr  # Ctrl+2
    assert "quit triggered" in out and "visible after ctrl+q False" in out, done.stderr
    assert "Ambiguous shortcut" not in done.stderr
    assert done.returncode == 0, done.stderr
