"""The real app in kiosk mode on a real X server (Xvfb, with openbox when installed),
driven with the keyboard through xdotool as a visitor would: the ways out do nothing, a
note typed with Ctrl+Shift+N is saved, Ctrl+Shift+Q then Enter erases it.

The app runs through its real entry point (`real_desktop.ui.app.main`, which finds the
enabled kiosk.ini); a probe timer in the same process prints what a visitor would see
(which screen, the viewer, how many notes, whether the phrase is found) when it changes.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "core"))
from core_fixtures import write_pdf  # noqa: E402

PHRASE = "zebra crossing idea"

PROBE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0], "-style", "Fusion"])
print("platform", app.platformName(), flush=True)
seen = {}


def say(key, value):
    if seen.get(key) != value:
        seen[key] = value
        print(key, value, flush=True)


def probe():
    from real_desktop.ui.kiosk.controller import KioskController

    found = app.findChildren(KioskController)
    if not found:
        return
    c = found[0]
    w = c.window
    say("screen", "session" if w is not None else "admin" if c.admin_window else
        ("welcome" if c.welcome.isVisible() else "none"))
    say("dialog", type(c.dialog).__name__ if c.dialog is not None else "none")
    if w is not None:
        say("visible", w.isVisible() and w.isFullScreen())
        say("viewer", type(w.current_viewer).__name__ if w.current_viewer else "none")
        say("notes", w.notes.count())
        say("phrase-hits", len(w.library.search(PHRASE).hits))


timer = QTimer()
timer.timeout.connect(probe)
timer.start(150)
from real_desktop.ui import app as gui

sys.exit(gui.main([]))
""".replace("PHRASE", repr(PHRASE))


def _start_display(tmp_path: Path) -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None or shutil.which("xdotool") is None:
        pytest.skip("Xvfb or xdotool is not installed")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    wm = None
    try:
        if not number:
            pytest.skip("Xvfb did not start")
        display = f":{number}"
        if shutil.which("openbox"):  # a window manager: Alt+F4 becomes a close request
            wm = subprocess.Popen(["openbox"], env=dict(os.environ, DISPLAY=display),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        yield display
    finally:
        if wm is not None:
            wm.terminate()
            wm.wait(timeout=10)
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    yield from _start_display(tmp_path)


class App:
    """The app's process and the lines its probe prints."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)  # fmt: skip
        self.lines: queue.Queue[str] = queue.Queue()
        self.log: list[str] = []
        self.state: dict[str, str] = {}
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def _drain(self, timeout: float) -> None:
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            return
        self.log.append(line)
        key, _, value = line.partition(" ")
        self.state[key] = value

    def wait_for(self, key: str, value: str, limit: float = 60.0) -> None:
        deadline = time.monotonic() + limit
        while self.state.get(key) != value:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                if self.proc.poll() is None:  # stuck: faulthandler prints every thread
                    self.proc.send_signal(signal.SIGABRT)
                    self.proc.wait(timeout=30)
                err = self.proc.stderr.read()  # type: ignore[union-attr]
                raise AssertionError(f"never saw {key} {value}: {self.log}\n{err}")
            self._drain(0.2)

    def settle(self, seconds: float = 1.5) -> None:
        """Let the app handle what was sent (and print what changed)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self._drain(0.1)


def test_a_visitor_at_the_keyboard(tmp_path: Path, x_display: str) -> None:
    from real_desktop.core.kiosk import config as kc
    from real_desktop.core.kiosk.pin import hash_pin
    from real_desktop.core.library import Library

    home, tmp, docs = tmp_path / "home", tmp_path / "tmp", tmp_path / "docs"
    user = tmp_path / "user"  # the account's home: Qt's, fontconfig's, libvlc's caches
    for d in (tmp, docs, user):
        d.mkdir()
    write_pdf(docs / "budget.pdf", ["The narwhal budget guide.", "Second page."])
    with Library.open(home, seed=False) as lib:
        lib.import_all([docs])
    config = tmp_path / "etc" / "kiosk.ini"
    kc.write(config, kc.KioskConfig(enabled=True, pin_hash=hash_pin("2468")))
    script = tmp_path / "kiosk_probe.py"
    script.write_text(PROBE, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=x_display, TMPDIR=str(tmp),
               HOME=str(user), XDG_CACHE_HOME=str(user / ".cache"),
               XDG_CONFIG_HOME=str(user / ".config"), XDG_DATA_HOME=str(user / ".local/share"),
               REAL_DESKTOP_HOME=str(home), REAL_DESKTOP_KIOSK_CONFIG=str(config),
               REAL_DESKTOP_ASSETS=str(tmp_path / "no-starter"), PYTHONFAULTHANDLER="1")  # fmt: skip
    app = App([sys.executable, str(script)], env)

    def key(*keys: str) -> None:
        subprocess.run(["xdotool", "key", "--delay", "80", *keys], env=env, check=True, timeout=30)

    def type_text(text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "40", text], env=env, check=True, timeout=30)

    try:
        app.wait_for("platform", "xcb")
        app.wait_for("screen", "welcome", limit=180)  # a loaded machine starts Qt slowly
        app.settle()
        key("Return")  # the welcome screen's Start
        app.wait_for("screen", "session")
        app.wait_for("visible", "True")
        # The ways out: quit, close the window (Alt+F4 is the window manager's close).
        key("ctrl+q", "ctrl+w", "alt+F4", "ctrl+F4")
        app.settle(2.5)
        assert app.proc.poll() is None, app.log
        assert app.state["screen"] == "session" and app.state["visible"] == "True", app.log
        # Search, open the hit, write a note with Ctrl+Shift+N.
        type_text("narwhal")
        app.settle()
        key("Down", "Return")
        app.wait_for("viewer", "DocumentView")
        app.settle()
        key("ctrl+shift+n")
        app.settle()
        type_text(PHRASE)
        app.wait_for("notes", "1")
        app.wait_for("phrase-hits", "1")  # saved and indexed (in the session's store)
        blob = b"".join(
            p.read_bytes() for d in (home, tmp, user) for p in d.rglob("*") if p.is_file()
        )
        assert PHRASE.encode() not in blob  # never on disk, even while the session runs
        # End session: Ctrl+Shift+Q, then Enter confirms.
        key("Escape")  # leave the note editor (Ctrl+Shift+Q works from anywhere too)
        key("ctrl+shift+q")
        app.wait_for("dialog", "EndSessionDialog")
        app.settle(0.5)
        key("Return")
        app.wait_for("screen", "welcome")
        app.settle()
        blob = b"".join(
            p.read_bytes() for d in (home, tmp, user) for p in d.rglob("*") if p.is_file()
        )
        assert PHRASE.encode() not in blob and b"zebra" not in blob
        key("Return")  # the next visitor
        app.wait_for("screen", "session")
        app.wait_for("notes", "0")
        app.wait_for("phrase-hits", "0")
    finally:
        app.proc.terminate()
        try:
            app.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app.proc.kill()
    assert "Traceback" not in (app.proc.stderr.read() if app.proc.stderr else ""), app.log
