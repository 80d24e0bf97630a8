"""A visitor watching a talk: playing is not being away (no countdown), a paused one is;
ending the session stops playback and closes the viewer. Real media, the real player
(libvlc with dummy outputs offscreen, or Qt Multimedia)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from real_desktop.core.kiosk.config import KioskConfig
from real_desktop.core.library import Library
from real_desktop.ui.kiosk.controller import KioskController
from real_desktop.ui.tasks import TaskRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "core"))
from core_fixtures import make_video  # noqa: E402


@pytest.fixture
def kiosk(qapp, tmp_path: Path) -> Iterator[KioskController]:
    home = tmp_path / "home"
    make_video(tmp_path / "media" / "talk.mp4", seconds=20)
    with Library.open(home, seed=False) as lib:
        lib.import_all([tmp_path / "media"])
    tasks = TaskRunner()
    c = KioskController(qapp, KioskConfig(enabled=True, pin_hash="x"), home, tasks)
    c.show_welcome()
    yield c
    c.shutdown()
    tasks.shutdown()


def test_playing_is_not_idle_and_the_end_stops_playback(qtbot, kiosk: KioskController) -> None:
    kiosk.start_session()
    qtbot.waitUntil(lambda: kiosk.in_session)
    w = kiosk.window
    assert w is not None
    qtbot.waitUntil(lambda: not w.model.loading and w.model.rowCount() == 1)
    w.open_resource(w.model.resource(0))
    qtbot.waitUntil(lambda: w.current_viewer is w.player_view)
    view = w.player_view
    if view.player is None or view.player.state() != "playing":
        view.toggle()
    qtbot.waitUntil(lambda: view.player is not None and view.player.state() == "playing")
    player = view.player
    elapsed: list[bool] = []
    kiosk.idle.timeout.connect(lambda: elapsed.append(True))
    kiosk.idle.setInterval(50)
    kiosk.idle.start()
    qtbot.waitUntil(lambda: len(elapsed) >= 3)  # the idle time ran out three times …
    assert not kiosk.tick.isActive() and not kiosk.countdown.isVisible()  # … no countdown
    view.toggle()  # paused: now it counts
    qtbot.waitUntil(lambda: player.state() != "playing")
    kiosk.countdown_seconds = 1
    kiosk.tick.setInterval(50)
    qtbot.waitUntil(lambda: not kiosk.in_session)
    assert view.player is None and view.resource is None  # stopped and released
    assert kiosk.welcome.isVisible()
