"""Backend choice, the notice when VLC is missing, and releasing libvlc resources."""

from __future__ import annotations

import os

import pytest

from real_desktop.player import factory
from real_desktop.player.qt_backend import QtPlayer

WAIT = 10_000


def test_env_forces_qt(qapp, monkeypatch):
    monkeypatch.setenv("REAL_DESKTOP_PLAYER", "qt")
    p, notice = factory.create_player()
    try:
        assert isinstance(p, QtPlayer) and notice is None
    finally:
        p.release()


@pytest.mark.parametrize(
    "failure",
    [
        NameError("no function 'libvlc_new'"),
        RuntimeError("libvlc found, but its plugins are missing"),
    ],
)
def test_missing_vlc_falls_back_with_a_plain_notice(qapp, monkeypatch, failure):
    from real_desktop.player import vlc_backend

    monkeypatch.delenv("REAL_DESKTOP_PLAYER", raising=False)

    def broken():
        raise RuntimeError(f"libvlc could not be loaded: {failure}") from failure

    monkeypatch.setattr(vlc_backend, "load_vlc", broken)
    p, notice = factory.create_player()
    try:
        assert isinstance(p, QtPlayer)
        assert notice == "Using Qt Multimedia: VLC was not found"
        assert "libvlc" not in notice and "NameError" not in notice
    finally:
        p.release()


def test_vlc_instance_returning_none_is_detected(qapp, monkeypatch):
    """python-vlc returns None (not an error) when libvlc has no plugins."""
    from real_desktop.player import vlc_backend

    monkeypatch.setattr(vlc_backend, "_instance", None)
    monkeypatch.setattr(vlc_backend.vlc, "Instance", lambda *a, **k: None)
    with pytest.raises(RuntimeError, match="plugins"):
        vlc_backend.load_vlc()
    assert not factory.vlc_available()


@pytest.mark.vlc
def test_vlc_is_preferred_when_present(qapp, monkeypatch):
    from real_desktop.player.vlc_backend import VlcPlayer

    monkeypatch.delenv("REAL_DESKTOP_PLAYER", raising=False)
    p, notice = factory.create_player()
    try:
        assert isinstance(p, VlcPlayer) and notice is None
    finally:
        p.release()


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _threads() -> int:
    return len(os.listdir("/proc/self/task"))


@pytest.mark.parametrize("backend", [pytest.param("vlc", marks=pytest.mark.vlc), "qt"])
def test_hundred_open_play_release_cycles_do_not_leak(qtbot, media, monkeypatch, backend):
    import gc

    from real_desktop.player import vlc_backend

    monkeypatch.setenv("REAL_DESKTOP_PLAYER", backend)

    def cycle() -> None:
        p, _ = factory.create_player()
        p.open(media["video"])
        p.play()
        p.seek(1.0)
        p.release()
        p.deleteLater()

    cycle()  # warm-up: plugin loading, thread pools
    qtbot.wait(100)
    gc.collect()
    fds, threads = _fds(), _threads()
    for _ in range(100):
        cycle()
    gc.collect()
    qtbot.waitUntil(lambda: _threads() <= threads + 3, timeout=WAIT)
    qtbot.waitUntil(lambda: _fds() <= fds + 5, timeout=WAIT)
    assert vlc_backend.live_players() == 0


@pytest.mark.vlc
def test_vlc_release_copes_with_qt_having_deleted_the_player(qtbot, media):
    """A parent widget torn down first takes the player's C++ side with it; release() (and
    the atexit handler that calls it) must still free libvlc's player, not raise."""
    import shiboken6
    from PySide6.QtWidgets import QWidget

    from real_desktop.player import vlc_backend

    parent = QWidget()
    p = vlc_backend.VlcPlayer(parent)
    p.open(media["video"])
    p.play()
    qtbot.waitUntil(p.frame_shown, timeout=WAIT)
    before = vlc_backend.live_players()
    shiboken6.delete(parent)
    assert not shiboken6.isValid(p)
    p.release()
    p.release()
    assert p.is_released()
    assert vlc_backend.live_players() == before - 1


_EXIT_SCRIPT = """
import sys
import shiboken6
from PySide6.QtWidgets import QApplication, QWidget
from real_desktop.player.vlc_backend import VlcPlayer

app = QApplication([])
window = QWidget()
player = VlcPlayer(window)  # never released by the program: the atexit handler must
player.open(sys.argv[1])
player.play()
while not player.frame_shown():
    app.processEvents()
shiboken6.delete(window)  # the window went first, as with WA_DeleteOnClose
print("exiting", flush=True)
"""


@pytest.mark.vlc
def test_interpreter_exit_with_an_unreleased_player_is_clean(media, tmp_path):
    import subprocess
    import sys

    script = tmp_path / "exit_case.py"
    script.write_text(_EXIT_SCRIPT)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(script), str(media["video"])],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "exiting" in done.stdout
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


def test_qt_release_while_loading_and_from_its_own_signal(qtbot, media):
    """Closing must not block: right after open (the engine still loading), and from a
    slot of the player's own signal (an error or end of media handled by closing)."""
    import shiboken6
    from PySide6.QtMultimedia import QMediaPlayer

    early = QtPlayer()
    early.open(media["video"])
    early.play()
    engine = early._mp
    early.release()
    assert early.is_released()
    early.play()  # harmless afterwards
    early.set_rate(1.5)
    early.set_volume(50)
    qtbot.waitUntil(lambda: not shiboken6.isValid(engine), timeout=WAIT)

    inside = QtPlayer()
    released: list[bool] = []

    def close_when_loaded(status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.LoadedMedia and not released:
            inside.release()
            released.append(True)

    inside._mp.mediaStatusChanged.connect(close_when_loaded)
    inside.open(media["video"])
    inside.play()
    qtbot.waitUntil(lambda: bool(released), timeout=WAIT)
    engine = inside._mp
    qtbot.waitUntil(lambda: not shiboken6.isValid(engine), timeout=WAIT)
    assert inside.state() != "error"
