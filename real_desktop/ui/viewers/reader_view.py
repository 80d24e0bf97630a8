"""Reader view for Markdown, HTML and plain text: offline, sanitised, with section anchors,
term highlighting, find, and links that stay inside the library.

Beside it: safe_browser.py (the browser that loads nothing remote), reader_sections.py
(anchors and sections), reader_find.py (highlights and find), reader_links.py (the link bar).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QTextEdit, QToolBar, QVBoxLayout, QWidget

from real_desktop.ui import i18n
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.tasks import Task, TaskRunner
from real_desktop.ui.viewers.findbar import FindBar
from real_desktop.ui.viewers.reader_find import ReaderFinder, term_highlights
from real_desktop.ui.viewers.reader_links import LinkBar
from real_desktop.ui.viewers.reader_sections import find_section, index_anchors, next_section_pos
from real_desktop.ui.viewers.rendering import RenderedDocument, Section, render_file
from real_desktop.ui.viewers.safe_browser import SafeBrowser

_STYLE = """
h1 { font-size: x-large; margin-top: 18px; }
h2 { font-size: large; margin-top: 16px; }
h3 { font-size: medium; margin-top: 12px; }
pre, code { font-family: monospace; }
table { border-collapse: collapse; }
td, th { padding: 4px 8px; }
blockquote { margin-left: 16px; }
"""


class ReaderView(QWidget):
    """Shows one text document. Rendering happens off the UI thread; `loaded` fires when
    the text is on screen and the requested place is showing."""

    loaded = Signal()
    failed = Signal(str)
    sectionChanged = Signal(object)  # Section | None
    linkToFile = Signal(object, str)  # (absolute Path, fragment): maybe another library item
    noteRequested = Signal()

    def __init__(
        self,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        allow_copy_link: bool = True,
        registry: ActionRegistry | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.registry = reg = registry if registry is not None else ActionRegistry()
        self.setAccessibleName(self.tr("Reader"))
        self._path: Path | None = None
        self._sections: list[Section] = []
        self._anchor_pos: dict[str, int] = {}
        self._terms: list[str] = []
        self._term_selections: list[QTextEdit.ExtraSelection] = []
        self._current_section: Section | None = None
        self._landed: tuple[Section, int] | None = None
        self._task: Task | None = None
        self._pending: tuple[str | None, str | None, bool] | None = None
        self.remote_removed: list[str] = []
        self._zoom = 0  # text-size steps relative to the app's text size

        self.toolbar = QToolBar(self)
        self.toolbar.setAccessibleName(self.tr("Reader tools"))
        self.sections_box = QComboBox(self.toolbar)
        self.sections_box.setAccessibleName(self.tr("Sections"))
        self.sections_box.setToolTip(self.tr("Go to a section"))
        self.sections_box.setMinimumContentsLength(24)
        self.sections_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sections_box.activated.connect(self._on_section_chosen)
        # Toolbar widgets are shown and hidden through their action.
        self._sections_action = self.toolbar.addWidget(self.sections_box)
        self.toolbar.addSeparator()
        self.act_find = reg.action("doc.find", self.toolbar, self.open_find, keys=False)
        self.toolbar.addAction(self.act_find)
        self.act_find.setToolTip(self.tr("Find in document (Ctrl+F)"))
        self.act_note = reg.action("doc.add_note", self.toolbar, self.noteRequested.emit, keys=False)
        self.toolbar.addAction(self.act_note)
        self.act_note.setToolTip(self.tr("Add a note here (Ctrl+Shift+N)"))

        self.link_bar = LinkBar(self, allow_copy_link=allow_copy_link, registry=reg)
        self.link_message = self.link_bar.link_message
        self.copy_link_button = self.link_bar.copy_link_button

        self.find_bar = FindBar(self, registry=reg)
        self.find_bar.hide()
        self.find_bar.nextRequested.connect(self.find_next)
        self.find_bar.previousRequested.connect(self.find_previous)
        self.find_bar.closed.connect(self._on_find_closed)

        self.browser = SafeBrowser(self)
        self.browser.setAccessibleName(self.tr("Document text"))
        self.browser.document().setDefaultStyleSheet(_STYLE)
        self.browser.document().setDocumentMargin(24)
        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        self.browser.verticalScrollBar().valueChanged.connect(self._schedule_section_check)
        self._section_timer = QTimer(self)
        self._section_timer.setSingleShot(True)
        self._section_timer.setInterval(120)
        self._section_timer.timeout.connect(self._check_section)
        self.finder = ReaderFinder(self.browser, self.find_bar, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.link_bar)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.browser, 1)

        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for action_id, slot in (
            ("doc.find", self.open_find),
            ("doc.find_next", self.find_next),
            ("doc.find_previous", self.find_previous),
            ("doc.add_note", self.noteRequested.emit),
            ("doc.zoom_in", self.zoom_in),
            ("doc.zoom_out", self.zoom_out),
            ("reader.reset_zoom", self.reset_zoom),
        ):
            reg.shortcut(action_id, self, slot, context=ctx)

    # -- text size ------------------------------------------------------------------------
    def zoom_in(self) -> None:
        if self._zoom < 10:
            self._zoom += 1
            self.browser.zoomIn(1)

    def zoom_out(self) -> None:
        if self._zoom > -4:
            self._zoom -= 1
            self.browser.zoomOut(1)

    def reset_zoom(self) -> None:
        self.browser.zoomOut(self._zoom)  # zoomOut with a negative step zooms in
        self._zoom = 0

    @property
    def zoom_steps(self) -> int:
        return self._zoom

    # -- loading --------------------------------------------------------------------------
    def open(
        self,
        path: str | Path,
        fmt: str | None = None,
        *,
        anchor: str | None = None,
        section: str | None = None,
        terms: Iterable[str] = (),
    ) -> None:
        """Render `path` in the background, then land on `anchor`/`section` with `terms`
        highlighted."""
        self.clear()
        self._path = Path(path)
        self._terms = [t for t in terms if t and t.strip()]
        self._pending = (anchor, section, True)
        self.browser.base_dir = self._path.parent
        path_str = str(self._path)
        self._task = self.tasks.submit(
            render_file,
            path_str,
            fmt,
            on_done=lambda doc, p=path_str: self._on_rendered(p, doc),
            on_error=lambda exc, p=path_str: self._on_render_failed(p, exc),
            key=f"reader-{id(self)}",
        )

    def clear(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._path = None
        self._sections = []
        self._anchor_pos = {}
        self._term_selections = []
        self._current_section = None
        self._landed = None
        self._pending = None
        self.remote_removed = []
        self.browser.refused.clear()
        self.browser.setExtraSelections([])
        self.browser.clear()
        self.sections_box.clear()
        self.link_bar.hide()

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def is_loaded(self) -> bool:
        return self._path is not None and self._pending is None

    @property
    def sections(self) -> list[Section]:
        return list(self._sections)

    def _on_render_failed(self, path: str, exc: BaseException) -> None:
        if self._path is None or str(self._path) != path:
            return
        self._pending = None
        self.failed.emit(i18n.core_text(exc) or exc.__class__.__name__)

    def _on_rendered(self, path: str, doc: RenderedDocument) -> None:
        if self._path is None or str(self._path) != path:
            return  # superseded by another open()
        if doc.html is None:
            self.browser.setPlainText(doc.text or "")
        else:
            self.browser.setHtml(doc.html)
        self.remote_removed = list(doc.remote_removed)
        self._sections = list(doc.sections)
        self._anchor_pos = index_anchors(self.browser.document())
        self.sections_box.clear()
        for s in self._sections:
            self.sections_box.addItem("    " * (s.level - 1) + s.title, s.anchor)
        self._sections_action.setVisible(bool(self._sections))
        self._apply_term_highlights()
        anchor, section, _ = self._pending or (None, None, True)
        self._pending = None
        self._land(anchor, section)
        self.loaded.emit()

    # -- navigation -----------------------------------------------------------------------
    def find_section(self, anchor: str | None, title: str | None) -> Section | None:
        return find_section(self._sections, anchor, title)

    def go_to_section(self, anchor: str | None, title: str | None = None) -> bool:
        if not self.is_loaded:
            if self._pending is not None:
                self._pending = (anchor, title, True)
            return False
        return self._land(anchor, title)

    def _land(self, anchor: str | None, title: str | None) -> bool:
        sec = self.find_section(anchor, title)
        sb = self.browser.verticalScrollBar()
        if sec is not None:
            self._scroll_to_position(self._anchor_pos.get(sec.anchor, 0))
        else:
            sb.setValue(0)
        # Bring the first highlighted word in that section into view as well.
        start = self._anchor_pos.get(sec.anchor, 0) if sec else 0
        nxt = next_section_pos(self._sections, self._anchor_pos, sec)
        for sel in self._term_selections:
            pos = sel.cursor.selectionStart()
            if pos >= start and (nxt is None or pos < nxt):
                self._ensure_visible(sel.cursor)
                break
        # Near the end of a document the heading cannot scroll to the top; remember what we
        # landed on until the user scrolls away.
        self._landed = (sec, sb.value()) if sec is not None else None
        self._check_section()
        return sec is not None

    def _block_top(self, position: int) -> float:
        doc = self.browser.document()
        block = doc.findBlock(position)
        return doc.documentLayout().blockBoundingRect(block).top()

    def _scroll_to_position(self, position: int) -> None:
        # Layout of a just-set document may be lazy; force it so the scroll range is right.
        self.browser.document().documentLayout().documentSize()
        sb = self.browser.verticalScrollBar()
        sb.setValue(int(self._block_top(position)))

    def _ensure_visible(self, cursor: QTextCursor) -> None:
        sb = self.browser.verticalScrollBar()
        top = self._block_top(cursor.selectionStart())
        height = self.browser.viewport().height()
        if not sb.value() <= top < sb.value() + max(40, height - 40):
            sb.setValue(int(max(0, top - height / 3)))

    def current_section(self) -> Section | None:
        if not self._sections or not self.is_loaded:
            return None
        value = self.browser.verticalScrollBar().value()
        if self._landed is not None and self._landed[1] == value:
            return self._landed[0]
        sb = self.browser.verticalScrollBar()
        # At the very end, short last sections never reach the top: count what is shown.
        at_end = sb.maximum() > 0 and value >= sb.maximum()
        y = value + (self.browser.viewport().height() - 24 if at_end else 8)
        current = None
        for s in self._sections:
            pos = self._anchor_pos.get(s.anchor)
            if pos is None:
                continue
            if self._block_top(pos) <= y:
                current = s
            else:
                break
        return current or self._sections[0]

    def _schedule_section_check(self, *_: object) -> None:
        self._section_timer.start()

    def _check_section(self) -> None:
        sec = self.current_section()
        if sec != self._current_section:
            self._current_section = sec
            if sec is not None:
                i = self.sections_box.findData(sec.anchor)
                self.sections_box.blockSignals(True)
                self.sections_box.setCurrentIndex(i)
                self.sections_box.blockSignals(False)
            self.sectionChanged.emit(sec)

    def _on_section_chosen(self, index: int) -> None:
        anchor = self.sections_box.itemData(index)
        if anchor:
            self.go_to_section(str(anchor))
            self.browser.setFocus()

    def selected_text(self) -> str | None:
        text = self.browser.textCursor().selectedText().replace("\u2029", "\n").strip()
        return text or None

    # -- links ----------------------------------------------------------------------------
    def _on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme in ("http", "https", "ftp", "mailto"):
            self.show_external_link(url.toString())
            return
        if scheme not in ("", "file"):
            self._show_message(self.tr("This link cannot be opened in REAL Desktop."), url="")
            return
        raw = url.toLocalFile() if scheme == "file" else url.path()
        fragment = url.fragment()
        if not raw:
            if fragment:
                self.scroll_to_anchor(fragment)
            return
        base = self._path.parent if self._path else Path.cwd()
        target = (base / raw).resolve()
        if self._path is not None and target == self._path.resolve():
            self.scroll_to_anchor(fragment) if fragment else self.go_to_section(None)
            return
        self.linkToFile.emit(target, fragment)

    def scroll_to_anchor(self, name: str) -> None:
        """Follow an in-page link: a section heading, or any element with that id."""
        if self.find_section(name, None) is not None:
            self.go_to_section(name)
        elif name in self._anchor_pos:
            self._scroll_to_position(self._anchor_pos[name])
        else:
            self.browser.scrollToAnchor(name)

    def show_external_link(self, url: str) -> None:
        self._show_message(
            self.tr("This link needs an internet connection: %1").replace("%1", url), url=url
        )

    def show_link_message(self, text: str) -> None:
        self._show_message(text, url="")

    def _show_message(self, text: str, *, url: str) -> None:
        self.link_bar.show_message(text, url=url)

    @property
    def message(self) -> str:
        return self.link_message.text() if self.link_bar.isVisibleTo(self) else ""

    def copy_link(self) -> None:
        self.link_bar.copy_link()

    # -- highlighting and find ------------------------------------------------------------
    def _apply_term_highlights(self) -> None:
        self._term_selections = term_highlights(self.browser, self._terms)
        self.browser.setExtraSelections(self._term_selections)

    @property
    def highlighted(self) -> list[str]:
        """The highlighted words, in document order (what the user sees marked)."""
        return [s.cursor.selectedText() for s in self._term_selections]

    def open_find(self) -> None:
        self.find_bar.open_bar()

    def find_next(self) -> None:
        self.finder.find_next()

    def find_previous(self) -> None:
        self.finder.find_previous()

    def _on_find_closed(self) -> None:
        self.browser.setFocus()
