"""A real library with a real video (12 s, captions in two languages) for the player view."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "player"))
import media_files  # noqa: E402

# Cues every 2 s; the one at 8 s is the "search hit" the tests open at.
CUES_EN = [
    (0.0, 2.0, "Welcome to the session on racial equity."),
    (2.0, 4.0, "Equity starts with listening to residents."),
    (4.0, 6.0, "We looked at who benefits from each program."),
    (6.0, 8.0, "Then we brought the data to the council."),
    (8.0, 10.0, "Budgets show what a city values."),
    (10.0, 12.0, "Thank you for joining us today."),
]
CUES_ES = [
    (0.0, 2.0, "Bienvenidos a la sesión sobre equidad racial."),
    (2.0, 4.0, "La equidad empieza por escuchar a los vecinos."),
    (4.0, 6.0, "Vimos a quién beneficia cada programa."),
    (6.0, 8.0, "Luego llevamos los datos al concejo."),
    (8.0, 10.0, "Los presupuestos muestran lo que valora una ciudad."),
    (10.0, 12.0, "Gracias por acompañarnos hoy."),
]


@pytest.fixture(scope="session")
def source_media(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("player-media")
    talk = media_files.make_video(d / "talk.mp4", seconds=12)
    media_files.write_captions(talk, media_files.vtt(CUES_EN), media_files.vtt(CUES_ES))
    panel = media_files.make_video(d / "panel.mp4", seconds=3, chapters=False)
    media_files.write_captions(panel, media_files.vtt(CUES_EN[:1]), None)
    tone = media_files.make_audio(d / "tone.m4a", seconds=3)
    media_files.write_captions(tone, media_files.vtt([(0.0, 3.0, "A steady tone.")]), None)
    return d


@pytest.fixture(scope="session")
def long_media(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """longtalk.mp4 (5 min, 5 fps to keep it quick to make) with a 150-cue transcript."""
    d = tmp_path_factory.mktemp("player-long")
    talk = media_files.make_video(d / "longtalk.mp4", seconds=300, chapters=False, rate=5)
    n = media_files.LONG_CUES
    cues = [(2.0 * i, 2.0 * i + 2.0, media_files.long_cue_text(i)) for i in range(n)]
    media_files.write_captions(talk, media_files.vtt(cues), None)
    return d


@pytest.fixture
def long_talk(library, long_media: Path, tmp_path: Path):
    """The long talk, imported into the test's library."""
    d = tmp_path / "long"
    shutil.copytree(long_media, d)
    summary = library.import_all([d])
    assert not summary.of("failed"), summary.results
    return next(r for r in library.resources() if r.path and Path(r.path).name == "longtalk.mp4")


@pytest.fixture
def media_dir(source_media: Path, tmp_path: Path) -> Path:
    """A private copy: tests may move or delete files."""
    d = tmp_path / "media"
    shutil.copytree(source_media, d)
    return d


@pytest.fixture
def library(tmp_path: Path, media_dir: Path) -> Iterator[object]:
    from real_desktop.core.library import Library

    lib = Library.open(tmp_path / "home", seed=False)
    summary = lib.import_all([media_dir])
    assert not summary.of("failed"), summary.results
    yield lib
    lib.close()


@pytest.fixture
def view(qtbot, library, sync_tasks) -> Iterator[object]:
    from real_desktop.ui.player.view import PlayerView

    v = PlayerView(library, sync_tasks)
    qtbot.addWidget(v)
    v.resize(1000, 560)
    v.show()
    qtbot.waitExposed(v)
    yield v
    v.close_resource()
