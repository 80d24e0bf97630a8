"""A real Library holding the three resources the notes tests use, with fixed ids.

Built with the starter-library seeder from a catalog written here, so the ids are the
catalog's ("vid", "pdf", "guide") and each resource is real:

- "vid": a catalog video with ``file: null``, i.e. MISSING "Not on this computer"
  (like the starter library's talks), its metadata searchable;
- "pdf": a 12-page PDF (page 7 carries the sentence the tests quote);
- "guide": a Markdown guide whose headings give real sections, in this order:
  the title, Welcome, Preparing the room, Ground rules, Closing.

Shared by tests/core/test_notes.py and tests/ui/notes/conftest.py (which puts this folder
on sys.path), so the catalog is built in one place.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from core_fixtures import write_pdf

from real_desktop.core.library import Library
from real_desktop.core.models import LocationKind, Outcome
from real_desktop.core.seed import seed_starter

COLLECTION_LRE = "Leadership for Racial Equity"
COLLECTION_CCR = "Community Conversations on Race"
IDS = ("vid", "pdf", "guide")

GUIDE_MD = """# Community Conversations Guide

How to prepare a community conversation on race.

## Welcome

Thank people for coming.

## Preparing the room

Chairs in a circle, name cards, water.

## Ground rules

Listen first; speak from your own experience.

## Closing

Share next steps.
"""

PDF_PAGES = [f"Budgeting with an Equity Lens, page {n}." for n in range(1, 13)]
PDF_PAGES[6] = "Departments apply a racial equity lens to\nbudget decisions."

_ENTRIES = {
    "vid": {
        "kind": "video",
        "title": "Undoing Racism in America's Cities",
        "collection": COLLECTION_LRE,
        "file": None,
    },
    "pdf": {
        "kind": "document",
        "title": "Budgeting with an Equity Lens",
        "collection": COLLECTION_LRE,
        "file": "budget.pdf",
    },
    "guide": {
        "kind": "document",
        "title": "Community Conversations Guide",
        "collection": COLLECTION_CCR,
        "file": "guide.md",
    },
}


def open_notes_library(home: Path, ids: Iterable[str] = IDS) -> Library:
    """Open a fresh library in `home` (no starter content) seeded with the resources
    `ids`; their files are written next to it, in `<home>-files/`."""
    ids = list(ids)
    files = home.parent / f"{home.name}-files"
    files.mkdir(parents=True, exist_ok=True)
    write_pdf(files / "budget.pdf", PDF_PAGES, title="Budgeting with an Equity Lens")
    (files / "guide.md").write_text(GUIDE_MD, encoding="utf-8")
    catalog = files / "catalog.json"
    entries = [{"id": rid, **_ENTRIES[rid]} for rid in ids]
    catalog.write_text(json.dumps({"version": 1, "resources": entries}), encoding="utf-8")
    lib = Library.open(home, seed=False)
    summary = seed_starter(lib, catalog, root=files)
    assert summary.count(Outcome.ADDED) == len(ids), summary.results
    return lib


def note_hits(lib: Library, query: str) -> dict[str, str]:
    """{note id: resource id} of the note hits the real search returns for `query`."""
    return {
        h.location.note_id: h.resource_id
        for h in lib.search(query, limit=1000).hits
        if h.location.kind is LocationKind.NOTE and h.location.note_id is not None
    }
