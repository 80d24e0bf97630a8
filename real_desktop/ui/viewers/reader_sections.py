"""Sections of a rendered document: where each anchor sits, and which section a link or a
note's anchor means."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QTextDocument

from real_desktop.ui.viewers.rendering import Section


def index_anchors(doc: QTextDocument) -> dict[str, int]:
    """Map anchor names to document positions (Qt has no lookup for this)."""
    out: dict[str, int] = {}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid():
                for name in frag.charFormat().anchorNames():
                    out.setdefault(name, frag.position())
            it += 1
        block = block.next()
    return out


def find_section(
    sections: Sequence[Section], anchor: str | None, title: str | None
) -> Section | None:
    if anchor:
        for s in sections:
            if s.anchor == anchor:
                return s
    if title:
        want = " ".join(title.split()).casefold()
        for s in sections:
            if " ".join(s.title.split()).casefold() == want:
                return s
    if anchor:  # a slug made by other rules: compare loosely
        loose = anchor.replace("-", "").replace("_", "").casefold()
        for s in sections:
            if s.anchor.replace("-", "").replace("_", "").casefold() == loose:
                return s
    return None


def next_section_pos(
    sections: Sequence[Section], anchor_pos: dict[str, int], sec: Section | None
) -> int | None:
    """Where the first later section with a known position starts."""
    if sec is None:
        return None
    idx = list(sections).index(sec)
    for later in sections[idx + 1 :]:
        if later.anchor in anchor_pos:
            return anchor_pos[later.anchor]
    return None
