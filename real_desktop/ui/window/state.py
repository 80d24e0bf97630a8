"""The window as it was left: geometry, splitter, and the library's section, sort and view."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from real_desktop.ui.main_window import MainWindow


def restore_geometry(w: MainWindow) -> None:
    s = w.settings
    geometry = s.geometry()
    if geometry is None or not w.restoreGeometry(geometry):
        w.resize(1280, 800)
    state = s.window_state()
    if state is not None:
        w.restoreState(state)
    split = s.splitter("main")
    if split is not None:
        w.splitter.restoreState(split)


def restore_browsing(w: MainWindow) -> None:
    from real_desktop.ui.library.model import BrowseFilter

    s = w.settings
    w.browser.set_sort(s.sort_key, s.sort_descending)
    w.set_view_mode(s.view_mode)
    key = s.section if s.section != "notes" else "all"
    w.sidebar.select_key(key)
    w.browser.set_filter(BrowseFilter.from_key(key), w.sidebar.title_for(key))


def save_state(w: MainWindow) -> None:
    s = w.settings
    s.set_geometry(w.saveGeometry())
    s.set_window_state(w.saveState())
    w.splitter.widget(0).show()  # the saved layout is the library's, sidebar included
    s.set_splitter("main", w.splitter.saveState())
    if w.parts_ready:  # a window closed during start-up keeps the saved choices
        s.view_mode = w.browser.view_mode
        s.sort_key = w.browser.model.sort_key
        s.sort_descending = w.browser.model.descending
    s.sync()
