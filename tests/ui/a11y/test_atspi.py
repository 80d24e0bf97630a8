"""Through AT-SPI, the way Orca sees the real window: no focusable object without a name.

Runs `a11y-tree.sh` (private Xvfb, D-Bus session and AT-SPI bus; needs xvfb, dbus,
at-spi2-core and the system python3-pyatspi, see scripts/setup.sh TEST_PKGS). Skipped
with the reason when the tool or what it needs is missing (CI without /work/shared)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TOOL = Path(os.environ.get("A11Y_TREE", "/work/shared/tools/a11y-tree.sh"))
ROOT = Path(__file__).resolve().parents[3]


def _missing() -> str | None:
    if not TOOL.exists():
        return f"{TOOL} is not here"
    for exe in ("Xvfb", "dbus-run-session"):
        if shutil.which(exe) is None:
            return f"{exe} is not installed"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core is not installed"
    probe = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True)
    if probe.returncode:
        return "python3-pyatspi is not installed"
    return None


@pytest.mark.skipif(_missing() is not None, reason=str(_missing()))
def test_every_focusable_object_on_screen_has_a_name(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "REAL_DESKTOP_HOME": str(tmp_path / "data")}
    done = subprocess.run(
        [str(TOOL), "8", sys.executable, "-m", "real_desktop.ui.app", "--home",
         str(tmp_path / "lib")],
        capture_output=True, text=True, env=env, timeout=120, cwd=ROOT,
    )
    objects = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    ours = [o for o in objects if o["app"] == "REAL Desktop"]
    if not ours:
        pytest.skip(f"the AT-SPI tree was empty (no bus?): {done.stderr[-300:]}")
    assert any(o["role"] == "frame" for o in ours)
    # Hidden objects (a combo box's closed popup) cannot be reached; those on screen must speak.
    unnamed = [
        (o["role"], o["depth"]) for o in ours
        if "focusable" in o["states"] and "showing" in o["states"] and not o["name"].strip()
    ]
    assert not unnamed, unnamed
    assert any(o["name"] == "Library grid" for o in ours)  # the named ones are really seen
