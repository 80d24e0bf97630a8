"""The main window: composes the sidebar, browser, search, viewers and notes.

It holds no logic of its own beyond wiring: each widget gets only the objects it needs,
and the window routes "open this resource here" requests to the right viewer.

Start-up comes in two halves. The shell (menus, toolbar with the search field, an empty
sidebar and centre) is built in __init__ from cheap modules and paints at once; the parts
(model, sidebar, browser, details, search panel, importer) need heavier modules and the
library. With `deferred=True` the app shows the shell first and builds the parts in small
steps on the event loop (`start_parts`, `attach`), so the window answers input between
them; text typed into the search field meanwhile is searched once the panel exists.
Without it (tests, benchmarks) everything is built before __init__ returns.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from real_desktop.core import paths
from real_desktop.core.policy import DESKTOP, Action, Policy
from real_desktop.ui import theme as themes
from real_desktop.ui.guard import while_alive
from real_desktop.ui.search.field import SearchField
from real_desktop.ui.settings import AppSettings
from real_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the core loads on a worker thread; the parts' modules after first paint
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeyEvent

    from real_desktop.core.library import Library
    from real_desktop.core.models import Location, Resource
    from real_desktop.ui.importer import ImportController
    from real_desktop.ui.library.browser import LibraryBrowser
    from real_desktop.ui.library.details import DetailsPane
    from real_desktop.ui.library.model import BrowseFilter, ResourceTableModel
    from real_desktop.ui.library.sidebar import Sidebar, SidebarCounts
    from real_desktop.ui.search.panel import SearchPanel
    from real_desktop.ui.thumbnails import ThumbnailCache

GRID, LIST = "grid", "list"  # = library.browser.GRID / LIST (not imported: first paint)
_PLATFORM_QUIT = "<QKeySequence.StandardKey.Quit>"  # the platform's own Quit keys

# Modules the parts need, imported one per event-loop turn after the first paint.
PART_MODULES = (
    "PySide6.QtCore:Qt",  # PySide6 makes the namespace's 94 enums on first use: ~50 ms
    "real_desktop.ui.library.model",
    "PySide6.QtWidgets:QStyle",  # ~570 enum values: ~15 ms on its own
    "real_desktop.ui.thumbnails",
    "real_desktop.ui.library.sidebar",
    "real_desktop.ui.library.browser",
    "real_desktop.ui.library.details",
    "real_desktop.ui.search.panel",
    "real_desktop.ui.importer",
)


def _text_inputs() -> tuple[type, ...]:
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    return (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)


class MainWindow(QMainWindow):
    """`player_factory` is passed through to PlayerView (tests give it a headless player).

    `library` may be None with `deferred=True`: the shell shows while the library opens,
    and `attach(library)` supplies it."""

    resourceOpened = Signal(object)  # Resource, once its viewer has it
    firstPainted = Signal()  # the shell is on screen
    partsReady = Signal()  # sidebar, browser, search panel etc. exist and are wired

    # The parts (None until built; always built when `deferred` is False).
    thumbnail_tasks: TaskRunner
    thumbnails: ThumbnailCache
    model: ResourceTableModel
    sidebar: Sidebar
    browser: LibraryBrowser
    details: DetailsPane
    search: SearchPanel
    importer: ImportController
    browse_stack: QStackedWidget

    def __init__(
        self,
        library: Library | None,
        tasks: TaskRunner,
        settings: AppSettings,
        *,
        policy: Policy = DESKTOP,
        player_factory: Callable[..., Any] | None = None,
        parent: QWidget | None = None,
        deferred: bool = False,
    ) -> None:
        super().__init__(parent)
        self.library: Library = library  # type: ignore[assignment]  # set by attach()
        self.tasks, self.settings, self.policy = tasks, settings, policy
        self._player_factory = player_factory
        self.setWindowTitle(self.tr("REAL Desktop"))
        self.setAccessibleName(self.tr("REAL Desktop"))
        self.setAcceptDrops(policy.allows(Action.IMPORT))

        # -- shell: what the first paint shows ----------------------------------------------
        self._notes: Any = None  # NoteStore, made on first use (keeps start-up light)
        # Viewers are built on first use: libvlc and QtPdf stay out of start-up time.
        self._document_view: Any = None
        self._player_view: Any = None
        self._notes_view: Any = None
        self._notes_panel: Any = None
        self.current_viewer: Any = None
        self.parts_ready = False
        self._painted = False
        self._steps: list[tuple[bool, Callable[[], None]]] = []  # (needs library, step)
        self._step_timer = QTimer(self)
        self._step_timer.setSingleShot(True)
        self._step_timer.timeout.connect(self._run_step)
        self._after_parts: list[Callable[[], None]] = []  # actions asked for meanwhile

        self.search_field = SearchField()
        self.center = QStackedWidget()
        self.center.setAccessibleName(self.tr("Main area"))
        self.right = QStackedWidget()
        self.right.setAccessibleName(self.tr("Side panel"))
        # The notes list has its own preview: the details pane beside it would only say
        # "select an item", so it steps aside and the list gets the room.
        self.center.currentChanged.connect(
            lambda _i: self.right.setVisible(
                self._notes_view is None or self.center.currentWidget() is not self._notes_view
            )
        )
        self._sidebar_placeholder = QWidget()  # the sidebar's room until it is built
        self._sidebar_placeholder.setMinimumWidth(150)

        self.splitter = QSplitter()  # horizontal
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._sidebar_placeholder)
        self.splitter.addWidget(self.center)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 870, 320])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_menus_and_toolbar()
        self._restore_geometry()
        self.theme_actions[settings.theme].setChecked(True)
        self.installEventFilter(self)  # notices the first paint

        self._steps = [(False, self._set_shortcuts)]
        self._steps += [(False, lambda m=m: self._import(m)) for m in PART_MODULES]
        self._steps += [
            (True, self._make_model),
            (True, self._make_sidebar),
            (True, self._make_browser),
            (True, self._make_search),
            (True, self._finish_parts),
        ]
        if not deferred:
            if library is None:
                raise ValueError("a library is needed unless deferred=True")
            while self._steps:
                self._steps.pop(0)[1]()

    # -- building the parts ----------------------------------------------------------------
    def start_parts(self) -> None:
        """Begin building the parts, one step per event-loop turn (imports first; steps
        that need the library wait for attach())."""
        self._step_timer.start(0)

    def attach(self, library: Library) -> None:
        """The library is open: the steps that need it may run."""
        self.library = library
        self._step_timer.start(0)

    def _run_step(self) -> None:
        if not self._steps:
            return
        needs_library, step = self._steps[0]
        if needs_library and self.library is None:
            return  # attach() resumes
        self._steps.pop(0)
        step()
        if self._steps:
            self._step_timer.start(0)  # let input and paints through between steps

    @staticmethod
    def _import(module: str) -> None:
        name, _, attr = module.partition(":")
        loaded = importlib.import_module(name)
        if attr:
            getattr(loaded, attr)

    def _make_model(self) -> None:
        from real_desktop.ui.library.model import ResourceTableModel
        from real_desktop.ui.thumbnails import ThumbnailCache

        library, tasks = self.library, self.tasks
        # Thumbnails get their own single worker: a backlog of renders must never queue in
        # front of a search or the next page of the list.
        self.thumbnail_tasks = TaskRunner(self, synchronous=tasks.synchronous, max_threads=1)
        self.thumbnails = ThumbnailCache(library, self.thumbnail_tasks)
        self.model = ResourceTableModel(library, tasks, self.thumbnails, self)

    def _make_sidebar(self) -> None:
        from real_desktop.ui.library.sidebar import Sidebar

        self.sidebar = Sidebar(self.library, self.tasks)
        self.splitter.replaceWidget(0, self.sidebar)
        self._sidebar_placeholder.deleteLater()

    def _make_browser(self) -> None:
        from real_desktop.ui.library.browser import LibraryBrowser
        from real_desktop.ui.library.details import DetailsPane

        self.browser = LibraryBrowser(self.model)
        self.details = DetailsPane()
        self.browse_stack = QStackedWidget()
        self.browse_stack.addWidget(self.browser)
        self.center.addWidget(self.browse_stack)
        self.right.addWidget(self.details)

    def _make_search(self) -> None:
        from real_desktop.ui.search.panel import SearchPanel

        self.search = SearchPanel(self.library, self.tasks, field=self.search_field)
        self.browse_stack.addWidget(self.search)

    def _finish_parts(self) -> None:
        from PySide6.QtWidgets import QLabel

        from real_desktop.ui.importer import ImportController

        self.importer = ImportController(self.library, self.tasks, self, policy=self.policy)
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(self.tr("Library counts"))
        themes.mute(self.counts_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.sidebar.sectionSelected.connect(self._section_selected)
        self.sidebar.countsChanged.connect(self._show_counts)
        self.browser.openRequested.connect(self.open_resource)
        self.browser.currentResourceChanged.connect(self.details.set_resource)
        self.browser.viewModeChanged.connect(self._view_mode_changed)
        self.browser.sortChanged.connect(self._sort_changed)
        self.details.openRequested.connect(self.open_resource)
        self.details.can_remove = self.policy.allows(Action.REMOVE_RESOURCE)
        self.details.removeRequested.connect(self.remove_resource)
        self.search.activeChanged.connect(self._search_active)
        self.search.currentResourceChanged.connect(self._search_current)
        self.search.openRequested.connect(self.open_location)
        self.importer.finished.connect(self._import_finished)

        # Keyboard path through the window: search, sections, items, details.
        self.setTabOrder(self.search.field, self.sidebar)
        self.setTabOrder(self.sidebar, self.browser.sort_box)
        self.setTabOrder(self.browser.list_button, self.browser.grid)
        self.setTabOrder(self.browser.grid, self.browser.table)
        self.setTabOrder(self.browser.table, self.details.open_button)
        # "Follow system" follows the desktop when it switches light/dark while we run.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

        self._restore_browsing()
        self.sidebar.refresh()
        self.parts_ready = True
        self.search.take_typed_text()  # typed before the panel existed: search it now
        queued, self._after_parts = self._after_parts, []
        for fn in queued:
            fn()
        self.partsReady.emit()

    def _with_parts(self, fn: Callable[[], Any]) -> Callable[[], None]:
        """A slot that runs `fn` now, or once the parts exist if they are still coming."""

        def run() -> None:
            if self.parts_ready:
                fn()
            else:
                self._after_parts.append(fn)

        return run

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if obj is self and not self._painted and e.type() == QEvent.Type.Paint:
            self._painted = True
            self.removeEventFilter(self)
            # Announced once this paint is done and events that came with it are handled:
            # work started by listeners must not delay the first frame.
            QTimer.singleShot(0, self, self.firstPainted.emit)
        return super().eventFilter(obj, e)

    # -- actions, menus, toolbar ----------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcuts: Sequence[str] = (),
        *,
        allowed: bool = True,
    ) -> QAction:
        act = QAction(text, self)
        if shortcuts:
            self._shortcuts.append((act, shortcuts))  # set by _set_shortcuts
        act.triggered.connect(lambda _checked=False: slot())
        act.setVisible(allowed)
        act.setEnabled(allowed)
        self.addAction(act)  # shortcuts work even when the menu bar is hidden
        return act

    def _build_actions(self) -> None:
        p, later = self.policy, self._with_parts
        self._shortcuts: list[tuple[QAction, Sequence[str]]] = []
        can_import = p.allows(Action.IMPORT) and p.allows(Action.FILE_DIALOG)
        self.add_files_action = self._action(
            self.tr("Add files…"),
            later(lambda: self.importer.add_files()),
            ["Ctrl+O"],
            allowed=can_import,
        )
        self.add_folder_action = self._action(
            self.tr("Add folder…"),
            later(lambda: self.importer.add_folder()),
            ["Ctrl+Shift+O"],
            allowed=can_import,
        )
        self.settings_action = self._action(
            self.tr("Settings…"), self.show_settings, ["Ctrl+,"], allowed=p.allows(Action.SETTINGS)
        )
        self.quit_action = self._action(
            self.tr("Quit"),
            self.close,
            [_PLATFORM_QUIT, "Ctrl+Q"],
            allowed=p.allows(Action.QUIT),
        )
        self.grid_action = self._action(
            self.tr("Grid"), later(lambda: self.set_view_mode(GRID)), ["Ctrl+1"]
        )
        self.list_action = self._action(
            self.tr("List"), later(lambda: self.set_view_mode(LIST)), ["Ctrl+2"]
        )
        for a in (self.grid_action, self.list_action):
            a.setCheckable(True)
        views = QActionGroup(self)
        views.addAction(self.grid_action)
        views.addAction(self.list_action)

        self.theme_actions: dict[str, QAction] = {}
        themes_group = QActionGroup(self)
        for key, label in (
            ("system", self.tr("Follow system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            act = self._action(label, lambda k=key: self.set_theme(k))
            act.setCheckable(True)
            themes_group.addAction(act)
            self.theme_actions[key] = act
        self.bigger_action = self._action(
            self.tr("Larger text"), lambda: self.change_text_size(+1), ["Ctrl+=", "Ctrl++"]
        )
        self.smaller_action = self._action(
            self.tr("Smaller text"), lambda: self.change_text_size(-1), ["Ctrl+-"]
        )
        self.reset_text_action = self._action(
            self.tr("Default text size"), lambda: self.change_text_size(0), ["Ctrl+0"]
        )
        self.library_action = self._action(
            self.tr("Library"), later(self.show_library), ["Ctrl+Shift+L"]
        )
        self.back_action = self._action(self.tr("Back"), later(self.back), ["Alt+Left"])
        self.back_action.setToolTip(self.tr("Back to the library (Alt+Left, Esc)"))
        self.find_action = self._action(self.tr("Search"), self.focus_search, ["Ctrl+F"])
        self.shortcuts_action = self._action(
            self.tr("Keyboard shortcuts"), self.show_shortcuts, ["F1"]
        )
        self.about_action = self._action(self.tr("About REAL Desktop"), self.show_about)

    def _set_shortcuts(self) -> None:
        """Keyboard shortcuts come just after the first paint: QKeySequence's enums cost a
        few ms that the first frame need not wait for."""
        from PySide6.QtGui import QKeySequence, QShortcut

        for act, keys in self._shortcuts:
            act.setShortcuts(
                [
                    QKeySequence(QKeySequence.StandardKey.Quit)
                    if k == _PLATFORM_QUIT
                    else QKeySequence(k)
                    for k in keys
                ]
            )
        self._viewer_keys = {
            a: a.shortcuts()
            for a in (
                self.find_action,
                self.bigger_action,
                self.smaller_action,
                self.reset_text_action,
            )
        }
        # "/" only reaches here when no text field has focus: line edits claim printable keys.
        QShortcut(QKeySequence("/"), self, self.focus_search)

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.add_files_action, self.add_folder_action])
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.grid_action, self.list_action])
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("Theme"))
        theme_menu.addActions(list(self.theme_actions.values()))
        view_menu.addActions([self.bigger_action, self.smaller_action, self.reset_text_action])

        go_menu = bar.addMenu(self.tr("&Go"))
        go_menu.addActions([self.library_action, self.back_action, self.find_action])

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.shortcuts_action, self.about_action])

        tb = QToolBar(self.tr("Main toolbar"))
        tb.setObjectName("main-toolbar")
        tb.setMovable(False)
        tb.setAccessibleName(self.tr("Main toolbar"))
        tb.addAction(self.back_action)
        tb.addWidget(self.search_field)
        tb.addSeparator()
        tb.addAction(self.add_files_action)
        self.addToolBar(tb)
        self.back_action.setEnabled(False)

    # -- lazily built parts ---------------------------------------------------------------
    @property
    def notes(self) -> Any:
        if self._notes is None:
            from real_desktop.core.notes import NoteStore

            self._notes = NoteStore(self.library)
        return self._notes

    @property
    def document_view(self) -> Any:
        if self._document_view is None:
            from real_desktop.ui.viewers import DocumentView

            v = DocumentView(self.library, self.tasks)
            v.openResourceRequested.connect(self.open_location)
            v.noteRequested.connect(lambda where: self.notes_panel.add_note_at(where))
            self.center.addWidget(v)
            self._document_view = v
        return self._document_view

    @property
    def player_view(self) -> Any:
        if self._player_view is None:
            from real_desktop.ui.player.view import PlayerView

            kwargs = {"player_factory": self._player_factory} if self._player_factory else {}
            v = PlayerView(self.library, self.tasks, **kwargs)
            v.noteRequested.connect(lambda where: self.notes_panel.add_note_at(where))
            v.resourceChanged.connect(self._resource_changed)
            v.noticeChanged.connect(lambda text: self.statusBar().showMessage(text, 10000))
            self.center.addWidget(v)
            self._player_view = v
        return self._player_view

    @property
    def notes_view(self) -> Any:
        if self._notes_view is None:
            from real_desktop.ui.notes.notes_view import NotesView

            v = NotesView(self.notes, self.library, self.tasks)
            v.openRequested.connect(self.open_location)
            self.center.addWidget(v)
            self._notes_view = v
        return self._notes_view

    @property
    def notes_panel(self) -> Any:
        if self._notes_panel is None:
            from real_desktop.ui.notes.panel import NotesPanel

            panel = NotesPanel(self.notes, self.tasks)
            panel.set_pause_while_writing(self.settings.pause_while_writing)
            panel.pauseWhileWritingChanged.connect(self._pause_while_writing_changed)
            panel.jumpRequested.connect(self._jump)
            panel.markersChanged.connect(self._note_markers)
            panel.exportRequested.connect(self.export_notes)
            self.right.addWidget(panel)
            self._notes_panel = panel
        return self._notes_panel

    # -- opening things -------------------------------------------------------------------
    def open_resource(self, resource: Resource) -> None:
        self._show_resource(resource, None, ())

    def open_location(
        self, resource_id: str, location: Location | None, terms: Sequence[str] = ()
    ) -> None:
        """Open a resource by id at a place (search hit, note, in-library link)."""

        from real_desktop.core.models import LocationKind

        notes = self.notes if location is not None and location.kind is LocationKind.NOTE else None

        def fetch() -> tuple[Resource | None, Location | None, str | None]:
            if notes is not None and location is not None:
                # A hit inside a note opens the note's own anchor, with the note selected.
                found = notes.resolve(location)
                if found is None:
                    return None, None, None
                rid, anchor = found
                return self.library.get(rid), anchor, anchor.note_id
            return self.library.get(resource_id), location, None

        def got(result: tuple[Resource | None, Location | None, str | None]) -> None:
            r, where, note_id = result
            if r is None:
                self.statusBar().showMessage(
                    self.tr("That item is no longer in the library."), 5000
                )
                return
            # The words matched the note, not the document: handed to the viewer they
            # would make its find bar (or transcript) report "no matches".
            self._show_resource(r, where, () if notes is not None else terms, select_note=note_id)

        def failed(exc: BaseException) -> None:
            self.statusBar().showMessage(self.tr("Could not open that item: {0}").format(exc), 8000)

        self.tasks.submit(
            fetch,
            on_done=while_alive(self, got),
            on_error=while_alive(self, failed),
            key=f"open-{id(self)}",
        )

    def _show_resource(
        self,
        r: Resource,
        location: Location | None,
        terms: Sequence[str],
        *,
        select_note: str | None = None,
    ) -> None:
        from PySide6.QtCore import Qt

        from real_desktop.core.models import Kind

        try:
            viewer: Any = self.document_view if r.kind is Kind.DOCUMENT else self.player_view
        except ImportError as exc:  # e.g. an install without the media player parts
            self.statusBar().showMessage(
                self.tr("“{0}” cannot be shown here: {1}").format(r.title, exc), 8000
            )
            return
        if self.current_viewer is not None:
            self.current_viewer.close_resource()
        # A page or a video needs the room more than the section list does; Back (or a
        # section chosen from the menu) brings the list back. Hidden first, so the viewer
        # lays out once at its final size.
        if self.splitter.widget(0).isVisible():
            self.splitter.widget(0).hide()
            self.splitter.refresh()  # resize the centre now, not on a later layout pass
        # Show the viewer before opening: a hidden QPdfView forgets where it was sent.
        self.center.setCurrentWidget(viewer)
        viewer.open(r, location, tuple(terms))
        self.current_viewer = viewer
        self._yield_keys_to_viewer(True)
        panel = self.notes_panel
        panel.set_viewer(viewer)
        panel.set_resource(r, select_note=select_note)
        self.right.setCurrentWidget(panel)
        self.back_action.setEnabled(True)
        self.setWindowTitle(self.tr("{0} — REAL Desktop").format(r.title))
        # Keys belong to the viewer now (Space pauses, arrows turn pages), not to the search
        # field that asked for it, which keeps its text for Back.
        viewer.setFocus(Qt.FocusReason.OtherFocusReason)
        self.tasks.submit(self.library.mark_opened, r.id)
        self.resourceOpened.emit(r)

    def _yield_keys_to_viewer(self, viewing: bool) -> None:
        """Inside a viewer Ctrl+F finds in the document and Ctrl+= / Ctrl+- / Ctrl+0 zoom
        it. The same keys on window actions would make both ambiguous (Qt then fires
        neither), so the window's versions step aside while a viewer is shown."""
        for action, keys in self._viewer_keys.items():
            action.setShortcuts([] if viewing else keys)

    def _note_markers(self, locations: list[Location]) -> None:
        """Notes show where they point: badges on PDF pages, marks on the seek bar."""
        if self.current_viewer is None:
            return
        if self.current_viewer is self._document_view:
            self._document_view.set_markers(sorted({loc.page for loc in locations if loc.page}))
        elif self.current_viewer is self._player_view:
            self._player_view.set_note_markers(locations)

    def _pause_while_writing_changed(self, on: bool) -> None:
        self.settings.pause_while_writing = on

    def export_notes(self, resource: Resource | None) -> None:
        if not self.policy.allows(Action.EXPORT_NOTES):
            return
        from real_desktop.ui.notes.export_dialog import ExportDialog

        ExportDialog(
            self.notes,
            self.tasks,
            self,
            resource_id=resource.id if resource else None,
            library=self.library,
        ).exec()

    def _jump(self, location: Location) -> None:
        if self.current_viewer is not None:
            self.current_viewer.go_to(location)

    def back(self) -> None:
        """Leave the viewer (or the notes list) and return to the library as it was."""
        if self.current_viewer is not None:
            self.current_viewer.close_resource()
            self.current_viewer = None
        self._yield_keys_to_viewer(False)
        if self._notes_panel is not None:
            self._notes_panel.set_viewer(None)
            self._notes_panel.set_resource(None)
        self.right.setCurrentWidget(self.details)
        self.splitter.widget(0).show()
        if self.center.currentWidget() is not self.browse_stack:
            self.center.setCurrentWidget(self.browse_stack)
            if self.sidebar.current_key() == "notes":
                self.sidebar.select_key("all")
            elif self.model.filter.special in ("recent", "in_progress"):
                self.model.reload()  # what was just opened belongs in these lists
        self.back_action.setEnabled(False)
        self.setWindowTitle(self.tr("REAL Desktop"))
        (self.search.view if self.search.query else self.browser.current_view()).setFocus()

    def show_library(self) -> None:
        self.back()
        self.search.field.clear()
        self.browser.focus_view()

    # -- browsing -------------------------------------------------------------------------
    def _section_selected(self, flt: BrowseFilter, title: str) -> None:
        self.settings.section = flt.key
        if flt.special == "notes":
            if self.current_viewer is not None:
                self.back()
            self.center.setCurrentWidget(self.notes_view)
            self.back_action.setEnabled(True)
            return
        if self.center.currentWidget() is self._notes_view:
            self.center.setCurrentWidget(self.browse_stack)
            self.back_action.setEnabled(self.current_viewer is not None)
        self.search.field.clear()
        self.browser.set_filter(flt, title)
        self.details.set_resource(None)

    def _search_active(self, active: bool) -> None:
        self.browse_stack.setCurrentWidget(self.search if active else self.browser)
        if not active:
            self.details.set_resource(self.browser.current_resource())
        if active and self.center.currentWidget() is not self.browse_stack:
            self.back()

    def _search_current(self, resource_id: str | None) -> None:
        """The details pane follows the current search result while searching."""
        if resource_id is None:
            self.details.set_resource(None)
            return
        self.tasks.submit(
            self.library.get,
            resource_id,
            on_done=while_alive(self.details, self.details.set_resource),
            key=f"details-{id(self)}",
        )

    def set_view_mode(self, mode: str) -> None:
        self.browser.set_view_mode(mode)
        self._view_mode_changed(self.browser.view_mode)

    def _view_mode_changed(self, mode: str) -> None:
        self.settings.view_mode = mode
        (self.grid_action if mode == GRID else self.list_action).setChecked(True)

    def _sort_changed(self, key: str, descending: bool) -> None:
        self.settings.sort_key, self.settings.sort_descending = key, descending

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

        if self.parts_ready and self.center.currentWidget() is not self.browse_stack:
            self.back()
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _show_counts(self, c: SidebarCounts) -> None:
        docs, videos = c.by_kind.get("document", 0), c.by_kind.get("video", 0)
        text = " · ".join(
            (
                self.tr("1 document") if docs == 1 else self.tr("{0} documents").format(docs),
                self.tr("1 video") if videos == 1 else self.tr("{0} videos").format(videos),
            )
        )
        if c.by_kind.get("audio"):
            text += self.tr(" · {0} audio").format(c.by_kind["audio"])
        if c.missing:
            text += self.tr(" · {0} missing media").format(c.missing)
        if c.failed:  # not documents or videos: files that are recorded only as failures
            text += self.tr(" · {0} could not be read").format(c.failed)
        self.counts_label.setText(text)

    def remove_resource(self, resource: Resource) -> None:
        """Forget a library entry (offered for files that could not be read). The file
        on disk is never touched."""
        if not self.policy.allows(Action.REMOVE_RESOURCE):
            return

        def removed(_ok: object) -> None:
            self.statusBar().showMessage(
                self.tr("Removed “{0}” from the library. The file itself was not deleted.").format(
                    resource.title
                ),
                6000,
            )
            if self.details.resource is not None and self.details.resource.id == resource.id:
                self.details.set_resource(None)
            self._resource_changed(None)
            self.search.refresh_facets()

        def failed(exc: BaseException) -> None:
            self.statusBar().showMessage(self.tr("Could not remove it: {0}").format(exc), 8000)

        self.tasks.submit(
            self.library.remove,
            resource.id,
            on_done=while_alive(self, removed),
            on_error=while_alive(self, failed),
        )

    def _resource_changed(self, _resource: object) -> None:
        """A file was located for a missing item: lists and counts change."""
        self.sidebar.refresh()
        self.model.reload()

    def _import_finished(self, _summary: object) -> None:
        self.sidebar.refresh()
        self.model.reload()
        self.search.refresh_facets()
        if self.search.query:
            self.search.run_query()

    # -- appearance -----------------------------------------------------------------------
    def set_theme(self, key: str) -> None:
        self.settings.theme = key
        themes.apply(QApplication.instance(), key, self.settings.text_size)  # type: ignore[arg-type]
        self.theme_actions[key].setChecked(True)

    def _system_scheme_changed(self, _scheme: object) -> None:
        if self.settings.theme == "system":
            self.set_theme("system")

    def change_text_size(self, step: int) -> None:
        size = themes.DEFAULT_TEXT_SIZE if step == 0 else self.settings.text_size + step
        self.settings.text_size = size
        themes.apply(QApplication.instance(), self.settings.theme, self.settings.text_size)  # type: ignore[arg-type]
        self.statusBar().showMessage(
            self.tr("Text size: {0} pt").format(self.settings.text_size), 2000
        )

    def show_settings(self) -> None:
        from PySide6.QtWidgets import QDialog, QMessageBox

        from real_desktop.ui.settings import SettingsDialog

        before = self.settings.library_location
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.set_theme(self.settings.theme)
        if self.settings.library_location != before:
            QMessageBox.information(
                self,
                self.tr("Library location"),
                self.tr("The new library location will be used the next time REAL Desktop starts."),
            )

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import (
            QDialog,
            QDialogButtonBox,
            QTableWidget,
            QTableWidgetItem,
            QVBoxLayout,
        )

        rows = [
            (self.tr("Search"), "Ctrl+F, /"),
            (self.tr("Move through results"), self.tr("↑ ↓, Enter opens, Esc clears")),
            (self.tr("Back to the library"), "Alt+Left, Esc"),
            (self.tr("Grid / list"), "Ctrl+1 / Ctrl+2"),
            (self.tr("Larger / smaller text"), "Ctrl+= / Ctrl+-"),
            (self.tr("Add files / folder"), "Ctrl+O / Ctrl+Shift+O"),
            (self.tr("Settings"), "Ctrl+,"),
            (self.tr("Keyboard shortcuts"), "F1"),
            (self.tr("Quit"), "Ctrl+Q"),
        ]
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, (what, keys) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(what))
            table.setItem(i, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(520, 380)
        dialog.exec()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About REAL Desktop"),
            self.tr(
                "<h3>REAL Desktop</h3><p>An offline, searchable library of documents and "
                "recorded talks from the Race, Equity, And Leadership (REAL) initiative of "
                "the National League of Cities.</p><p>Data folder: {0}</p>"
            ).format(str(paths.data_home())),
        )

    # -- keyboard, drag and drop ----------------------------------------------------------
    def keyPressEvent(self, e: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        # Esc backs out of a viewer, unless a text field has focus (it may use Esc itself).
        if (
            e.key() == Qt.Key.Key_Escape
            and self.parts_ready
            and self.center.currentWidget() is not self.browse_stack
        ):
            focus = QApplication.focusWidget()
            if not isinstance(focus, _text_inputs()):
                self.back()
                return
        super().keyPressEvent(e)

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        from real_desktop.ui.importer import paths_from_mime

        if self.policy.allows(Action.IMPORT) and paths_from_mime(e.mimeData()):
            e.acceptProposedAction()
        else:
            e.ignore()

    def dropEvent(self, e: QDropEvent) -> None:
        from real_desktop.ui.importer import paths_from_mime

        found = paths_from_mime(e.mimeData())
        if found and self.policy.allows(Action.IMPORT):
            e.acceptProposedAction()
            self._with_parts(lambda: self.importer.import_paths(found))()

    # -- state ----------------------------------------------------------------------------
    def restore_state(self) -> None:
        self._restore_geometry()
        self.theme_actions[self.settings.theme].setChecked(True)
        if self.parts_ready:
            self._restore_browsing()

    def _restore_geometry(self) -> None:
        s = self.settings
        geometry = s.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = s.window_state()
        if state is not None:
            self.restoreState(state)
        split = s.splitter("main")
        if split is not None:
            self.splitter.restoreState(split)

    def _restore_browsing(self) -> None:
        from real_desktop.ui.library.model import BrowseFilter

        s = self.settings
        self.browser.set_sort(s.sort_key, s.sort_descending)
        self.set_view_mode(s.view_mode)
        key = s.section if s.section != "notes" else "all"
        self.sidebar.select_key(key)
        self.browser.set_filter(BrowseFilter.from_key(key), self.sidebar.title_for(key))

    def save_state(self) -> None:
        s = self.settings
        s.set_geometry(self.saveGeometry())
        s.set_window_state(self.saveState())
        self.splitter.widget(0).show()  # the saved layout is the library's, sidebar included
        s.set_splitter("main", self.splitter.saveState())
        if self.parts_ready:  # a window closed during start-up keeps the saved choices
            s.view_mode = self.browser.view_mode
            s.sort_key = self.browser.model.sort_key
            s.sort_descending = self.browser.model.descending
        s.sync()

    def closeEvent(self, e: QCloseEvent) -> None:
        if self._notes_panel is not None:
            self._notes_panel.flush()  # whatever was typed in the last second is written
        self.save_state()
        if self.current_viewer is not None:
            self.current_viewer.close_resource()
        self._steps.clear()  # closed during start-up: build nothing more
        if hasattr(self, "thumbnail_tasks"):  # made by the first part
            self.thumbnail_tasks.shutdown()
        super().closeEvent(e)
