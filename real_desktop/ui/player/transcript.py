"""The transcript beside the video: every cue, the current one highlighted, find within it."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.models import Segment
from real_desktop.core.timefmt import format_time
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.placeholder import fit_placeholder

StartRole = Qt.ItemDataRole.UserRole + 1
MatchRole = Qt.ItemDataRole.UserRole + 2
CurrentRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def _fold(text: str) -> str:
    """Lower-case without accents: "cafe" finds "Café"."""
    nfkd = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in nfkd if not unicodedata.combining(ch))


COMPACT_LINES = 12  # below this many text lines high, the panel drops its heading


class TranscriptModel(QAbstractListModel):
    """Rows are cues. The current cue is not model data (see set_current_row)."""

    currentRowChanged = Signal(object, object)  # old row, new row (None: no current cue)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cues: list[Segment] = []
        self._folded: list[str] = []
        self._display: list[str] = []
        self._current: int | None = None
        self._matches: set[int] = set()

    def set_cues(self, cues: Sequence[Segment]) -> None:
        self.beginResetModel()
        self._cues = list(cues)
        self._folded = [_fold(c.text) for c in self._cues]
        # Views ask for these many times per paint (word-wrapped rows are measured often).
        self._display = [f"{format_time(c.location.start or 0.0)}   {c.text}" for c in self._cues]
        self._current = None
        self._matches = set()
        self.endResetModel()

    def cues(self) -> list[Segment]:
        return list(self._cues)

    def cue(self, row: int) -> Segment:
        return self._cues[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cues)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row]
        cue = self._cues[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return cue.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{format_time(cue.location.start or 0.0)} {cue.text}"
        if role == StartRole:
            return cue.location.start or 0.0
        if role == MatchRole:
            return row in self._matches
        if role == CurrentRole:
            return row == self._current
        if role == Qt.ItemDataRole.BackgroundRole and row in self._matches:
            c = QColor("#f2d74e")
            c.setAlpha(90)
            return c
        return None

    # -- current cue -----------------------------------------------------------------------
    def current_row(self) -> int | None:
        return self._current

    def set_current_row(self, row: int | None) -> bool:
        """True when it changed (callers scroll only then). No dataChanged: QListView
        answers any dataChanged by laying out every row again (word-wrapped rows are
        measured one by one; ~0.1 s for 1000 cues, at every cue change). The current cue
        is drawn by _CueDelegate and never changes a row's size, so repainting the two
        rows is enough."""
        if row == self._current:
            return False
        old, self._current = self._current, row
        self.currentRowChanged.emit(old, row)
        return True

    # -- find ------------------------------------------------------------------------------
    def find(self, text: str) -> list[int]:
        """Rows containing every word of `text` (case- and accent-insensitive)."""
        words = _fold(text).split()
        matches = (
            [r for r, t in enumerate(self._folded) if all(w in t for w in words)] if words else []
        )
        changed = self._matches.symmetric_difference(matches)
        self._matches = set(matches)
        for r in changed:
            i = self.index(r)
            self.dataChanged.emit(i, i)
        return matches


class _MatchFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.only_matches = False

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if not self.only_matches:
            return True
        return bool(self.sourceModel().index(row, 0, parent).data(MatchRole))


class _CueDelegate(QStyledItemDelegate):
    """The current cue in the strong selection colours; a selected cue that is not playing
    (a search hit during the lead-in, a find match) only tinted and outlined, so the
    strongest mark is always on what is playing."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        pal = option.palette
        group = QPalette.ColorGroup.Active
        highlight = pal.color(group, QPalette.ColorRole.Highlight)
        if index.data(CurrentRole):
            option.state &= ~QStyle.StateFlag.State_Selected
            option.backgroundBrush = QBrush(highlight)
            text = pal.color(group, QPalette.ColorRole.HighlightedText)
            pal.setColor(QPalette.ColorRole.Text, text)
            option.palette = pal
        elif option.state & QStyle.StateFlag.State_Selected:
            option.state &= ~QStyle.StateFlag.State_Selected
            tint = QColor(highlight)
            tint.setAlpha(60)
            option.backgroundBrush = QBrush(tint)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if option.state & QStyle.StateFlag.State_Selected and not index.data(CurrentRole):
            painter.save()
            painter.setPen(option.palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()


class TranscriptPanel(QWidget):
    """Find field + list. Clicking a cue asks the player to jump there."""

    cueActivated = Signal(float)  # seconds

    def __init__(
        self, parent: QWidget | None = None, *, registry: ActionRegistry | None = None
    ) -> None:
        super().__init__(parent)
        self.registry = registry if registry is not None else ActionRegistry()
        self.model = TranscriptModel(self)
        self.proxy = _MatchFilter(self)
        self.proxy.setSourceModel(self.model)
        self._matches: list[int] = []
        self._match_pos = -1
        self._loading = True  # no cues yet; the next set_cues() says whether there are any

        self.find_edit = QLineEdit(self)
        fit_placeholder(self.find_edit, self.tr("Find in transcript"), self.tr("Find"))
        self.find_edit.setAccessibleName(self.tr("Find in transcript"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setToolTip(
            self.tr("Find in transcript (Enter: next match, Shift+Enter: previous)")
        )
        self.prev_button = QToolButton(self)
        self.prev_button.setText("↑")
        self.prev_button.setAccessibleName(self.tr("Previous match"))
        self.prev_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next_button = QToolButton(self)
        self.next_button.setText("↓")
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.only_box = QCheckBox(self.tr("Only matches"), self)
        self.only_box.setAccessibleName(self.tr("Show only matching lines"))
        self.only_box.setToolTip(self.tr("Show only the lines that match"))
        self.count_label = QLabel(self)
        self.count_label.setAccessibleDescription(self.tr("Matches"))

        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("Transcript"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(2)
        # SinglePass, not Batched: a batched layout is unfinished when the hit's cue or
        # the current cue is scrolled to, and QListView then scrolls to nothing (a blank
        # list with a zero scroll range until the next resize). The whole layout of 150
        # wrapped cues takes ~50 ms, after the first frame (PlayerView.open).
        self.list.setLayoutMode(QListView.LayoutMode.SinglePass)
        self.list.setItemDelegate(_CueDelegate(self.list))
        self.empty_label = QLabel(self.tr("No transcript for this recording."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        self.title = title = QLabel(self.tr("Transcript"), self)
        f = title.font()
        f.setBold(True)
        title.setFont(f)
        # Which track this is when a machine made it ("Automatic (English)", ui/jobs).
        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        self.source_label.setAccessibleDescription(self.tr("Transcript source"))
        self.source_label.hide()
        find_row = QHBoxLayout()
        find_row.setContentsMargins(0, 0, 0, 0)
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.prev_button)
        find_row.addWidget(self.next_button)
        opts = QHBoxLayout()
        opts.setContentsMargins(0, 0, 0, 0)
        opts.addWidget(self.only_box)
        opts.addStretch(1)
        opts.addWidget(self.count_label)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(title)
        lay.addWidget(self.source_label)
        lay.addLayout(find_row)
        lay.addLayout(opts)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.empty_label, 1)

        self.find_edit.textChanged.connect(self._on_find)
        self.find_edit.returnPressed.connect(self.next_match)
        reg = self.registry
        reg.shortcut("transcript.previous", self.find_edit, self.previous_match)
        reg.button("transcript.next", self.next_button, self.next_match)
        reg.button("transcript.previous", self.prev_button, self.previous_match)
        self.only_box.toggled.connect(self._on_only)
        self.model.currentRowChanged.connect(self._repaint_rows)
        self.list.clicked.connect(self._on_clicked)
        self.list.activated.connect(self._on_clicked)

    def set_cues(self, cues: Sequence[Segment]) -> None:
        self._loading = False
        self.model.set_cues(cues)
        self.list.setVisible(bool(cues))
        self.empty_label.setVisible(not cues)
        self._on_find(self.find_edit.text())

    def set_source(self, automatic_label: str) -> None:
        """Say the transcript was made by speech recognition ("" hides the note)."""
        self.source_label.setText(
            self.tr("%1 — made by speech recognition on this computer; it may contain "
                    "mistakes.").replace("%1", automatic_label)
        )  # fmt: skip
        self.source_label.setVisible(bool(automatic_label))

    def clear(self) -> None:
        """Empty, without "No transcript": the next recording's cues are on their way."""
        self._loading = True
        if self.model.rowCount():
            self.model.set_cues([])
        self.list.setVisible(True)
        self.empty_label.setVisible(False)
        self._matches, self._match_pos = [], -1
        self.count_label.setText("")

    def set_find_text(self, text: str) -> None:
        """Fill the find field (a search hit's words) and find them in the current cues."""
        with QSignalBlocker(self.find_edit):
            self.find_edit.setText(text)
        self._on_find(text)

    def resizeEvent(self, e: QResizeEvent) -> None:
        # Short (under the picture on a small screen, large text): the heading goes, the
        # lines get its room (the find field already says "Find in transcript").
        self.title.setVisible(e.size().height() >= COMPACT_LINES * self.fontMetrics().lineSpacing())
        super().resizeEvent(e)

    def focus_find(self) -> None:
        """Ctrl+F in the player: type in the find field (its text selected)."""
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def set_current_row(self, row: int | None) -> None:
        if self.model.set_current_row(row) and row is not None:
            i = self.proxy.mapFromSource(self.model.index(row))
            if i.isValid() and not self.list.viewport().rect().contains(self.list.visualRect(i)):
                # Centred, not just brought in at an edge: after a seek the reader sees
                # what comes before and after, and playing on does not scroll every cue.
                self.list.scrollTo(i, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _repaint_rows(self, *rows: int | None) -> None:
        for row in rows:
            if row is not None and 0 <= row < self.model.rowCount():
                i = self.proxy.mapFromSource(self.model.index(row))
                if i.isValid():
                    self.list.viewport().update(self.list.visualRect(i))

    def select_row(self, row: int) -> None:
        """Select (and show) a cue, e.g. the one a search hit pointed at."""
        i = self.proxy.mapFromSource(self.model.index(row))
        if i.isValid():
            self.list.setCurrentIndex(i)
            self.list.scrollTo(i, QAbstractItemView.ScrollHint.PositionAtCenter)

    def selected_row(self) -> int | None:
        i = self.list.currentIndex()
        return self.proxy.mapToSource(i).row() if i.isValid() else None

    def _on_clicked(self, index: QModelIndex) -> None:
        self.cueActivated.emit(float(index.data(StartRole) or 0.0))

    # -- find ------------------------------------------------------------------------------
    def _on_find(self, text: str) -> None:
        self._matches = self.model.find(text)
        self._match_pos = -1
        self.proxy.invalidate()
        if text.strip() and not self._loading:
            self.count_label.setText(self.tr("{0} found").format(len(self._matches)))
        else:
            self.count_label.setText("")

    def _on_only(self, on: bool) -> None:
        self.proxy.only_matches = on
        self.proxy.invalidate()

    def matches(self) -> list[int]:
        return list(self._matches)

    def next_match(self) -> None:
        self._step(+1)

    def previous_match(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self._matches:
            return
        self._match_pos = (self._match_pos + delta) % len(self._matches)
        row = self._matches[self._match_pos]
        self.select_row(row)
        self.count_label.setText(
            self.tr("{0} of {1}").format(self._match_pos + 1, len(self._matches))
        )
