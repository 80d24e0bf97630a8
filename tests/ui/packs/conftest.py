"""Real packs for the pack dialogs: PDFs written by Qt, built by the core's own builder."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.conftest import write_pdf

PAGES = {
    "budget.pdf": ["The zanzibar budget of the council.", "Second page about quokkas."],
    "listening.pdf": ["Listening sessions with residents and pangolins."],
}


def make_pack(root: Path, out: Path, *, version: str = "1", extra: dict[str, list[str]] | None = None,
              keyfile: Path | None = None, pack_id: str = "city-guides", title: str = "City guides") -> Path:  # fmt: skip
    from real_desktop.core.packs.build import PackSpec, build_from_paths

    src = root / f"src-{pack_id}-{version}" / "guides"
    for name, pages in {**PAGES, **(extra or {})}.items():
        write_pdf(src / name, pages, name)
    out.parent.mkdir(parents=True, exist_ok=True)
    spec = PackSpec(pack_id, title, version=version, publisher="League of Cities", language="en")
    return build_from_paths([src], out, spec, keyfile=keyfile)


def flip_member_byte(good: Path, out: Path, member_suffix: str) -> str:
    """A copy of `good` with one byte of one file member changed (manifest untouched)."""
    with zipfile.ZipFile(good) as zf:
        items = [(zi, zf.read(zi)) for zi in zf.infolist()]
    hit = ""
    with zipfile.ZipFile(out, "w") as zf:
        for zi, data in items:
            if not hit and zi.filename.endswith(member_suffix):
                hit = zi.filename
                data = data[:100] + bytes([data[100] ^ 0x01]) + data[101:]
            zf.writestr(zi, data)
    return hit


@pytest.fixture
def lib(home: Path, qapp) -> Iterator[object]:
    from real_desktop.core.library import Library

    library = Library.open(home, seed=False)
    yield library
    library.close()


@pytest.fixture
def registry(qapp) -> object:
    from real_desktop.ui.actions.registry import ActionRegistry

    return ActionRegistry()
