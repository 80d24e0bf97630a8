"""Test modules live in folders without __init__.py, so pytest imports them by basename:
two files with one name in different folders break collection of the whole suite."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path


def test_every_test_module_has_a_name_of_its_own() -> None:
    root = Path(__file__).resolve().parent
    seen: dict[str, list[str]] = defaultdict(list)
    for path in root.rglob("test_*.py"):
        seen[path.name].append(str(path.relative_to(root)))
    clashes = {name: paths for name, paths in seen.items() if len(paths) > 1}
    assert not clashes, clashes
