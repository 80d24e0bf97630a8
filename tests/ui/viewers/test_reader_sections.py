"""Anchors and sections of a rendered document."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from real_desktop.ui.viewers.reader_sections import find_section, index_anchors, next_section_pos
from real_desktop.ui.viewers.rendering import Section

SECTIONS = [
    Section("intro", "Introduction", 1),
    Section("racial-equity", "Racial  Equity", 2),
    Section("no-anchor", "Lost", 2),
    Section("budget", "Budget", 1),
]


def test_find_section_by_anchor_title_or_a_loose_slug() -> None:
    assert find_section(SECTIONS, "budget", None) is SECTIONS[3]
    assert find_section(SECTIONS, None, "racial equity") is SECTIONS[1]  # spaces and case
    assert find_section(SECTIONS, "racial_equity", None) is SECTIONS[1]  # other slug rules
    assert find_section(SECTIONS, "nowhere", "Nothing") is None


def test_index_anchors_and_the_next_known_section(qapp) -> None:
    doc = QTextDocument()
    doc.setHtml(
        '<h1><a name="intro"></a>Introduction</h1><p>one</p>'
        '<h2><a name="racial-equity"></a>Racial Equity</h2><p>two</p>'
        '<h1><a name="budget"></a>Budget</h1><p>three</p>'
    )
    pos = index_anchors(doc)
    assert set(pos) == {"intro", "racial-equity", "budget"}
    assert pos["intro"] < pos["racial-equity"] < pos["budget"]
    assert next_section_pos(SECTIONS, pos, SECTIONS[0]) == pos["racial-equity"]
    # A section whose anchor is not in the text is skipped over.
    assert next_section_pos(SECTIONS, pos, SECTIONS[1]) == pos["budget"]
    assert next_section_pos(SECTIONS, pos, SECTIONS[3]) is None
    assert next_section_pos(SECTIONS, pos, None) is None
