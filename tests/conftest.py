"""Shared fixtures for the whole suite.

QT_QPA_PLATFORM must be set before anything imports Qt, so it happens at module import,
which pytest does before collecting any test module.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt must never read or write the real user's settings or caches during tests.
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")
# A kiosk configuration on the test machine (/etc/real-desktop/kiosk.ini) must not turn the
# app's tests into kiosk sessions; kiosk tests point this at their own file.
os.environ.setdefault("REAL_DESKTOP_KIOSK_CONFIG", "/nonexistent/real-desktop-tests/kiosk.ini")

import pytest  # noqa: E402

# Waits end as soon as their condition holds, so a long limit costs nothing on a fast
# machine; pytest-qt's 5 s default is too tight for a loaded 2-core CI runner that starts
# worker processes and libvlc. Tests that pass their own timeout keep it.
_CI_WAIT_MS = 20_000


def _longer_waits() -> None:
    import functools

    from pytestqt.qtbot import QtBot

    for name in ("waitUntil", "waitSignal", "waitSignals", "waitCallback"):
        original = getattr(QtBot, name)

        @functools.wraps(original)
        def wait(self, *args, _original=original, **kwargs):  # noqa: ANN001, ANN202
            kwargs.setdefault("timeout", _CI_WAIT_MS)
            return _original(self, *args, **kwargs)

        setattr(QtBot, name, wait)


_longer_waits()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty data directory; REAL_DESKTOP_HOME points at it."""
    d = tmp_path / "home"
    d.mkdir()
    monkeypatch.setenv("REAL_DESKTOP_HOME", str(d))
    return d


@pytest.fixture
def sync_tasks(qapp) -> Iterator[object]:
    """A TaskRunner that runs work inline: deterministic tests without sleeps."""
    from real_desktop.ui.tasks import TaskRunner

    runner = TaskRunner(synchronous=True)
    yield runner
    runner.shutdown()


@pytest.fixture(autouse=True)
def _app_look_restored() -> Iterator[None]:
    """Every test starts from the look the one QApplication had before it: a test that
    changes the theme or text size (and "restores" it to the app's 11 pt default, not the
    test app's 9 pt) must not change the layout of whichever test runs next."""
    import sys

    widgets = sys.modules.get("PySide6.QtWidgets")  # never import Qt for core tests
    app = widgets.QApplication.instance() if widgets else None
    if app is None:
        yield
        return
    font, palette, sheet = app.font(), app.palette(), app.styleSheet()
    yield
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    app.setPalette(palette)
    app.setFont(font)
