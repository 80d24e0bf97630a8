"""Grid tiles and list icons: how the library's items are drawn, sized from the text size."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from real_desktop.ui.library.model import FinishedRole, ProgressRole

PROGRESS_BAR_HEIGHT = 4
BADGE_SIZE = 22
THUMB = QSize(160, 120)
TITLE_LINES = 3  # a tile's title is cut to this many lines, the last one elided
FOCUS_PEN = 2  # px: the current tile's frame


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


def draw_focus(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """The current tile's frame: the whole tile, in the highlight colour."""
    pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), FOCUS_PEN)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.save()
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = FOCUS_PEN // 2
    painter.drawRect(option.rect.adjusted(half, half, -half - 1, -half - 1))
    painter.restore()


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
        # The style would draw the focus frame around where it thinks the text is (only
        # the lower part of the tile, the text being drawn here): the tile draws its own.
        focused = bool(opt.state & QStyle.StateFlag.State_HasFocus)
        opt.state &= ~QStyle.StateFlag.State_HasFocus
        painter.save()
        painter.setClipRect(option.rect)  # nothing spills into the next tile
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if focused:
            draw_focus(painter, option)
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
