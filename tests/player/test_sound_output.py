"""Without a sound device, libvlc gets the dummy audio output instead of flooding stderr."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from real_desktop.player.vlc_backend import sound_output_available

NO_CARDS = "--- no soundcards ---\n"
ONE_CARD = " 0 [PCH            ]: HDA-Intel - HDA Intel PCH\n                      HDA Intel PCH\n"


def cards(tmp_path: Path, text: str) -> Path:
    f = tmp_path / "cards"
    f.write_text(text, encoding="ascii")
    return f


def test_linux_without_server_or_card_has_no_sound(tmp_path: Path) -> None:
    kw = {"platform": "linux", "env": {}}
    assert not sound_output_available(**kw, asound_cards=cards(tmp_path, NO_CARDS))
    assert not sound_output_available(**kw, asound_cards=tmp_path / "absent")


def test_an_alsa_card_or_a_sound_server_counts(tmp_path: Path) -> None:
    none = cards(tmp_path, NO_CARDS)
    assert sound_output_available(platform="linux", env={}, asound_cards=cards(tmp_path, ONE_CARD))
    assert sound_output_available(platform="linux", env={"PULSE_SERVER": "tcp:x"}, asound_cards=none)
    (tmp_path / "run" / "pulse").mkdir(parents=True)
    (tmp_path / "run" / "pulse" / "native").touch()  # PulseAudio's or PipeWire's socket
    env = {"XDG_RUNTIME_DIR": str(tmp_path / "run")}
    assert sound_output_available(platform="linux", env=env, asound_cards=none)


def test_other_systems_always_have_a_default_device(tmp_path: Path) -> None:
    for platform in ("win32", "darwin"):
        assert sound_output_available(platform=platform, env={}, asound_cards=tmp_path / "x")


PLAY = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from real_desktop.player.vlc_backend import VlcPlayer
app = QApplication([])
w = QWidget(); w.resize(320, 240); w.show()
p = VlcPlayer(w)
surface = p.create_video_widget(w); surface.resize(320, 240); surface.show()
p.attach(surface)
p.open(Path(sys.argv[1]))
p.play()
QTimer.singleShot(2500, app.quit)
app.exec()
print("state", p.state)
p.release()
"""


@pytest.mark.vlc
def test_a_real_window_without_sound_device_keeps_stderr_quiet(media: dict[str, Path]) -> None:
    """On a real X server (xcb, not offscreen, where the dummy output is always used)."""
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed")
    if sound_output_available():
        pytest.skip("this machine has a sound device: nothing to silence")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    env.pop("REAL_DESKTOP_VLC_ARGS", None)
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", PLAY, str(media["video"])],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "state" in done.stdout
    # Before: ~400 "ALSA lib …" lines a second of playback.
    assert "ALSA lib" not in done.stderr
