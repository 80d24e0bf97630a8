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
