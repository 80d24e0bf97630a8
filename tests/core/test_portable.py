"""Portable mode, simulated without a bundle: sys.frozen and sys.executable stand in for
what PyInstaller sets (tests/bundle runs the real, frozen bundle)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

from real_desktop.core import paths


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A frozen program at stick/real-desktop/real-desktop, with the environment restored."""
    app = tmp_path / "stick" / "real-desktop"
    app.mkdir(parents=True)
    (app / "real-desktop").write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "real-desktop"))
    monkeypatch.delenv("REAL_DESKTOP_HOME", raising=False)
    for var in [*paths.PORTABLE_ENV, "XDG_RUNTIME_DIR"]:  # restored after the test
        if var in os.environ:
            monkeypatch.setenv(var, os.environ[var])
        else:
            monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(tempfile, "tempdir", tempfile.tempdir)
    return app


def test_no_marker_is_not_portable(stick: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert paths.portable_root() is None
    assert paths.enter_portable_mode() is None
    monkeypatch.setenv("REAL_DESKTOP_HOME", str(stick / "elsewhere"))
    assert paths.data_home() == stick / "elsewhere"


def test_a_folder_named_portable_is_no_marker(stick: Path) -> None:
    (stick / "portable").mkdir()
    assert paths.portable_root() is None


def test_not_frozen_ignores_a_marker_beside_python(stick: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (stick / "portable").write_text("")
    monkeypatch.setattr(sys, "frozen", False)
    assert paths.portable_root() is None


def test_marker_puts_data_caches_and_temp_beside_the_program(stick: Path) -> None:
    (stick / "portable").write_text("")
    data = paths.enter_portable_mode()
    assert data == stick / "data"
    assert paths.data_home() == stick / "data"
    for var, sub in paths.PORTABLE_ENV.items():
        assert os.environ[var] == str(stick / "data" / sub)
        assert (stick / "data" / sub).is_dir()
    runtime = Path(os.environ["XDG_RUNTIME_DIR"])
    assert runtime.is_relative_to(stick / "data") and (runtime.stat().st_mode & 0o777) == 0o700
    # Python's temporary files follow at once, even though tempdir was chosen before.
    with tempfile.NamedTemporaryFile() as f:
        assert Path(f.name).parent == stick / "data" / "tmp"
    assert paths.enter_portable_mode() == data  # twice is harmless


def test_real_desktop_home_still_wins(stick: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (stick / "portable").write_text("")
    monkeypatch.setenv("REAL_DESKTOP_HOME", str(stick / "mine"))
    paths.enter_portable_mode()
    assert paths.data_home() == stick / "mine"


def test_settings_and_library_land_in_data(stick: Path) -> None:
    (stick / "portable").write_text("")
    paths.enter_portable_mode()
    from real_desktop.core.library import Library

    lib = Library.open(seed=False)
    try:
        assert Path(lib.home) == stick / "data"
        assert (stick / "data" / "library.db").is_file()
    finally:
        lib.close()
