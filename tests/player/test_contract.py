"""One Player contract, both backends (real libvlc with dummy outputs; Qt Multimedia offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest

from real_desktop.core.models import Location, LocationKind, Segment
from real_desktop.player.cues import CueIndex

WAIT = 10_000  # ms: generous for a loaded 2-core CI machine; waits end as soon as true


def _engine_rate(player) -> float:
    return player._mp.get_rate() if player.backend_name == "vlc" else player._mp.playbackRate()


def _engine_subtitle_tracks(player) -> int:
    if player.backend_name == "vlc":
        return max(0, player._mp.video_get_spu_count())
    return len(player._mp.subtitleTracks())


def _play_until(qtbot, player, seconds: float) -> None:
    player.play()
    qtbot.waitUntil(
        lambda: player.state() == "playing" and player.position() >= seconds, timeout=WAIT
    )


def test_open_reports_duration_without_playing(qtbot, player, media):
    with qtbot.waitSignal(player.durationChanged, timeout=WAIT) as sig:
        player.open(media["video"])
    assert sig.args[0] == pytest.approx(4.0, abs=0.3)
    assert player.duration() == pytest.approx(4.0, abs=0.3)
    assert player.state() == "stopped"
    assert player.position() == 0.0


def test_play_advances_and_pause_holds(qtbot, player, media):
    player.open(media["video"])
    states: list[str] = []
    player.stateChanged.connect(states.append)
    _play_until(qtbot, player, 0.5)
    assert "playing" in states
    player.pause()
    qtbot.waitUntil(lambda: player.state() == "paused", timeout=WAIT)
    held = player.position()
    qtbot.wait(400)  # proving nothing moves needs some elapsed time
    assert player.position() == pytest.approx(held, abs=0.2)
    player.toggle()
    assert player.state() == "playing"
    qtbot.waitUntil(lambda: player.position() > held + 0.2, timeout=WAIT)


def test_seek_while_playing(qtbot, player, media):
    player.open(media["video"])
    _play_until(qtbot, player, 0.1)
    player.seek(2.5)
    assert player.position() == pytest.approx(2.5, abs=0.05)  # reported at once, for the UI
    qtbot.waitUntil(lambda: 2.4 <= player.position() < 3.9, timeout=WAIT)


def test_seek_before_play_starts_there(qtbot, player, media):
    player.open(media["video"])
    player.seek(2.0)
    seen: list[float] = []
    player.positionChanged.connect(seen.append)
    _play_until(qtbot, player, 2.2)
    assert min(seen) >= 1.8, f"playback went back to the start first: {seen[:5]}"


def test_rate_volume_mute(qtbot, player, media):
    player.open(media["video"])
    player.set_rate(5.0)
    assert player.rate() == 2.0
    player.set_rate(0.1)
    assert player.rate() == 0.5
    player.set_rate(1.5)
    _play_until(qtbot, player, 0.1)
    qtbot.waitUntil(lambda: _engine_rate(player) == pytest.approx(1.5), timeout=WAIT)
    player.set_volume(150)
    assert player.volume() == 100
    player.set_volume(-3)
    assert player.volume() == 0
    player.set_volume(40)
    player.set_muted(True)
    assert player.volume() == 40 and player.is_muted()
    player.set_muted(False)
    assert not player.is_muted()


def test_end_of_media_then_replay(qtbot, player, media):
    player.open(media["video"])
    _play_until(qtbot, player, 0.1)
    with qtbot.waitSignal(player.mediaEnded, timeout=WAIT):
        player.seek(3.5)
    assert player.state() == "ended"
    assert player.position() == pytest.approx(player.duration(), abs=0.3)
    player.play()  # from the end: starts over
    qtbot.waitUntil(
        lambda: player.state() == "playing" and 0.0 < player.position() < 3.0, timeout=WAIT
    )


def test_audio_only_file_plays_without_picture(qtbot, player, media):
    player.open(media["audio"])
    qtbot.waitUntil(lambda: player.duration() > 0, timeout=WAIT)
    assert player.duration() == pytest.approx(3.0, abs=0.3)
    _play_until(qtbot, player, 0.1)
    assert not player.has_video()


def test_video_reports_picture(qtbot, player, media):
    player.open(media["video"])
    _play_until(qtbot, player, 0.1)
    assert player.has_video()


@pytest.mark.parametrize("kind", ["video", "audio"])
def test_first_frame_is_reported_once_per_file(qtbot, player, media, kind):
    """firstFrame: the picture is up (audio: playback has begun). The view waits for it."""
    shown: list[float] = []
    player.firstFrame.connect(lambda: shown.append(player.position()))
    player.open(media[kind])
    assert not player.frame_shown()
    _play_until(qtbot, player, 0.1)
    qtbot.waitUntil(player.frame_shown, timeout=WAIT)
    _play_until(qtbot, player, 0.6)
    assert len(shown) == 1
    player.open(media[kind])  # a new file: a new first frame
    assert not player.frame_shown()
    player.seek(1.0)
    player.play()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=WAIT)
    assert shown[1] >= 0.9


def test_no_first_frame_for_an_unplayable_file(qtbot, player, media):
    errors: list[str] = []
    player.errorOccurred.connect(errors.append)
    player.firstFrame.connect(lambda: errors.append("frame"))
    player.open(media["garbage"])
    player.play()
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT)
    assert "frame" not in errors and not player.frame_shown()


@pytest.mark.parametrize("name", ["garbage", "truncated"])
def test_unplayable_file_gives_clear_error_without_hanging(qtbot, player, media, name):
    errors: list[str] = []
    player.errorOccurred.connect(errors.append)
    player.open(media[name])
    player.play()
    qtbot.waitUntil(lambda: player.state() == "error", timeout=WAIT)
    assert len(errors) == 1
    assert "could not be played" in errors[0]
    assert "Error" not in errors[0] and "Traceback" not in errors[0]
    player.play()  # stays in error, does not hang or raise
    assert player.state() == "error"


def test_missing_file_is_reported(qtbot, player, tmp_path):
    with qtbot.waitSignal(player.errorOccurred, timeout=WAIT) as sig:
        player.open(tmp_path / "gone.mp4")
    assert "not found" in sig.args[0]
    assert player.state() == "error"


def test_reopen_another_file_resets(qtbot, player, media):
    player.open(media["garbage"])
    player.play()
    qtbot.waitUntil(lambda: player.state() == "error", timeout=WAIT)
    player.open(media["video"])
    assert player.state() == "stopped"
    _play_until(qtbot, player, 0.2)


def test_captions_follow_position_and_engine_shows_none(qtbot, player, media):
    """Captions are drawn by the view from library cues: the engine must not load the
    sidecar .vtt itself (double captions), and positions map to the right cue."""
    cues = [
        Segment("r", i, Location(LocationKind.TIME, start=float(i), end=float(i + 1)), text)
        for i, text in enumerate(["Welcome", "Equity", "Budgets", "Thanks"])
    ]
    index = CueIndex(cues)
    player.open(media["video"])
    player.seek(2.2)
    _play_until(qtbot, player, 2.3)
    player.pause()
    qtbot.waitUntil(lambda: player.state() == "paused", timeout=WAIT)
    i = index.at(player.position())
    assert i is not None and index.cues[i].text in ("Budgets", "Thanks")
    assert _engine_subtitle_tracks(player) == 0


def test_chapters(qtbot, player, media):
    player.open(media["video"])
    _play_until(qtbot, player, 0.2)
    if player.backend_name == "vlc":
        qtbot.waitUntil(lambda: len(player.chapters()) == 2, timeout=WAIT)
        (t0, n0), (t1, n1) = player.chapters()
        assert (t0, n0) == (0.0, "Opening")
        assert t1 == pytest.approx(2.0, abs=0.01) and n1 == "Budgets"
    else:
        assert player.chapters() == []  # QMediaPlayer does not expose chapters


def test_release_is_idempotent_and_final(qtbot, player, media):
    player.open(media["video"])
    _play_until(qtbot, player, 0.1)
    player.release()
    player.release()
    assert player.is_released()
    player.play()  # harmless after release
    player.seek(1.0)


def test_video_widget_attach(qtbot, player, media):
    w = player.create_video_widget()
    qtbot.addWidget(w)
    player.attach(w)
    player.open(media["video"])
    _play_until(qtbot, player, 0.2)
    player.attach(None)
    qtbot.waitUntil(lambda: player.position() > 0.4, timeout=WAIT)


def test_qt_sink_receives_frames(qtbot, media, monkeypatch):
    monkeypatch.setenv("REAL_DESKTOP_PLAYER", "qt")
    from real_desktop.player.factory import create_player

    p, _ = create_player()
    try:
        frames: list[object] = []
        p.video_sink().videoFrameChanged.connect(lambda f: frames.append(f.size()))
        p.open(media["video"])
        p.play()
        qtbot.waitUntil(lambda: len(frames) > 0, timeout=WAIT)
        assert frames[0].width() == 320
    finally:
        p.release()


@pytest.mark.vlc
def test_vlc_snapshot_shows_a_frame(qtbot, media, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("REAL_DESKTOP_PLAYER", "vlc")
    from real_desktop.player.factory import create_player

    p, _ = create_player()
    try:
        p.open(media["video"])
        _play_until(qtbot, p, 0.3)
        out = tmp_path / "frame.png"
        qtbot.waitUntil(lambda: p.snapshot(str(out)) and out.exists(), timeout=WAIT)
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    finally:
        p.release()


# -- clips: in and out points (agendas) ------------------------------------------------------
def test_clip_plays_from_in_point_and_stops_at_out_point(qtbot, player, media):
    player.open(media["video"])
    player.set_clip(1.0, 2.2)
    seen: list[float] = []
    player.positionChanged.connect(seen.append)
    with qtbot.waitSignal(player.clipEnded, timeout=WAIT):
        player.play()
    assert min(seen) >= 0.9, f"started before the in point: {seen[:5]}"
    assert player.state() == "paused"
    assert player.position() == pytest.approx(2.2, abs=0.05)
    qtbot.wait(500)  # proving playback does not go on needs some elapsed time
    assert player.state() == "paused"
    assert player.position() <= 2.35, f"played past the out point: {player.position()}"
    assert max(seen) <= 2.4


def test_clip_replays_and_keeps_seeks_inside(qtbot, player, media):
    player.open(media["video"])
    player.set_clip(0.5, 1.5)
    with qtbot.waitSignal(player.clipEnded, timeout=WAIT):
        player.play()
    seen: list[float] = []
    player.positionChanged.connect(seen.append)
    with qtbot.waitSignal(player.clipEnded, timeout=WAIT):
        player.play()  # at the out point: plays the clip again from its in point
    assert min(seen) < 1.0
    player.seek(3.5)
    assert player.position() == pytest.approx(1.5, abs=0.05)
    player.seek(0.0)
    assert player.position() == pytest.approx(0.5, abs=0.05)
    player.clear_clip()
    player.seek(3.0)
    assert player.position() == pytest.approx(3.0, abs=0.05)
    with pytest.raises(ValueError):
        player.set_clip(2.0, 1.0)


def test_open_clears_the_clip(qtbot, player, media):
    player.open(media["video"])
    player.set_clip(1.0, 1.5)
    player.open(media["video"])
    assert player.clip() is None
    _play_until(qtbot, player, 1.8)  # plays on past the old out point
