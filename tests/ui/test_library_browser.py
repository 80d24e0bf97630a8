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
    assert pane.path.full_text().endswith("equity-guide.pdf")

    pane.set_resource(r._replace(status_reason="captions not used: talk.vtt is empty"))
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


# -- progress: "12:30 of 45:00", "p. 2 of 3", finished marked (issue 5) ---------------------
def _add_wav(lib: Library, folder: Path, seconds: int = 2) -> str:
    """A real (silent) WAV imported as an audio resource; returns its id."""
    import wave

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "talk.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(1)
        w.setframerate(8000)
        w.writeframes(b"\x80" * 8000 * seconds)
    assert lib.import_all([folder]).count(Outcome.ADDED) == 1
    return next(r.id for r in lib.resources(kind=Kind.AUDIO))


def _by_title(lib: Library, title: str) -> str:
    return next(r.id for r in lib.resources() if r.title == title)


@pytest.fixture
def progress_library(library, tmp_path: Path):
    """The three guides and a talk: a PDF half read, the talk at 12:30 of 45:00, a PDF
    finished, one never opened."""
    talk = _add_wav(library, tmp_path / "media")
    library.set_duration(talk, 45 * 60)
    library.set_progress(_by_title(library, "Equity Lens Guide"), 2)  # of 3 pages
    library.set_progress(talk, 12 * 60 + 30)
    library.set_progress(_by_title(library, "Youth Development Notes"), 1, finished=True)
    return library


def _row_of_title(m: ResourceTableModel, title: str) -> int:
    return titles(m).index(title)


