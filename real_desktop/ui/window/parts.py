"""The window's parts, built after the shell has painted (see startup.PartsScheduler).

Each step makes one part from modules imported meanwhile; `finish_parts` wires them:
the views follow the sidebar, the search and each other, and every view listens to the
one "library changed" event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from real_desktop.ui import theme as themes
from real_desktop.ui.tasks import TaskRunner
from real_desktop.ui.window import duplicates, state
from real_desktop.ui.window.stack import ShownStack

if TYPE_CHECKING:
    from real_desktop.ui.main_window import MainWindow


def make_model(w: MainWindow) -> None:
    from real_desktop.ui.library.model import ResourceTableModel
    from real_desktop.ui.thumbnails import ThumbnailCache

    # Thumbnails get their own single worker: a backlog of renders must never queue in
    # front of a search or the next page of the list.
    w.thumbnail_tasks = TaskRunner(w, synchronous=w.tasks.synchronous, max_threads=1)
    w.thumbnails = ThumbnailCache(w.library, w.thumbnail_tasks)
    w.model = ResourceTableModel(w.library, w.tasks, w.thumbnails, w)


def make_sidebar(w: MainWindow) -> None:
    from real_desktop.ui.library.sidebar import Sidebar

    w.sidebar = Sidebar(w.library, w.tasks)
    w.splitter.replaceWidget(0, w.sidebar)
    w.sidebar_placeholder.deleteLater()


def make_browser(w: MainWindow) -> None:
    from real_desktop.ui.library.browser import LibraryBrowser
    from real_desktop.ui.library.details import DetailsPane

    w.browser = LibraryBrowser(w.model, registry=w.registry)
    w.details = DetailsPane(registry=w.registry)
    w.browse_stack = ShownStack()
    w.browse_stack.addWidget(w.browser)
    w.center.addWidget(w.browse_stack)
    w.right.addWidget(w.details)


def make_search(w: MainWindow) -> None:
    from real_desktop.ui.search.panel import SearchPanel

    w.search = SearchPanel(
        w.library, w.tasks, field=w.search_field, registry=w.registry
    )
    w.browse_stack.addWidget(w.search)


def finish_parts(w: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    from real_desktop.ui.importer import ImportController

    nav, ops = w.nav, w.operations
    w.importer = ImportController(w.library, w.tasks, w, registry=w.registry)
    w.counts_label = QLabel()
    w.counts_label.setAccessibleDescription(QCoreApplication.translate("MainWindow", "Library counts"))
    themes.mute(w.counts_label)
    w.statusBar().addPermanentWidget(w.counts_label)
    w.sidebar.sectionSelected.connect(nav.section_selected)
    w.sidebar.countsChanged.connect(w.show_counts)
    w.browser.openRequested.connect(nav.open_resource)
    w.browser.currentResourceChanged.connect(w.details.set_resource)
    w.browser.viewModeChanged.connect(w.view_mode_changed)
    w.browser.sortChanged.connect(w.sort_changed)
    w.details.openRequested.connect(nav.open_resource)
    wire_management(w)
    start_watching(w)
    start_packs(w)
    w.search.activeChanged.connect(nav.search_active)
    w.search.currentResourceChanged.connect(nav.search_current)
    w.search.openRequested.connect(nav.open_location)
    w.importer.finished.connect(ops.imported)
    from real_desktop.ui.jobs.wiring import wire_jobs

    wire_jobs(w)
    # One event after any change to the library; each view brings itself up to date.
    w.events.changed.connect(w.sidebar.library_changed)
    # Before the model reloads: what an undo put back is selected once it is listed.
    w.events.changed.connect(
        lambda kind, ids: w.browser.select_after_reload(ids) if kind == "restored" else None
    )
    w.events.changed.connect(w.model.library_changed)
    w.events.changed.connect(w.search.library_changed)
    w.events.changed.connect(w.details.library_changed)

    # Keyboard path through the window: search, sections, items, details.
    w.setTabOrder(w.search.field, w.sidebar)
    w.setTabOrder(w.sidebar, w.browser.sort_box)
    w.setTabOrder(w.browser.list_button, w.browser.grid)
    w.setTabOrder(w.browser.grid, w.browser.table)
    w.setTabOrder(w.browser.table, w.details.open_button)
    # "Follow system" follows the desktop when it switches light/dark while we run.
    QGuiApplication.styleHints().colorSchemeChanged.connect(w.system_scheme_changed)

    state.restore_browsing(w)
    w.sidebar.refresh()
    w.parts_ready = True
    w.search.take_typed_text()  # typed before the panel existed: search it now


def wire_management(w: MainWindow) -> None:
    """Remove/undo, tags, collections, edits and merges: browser and details pane ask,
    ManageOperations does it (one library event each), the undo bar offers Undo."""
    from real_desktop.ui.window.manage import ManageOperations

    w.manage = m = ManageOperations(
        lambda: w.library, w.tasks, w.registry, w.events, w.statusBar().showMessage, w
    )
    b, d = w.browser, w.details
    b.selectionChanged.connect(d.set_selection)
    b.removeRequested.connect(m.remove)
    b.addTagRequested.connect(m.add_tag)
    b.removeTagRequested.connect(m.remove_tag)
    b.moveRequested.connect(m.move_to_collection)
    b.undoRequested.connect(m.undo)
    m.undoOffered.connect(b.undo_bar.offer)
    m.undoDone.connect(b.undo_bar.hide)
    d.removeRequested.connect(m.remove)
    d.editSaved.connect(lambda ids, changes: m.edit(ids, **changes))
    d.mergeRequested.connect(lambda group: duplicates.ask_merge(w, group))
    w.events.changed.connect(lambda kind, ids: duplicates.details_follow(w, kind, ids))
    duplicates.details_follow(w, "", ())  # the groups there are at start


def start_watching(w: MainWindow) -> None:
    """Presence sweep and watched-folder sync once the window is up, then the file
    watcher and the poll for changes made by other processes (window/watching.py)."""
    from PySide6.QtCore import QTimer

    from real_desktop.ui.window.watching import LibraryWatch

    w.watch = LibraryWatch(
        lambda: w.library, w.tasks, w.events, w.statusBar().showMessage, w.registry, w
    )
    w.statusBar().addPermanentWidget(w.watch.details_button)
    QTimer.singleShot(0, w, w.watch.start)


def start_packs(w: MainWindow) -> None:
    """Content packs: the File menu's dialogs, and the inbox polled while the app runs."""
    from real_desktop.ui.packs.operations import PackOperations

    w.packs = PackOperations(
        lambda: w.library, w.tasks, w.registry, w.events, w.statusBar().showMessage,
        w.browser.selected_resources, w,
    )  # fmt: skip
    w.packs.inbox.start()
