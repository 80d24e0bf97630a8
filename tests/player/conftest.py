"""Fixtures for the Player contract: both backends, real media."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import media_files  # noqa: E402

BACKENDS = [pytest.param("vlc", marks=pytest.mark.vlc), "qt"]


@pytest.fixture(scope="session")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("media")
    video = media_files.make_video(d / "talk.mp4")
    media_files.write_captions(video)
    return {
        "video": video,
        "audio": media_files.make_audio(d / "tone.m4a"),
        "garbage": media_files.make_garbage(d / "garbage.mp4"),
        "truncated": media_files.make_truncated(d / "truncated.mp4"),
    }


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("REAL_DESKTOP_PLAYER", request.param)
    return request.param


@pytest.fixture
def player(qapp, backend: str) -> Iterator[object]:
    from real_desktop.player.factory import create_player

    p, notice = create_player()
    assert p.backend_name == backend and notice is None
    yield p
    p.release()
