"""Library screens laid out from font metrics (defect 5) and the small layout defects of
defect 9: the Title column keeps its room, the sidebar shows no section while search
results show. Offscreen; the window-size check on a real X server is test_x11_window_size."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from real_desktop.ui import theme
from real_desktop.ui.library.details import DetailsPane
from real_desktop.ui.library.tiles import TITLE_LINES, grid_cell, wrap_title
from real_desktop.ui.main_window import MainWindow
from tests.ui.test_main_window import make_window


@pytest.fixture
def window(qtbot, library, runner, settings):
    w = make_window(qtbot, library, runner, settings)
    yield w
    w.close()


def test_grid_tiles_grow_with_the_text_and_titles_stay_in_their_tile(
    qtbot, library, runner, settings
) -> None:
    w = make_window(qtbot, library, runner, settings)
    try:
        small = w.browser.grid.gridSize()
        theme.apply(QApplication.instance(), "light", 22)
        QApplication.processEvents()
        big = w.browser.grid.gridSize()
        fm = w.browser.grid.fontMetrics()
        assert big.height() > small.height() and big == grid_cell(fm)
        assert big.height() >= 120 + TITLE_LINES * fm.lineSpacing()
        title = "A very long title about listening sessions that goes on and on " * 3
        lines = wrap_title(title, w.browser.grid.font(), big.width() - 12).split("\n")
        assert len(lines) == TITLE_LINES and lines[-1].endswith("…")
        # Sidebar: every count is shown whole, and headings follow the new size.
        heading = w.sidebar.topLevelItem(0)
        assert heading.font(0).pointSizeF() > 16
        assert w.sidebar.minimumSizeHint().width() > fm.horizontalAdvance("Videos")
    finally:
        theme.apply(QApplication.instance(), "light")
        w.close()


def test_details_pane_never_scrolls_sideways_with_a_long_path(qtbot, library) -> None:
    pane = DetailsPane()
    qtbot.addWidget(pane)
    r = library.resources()[0]
    long = "/" + "/".join(["a-very-long-folder-name-without-any-spaces"] * 6) + "/file.pdf"
    pane.set_resource(r._replace(path=long, description="word " * 80))
    pane.resize(220, 500)
    pane.show()
    QApplication.processEvents()
    scroll = pane.findChild(type(pane.layout().itemAt(0).widget()))
    assert scroll.horizontalScrollBar().maximum() == 0
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    assert pane.path.full_text() == long and pane.path.toolTip() == long


def test_undecodable_file_names_show_a_replacement_character(qtbot, library) -> None:
    pane = DetailsPane()
    qtbot.addWidget(pane)
    r = library.resources()[0]
    pane.set_resource(r._replace(path="/tmp/bad\udcff.txt"))
    assert pane.path.full_text() == "/tmp/bad\ufffd.txt"


def test_title_column_stays_wide_in_a_narrow_window(qtbot, window: MainWindow) -> None:
    window.set_view_mode("list")
    window.resize(800, 600)
    QApplication.processEvents()
    hh = window.browser.table.horizontalHeader()
    assert hh.sectionSize(0) >= window.browser.title_column_minimum()
    assert window.browser.title_column_minimum() > 20 * window.fontMetrics().averageCharWidth()


def test_sidebar_highlights_no_section_while_search_results_show(
    qtbot, window: MainWindow
) -> None:
    assert window.sidebar.currentItem() is not None
    qtbot.keyClicks(window.search.field, "budget")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1)
    assert window.sidebar.currentItem() is None and not window.sidebar.selectedItems()
    window.search.field.clear()
    qtbot.waitUntil(lambda: window.sidebar.currentItem() is not None)
    assert window.sidebar.current_key() == "all"


def test_title_sort_in_the_list_is_natural(qtbot, library, runner, tmp_path, make_pdf) -> None:
    from real_desktop.ui.library.model import ResourceTableModel

    for n in (100, 2, 10, 1):
        make_pdf(tmp_path / "parts" / f"part-{n}.pdf", [f"Part {n} text."], f"Part {n}")
    library.import_all([tmp_path / "parts"])
    model = ResourceTableModel(library, runner)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 7 and not model.loading)
    titles = [model.resource(i).title for i in range(model.rowCount())]
    parts = [t for t in titles if t.startswith("Part ")]
    assert parts == ["Part 1", "Part 2", "Part 10", "Part 100"]


@pytest.mark.parametrize("points", [18, 24])
def test_at_a_large_text_size_library_and_results_fit_1024(
    qtbot, library, runner, settings, points: int
) -> None:
    """Was ~1084 px at 24 pt: the browser header's "Sort:" label and the search panel's
    four filter chips in one row. The label now steps aside when there is no room, and
    the chips wrap onto a second row."""
    w = make_window(qtbot, library, runner, settings)
    try:
        theme.apply(QApplication.instance(), "light", points)
        QApplication.processEvents()
        assert w.minimumSizeHint().width() <= 1024
        w.search.set_query("community", immediate=True)
        qtbot.waitUntil(lambda: w.search.model.rowCount() >= 1)
        QApplication.processEvents()
        assert w.minimumSizeHint().width() <= 1024
        chips = w.search.kind_chip.parentWidget()
        one_row = chips.sizeHint().height()
        narrow = chips.layout().minimumSize().width()
        assert chips.layout().heightForWidth(narrow) > one_row  # wrapped, not cut
        assert chips.layout().heightForWidth(chips.layout().sizeHint().width()) == one_row
    finally:
        theme.apply(QApplication.instance(), "light")
        w.close()


def test_the_sort_label_asks_for_no_width_and_draws_nothing_when_squeezed(qapp) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QImage, QRegion

    from real_desktop.ui.library.browser import OptionalLabel

    label = OptionalLabel("Sort:")
    assert label.minimumSizeHint().width() == 0
    assert label.minimumSizeHint().height() > 0

    def inked(width: int) -> bool:
        label.resize(width, label.sizeHint().height())
        image = QImage(label.size(), QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)  # white; the text is dark
        label.render(image, QPoint(), QRegion(), label.RenderFlag.DrawChildren)
        return any(
            image.pixelColor(x, y).lightness() < 128
            for x in range(image.width())
            for y in range(image.height())
        )

    assert inked(label.sizeHint().width())  # room: the word is drawn
    assert not inked(label.sizeHint().width() // 2)  # no room: nothing, not "So"


def test_the_current_tile_is_framed_whole_not_only_its_title(qtbot) -> None:
    """Seen under Xvfb: the current (unselected) first tile after a Ctrl-click got the
    style's focus box around the lower part only (where the style thought the text was)."""
    from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QListView

    from real_desktop.ui.library.tiles import THUMB, GridDelegate

    model = QStandardItemModel()
    for title in ("REAL Desktop: a short tour", "About the REAL initiative"):
        pixmap = QPixmap(THUMB)
        pixmap.fill(QColor("#223355"))
        model.appendRow(QStandardItem(QIcon(pixmap), title))
    view = QListView()
    qtbot.addWidget(view)
    view.setViewMode(QListView.ViewMode.ListMode)
    view.setFlow(QListView.Flow.LeftToRight)
    view.setWrapping(True)
    view.setIconSize(THUMB)
    view.setGridSize(grid_cell(view.fontMetrics()))
    view.setSpacing(8)
    view.setItemDelegate(GridDelegate(view))
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.selectionModel().setCurrentIndex(
        model.index(0, 0), view.selectionModel().SelectionFlag.NoUpdate
    )
    assert not view.selectionModel().isSelected(model.index(0, 0))
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    tile = view.visualRect(model.index(0, 0))
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    base = view.palette().color(QPalette.ColorRole.Base)

    def near(c: QColor, d: QColor) -> bool:
        return abs(c.red() - d.red()) + abs(c.green() - d.green()) + abs(c.blue() - d.blue()) < 60

    top_edge = image.pixelColor(tile.center().x(), tile.top() + 1)
    left_edge = image.pixelColor(tile.left() + 1, tile.top() + tile.height() // 4)
    assert near(top_edge, highlight) and near(left_edge, highlight)  # around the thumbnail too
    inside = image.pixelColor(tile.left() + 8, tile.bottom() - 6)  # title area, no text there
    assert near(inside, base), inside.name()  # no half-tile focus box filled in


def test_at_24_points_the_details_pane_wraps_its_buttons_rather_than_scroll(
    qtbot, library
) -> None:
    theme.apply(QApplication.instance(), "light", 24)
    try:
        pane = DetailsPane()
        qtbot.addWidget(pane)
        pane.set_resource(library.resources()[0])
        pane.resize(300, 600)
        pane.show()
        QApplication.processEvents()
        scroll = pane.findChild(type(pane.layout().itemAt(0).widget()))
        assert scroll.horizontalScrollBar().maximum() == 0  # was 70 px at 24 pt
        button = pane.remove_button
        assert button.sizeHint().width() > scroll.viewport().width()  # the label is long
        assert button.width() <= scroll.viewport().width() and button.wrapped()
        assert not button.elided() and button.height() >= button.heightForWidth(button.width())
        assert pane.minimumSizeHint().width() < 300
    finally:
        theme.apply(QApplication.instance(), "light")


def test_a_word_too_long_for_the_pane_is_broken_not_cut(qtbot) -> None:
    from real_desktop.ui.library.details import BREAK, WrappingLabel

    label = WrappingLabel()
    label.setWordWrap(True)
    qtbot.addWidget(label)
    text = "Go to the supercalifragilistic session"
    label.setText(text)
    label.resize(label.fontMetrics().horizontalAdvance("Go to the super"), 200)
    label.show()
    QApplication.processEvents()
    assert label.text() == text  # as given
    shown = QLabel_text(label)
    assert "the\nsupercal" in shown.replace(BREAK, "") and BREAK in shown  # own lines, broken
    assert shown.startswith("Go to the\n") and shown.endswith(" session")  # others as they were
    label.resize(2000, 200)
    QApplication.processEvents()
    assert QLabel_text(label) == text


def QLabel_text(label) -> str:  # noqa: N802  (what the QLabel really shows)
    from PySide6.QtWidgets import QLabel

    return QLabel.text(label)


def test_the_details_pane_is_never_narrower_than_its_content(qtbot, library) -> None:
    theme.apply(QApplication.instance(), "light", 24)
    try:
        pane = DetailsPane()
        qtbot.addWidget(pane)
        pane.set_resource(library.resources()[0])
        pane.show()
        QApplication.processEvents()
        pane.resize(pane.minimumSizeHint().width(), 600)
        QApplication.processEvents()
        scroll = pane.findChild(type(pane.layout().itemAt(0).widget()))
        assert scroll.widget().width() <= scroll.viewport().width()
        assert scroll.horizontalScrollBar().maximum() == 0
        assert pane.minimumSizeHint().width() < 300  # and it still fits a 1024 px window
    finally:
        theme.apply(QApplication.instance(), "light")


@pytest.mark.parametrize("points", [11, 24])
def test_wrapped_values_in_the_details_form_get_their_full_height(
    qtbot, library, points: int
) -> None:
    """Qt's WrapLongRows gave a value wrapped on two lines one and a half lines' height."""
    from PySide6.QtWidgets import QFormLayout

    theme.apply(QApplication.instance(), "light", points)
    try:
        pane = DetailsPane()
        qtbot.addWidget(pane)
        r = library.resources()[0]
        pane.set_resource(r._replace(collection="Leadership for Racial Equity and more",
                                     tags=("racial equity lens", "budgets", "policies")))  # fmt: skip
        pane.resize(320, 900)
        pane.show()
        QApplication.processEvents()
        form = pane.form_host.layout()
        fields = (form.itemAt(i, QFormLayout.ItemRole.FieldRole) for i in range(form.rowCount()))
        values = [f.widget() for f in fields if f is not None and f.widget().isVisibleTo(pane)]
        assert values
        for w in values:
            if w.hasHeightForWidth():
                assert w.height() >= w.heightForWidth(w.width()), w.text()
    finally:
        theme.apply(QApplication.instance(), "light")
