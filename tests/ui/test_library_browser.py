"""The library browser on a real library: lazy paging, sorting, grid/list, sidebar, details."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from real_desktop.core.library import Library
from real_desktop.core.models import Kind, Outcome, Status
from real_desktop.ui.library import model as model_mod
from real_desktop.ui.library.browser import GRID, LIST, LibraryBrowser
from real_desktop.ui.library.details import DetailsPane
from real_desktop.ui.library.model import BrowseFilter, ResourceRole, ResourceTableModel
from real_desktop.ui.library.sidebar import Sidebar


@pytest.fixture
def text_library(home: Path, tmp_path: Path):
    """Twelve small text documents: enough for several pages when PAGE_SIZE is 5."""
    d = tmp_path / "texts"
    d.mkdir()
    for i in range(12):
        (d / f"note-{i:02d}.txt").write_text(f"Text file number {i} about listening sessions.\n")
    lib = Library.open(home, seed=False)
    assert lib.import_all([d]).count(Outcome.ADDED) == 12
    yield lib
    lib.close()


def titles(m: ResourceTableModel) -> list[str]:
    return [m.resource(i).title for i in range(m.rowCount())]


def test_rows_arrive_a_page_at_a_time(qtbot, text_library, sync_tasks, monkeypatch) -> None:
    monkeypatch.setattr(model_mod, "PAGE_SIZE", 5)
    m = ResourceTableModel(text_library, sync_tasks)
    m.reload()
    assert m.rowCount() == 5 and m.canFetchMore()
    m.fetchMore()
    assert m.rowCount() == 10
    m.fetchMore()
    assert m.rowCount() == 12 and not m.canFetchMore()
    assert len(set(titles(m))) == 12  # no page fetched twice
    assert titles(m) == sorted(titles(m), key=str.lower)


def test_view_scrolling_fetches_more(qtbot, text_library, sync_tasks, monkeypatch) -> None:
    monkeypatch.setattr(model_mod, "PAGE_SIZE", 5)
    m = ResourceTableModel(text_library, sync_tasks)
    browser = LibraryBrowser(m)
    qtbot.addWidget(browser)
    browser.resize(700, 200)
    browser.set_view_mode(LIST)
    browser.show()
    m.reload()
    assert m.rowCount() < 12

    def scrolled_to_end() -> bool:  # what a user holding Page Down does
        browser.table.scrollToBottom()
        return m.rowCount() == 12

    qtbot.waitUntil(scrolled_to_end)


def test_sorting_from_header_and_combo(qtbot, library, sync_tasks) -> None:
    m = ResourceTableModel(library, sync_tasks)
    browser = LibraryBrowser(m)
    qtbot.addWidget(browser)
    m.reload()
    assert titles(m)[0] == "Community Conversations Handbook"
    browser.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert titles(m)[0] == "Youth Development Notes"
    assert browser.order_button.isChecked()  # the other sort widgets follow
    browser.sort_box.setCurrentIndex(browser.sort_box.findData("length"))
    browser.sort_box.activated.emit(browser.sort_box.currentIndex())
    assert (m.sort_key, m.descending) == ("length", True)
    assert titles(m)[0] == "Equity Lens Guide"  # 3 pages, the longest
    assert browser.table.horizontalHeader().sortIndicatorSection() == 3


def test_grid_list_switch_keeps_selection(qtbot, library, sync_tasks) -> None:
    m = ResourceTableModel(library, sync_tasks)
    browser = LibraryBrowser(m)
    qtbot.addWidget(browser)
    m.reload()
    seen = []
    browser.viewModeChanged.connect(seen.append)
    assert browser.view_mode == GRID and browser.stack.currentWidget() is browser.grid
    browser.grid.setCurrentIndex(m.index(1, 0))
    chosen = browser.current_resource()
    browser.set_view_mode(LIST)
    assert browser.stack.currentWidget() is browser.table and browser.list_button.isChecked()
    assert browser.current_resource() == chosen
    browser.set_view_mode(GRID)
    assert browser.current_resource() == chosen
    assert seen == [LIST, GRID]


def test_enter_opens_current_item(qtbot, library, sync_tasks) -> None:
    m = ResourceTableModel(library, sync_tasks)
    browser = LibraryBrowser(m)
    qtbot.addWidget(browser)
    browser.show()
    m.reload()
    browser.focus_view()
    with qtbot.waitSignal(browser.openRequested) as sig:
        qtbot.keyClick(browser.grid, Qt.Key.Key_Down)
        qtbot.keyClick(browser.grid, Qt.Key.Key_Return)
    assert sig.args[0].title == titles(m)[browser.grid.currentIndex().row()]


def test_empty_states(qtbot, empty_library, sync_tasks) -> None:
    m = ResourceTableModel(empty_library, sync_tasks)
    browser = LibraryBrowser(m)
    qtbot.addWidget(browser)
    browser.set_filter(BrowseFilter(), "All")
    assert browser.stack.currentWidget() is browser.empty
    assert "Add files" in browser.empty.text() and "drop" in browser.empty.text()
    browser.set_filter(BrowseFilter.from_key("recent"), "Recently opened")
    assert "Nothing opened yet" in browser.empty.text()
    browser.set_filter(BrowseFilter.from_key("missing"), "Missing media")
    assert "No missing media" in browser.empty.text()


def test_filters_from_keys() -> None:
    assert BrowseFilter.from_key("kind:video").kind is Kind.VIDEO
    assert (
        BrowseFilter.from_key("collection:Boys and Men of Color").collection
        == "Boys and Men of Color"
    )
    assert BrowseFilter.from_key("missing").status is Status.MISSING
    assert BrowseFilter.from_key("recent").special == "recent"
    assert BrowseFilter.from_key("kind:hologram") == BrowseFilter()  # unknown: All
    assert BrowseFilter.from_key("") == BrowseFilter()


def test_sidebar_counts_and_filtering(qtbot, library, sync_tasks) -> None:
    sidebar = Sidebar(library, sync_tasks)
    qtbot.addWidget(sidebar)
    m = ResourceTableModel(library, sync_tasks)
    sidebar.sectionSelected.connect(lambda flt, _title: m.set_filter(flt))
    counts = []
    sidebar.countsChanged.connect(counts.append)
    sidebar.refresh()
    assert counts and counts[-1].total == 3 and counts[-1].by_kind["document"] == 3
    docs = sidebar._find("kind:document")
    assert docs is not None and "(3)" in docs.text(0)
    videos = sidebar._find("kind:video")
    with qtbot.waitSignal(sidebar.sectionSelected) as sig:
        sidebar.setCurrentItem(videos)
    assert sig.args[1] == "Videos"
    assert m.rowCount() == 0 and m.filter.kind is Kind.VIDEO
    sidebar.setCurrentItem(docs)
    assert m.rowCount() == 3 and sidebar.current_key() == "kind:document"


def test_sidebar_restores_a_section_before_counts_arrive(qtbot, library, sync_tasks) -> None:
    sidebar = Sidebar(library, sync_tasks)
    qtbot.addWidget(sidebar)
    emitted = []
    sidebar.sectionSelected.connect(lambda flt, title: emitted.append(flt.key))
    sidebar.select_key("kind:document")
    sidebar.refresh()
    assert sidebar.current_key() == "kind:document"
    assert sidebar.currentItem() is sidebar._find("kind:document")
    assert emitted == []  # the caller already shows that section: no second load


def test_details_pane_shows_the_resource(qtbot, library) -> None:
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.show()
    assert pane.placeholder.isVisible() and not pane.body.isVisible()
    r = next(r for r in library.resources() if r.title == "Equity Lens Guide")
    pane.set_resource(r)
    assert pane.title.text() == "Equity Lens Guide"
    assert pane.fields["length"].text() == "3 pages"
    assert pane.fields["status"].text() == "Available"
    assert pane.fields["file"].text().endswith("equity-guide.pdf")
    from dataclasses import replace

    pane.set_resource(replace(r, status_reason="captions not used: talk.vtt is empty"))
    assert pane.fields["status"].text() == (
        "Available — note: captions not used: talk.vtt is empty"
    )
    pane.set_resource(r)
    with qtbot.waitSignal(pane.openRequested) as sig:
        pane.open_button.click()
    assert sig.args[0].id == r.id


def test_model_data_roles(qtbot, library, sync_tasks) -> None:
    m = ResourceTableModel(library, sync_tasks)
    m.reload()
    row = titles(m).index("Youth Development Notes")
    assert m.index(row, 1).data() == "Document"
    assert m.index(row, 3).data() == "1 page"
    assert m.index(row, 0).data(ResourceRole).title == "Youth Development Notes"
    assert m.headerData(4, Qt.Orientation.Horizontal) == "Added"
    assert m.row_of(m.resource(row).id) == row


def test_continue_reading_lists_started_items(qtbot, library, sync_tasks) -> None:
    m = ResourceTableModel(library, sync_tasks)
    started = next(r for r in library.resources() if r.title == "Equity Lens Guide")
    library.set_progress(started.id, 2)
    m.set_filter(BrowseFilter.from_key("in_progress"))
    assert titles(m) == ["Equity Lens Guide"] and not m.canFetchMore()
    library.set_progress(started.id, 3, finished=True)
    m.reload()
    assert titles(m) == []


def test_length_says_sections_for_markdown_pages_for_pdf_time_for_video(qapp) -> None:
    from real_desktop.core.models import Kind, Resource
    from real_desktop.ui.library.model import length_label

    def doc(fmt: str, n: int | None) -> Resource:
        return Resource(id=fmt, kind=Kind.DOCUMENT, title="t", format=fmt, page_count=n)

    assert length_label(doc("pdf", 12)) == "12 pages"
    assert length_label(doc("pdf", 1)) == "1 page"
    assert length_label(doc("md", 9)) == "9 sections"
    assert length_label(doc("html", 1)) == "1 section"
    assert length_label(doc("pdf", None)) == ""
    video = Resource(id="v", kind=Kind.VIDEO, title="t", duration=81.9)
    assert length_label(video) == "1:21"
    assert length_label(Resource(id="w", kind=Kind.VIDEO, title="t")) == "unknown"
