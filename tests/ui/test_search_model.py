"""Grouping hits by resource and rendering snippets safely."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from real_desktop.core.models import (
    MARK_END,
    MARK_START,
    Kind,
    Location,
    LocationKind,
    SearchHit,
    SearchResults,
)
from real_desktop.ui.search.model import HitRole, SearchResultsModel, group_hits, snippet_html


def hit(
    rid: str, page: int | None = None, start: float | None = None, snippet: str = "x"
) -> SearchHit:
    if page is not None:
        loc = Location(LocationKind.PAGE, page=page)
    elif start is not None:
        loc = Location(LocationKind.TIME, start=start)
    else:
        loc = Location(LocationKind.NOTE, note_id="n1")
    kind = Kind.VIDEO if start is not None else Kind.DOCUMENT
    return SearchHit(rid, f"Title {rid}", kind, None, loc, snippet, -1.0)


def test_groups_keep_rank_order() -> None:
    hits = [hit("b", page=3), hit("a", page=1), hit("b", page=9), hit("c", start=872)]
    groups = group_hits(hits)
    assert [g.resource_id for g in groups] == ["b", "a", "c"]
    assert [h.location.page for h in groups[0].hits] == [3, 9]


def test_snippet_html_escapes_and_bolds() -> None:
    s = f"<script>{MARK_START}equity{MARK_END} & lens"
    assert snippet_html(s) == "&lt;script&gt;<b>equity</b> &amp; lens"


def test_tree_structure_and_places(qapp) -> None:
    m = SearchResultsModel()
    m.set_results(
        SearchResults(
            "q",
            [
                hit("a", page=12, snippet=f"the {MARK_START}q{MARK_END}"),
                hit("v", start=872),
                hit("a", snippet="note text"),
            ],
            [],
        )
    )
    assert m.rowCount() == 2 and m.hit_count == 3
    group_a = m.index(0, 0)
    assert m.rowCount(group_a) == 2
    first = m.index(0, 0, group_a)
    assert m.parent(first) == group_a and not m.parent(group_a).isValid()
    assert first.data(Qt.ItemDataRole.DisplayRole) == "p. 12: the q"
    assert m.index(1, 0, group_a).data().startswith("Notes:")
    assert m.index(0, 0, m.index(1, 0)).data().startswith("14:32:")
    # A group row opens its best hit; hit rows have no children.
    assert group_a.data(HitRole).location.page == 12
    assert m.rowCount(first) == 0 and not m.index(0, 0, first).isValid()
    assert "Title a" in group_a.data() and "2 matches" in group_a.data()
    m.set_results(None)
    assert m.rowCount(QModelIndex()) == 0


def test_machine_made_hits_say_so(qapp) -> None:
    m = SearchResultsModel()
    m.set_results(
        SearchResults(
            "q",
            [hit("a", page=2)._replace(machine=True), hit("v", start=75)._replace(machine=True),
             hit("b", page=4)],
            [],
        )
    )  # fmt: skip
    first = [m.data(m.index(0, 0, m.index(g, 0)), Qt.ItemDataRole.DisplayRole) for g in range(3)]
    assert first[0].startswith("p. 2 (OCR): ")
    assert first[1].startswith("1:15 (automatic captions): ")
    assert first[2].startswith("p. 4: ")
