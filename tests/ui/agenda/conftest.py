"""Fixtures for the agenda UI tests (see agenda_fixtures.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from agenda_fixtures import build_home  # noqa: E402

from real_desktop.core.library import Library  # noqa: E402


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[tuple[Library, str]]:
    home, agenda_id = build_home(tmp_path)
    lib = Library.open(home, seed=False)
    yield lib, agenda_id
    lib.close()
