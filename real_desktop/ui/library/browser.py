"""The library browser: one model shown as a thumbnail grid or a sortable list."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QShowEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QScrollBar,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.models import Resource
from real_desktop.ui import theme as themes
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.library.model import (
    COLUMNS,
    BrowseFilter,
    FinishedRole,
    ProgressRole,
    ResourceRole,
    ResourceTableModel,
)

GRID, LIST = "grid", "list"


PROGRESS_BAR_HEIGHT = 4
BADGE_SIZE = 22
THUMB = QSize(160, 120)
TITLE_LINES = 3  # a tile's title is cut to this many lines, the last one elided


def wrap_title(text: str, font: QFont, width: int, lines: int = TITLE_LINES) -> str:
    """`text` broken into at most `lines` lines of `width` pixels, the last elided: the
    tile is sized for that many, so a long title never runs into the next row."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    if len(spans) <= lines:
        return "\n".join(text[a : a + n].strip() for a, n in spans)
    head = [text[a : a + n].strip() for a, n in spans[: lines - 1]]
    rest = text[spans[lines - 1][0] :].strip()
    return "\n".join([*head, QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)])


def grid_cell(fm: QFontMetrics) -> QSize:
    """A tile's size from the text size: the thumbnail, then TITLE_LINES lines of title."""
    width = max(THUMB.width() + 36, fm.averageCharWidth() * 18)
    return QSize(width, THUMB.height() + TITLE_LINES * fm.lineSpacing() + 28)


class GridDelegate(QStyledItemDelegate):
    """Draws a grid tile: thumbnail on top, the title centred and wrapped below it; a
    started item gets a thin progress bar along the thumbnail's bottom edge, a finished
    one a full bar and a check mark badge."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        super().initStyleOption(option, index)
        option.decorationPosition = QStyleOptionViewItem.Position.Top
        option.displayAlignment = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # type: ignore[override]
        # The tile is the grid cell (sized from the text size), whatever the title's length.
        view = self.parent()
        if isinstance(view, QListView) and view.gridSize().isValid():
            return view.gridSize() - QSize(view.spacing(), view.spacing())
        return super().sizeHint(option, index)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)  # type: ignore[arg-type]
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        deco = style.subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, opt, widget)
        title, opt.text = opt.text, ""
        painter.save()
        painter.setClipRect(option.rect)  # nothing spills into the next tile
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        # The title is laid out here, at most TITLE_LINES lines (the tile is that tall):
        # the style's own wrapping ran past the tile into the next row at large sizes.
        box = QRect(option.rect.left() + 6, deco.bottom() + 6, option.rect.width() - 12, 0)
        box.setBottom(option.rect.bottom() - 2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        if selected:
            color = opt.palette.color(QPalette.ColorRole.HighlightedText)
        else:
            color = brush if isinstance(brush, QColor) else opt.palette.color(QPalette.ColorRole.Text)
        painter.setPen(color)
        painter.setFont(opt.font)
        painter.drawText(
            box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            wrap_title(title, opt.font, box.width()),
        )  # fmt: skip
        painter.restore()
        fraction = index.data(ProgressRole)
        finished = bool(index.data(FinishedRole))
        if fraction is None and not finished:
            return
        thumb = self.thumbnail_rect(option, index)
        if thumb.isEmpty():
            return
        painter.save()
        accent = option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        bar = QRect(
            thumb.left(),
            thumb.bottom() - PROGRESS_BAR_HEIGHT + 1,
            thumb.width(),
            PROGRESS_BAR_HEIGHT,
        )
        painter.fillRect(bar, QColor(0, 0, 0, 150))  # the track reads on light and dark frames
        done = 1.0 if finished else max(0.0, min(1.0, float(fraction or 0.0)))
        painter.fillRect(
            QRect(bar.left(), bar.top(), max(2, round(bar.width() * done)), bar.height()), accent
        )
        if finished:
            badge = QRect(thumb.right() - BADGE_SIZE - 3, thumb.top() + 4, BADGE_SIZE, BADGE_SIZE)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QColor(255, 255, 255))
            painter.setBrush(accent)
            painter.drawEllipse(badge)
            font = painter.font()
            font.setBold(True)
            font.setPixelSize(BADGE_SIZE * 2 // 3)
            painter.setFont(font)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "✓")
        painter.restore()

    def thumbnail_rect(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QRect:
        """Where the thumbnail is drawn in the tile: the decoration box the style lays out,
        shrunk to the pixmap's real size (a portrait page is narrower than a video frame)."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None or opt.icon.isNull():
            return QRect()
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, opt, widget)
        size = opt.icon.actualSize(opt.decorationSize)
        size = size.boundedTo(box.size())
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(box.center())
        return rect


class ListIconDelegate(QStyledItemDelegate):
    """Every icon gets the same box in the list, so titles line up whatever the
    thumbnail's shape (portrait pages, landscape video frames)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        super().initStyleOption(option, index)
        view = self.parent()
        if index.column() == 0 and isinstance(view, QAbstractItemView):
            option.decorationSize = view.iconSize()


class LibraryBrowser(QWidget):
    """Header (section title, sort, grid/list switch) over the grid or list, or an empty state."""

    openRequested = Signal(object)  # Resource
    currentResourceChanged = Signal(object)  # Resource | None
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
        # A long collection name may be cut; it must not force the window wider.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setMinimumWidth(80)

        self.sort_box = QComboBox()
        self.sort_box.setAccessibleName(self.tr("Sort by"))
        # As wide as a short choice, not the longest one: the header must fit a narrow window.
        self.sort_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
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

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        sort_label = QLabel(self.tr("Sort:"))
        sort_label.setBuddy(self.sort_box)
        header.addWidget(sort_label)
        header.addWidget(self.sort_box)
        header.addWidget(self.order_button)
        header.addSpacing(12)
        header.addWidget(self.grid_button)
        header.addWidget(self.list_button)

        self.grid = QListView()
        self.grid.setAccessibleName(self.tr("Library grid"))
        # List mode wrapping left-to-right, with tiles drawn by GridDelegate, lays out a
        # 10,000-item grid about twice as fast as IconMode on every page that arrives.
        self.grid.setViewMode(QListView.ViewMode.ListMode)
        self.grid.setFlow(QListView.Flow.LeftToRight)
        self.grid.setWrapping(True)
        self.grid.setItemDelegate(GridDelegate(self.grid))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setWordWrap(True)
        self.grid.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.grid.setIconSize(THUMB)
        self.grid.setGridSize(grid_cell(self.grid.fontMetrics()))
        self.grid.setSpacing(8)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setFrameShape(QFrame.Shape.NoFrame)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Library list"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Sorting is the model's (the database sorts); the header only shows and flips it.
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

        for view in (self.grid, self.table):
            view.activated.connect(self._activated)
            bar = view.verticalScrollBar()
            bar.valueChanged.connect(lambda value, bar=bar: self._near_end(value, bar))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._attach_grid(True)
        self.sort_box.activated.connect(self._sort_box_changed)
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
