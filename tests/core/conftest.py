"""Core test fixtures: a fresh library in a temp folder (no starter seeding)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from real_desktop.core.library import Library


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "libhome", seed=False)
    yield library
    library.close()


@pytest.fixture
def files(tmp_path: Path) -> Path:
    d = tmp_path / "files"
    d.mkdir()
    return d
