"""ViewerPauser pauses only what plays, and resumes only what it paused."""

from __future__ import annotations

from real_desktop.ui.notes.pauser import ViewerPauser, pausable


class Engine:
    """The part of the player protocol the pauser uses (state, pause, play)."""

    def __init__(self, state: str) -> None:
        self._state = state

    def state(self) -> str:
        return self._state

    def pause(self) -> None:
        self._state = "paused"

    def play(self) -> None:
        self._state = "playing"


class PlayerLike:
    def __init__(self, engine: Engine) -> None:
        self.player = engine


def test_pausable_is_the_viewer_player_or_the_viewer() -> None:
    e = Engine("playing")
    assert pausable(PlayerLike(e)) is e
    assert pausable(e) is e
    assert pausable(object()) is None and pausable(None) is None


def test_pause_and_resume_only_what_it_paused() -> None:
    e = Engine("playing")
    on = [True]
    p = ViewerPauser(lambda: PlayerLike(e), lambda: on[0])
    p.pause()
    assert e.state() == "paused" and p.paused
    p.resume()
    assert e.state() == "playing" and not p.paused
    stopped = Engine("paused")
    q = ViewerPauser(lambda: stopped, lambda: True)
    q.pause()
    q.resume()
    assert stopped.state() == "paused"  # it was not playing: left alone
    on[0] = False
    p.pause()
    assert e.state() == "playing"  # the setting is off
