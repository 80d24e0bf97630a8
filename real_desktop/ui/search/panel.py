"""The search field and the results panel: search as you type, grouped hits, filter chips.

Typing never waits on the database: each keystroke restarts a short debounce timer, and
the query runs on the TaskRunner under one key, so a newer query supersedes an older one
and only the latest results are ever painted.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionToolButton,
    QStyleOptionViewItem,
    QStylePainter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.models import Kind, SearchResults
from real_desktop.core.query import elide
from real_desktop.ui import i18n
from real_desktop.ui import theme as themes
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.announce import Repeats
from real_desktop.ui.flow import FlowLayout
from real_desktop.ui.guard import while_alive
from real_desktop.ui.search.field import SearchField
from real_desktop.ui.search.model import HitRole, HtmlRole, SearchResultsModel
from real_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the core loads on a worker thread at start-up
    from real_desktop.core.library import Library

DEBOUNCE_MS = 60  # short enough to feel instant, long enough to skip mid-word queries
RESULT_LIMIT = 100
# A half-typed last word is searched as a prefix ("bud" → bud*) only from this many
# letters: one letter would match a large part of the vocabulary (slow, and no help).
PREFIX_MIN_CHARS = 2

_LAST_WORD = re.compile(r"[^\W_]+$")  # letters/digits ending the text (= core tokens)


def as_typed(text: str) -> str:
    """The query to run while the person may still be typing: the last word, if it is a
    plain word not yet ended by a space, becomes a prefix (`word*`, core query syntax).

    Left alone: a finished word (the text ends in whitespace), a word inside a quoted
    phrase (an open quote runs to the end), an exclusion (-word), a word already ending in
    "*", the operator OR, and words shorter than PREFIX_MIN_CHARS. (The index stems the
    prefix as it stems words, so a finished word still finds its other forms.)"""
    if not text or text[-1].isspace() or text.count('"') % 2:
        return text
    last = text.split()[-1]
    if last.startswith("-") or '"' in last or last.endswith("*") or last == "OR":
        return text
    word = _LAST_WORD.search(last)  # "U.S." or "policy," end in punctuation: finished
    if word is None or len(word.group()) < PREFIX_MIN_CHARS:
        return text
    return text + "*"


@dataclass(frozen=True)
class SearchFilters:
    kind: Kind | None = None
    collection: str | None = None
    tag: str | None = None
    language: str | None = None


@dataclass
class Facets:
    collections: list[tuple[str, int]]
    tags: list[tuple[str, int]]
    languages: list[tuple[str, int]]


def gather_facets(library: Library) -> Facets:
    """Runs on a worker thread."""
    return Facets(library.collections(), library.tags(), library.languages())


class SnippetDelegate(QStyledItemDelegate):
    """Paints the model's HtmlRole (bold matches, muted places) with wrapping."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def _doc(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        muted = option.palette.color(role).name()
        text = str(index.data(HtmlRole) or "").replace("{muted}", muted)
        doc.setHtml(text)
        doc.setTextWidth(max(50, width))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._doc(opt, index, option.rect.width())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = option.widget
        width = view.viewport().width() - 40 if isinstance(view, QAbstractItemView) else 600
        doc = self._doc(option, index, width)
        return QSize(width, int(doc.size().height()) + 2)


