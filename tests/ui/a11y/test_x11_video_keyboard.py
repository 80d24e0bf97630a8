"""The video surface is no keyboard trap on a real X server: libvlc draws into a native
child window, which could take the X keyboard focus when clicked. Clicked, then driven by
xdotool as a keyboard user would: Space still plays/pauses and Tab / Shift+Tab still move
on through named widgets (offscreen, test_every_screen walks the Qt side)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ui.test_x11_shortcuts import x_display  # noqa: F401  (the Xvfb fixture)

PROBE = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from real_desktop.core.library import Library
from real_desktop.core.models import Kind
from real_desktop.ui.main_window import MainWindow
from real_desktop.ui.settings import AppSettings
from real_desktop.ui.tasks import TaskRunner
from tests.ui.a11y.keyboard import name_of

app = QApplication([sys.argv[0], "-style", "Fusion"])
home = Path(sys.argv[1])
library = Library.open(home, seed=False)
tasks = TaskRunner()
w = MainWindow(library, tasks, AppSettings(home / "settings.ini"))
w.setGeometry(0, 0, 1200, 800)
w.show()
w.activateWindow()
w.open_resource(next(r for r in library.resources() if r.kind is Kind.VIDEO))
last = {}

def probe():
    view = w.player_view
    f = QApplication.focusWidget()
    state = {
        "backend": type(view.player).__name__ if view.player else "",
        "state": view.player.state() if view.player else "",
        "focus": f"{type(f).__name__}:{name_of(f)}" if f else "none",
        "inside": bool(f and w.isAncestorOf(f)),
        "active": w.isActiveWindow(),
    }
    vw = view.video_widget
    if vw is not None and vw.isVisible():
        c = vw.mapToGlobal(vw.rect().center())
        state["video"] = [c.x(), c.y()]
    if state != last:
        last.clear(); last.update(state)
        print(json.dumps(state), flush=True)

t = QTimer(); t.timeout.connect(probe); t.start(100)
QTimer.singleShot(60000, app.quit)
app.exec()
"""


class App:
    """The probe's state lines, read on a thread as they come."""

    def __init__(self, proc: subprocess.Popen) -> None:  # type: ignore[type-arg]
        import threading

        self.proc, self.seen = proc, []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:  # type: ignore[union-attr]
            if line.startswith("{"):
                self.seen.append(json.loads(line))

    def wait(self, test, limit: float = 30.0) -> dict:  # noqa: ANN001
        end = time.monotonic() + limit
        while time.monotonic() < end:
            if self.seen and test(self.seen[-1]):
                return self.seen[-1]
            time.sleep(0.1)
        raise AssertionError(f"not seen; last states: {self.seen[-5:]}")


def test_the_video_surface_keeps_the_keyboard(x_display: str, tmp_path: Path) -> None:  # noqa: F811
    if shutil.which("xdotool") is None or shutil.which("ffmpeg") is None:
        pytest.skip("needs xdotool and ffmpeg")
    from tests.ui.a11y.screens import workshop_home

    home, _ = workshop_home(tmp_path / "w")
    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(root),
           "REAL_DESKTOP_VLC_ARGS": "--aout=dummy", "REAL_DESKTOP_HOME": str(tmp_path / "data")}  # fmt: skip
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("REAL_DESKTOP_PLAYER", None)  # the default: libvlc when it loads
    script = tmp_path / "probe.py"
    script.write_text(PROBE)
    proc = subprocess.Popen([sys.executable, str(script), str(home)], env=env, cwd=root,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)  # fmt: skip
    app = App(proc)

    def xdo(*args: str) -> None:
        subprocess.run(["xdotool", *args], env=env, check=True, timeout=30)

    try:
        s = app.wait(lambda s: "video" in s and s["active"] and s["state"] in ("playing", "paused"))
        x, y = s["video"]
        xdo("mousemove", str(x), str(y), "click", "1")  # a click on the picture: play/pause
        app.wait(lambda s: s["state"] == "paused" and s["active"])
        xdo("key", "space")  # the keys still reach the player, not libvlc's window
        app.wait(lambda s: s["state"] == "playing")
        names = set()
        for _ in range(6):
            xdo("key", "Tab")
            time.sleep(0.3)
            s = app.wait(lambda s: True)
            assert s["inside"] and s["focus"] != "none", app.seen[-3:]
            names.add(s["focus"])
        for _ in range(3):
            xdo("key", "shift+Tab")
            time.sleep(0.3)
            assert app.wait(lambda s: True)["inside"], app.seen[-3:]
        assert len(names) >= 4, names  # focus moved on: no trap on the picture
        assert all(n.split(":", 1)[1] for n in names), names  # each stop is named
        if s["backend"] != "VlcPlayer":
            pytest.skip(f"libvlc did not load ({s['backend']}): the Qt side was checked")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
