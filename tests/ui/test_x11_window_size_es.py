"""The Spanish interface fits a 1024×768 projector at 18 and 24 pt (the library header wraps its controls under the title), on a real X server: the same
walk as test_x11_window_size (every kind of item opened, the Notes list, search, the list
view at 1024 px), with Spanish installed first (its texts are ~25 % longer)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.test_x11_shortcuts import x_display  # noqa: F401  (the Xvfb fixture)
from tests.ui.test_x11_window_size import SCRIPT

QAPP = 'app = QApplication([sys.argv[0], "-style", "Fusion"])\n'
SPANISH = SCRIPT.replace(QAPP, QAPP + 'from real_desktop.ui import i18n\ni18n.install(app, "es")\n')


@pytest.mark.parametrize("points", [18, 24])
def test_the_spanish_window_fits_1024(points: int, x_display: str, tmp_path: Path) -> None:  # noqa: F811
    assert SPANISH != SCRIPT  # the walk really runs in Spanish
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    (tmp_path / "home").mkdir()
    script = tmp_path / "fit_es.py"
    script.write_text(SPANISH)
    run = subprocess.run([sys.executable, str(script), str(tmp_path / "home"), str(points)],
                         env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    lines = [ln for ln in run.stdout.splitlines() if ln.startswith("{")]
    assert run.returncode == 0 and lines, run.stderr[-3000:]
    got = json.loads(lines[-1])
    assert got["minimum"] <= 1024 and got["width"] <= 1024, got
    assert max(got["minimums"].values()) <= 1024, got
    assert got["squeezed"] == [] and got["clipped"] == [], got
    if got["player"]:
        assert got["player"]["squeezed"] == [] and got["player"]["minimum"] <= 1024, got