class ChipButton(QToolButton):
    """A filter chip: "Collection ▾" until chosen, then "Collection: X"; a menu picks or clears."""

    changed = Signal()

    def __init__(
        self, label: str, registry: ActionRegistry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.label = label
        self.value: Any = None
        self.value_text = ""
        self.setAccessibleName(self.tr("Filter by {0}").format(label))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # may shrink
        self.setMenu(QMenu(self))
        self._update()

    def set_choices(self, choices: list[tuple[Any, str]], any_text: str) -> None:
        menu = self.menu()
        menu.clear()
        self.registry.bind(menu.addAction(any_text), "search.filter", lambda: self.choose(None, ""))
        menu.addSeparator()
        for value, text in choices:
            a = menu.addAction(text)
            a.setCheckable(True)
            a.setChecked(value == self.value)
            self.registry.bind(a, "search.filter", lambda v=value, t=text: self.choose(v, t))
        self.setEnabled(bool(choices) or self.value is not None)

    def choose(self, value: Any, text: str) -> None:
        if value == self.value:
            return
        self.value, self.value_text = value, text
        self._update()
        self.changed.emit()

    # At a large text size four chips side by side are wider than a 1024 px window: a chip
    # may shrink to a few letters, its text elided (the tooltip has it whole).
    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        fm = self.fontMetrics()
        padding = hint.width() - fm.horizontalAdvance(self.text())  # frame, arrow
        return QSize(min(hint.width(), padding + fm.horizontalAdvance("Mmm…")), hint.height())

    def paintEvent(self, e: QPaintEvent) -> None:
        opt = QStyleOptionToolButton()
        self.initStyleOption(opt)
        full = self.sizeHint().width()
        if self.width() < full:  # elide the text by what is missing
            fm = self.fontMetrics()
            room = fm.horizontalAdvance(opt.text) - (full - self.width())
            opt.text = fm.elidedText(opt.text, Qt.TextElideMode.ElideRight, max(0, room))
        QStylePainter(self).drawComplexControl(QStyle.ComplexControl.CC_ToolButton, opt)

    def _update(self) -> None:
        active = self.value is not None
        self.setText(f"{self.label}: {self.value_text}" if active else f"{self.label} ▾")
        self.setToolTip(self.text())
        self.setProperty("active", active)
        self.style().unpolish(self)  # re-evaluate the [active="true"] rule of CHIP_SHEET
        self.style().polish(self)


class SearchPanel(QWidget):
    """Owns the SearchField (the window puts it in its toolbar) and shows the results."""

    # resource id, Location, terms (list[str]), caption track of a cue hit (or None)
    openRequested = Signal(str, object, object, object)
    activeChanged = Signal(bool)  # a query is present: show this panel instead of the browser
    resultsShown = Signal(object)  # SearchResults, after the model has them
    currentResourceChanged = Signal(object)  # resource id of the current result, or None

    def __init__(
        self,
        library: Library,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        field: SearchField | None = None,
        registry: ActionRegistry | None = None,
    ) -> None:
        """`field`: a field the window already shows (it may hold text typed meanwhile)."""
        super().__init__(parent)
        reg = registry if registry is not None else ActionRegistry()
        self.library, self.tasks = library, tasks
        self.setAccessibleName(self.tr("Search results"))
        self.field = field if field is not None else SearchField()
        self.model = SearchResultsModel(self)
        self.filters = SearchFilters()
        self._query = ""
        self._active = False
        self._facets_loaded = False
        self.last_results: SearchResults | None = None

        self.kind_chip = ChipButton(self.tr("Kind"), reg)
        self.kind_chip.set_choices(
            [
                (Kind.DOCUMENT, self.tr("Documents")),
                (Kind.VIDEO, self.tr("Videos")),
                (Kind.AUDIO, self.tr("Audio")),
            ],
            self.tr("Any kind"),
        )
        self.collection_chip = ChipButton(self.tr("Collection"), reg)
        self.tag_chip = ChipButton(self.tr("Tag"), reg)
        self.language_chip = ChipButton(self.tr("Language"), reg)
        chip_row = QWidget()
        themes.style_locally(chip_row, themes.CHIP_SHEET)
        # The chips wrap onto a second row rather than make the window wider (large text).
        chips = FlowLayout(chip_row, spacing=6)
        for chip in self._chips():
            chip.changed.connect(self._filters_changed)
            chips.addWidget(chip)
        self.summary = QLabel()
        themes.mute(self.summary)
        self.summary.setAccessibleDescription(self.tr("Result count"))
        self.summary.setContentsMargins(12, 0, 0, 0)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        chips.addWidget(self.summary)  # after the chips, or on its own row when narrow

        self.view = QTreeView()
        self.view.setAccessibleName(self.tr("Results"))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setIndentation(16)
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.view.setItemDelegate(SnippetDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(lambda: self.currentResourceChanged.emit(None))
        self.view.installEventFilter(self)
        self._said = Repeats(self.view)  # the count is spoken when it changes

        self.empty = QLabel()
        self.empty.setAccessibleName(self.tr("No results"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setMargin(40)
        self.empty.linkActivated.connect(self._link)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(chip_row)
        layout.addWidget(self.stack, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_query)
        self.field.textChanged.connect(self._text_changed)
        self.field.returnPressed.connect(self.open_current)
        self.field.downPressed.connect(self.focus_results)
        self.field.escapePressed.connect(lambda: self.activeChanged.emit(False))

    def take_typed_text(self) -> None:
        """Search for what was typed into the field before this panel existed. Call it once
        the owner listens to activeChanged; a no-op for an empty field."""
        if self.field.text() and not self._query:
            self._text_changed(self.field.text())

    def _chips(self) -> tuple[ChipButton, ...]:
        return (self.kind_chip, self.collection_chip, self.tag_chip, self.language_chip)

    # -- public ---------------------------------------------------------------------------
    @property
    def query(self) -> str:
        return self._query

    def set_query(self, text: str, *, immediate: bool = False) -> None:
        """Programmatic typing (tests, suggestions): same path as the keyboard."""
        self.field.setText(text)
        if immediate:
            self._timer.stop()
            self.run_query()

    def library_changed(self, _kind: str, _ids: object) -> None:
        """Items came or went: the filter choices change, and so may the results."""
        self.refresh_facets()
        if self.query:
            self.run_query()

    def refresh_facets(self) -> None:
        self.tasks.submit(
            gather_facets,
            self.library,
            on_done=while_alive(self, self._apply_facets),
            key=f"facets-{id(self)}",
        )

    def run_query(self) -> None:
        """Run the current query now with the current filters (off the UI thread)."""
        query, flt = self._query, self.filters
        if not query.strip():
            self.tasks.submit(lambda: None, key=f"search-{id(self)}")  # supersede any in flight
            self._show(None)
            return
        self.tasks.submit(
            self.library.search,
            as_typed(query),
            kind=flt.kind,
            collection=flt.collection,
            tag=flt.tag,
            language=flt.language,
            limit=RESULT_LIMIT,
            # The results carry the text as typed ("bud", not "bud*"): messages repeat it.
            on_done=while_alive(self, lambda r, typed=query: self._show(r._replace(query=typed))),
            on_error=while_alive(self, self._failed),
            key=f"search-{id(self)}",
        )

    def focus_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        if not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_current(self) -> None:
        idx = self.view.currentIndex()
        if not idx.isValid() and self.model.rowCount() > 0:
            idx = self.model.index(0, 0)
        self._activated(idx)

    # -- internals ------------------------------------------------------------------------
    def _text_changed(self, text: str) -> None:
        self._query = text
        active = bool(text.strip())
        if active and not self._facets_loaded:
            self._facets_loaded = True
            self.refresh_facets()
        if active != self._active:
            self._active = active
            self.activeChanged.emit(active)
        self._timer.start()

    def _filters_changed(self) -> None:
        self.filters = SearchFilters(
            kind=self.kind_chip.value,
            collection=self.collection_chip.value,
            tag=self.tag_chip.value,
            language=self.language_chip.value,
        )
        self._timer.stop()
        self.run_query()

    def set_filters(self, **changes: Any) -> None:
        """Set chips programmatically (kind=Kind.VIDEO, collection="…", …)."""
        self.filters = replace(self.filters, **changes)
        for chip, value in zip(
            self._chips(),
            (self.filters.kind, self.filters.collection, self.filters.tag, self.filters.language),
            strict=True,
        ):
            chip.value, chip.value_text = value, str(value) if value is not None else ""
            chip._update()
        self._timer.stop()
        self.run_query()

    def _apply_facets(self, f: Facets) -> None:
        self.collection_chip.set_choices(
            [(n, f"{n} ({c})") for n, c in f.collections], self.tr("Any collection")
        )
        self.tag_chip.set_choices([(n, f"{n} ({c})") for n, c in f.tags], self.tr("Any tag"))
        self.language_chip.set_choices(
            [(n, f"{i18n.language_name(n)} ({c})") for n, c in f.languages], self.tr("Any language")
        )

    def _show(self, results: SearchResults | None) -> None:
        self.last_results = results
        self.model.set_results(results)
        self.view.expandAll()
        if results is None:
            self.summary.setText("")
            self.stack.setCurrentWidget(self.view)
            self._said.reset()
        elif not results.hits:
            self.summary.setText(self.tr("No matches"))
            self.empty.setText(self._empty_text(results))
            self.stack.setCurrentWidget(self.empty)
            self._said.say(self.tr("No results for “{0}”.").format(elide(results.query)))
        else:
            groups, hits = self.model.rowCount(), self.model.hit_count
            # Two plurals, each Qt's %n form (a translation gives each language its forms).
            self.summary.setText(
                self.tr("{0} in {1}").format(
                    self.tr("%n match(es)", "", hits), self.tr("%n item(s)", "", groups)
                )
            )
            self.stack.setCurrentWidget(self.view)
            self.view.setCurrentIndex(self.model.index(0, 0))
            self._said.say(self.summary.text())
        # The list says how many it holds to whoever lands on it later, too.
        self.view.setAccessibleDescription(self.summary.text())
        self.resultsShown.emit(results)

    def _empty_text(self, results: SearchResults) -> str:
        q = html.escape(elide(results.query))  # one line, however long the paste
        lines = ["<p style='font-size:large'>" + self.tr("No results for “{0}”.").format(q) + "</p>"]
        if results.suggestion:
            s = html.escape(results.suggestion)
            lines.append(
                "<p>"
                + self.tr("Did you mean {0}?").format(f"<a href='suggest:{s}'>{s}</a>")
                + "</p>"
            )
        if self.filters != SearchFilters():
            lines.append(
                "<p>"
                + self.tr("Filters are on. <a href='clear-filters'>Search everything</a> instead.")
                + "</p>"
            )
        lines.append(
            "<p>"
            + self.tr(
                "Try fewer or different words, or check the spelling. Search covers titles, "
                "descriptions, document text, video captions and your notes."
            )
            + "</p>"
        )
        return "".join(lines)

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText("")
        self.empty.setText(self.tr("Search failed: {0}").format(i18n.core_text(exc)))
        self.stack.setCurrentWidget(self.empty)

    def _link(self, href: str) -> None:
        if href.startswith("suggest:"):
            self.set_query(href.removeprefix("suggest:"), immediate=True)
        elif href == "clear-filters":
            self.set_filters(kind=None, collection=None, tag=None, language=None)

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        hit = index.data(HitRole) if index.isValid() else None
        if hit is None:
            return
        terms = list(self.last_results.terms) if self.last_results else []
        self.openRequested.emit(hit.resource_id, hit.location, terms, hit.track)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = current.data(HitRole) if current.isValid() else None
        self.currentResourceChanged.emit(hit.resource_id if hit is not None else None)

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        # Up from the first result returns to the field, so arrows move through one list.
        if obj is self.view and e.type() == QEvent.Type.KeyPress and isinstance(e, QKeyEvent):
            if e.key() == Qt.Key.Key_Up and self.view.currentIndex() == self.model.index(0, 0):
                self.field.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if e.key() == Qt.Key.Key_Escape:
                self.field.clear()
                self.field.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if e.key() == Qt.Key.Key_Slash or (
                e.text()
                and e.text().isprintable()
                and not e.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
                and e.key() not in (Qt.Key.Key_Space,)
            ):
                # Typing in the results keeps refining the query.
                self.field.setFocus(Qt.FocusReason.OtherFocusReason)
                if e.key() != Qt.Key.Key_Slash:
                    self.field.insert(e.text())
                return True
        return super().eventFilter(obj, e)
