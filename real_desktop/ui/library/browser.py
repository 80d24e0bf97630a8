"""The library browser: one model shown as a thumbnail grid or a sortable list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QScrollBar,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.models import Resource
from real_desktop.ui import theme as themes
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.flow import FlowLayout
from real_desktop.ui.library import selection_menu
from real_desktop.ui.library.model import (
    COLUMNS,
    BrowseFilter,
    ResourceRole,
    ResourceTableModel,
)
from real_desktop.ui.library.tiles import (  # noqa: F401  (GridDelegate: tests use it from here)
    THUMB,
    GridDelegate,
    ListIconDelegate,
    grid_cell,
)
from real_desktop.ui.library.undo_bar import UndoBar

GRID, LIST = "grid", "list"



class OptionalLabel(QLabel):
    """A label that asks for no width: given less than it needs, it draws nothing rather
    than a cut word (the control it names keeps its accessible name and tooltip)."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, e: QPaintEvent) -> None:
        if self.width() >= self.sizeHint().width():
            super().paintEvent(e)


VIEW_TOGGLES = """
QToolButton { border: 1px solid palette(mid); border-radius: 4px; padding: 3px 8px; }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);
  border-color: palette(highlight); }
"""


def _header(
    title: QLabel,
    sort_label: QLabel,
    sort_box: QComboBox,
    order_button: QToolButton,
    view_buttons: tuple[QToolButton, ...],
) -> FlowLayout:
    """The title, the sort controls and the view buttons on one row when there is room; at
    a large text size (or in Spanish's longer words) the controls wrap below the title
    rather than making the window wider than a 1024 px projector."""
    header = FlowLayout(spacing=12)
    header.add_widget(title, 1)
    for group in ((sort_label, sort_box, order_button), view_buttons):
        holder = QWidget()
        if group is view_buttons:  # which view is on must show in every theme (Fusion's
            themes.style_locally(holder, VIEW_TOGGLES)  # sunken look vanishes in dark)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for w in group:
            row.addWidget(w)
        header.add_widget(holder)
    # The sort label (an OptionalLabel) is left out, not cut, when the row has no room.
    sort_label.setBuddy(sort_box)
    return header


def make_grid(name: str) -> QListView:
    """The thumbnail grid (tiles drawn by GridDelegate)."""
    grid = QListView()
    grid.setAccessibleName(name)
    # List mode wrapping left-to-right, with tiles drawn by GridDelegate, lays out a
    # 10,000-item grid about twice as fast as IconMode on every page that arrives.
    grid.setViewMode(QListView.ViewMode.ListMode)
    grid.setFlow(QListView.Flow.LeftToRight)
    grid.setWrapping(True)
    grid.setItemDelegate(GridDelegate(grid))
    grid.setResizeMode(QListView.ResizeMode.Adjust)
    grid.setMovement(QListView.Movement.Static)
    grid.setUniformItemSizes(True)
    grid.setWordWrap(True)
    grid.setTextElideMode(Qt.TextElideMode.ElideRight)
    grid.setIconSize(THUMB)
    grid.setGridSize(grid_cell(grid.fontMetrics()))
    grid.setSpacing(8)
    grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    grid.setFrameShape(QFrame.Shape.NoFrame)
    return grid


