"""The main window: composes the sidebar, browser, search, viewers and notes.

It only builds and wires; the work lives beside it in `ui/window/`: `startup` (shell
first, then the parts step by step), `navigation` (viewers, opening things, Back, section
routing), `operations` (remove, relink, import, export — each ends in one
`LibraryEvents.changed`), `menus`, `state`, `counts` and `dialogs`. Every action is made
from the registry (`ui/actions`) and runs through its policy check.

With `deferred=True` the app shows the shell first and builds the parts on the event loop
(`start_parts`, `attach`); text typed into the search field meanwhile is searched once the
panel exists. Without it (tests, benchmarks) everything is built before __init__ returns.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QStackedWidget, QWidget

from real_desktop.core import paths
from real_desktop.core.policy import DESKTOP, Action, Policy
from real_desktop.ui import i18n
from real_desktop.ui.actions.help import show_shortcuts
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.search.field import SearchField
from real_desktop.ui.settings import AppSettings
from real_desktop.ui.tasks import TaskRunner
from real_desktop.ui.window import dialogs, menus, parts, state
from real_desktop.ui.window.counts import counts_text
from real_desktop.ui.window.navigation import Navigator
from real_desktop.ui.window.operations import LibraryEvents, LibraryOperations
from real_desktop.ui.window.stack import ShownStack
from real_desktop.ui.window.startup import PART_MODULES, PartsScheduler, import_part

if TYPE_CHECKING:  # the core loads on a worker thread; the parts' modules after first paint
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeyEvent

    from real_desktop.core.library import Library
    from real_desktop.core.models import Resource
    from real_desktop.ui.importer import ImportController
    from real_desktop.ui.library.browser import LibraryBrowser
    from real_desktop.ui.library.details import DetailsPane
    from real_desktop.ui.library.model import ResourceTableModel
    from real_desktop.ui.library.sidebar import Sidebar, SidebarCounts
    from real_desktop.ui.packs.operations import PackOperations
    from real_desktop.ui.search.panel import SearchPanel
    from real_desktop.ui.thumbnails import ThumbnailCache
    from real_desktop.ui.window.manage import ManageOperations
    from real_desktop.ui.window.watching import LibraryWatch

GRID, LIST = "grid", "list"  # = library.browser.GRID / LIST (not imported: first paint)
TEXT_INPUTS = ("QLineEdit", "QTextEdit", "QPlainTextEdit", "QAbstractSpinBox", "QComboBox")


class MainWindow(QMainWindow):
    """`player_factory` is passed through to PlayerView (tests give it a headless player).
    `policy` (or a ready `registry`) decides what the person may do; `data_folder` is what
    the About box names (the app passes the real one, `--home` included).

    `library` may be None with `deferred=True`: the shell shows while the library opens,
    and `attach(library)` supplies it."""

    resourceOpened = Signal(object)  # Resource, once its viewer has it
    firstPainted = Signal()  # the shell is on screen
    partsReady = Signal()  # sidebar, browser, search panel etc. exist and are wired

    # The parts (absent until built; always built when `deferred` is False).
    thumbnail_tasks: TaskRunner
    thumbnails: ThumbnailCache
    model: ResourceTableModel
    sidebar: Sidebar
    browser: LibraryBrowser
    details: DetailsPane
    search: SearchPanel
    importer: ImportController
    manage: ManageOperations
    watch: LibraryWatch
    packs: PackOperations
    browse_stack: QStackedWidget

    def __init__(
        self,
        library: Library | None,
        tasks: TaskRunner,
        settings: AppSettings,
        *,
        policy: Policy = DESKTOP,
        registry: ActionRegistry | None = None,
        data_folder: Path | None = None,
        player_factory: Callable[..., Any] | None = None,
        parent: QWidget | None = None,
        deferred: bool = False,
    ) -> None:
        super().__init__(parent)
        i18n.install(QApplication.instance())  # plural forms; a no-op once installed
        self.library: Library = library  # type: ignore[assignment]  # set by attach()
        self.tasks, self.settings = tasks, settings
        self.registry = registry if registry is not None else ActionRegistry(policy, parent=self)
        self.data_folder = data_folder
        self.setWindowTitle(self.tr("REAL Desktop"))
        self.setAccessibleName(self.tr("REAL Desktop"))
        self.parts_ready = False
        self._painted = False
        self.scheduler = PartsScheduler(self)
        self.events = LibraryEvents(self)
        self.operations = LibraryOperations(
            lambda: self.library, lambda: self.nav.notes, tasks, self.registry, self.events,
            self.statusBar().showMessage, self,
        )  # fmt: skip
        self.nav = Navigator(self, player_factory)

        # -- shell: what the first paint shows ----------------------------------------------
        self.search_field = SearchField()
        self.center = ShownStack()
        self.center.setAccessibleName(self.tr("Main area"))
        self.right = ShownStack()
        self.right.setAccessibleName(self.tr("Side panel"))
        # The notes list has its own preview: the details pane beside it would only say
        # "select an item", so it steps aside and the list gets the room.
        self.center.currentChanged.connect(
            lambda _i: self.right.setVisible(not self.nav.showing_notes_list())
        )
        self.sidebar_placeholder = QWidget()  # the sidebar's room until it is built
        self.sidebar_placeholder.setMinimumWidth(150)
        self.splitter = QSplitter()  # horizontal
        self.splitter.setChildrenCollapsible(False)
        for w in (self.sidebar_placeholder, self.center, self.right):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 870, 320])
        self.setCentralWidget(self.splitter)

        later = self.scheduler.later
        self.window_actions = a = menus.build_actions(self.registry, self, {
            "file.add_files": later(lambda: self.importer.add_files()),
            "file.add_folder": later(lambda: self.importer.add_folder()),
            "file.add_from_drive": later(lambda: self.packs.add_from_drive()),
            "file.export_pack": later(lambda: self.packs.export_pack()),
            "file.content_packs": later(lambda: self.packs.content_packs()),
            "file.settings": self.show_settings,
            "file.quit": self.close,
            "view.grid": later(lambda: self.set_view_mode(GRID)),
            "view.list": later(lambda: self.set_view_mode(LIST)),
            **{f"view.theme.{t}": (lambda t=t: self.set_theme(t)) for t in menus.THEMES},
            "view.bigger": lambda: self.change_text_size(+1),
            "view.smaller": lambda: self.change_text_size(-1),
            "view.reset_text": lambda: self.change_text_size(0),
            "go.library": later(lambda: self.nav.show_library()),
            "go.back": later(self.back),
            "go.find": lambda: self.nav.focus_search(),
            "help.shortcuts": lambda: show_shortcuts(self.registry, self),
            "help.about": self.show_about, "agenda.open_editor": later(lambda: dialogs.agendas(self)),
        })  # fmt: skip
        self.add_files_action, self.settings_action = a["file.add_files"], a["file.settings"]
        self.quit_action, self.back_action = a["file.quit"], a["go.back"]
        self.grid_action, self.list_action = a["view.grid"], a["view.list"]
        self.shortcuts_action, self.about_action = a["help.shortcuts"], a["help.about"]
        self.theme_actions = {t: a[f"view.theme.{t}"] for t in menus.THEMES}
        menus.build_menus(self, a, self.search_field)
        state.restore_geometry(self)
        self.theme_actions[settings.theme].setChecked(True)
        self.registry.policyChanged.connect(self._policy_changed)
        self._policy_changed()
        self.installEventFilter(self)  # notices the first paint

        s = self.scheduler
        s.add(lambda: menus.apply_keys(self.registry, self.window_actions))
        for m in PART_MODULES:
            s.add(lambda m=m: import_part(m))
        for step in (parts.make_model, parts.make_sidebar, parts.make_browser,
                     parts.make_search, parts.finish_parts):  # fmt: skip
            s.add(lambda step=step: step(self), needs_library=True)
        s.done.connect(self.partsReady)
        if not deferred:
            if library is None:
                raise ValueError("a library is needed unless deferred=True")
            s.run_all()

    # -- building the parts ----------------------------------------------------------------
    def start_parts(self) -> None:
        """Begin building the parts, one step per event-loop turn."""
        self.scheduler.start()

    def attach(self, library: Library) -> None:
        """The library is open: the steps that need it may run."""
        self.library = library
        self.scheduler.attach()

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if obj is self and not self._painted and e.type() == QEvent.Type.Paint:
            self._painted = True
            self.removeEventFilter(self)
            # Announced once this paint is done and events that came with it are handled:
            # work started by listeners must not delay the first frame.
            QTimer.singleShot(0, self, self.firstPainted.emit)
        return super().eventFilter(obj, e)

    def _policy_changed(self) -> None:
        self.setAcceptDrops(self.registry.policy.allows(Action.IMPORT))

    # -- what the parts and tests reach through the window ----------------------------------
    notes = property(lambda self: self.nav.notes)
    document_view = property(lambda self: self.nav.document_view)
    player_view = property(lambda self: self.nav.player_view)
    notes_view = property(lambda self: self.nav.notes_view)
    notes_panel = property(lambda self: self.nav.notes_panel)
    current_viewer = property(lambda self: self.nav.current_viewer)

    def open_resource(self, resource: Resource) -> None:
        self.nav.open_resource(resource)

    def open_location(
        self, resource_id: str, location: Any, terms: Any = (), track: str | None = None
    ) -> None:
        self.nav.open_location(resource_id, location, terms, track)

    def back(self) -> None:
        self.nav.back()

    def remove_resource(self, resource: Resource) -> None:
        self.manage.remove([resource])

    # -- browsing and appearance ------------------------------------------------------------
    def set_view_mode(self, mode: str) -> None:
        self.browser.set_view_mode(mode)
        self.view_mode_changed(self.browser.view_mode)

    def view_mode_changed(self, mode: str) -> None:
        self.settings.view_mode = mode
        (self.grid_action if mode == GRID else self.list_action).setChecked(True)

    def sort_changed(self, key: str, descending: bool) -> None:
        self.settings.sort_key, self.settings.sort_descending = key, descending

    def show_counts(self, c: SidebarCounts) -> None:
        self.counts_label.setText(counts_text(c))

    def set_theme(self, key: str) -> None:
        dialogs.apply_theme(self.settings, key)
        self.theme_actions[key].setChecked(True)

    def system_scheme_changed(self, _scheme: object) -> None:
        if self.settings.theme == "system":
            self.set_theme("system")

    def change_text_size(self, step: int) -> None:
        self.statusBar().showMessage(dialogs.change_text_size(self.settings, step), 2000)

    def show_settings(self) -> None:
        watch = getattr(self, "watch", None)
        if dialogs.edit_settings(self, self.settings, self.registry, self.library,
                                 watch.refresh if watch is not None else None):  # fmt: skip
            self.set_theme(self.settings.theme)
            self.nav.settings_changed()

    def show_about(self) -> None:
        dialogs.show_about(self, self.data_folder or paths.data_home())

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
            if not (focus and any(focus.inherits(name) for name in TEXT_INPUTS)):
                self.nav.escape()
                return
        super().keyPressEvent(e)

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        from real_desktop.ui.importer import paths_from_mime

        if self.registry.policy.allows(Action.IMPORT) and paths_from_mime(e.mimeData()):
            e.acceptProposedAction()
        else:
            e.ignore()

    def dropEvent(self, e: QDropEvent) -> None:
        from real_desktop.ui.importer import paths_from_mime

        found = paths_from_mime(e.mimeData())
        if found and self.registry.policy.allows(Action.IMPORT):
            e.acceptProposedAction()
            self.scheduler.later(lambda: self.importer.import_paths(found))()

    # -- state ----------------------------------------------------------------------------
    def save_state(self) -> None:
        state.save_state(self)

    def closeEvent(self, e: QCloseEvent) -> None:
        panel = self.nav.built_notes_panel()
        if panel is not None:
            panel.flush()  # whatever was typed in the last second is written
        self.save_state()
        if self.nav.current_viewer is not None:
            self.nav.current_viewer.close_resource()
        self.scheduler.cancel()  # closed during start-up: build nothing more
        if hasattr(self, "watch"):
            self.watch.stop()
        if hasattr(self, "packs"):
            self.packs.inbox.stop()
        if hasattr(self, "thumbnail_tasks"):  # made by the first part
            self.thumbnail_tasks.shutdown()
        super().closeEvent(e)
