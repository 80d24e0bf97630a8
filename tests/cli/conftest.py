"""The command line's tests expect English unless a test asks for Spanish: a developer's
LANG=es_MX must not change what main() prints."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def english_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