def test_continue_watching_list_shows_how_far_along(qtbot, progress_library, sync_tasks) -> None:
    from real_desktop.ui.library.model import FinishedRole, ProgressRole

    m = ResourceTableModel(progress_library, sync_tasks)
    m.set_filter(BrowseFilter.from_key("in_progress"))
    assert sorted(titles(m)) == ["Equity Lens Guide", "talk"]
    guide, talk = _row_of_title(m, "Equity Lens Guide"), _row_of_title(m, "talk")
    assert m.index(talk, 3).data() == "12:30 of 45:00"
    assert m.index(guide, 3).data() == "p. 2 of 3"
    assert m.index(talk, 0).data(ProgressRole) == pytest.approx(750 / 2700)
    assert m.index(guide, 0).data(ProgressRole) == pytest.approx(2 / 3)
    assert m.index(talk, 0).data(FinishedRole) is False
    assert "12:30 of 45:00" in m.index(talk, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_finished_items_are_marked_in_every_section(qtbot, progress_library, sync_tasks) -> None:
    from real_desktop.ui.library.model import FinishedRole, ProgressRole

    m = ResourceTableModel(progress_library, sync_tasks)
    m.reload()  # "All", not Continue watching: progress comes with every page of rows
    done = _row_of_title(m, "Youth Development Notes")
    assert m.index(done, 3).data() == "✓ Read"
    assert m.index(done, 0).data(FinishedRole) is True
    assert m.index(done, 0).data(ProgressRole) == 1.0
    never = _row_of_title(m, "Community Conversations Handbook")
    assert m.index(never, 3).data() == "2 pages"
    assert m.index(never, 0).data(ProgressRole) is None
    assert m.index(never, 0).data(FinishedRole) is False
    # A finished video says "Watched".
    talk = progress_library.get(_by_title(progress_library, "talk"))
    progress_library.set_progress(talk.id, 2700, finished=True)
    m.reload()
    assert m.index(_row_of_title(m, "talk"), 3).data() == "✓ Watched"


def test_progress_refreshes_when_the_browser_shows_again(
    qtbot, progress_library, sync_tasks
) -> None:
    m = ResourceTableModel(progress_library, sync_tasks)
    browser = LibraryBrowser(m)
    qtbot.addWidget(browser)
    browser.set_view_mode(LIST)
    m.reload()
    browser.show()
    row = _row_of_title(m, "Community Conversations Handbook")
    assert m.index(row, 3).data() == "2 pages"
    browser.hide()  # a viewer takes the window; the user reads on
    progress_library.set_progress(m.resource(row).id, 1)
    with qtbot.waitSignal(m.dataChanged, timeout=2000):
        browser.show()
    assert m.index(row, 3).data() == "p. 1 of 2"
    assert m.rowCount() == 4  # refreshed in place, not reloaded


def test_grid_tile_draws_a_progress_bar_and_a_check(qtbot, progress_library, sync_tasks) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QStyleOptionViewItem

    from real_desktop.ui.library.tiles import PROGRESS_BAR_HEIGHT
    from real_desktop.ui.thumbnails import ThumbnailCache

    m = ResourceTableModel(
        progress_library, sync_tasks, ThumbnailCache(progress_library, sync_tasks)
    )
    browser = LibraryBrowser(m)
    qtbot.addWidget(browser)
    browser.resize(900, 600)
    browser.show()
    qtbot.waitExposed(browser)
    m.reload()
    grid = browser.grid
    delegate = grid.itemDelegate()
    accent = grid.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)

    def bar_of(title: str) -> tuple[int, int]:
        """(accent pixels, track pixels) along the middle of the tile's progress bar."""
        index = m.index(_row_of_title(m, title), 0)
        image = grid.viewport().grab().toImage()  # paints: the thumbnails are requested
        option = QStyleOptionViewItem()
        option.initFrom(grid)
        option.rect = grid.visualRect(index)
        option.widget = grid
        option.decorationSize = grid.iconSize()
        thumb = delegate.thumbnail_rect(option, index)
        assert not thumb.isEmpty()
        y = thumb.bottom() - PROGRESS_BAR_HEIGHT // 2
        xs = range(option.rect.left(), option.rect.right() + 1)
        colors = [image.pixelColor(x, y) for x in xs]
        return sum(near(c, accent) for c in colors), sum(near(c, track) for c in colors)

    def near(c: QColor, want: QColor) -> bool:
        return (
            abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue())
            < 40
        )

    track = QColor(105, 105, 105)  # the translucent black track over a white page
    filled, empty = bar_of("Equity Lens Guide")  # page 2 of 3: two thirds filled
    assert filled / (filled + empty) == pytest.approx(2 / 3, abs=0.05)
    filled, empty = bar_of("talk")  # 12:30 of 45:00, over the grey audio card
    assert filled > 0
    filled, empty = bar_of("Youth Development Notes")  # finished: the whole bar
    assert filled > 20 and empty == 0
    filled, empty = bar_of("Community Conversations Handbook")  # never opened: no bar
    assert filled == 0 and empty == 0


def test_unreadable_files_stay_out_of_lists_and_counts(
    qtbot, library, sync_tasks, tmp_path: Path
) -> None:
    from real_desktop.ui.library.sidebar import gather_counts

    junk = tmp_path / "junk"
    junk.mkdir()
    for i in range(2):
        (junk / f"junk-{i}.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf")
    assert library.import_all([junk]).count(Outcome.FAILED) == 2
    failed = library.resources(status=Status.FAILED)
    guide = library.resources(exclude_status=Status.FAILED)[0]
    library.update_metadata(guide.id, collection="Guides", tags=["equity"])
    for r in failed:
        library.update_metadata(r.id, collection="Guides", tags=["equity", "junk"])
    c = gather_counts(library)
    assert (c.total, c.by_kind["document"], c.failed) == (3, 3, 2)
    assert c.collections == [("Guides", 1)] and c.tags == [("equity", 1)]
    m = ResourceTableModel(library, sync_tasks)
    for key, expected in (("all", 3), ("kind:document", 3), ("collection:Guides", 1),
                          ("tag:equity", 1), ("tag:junk", 0), ("failed", 2)):  # fmt: skip
        m.set_filter(BrowseFilter.from_key(key))
        assert m.rowCount() == expected, key
    assert {m.resource(i).id for i in range(2)} == {r.id for r in failed}
    assert BrowseFilter.from_key("failed").exclude_status is None
    assert BrowseFilter().exclude_status is Status.FAILED