class LibraryBrowser(QWidget):
    """Header (section title, sort, grid/list switch) over the grid or list, or an empty state."""

    openRequested = Signal(object)  # Resource
    currentResourceChanged = Signal(object)  # Resource | None
    selectionChanged = Signal(object)  # list[Resource]: the selected items, current first
    # The context menu's and keys' requests, for the selected items (list[Resource]):
    removeRequested = Signal(object)
    addTagRequested = Signal(object)
    removeTagRequested = Signal(object)  # list[Resource]
    moveRequested = Signal(object)
    transcribeRequested = Signal(object)
    recogniseRequested = Signal(object)
    exportCaptionsRequested = Signal(object)
    undoRequested = Signal()
    viewModeChanged = Signal(str)
    sortChanged = Signal(str, bool)

    def __init__(
        self,
        model: ResourceTableModel,
        parent: QWidget | None = None,
        *,
        registry: ActionRegistry | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        reg = registry if registry is not None else ActionRegistry()
        self.setAccessibleName(self.tr("Library"))

        self.title = QLabel(self.tr("All"))
        self.title.setAccessibleName(self.tr("Section"))
        themes.heading(self.title, 1.35)
        # A long collection name may be cut; it must not force the window wider (the
        # explicit minimum wins over the label's text width; the header's flow layout
        # places it by its full width and wraps the controls below it when needed).
        self.title.setMinimumWidth(80)

        self.sort_box = QComboBox()
        self.sort_box.setAccessibleName(self.tr("Sort by"))
        self.sort_box.setToolTip(self.tr("Sort by"))
        # As wide as a short choice, not the longest one: the header must fit a narrow window.
        self.sort_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # "Title" whole (5 average characters were narrower than it, cut at 200 % text in a
        # narrow window); the list shows every choice whole.
        self.sort_box.setMinimumContentsLength(7)
        for key, label in (
            ("title", self.tr("Title")),
            ("kind", self.tr("Kind")),
            ("collection", self.tr("Collection")),
            ("length", self.tr("Length")),
            ("added_at", self.tr("Date added")),
        ):
            self.sort_box.addItem(label, key)
        self.order_button = QToolButton()
        self.order_button.setCheckable(True)
        self.order_button.setAccessibleName(self.tr("Descending order"))
        self.order_button.setToolTip(self.tr("Reverse the sort order"))
        self.order_button.setText("↑")

        self.grid_button = QToolButton()
        self.grid_button.setText(self.tr("Grid"))
        self.grid_button.setToolTip(self.tr("Show as a thumbnail grid (Ctrl+1)"))
        self.grid_button.setAccessibleName(self.tr("Grid view"))
        self.list_button = QToolButton()
        self.list_button.setText(self.tr("List"))
        self.list_button.setToolTip(self.tr("Show as a sortable list (Ctrl+2)"))
        self.list_button.setAccessibleName(self.tr("List view"))
        group = QButtonGroup(self)
        for b in (self.grid_button, self.list_button):
            b.setCheckable(True)
            group.addButton(b)
        reg.button("view.grid", self.grid_button, lambda: self.set_view_mode(GRID))
        reg.button("view.list", self.list_button, lambda: self.set_view_mode(LIST))
        reg.button(
            "library.sort_order",
            self.order_button,
            lambda: self._order_toggled(self.order_button.isChecked()),
        )

        header = _header(
            self.title, OptionalLabel(self.tr("Sort:")), self.sort_box, self.order_button,
            (self.grid_button, self.list_button),
        )  # fmt: skip

        self.grid = make_grid(self.tr("Library grid"))

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Library list"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Sorting is the model's (the database sorts); the header only shows and flips it.
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (rows are one stop)
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        self.table.setItemDelegate(ListIconDelegate(self.table))
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setIconSize(QSize(32, 24))
        hh = self.table.horizontalHeader()
        hh.setStretchLastSection(False)
        hh.setSectionsClickable(True)
        hh.setSortIndicatorShown(True)
        for col in range(len(COLUMNS)):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self._size_columns()
        self.table.viewport().installEventFilter(self)
        hh.setSortIndicator(model.sort_column(), Qt.SortOrder.AscendingOrder)
        hh.sortIndicatorChanged.connect(self._header_sorted)

        self.empty = QLabel()
        self.empty.setAccessibleName(self.tr("Nothing here"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        themes.mute(self.empty)
        self.empty.setMargin(40)

        self.stack = QStackedWidget()
        for w in (self.grid, self.table, self.empty):
            self.stack.addWidget(w)

        self.undo_bar = UndoBar(reg, self.undoRequested.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.undo_bar)
        self._menu_actions = selection_menu.make_actions(reg, self, {
            "library.open": self._open_current,
            "library.remove": lambda: self.removeRequested.emit(self.selected_resources()),
            "library.add_tag": lambda: self.addTagRequested.emit(self.selected_resources()),
            "library.remove_tag": lambda: self.removeTagRequested.emit(self.selected_resources()),
            "library.move_collection": lambda: self.moveRequested.emit(self.selected_resources()),
            "library.transcribe": lambda: self.transcribeRequested.emit(self.selected_resources()),
            "library.recognise": lambda: self.recogniseRequested.emit(self.selected_resources()),
            "library.export_captions": lambda: self.exportCaptionsRequested.emit(self.selected_resources()),
        })  # fmt: skip
        self.selectionChanged.connect(
            lambda rs: selection_menu.enable_for(self._menu_actions, rs)
        )
        reg.shortcut("library.undo_remove", self, self.undoRequested.emit,
                     context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip

        for view in (self.grid, self.table):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda pos, view=view: selection_menu.show_menu(view, pos, self._menu_actions)
            )
            view.activated.connect(self._activated)
            bar = view.verticalScrollBar()
            bar.valueChanged.connect(lambda value, bar=bar: self._near_end(value, bar))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._attach_grid(True)
        self.sort_box.activated.connect(self._sort_box_changed)
        self._keep: str | None = None  # the current item across a reload (an edit, undo …)
        self._to_select: list[str] = []  # items to select once they are listed (undo)
        model.modelAboutToBeReset.connect(self._remember_current)
        model.loaded.connect(self._reselect)
        model.loaded.connect(self._update_empty)
        model.modelReset.connect(self._update_empty)
        model.failed.connect(self._failed)

        self._mode = GRID
        self.grid_button.setChecked(True)
        self._sync_sort_widgets()
        self._update_empty()

    # -- public ---------------------------------------------------------------------------
    @property
    def view_mode(self) -> str:
        return self._mode

    def current_view(self) -> QAbstractItemView:
        return self.grid if self._mode == GRID else self.table

    def _attach_grid(self, attach: bool) -> None:
        """The grid holds the model only while shown: a hidden grid would still lay out
        every item each time a page arrives (~100 ms at 10,000 rows)."""
        if attach == (self.grid.model() is self.model):
            return
        old_selection = self.grid.selectionModel()
        if attach:
            self.grid.setModel(self.model)
            self.grid.setModelColumn(0)
            self.grid.selectionModel().selectionChanged.connect(self._selection_changed)
        else:
            self.grid.setModel(None)
        if old_selection is not None:
            old_selection.deleteLater()  # views never delete a selection model they replace

    def set_view_mode(self, mode: str) -> None:
        mode = LIST if mode == LIST else GRID
        current = self.current_resource()
        changed = mode != self._mode
        self._mode = mode
        self._attach_grid(mode == GRID)
        (self.grid_button if mode == GRID else self.list_button).setChecked(True)
        self._update_empty()
        if current is not None:
            self.select_resource(current.id)
        if changed:
            self.viewModeChanged.emit(mode)

    def set_filter(self, flt: BrowseFilter, title: str) -> None:
        self.title.setText(title)
        self.model.set_filter(flt)

    def set_sort(self, key: str, descending: bool) -> None:
        self.model.set_sort(key, descending)
        self._sync_sort_widgets()

    def selected_resources(self) -> list[Resource]:
        """The selected items (Shift/Ctrl click, Ctrl+A), the current one first."""
        view = self.current_view()
        selection = view.selectionModel()
        if selection is None:
            return []
        rows = sorted({i.row() for i in selection.selectedIndexes()})
        current = view.currentIndex().row() if view.currentIndex().isValid() else -1
        if current in rows:
            rows.remove(current)
            rows.insert(0, current)
        return [r for r in (self.model.resource(row) for row in rows) if r is not None]

    def current_resource(self) -> Resource | None:
        idx = self.current_view().currentIndex()
        return idx.data(ResourceRole) if idx.isValid() else None

    def select_resource(self, resource_id: str) -> bool:
        row = self.model.row_of(resource_id)
        if row is None:
            return False
        view = self.current_view()
        view.setCurrentIndex(self.model.index(row, 0))
        view.scrollTo(self.model.index(row, 0))
        return True

    def focus_view(self) -> None:
        view = self.current_view()
        if not view.currentIndex().isValid() and self.model.rowCount() > 0:
            view.setCurrentIndex(self.model.index(0, 0))
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Back from a video or a document: what was just watched or read has moved on.
        self.model.refresh_progress()

    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() == QEvent.Type.FontChange:  # the text size changed: so do the tiles
            self.grid.setGridSize(grid_cell(self.grid.fontMetrics()))
            self._size_columns()

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if obj is self.table.viewport() and e.type() == QEvent.Type.Resize:
            self._fit_title_column()
        return super().eventFilter(obj, e)

    # -- internals ------------------------------------------------------------------------
    def _size_columns(self) -> None:
        # Widths from the text size; ResizeToContents would measure every row of a big library.
        fm, hh = self.table.fontMetrics(), self.table.horizontalHeader()
        for col, sample in (
            (1, "Document__"),
            (2, "Community Conversations"),
            (3, "12:30 of 45:00__"),
            (4, "2026-11-25__"),
        ):
            hh.resizeSection(col, fm.horizontalAdvance(sample) + 16)
        self._fit_title_column()

    def title_column_minimum(self) -> int:
        return self.table.fontMetrics().averageCharWidth() * 28

    def _fit_title_column(self) -> None:
        """The title takes the room the other columns leave, but never less than about 28
        characters (a stretched section shrank to five): the list scrolls sideways instead."""
        hh = self.table.horizontalHeader()
        others = sum(hh.sectionSize(c) for c in range(1, len(COLUMNS)))
        room = self.table.viewport().width() - others
        hh.resizeSection(0, max(self.title_column_minimum(), room))

    def _update_empty(self) -> None:
        if self.model.rowCount() == 0 and not self.model.loading:
            flt = self.model.filter
            if flt.special == "recent":
                text = self.tr("Nothing opened yet.\nItems you open appear here.")
            elif flt.special == "in_progress":
                text = self.tr("Nothing in progress.\nDocuments and videos you start appear here.")
            elif flt.status is not None:
                text = self.tr("No missing media.\nEvery item's file is on this computer.")
            elif flt.key == "all":
                text = self.tr(
                    "Your library is empty.\n"
                    "Add documents and videos with File ▸ Add files… (Ctrl+O), "
                    "or drop files on this window."
                )
            else:
                text = self.tr("Nothing in this section yet.")
            self.empty.setText(text)
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.current_view())

    def _failed(self, message: str) -> None:
        self.empty.setText(self.tr("The library could not be read:\n{0}").format(message))
        self.stack.setCurrentWidget(self.empty)

    def _near_end(self, value: int, bar: QScrollBar) -> None:
        # Qt asks for more only at the very bottom; asking two screens early means the
        # next page is usually there before the user reaches it.
        if value >= bar.maximum() - 2 * bar.pageStep() and self.model.canFetchMore():
            self.model.fetchMore()

    def _activated(self, index: QModelIndex) -> None:
        r = index.data(ResourceRole)
        if r is not None:
            self.openRequested.emit(r)

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self.currentResourceChanged.emit(self.current_resource())
        self.selectionChanged.emit(self.selected_resources())

    def _remember_current(self) -> None:
        r = self.current_resource()
        self._keep = r.id if r is not None else None

    def _reselect(self) -> None:
        if self._keep is not None and self.select_resource(self._keep) or self.model.exhausted:
            self._keep = None
        if self._to_select:
            self._select_listed()

    def select_after_reload(self, ids: Sequence[str]) -> None:
        """Select these items (what an undo put back) once the model, about to reload,
        lists them."""
        self._to_select = list(ids)

    def _select_listed(self) -> None:
        rows = [r for r in (self.model.row_of(i) for i in self._to_select) if r is not None]
        if not rows and not self.model.exhausted:
            return  # not loaded yet
        self._to_select = []
        selection_menu.select_rows(self.current_view(), [self.model.index(r, 0) for r in rows])

    def _open_current(self) -> None:
        r = self.current_resource()
        if r is not None:
            self.openRequested.emit(r)

    def _header_sorted(self, column: int, order: Qt.SortOrder) -> None:
        self.model.sort(column, order)
        self._sync_sort_widgets()
        self.sortChanged.emit(self.model.sort_key, self.model.descending)

    def _sort_box_changed(self, _index: int) -> None:
        self.model.set_sort(str(self.sort_box.currentData()), self.model.descending)
        self._sync_sort_widgets()
        self.sortChanged.emit(self.model.sort_key, self.model.descending)

    def _order_toggled(self, descending: bool) -> None:
        self.model.set_sort(self.model.sort_key, descending)
        self._sync_sort_widgets()
        self.sortChanged.emit(self.model.sort_key, self.model.descending)

    def _sync_sort_widgets(self) -> None:
        """Keep the combo, the order button and the table header showing the same order."""
        m = self.model
        for w in (self.sort_box, self.order_button, self.table.horizontalHeader()):
            w.blockSignals(True)
        i = self.sort_box.findData(m.sort_key)
        if i >= 0:
            self.sort_box.setCurrentIndex(i)
        self.order_button.setChecked(m.descending)
        self.order_button.setText("↓" if m.descending else "↑")
        order = Qt.SortOrder.DescendingOrder if m.descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(m.sort_column(), order)
        for w in (self.sort_box, self.order_button, self.table.horizontalHeader()):
            w.blockSignals(False)
