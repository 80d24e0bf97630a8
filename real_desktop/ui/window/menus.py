"""The window's menus and toolbar, made from the action registry.

`build_actions` makes one QAction per window action id (their keys come after the first
paint, see `apply_keys`); `build_menus` places them. The handlers are the window's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from real_desktop.ui.actions.registry import ActionRegistry

THEMES = ("system", "light", "dark", "high_contrast")
CHECKABLE = ("view.grid", "view.list", *(f"view.theme.{t}" for t in THEMES))


def build_actions(
    registry: ActionRegistry, window: QWidget, handlers: Mapping[str, Callable[[], Any]]
) -> dict[str, QAction]:
    """QActions for `handlers` (id → handler), on the window so their shortcuts work even
    with the menu bar hidden. Grid/list and the themes are exclusive groups."""
    actions: dict[str, QAction] = {}
    for action_id, handler in handlers.items():
        act = registry.action(
            action_id, window, handler, checkable=action_id in CHECKABLE, keys=False
        )
        window.addAction(act)
        actions[action_id] = act
    for ids in (("view.grid", "view.list"), tuple(f"view.theme.{t}" for t in THEMES)):
        group = QActionGroup(window)
        for action_id in ids:
            group.addAction(actions[action_id])
    actions["go.back"].setToolTip(QCoreApplication.translate("MainWindow", "Back to where you came from (Alt+Left, Esc)"))
    return actions


def apply_keys(registry: ActionRegistry, actions: Mapping[str, QAction]) -> None:
    """Keyboard shortcuts come just after the first paint: QKeySequence's enums cost a few
    ms that the first frame need not wait for."""
    for act in actions.values():
        registry.apply_keys(act)


def build_menus(window: QMainWindow, actions: Mapping[str, QAction], search: QWidget) -> None:
    a = actions
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addActions([a["file.add_files"], a["file.add_folder"]])
    file_menu.addSeparator()
    # Content packs (issue 11).
    file_menu.addActions([a["file.add_from_drive"], a["file.export_pack"], a["file.content_packs"]])
    file_menu.addAction(a["agenda.open_editor"])
    file_menu.addSeparator()
    file_menu.addAction(a["file.settings"])
    file_menu.addSeparator()
    file_menu.addAction(a["file.quit"])

    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addActions([a["view.grid"], a["view.list"]])
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "Theme"))
    theme_menu.addActions([a[f"view.theme.{t}"] for t in THEMES])
    view_menu.addActions([a["view.bigger"], a["view.smaller"], a["view.reset_text"]])

    go_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    go_menu.addActions([a["go.library"], a["go.back"], a["go.find"]])

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addActions([a["help.shortcuts"], a["help.about"]])

    tb = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
    tb.setObjectName("main-toolbar")
    tb.setMovable(False)
    tb.setAccessibleName(QCoreApplication.translate("MainWindow", "Main toolbar"))
    tb.addAction(a["go.back"])
    tb.addWidget(search)
    tb.addSeparator()
    tb.addAction(a["file.add_files"])
    window.addToolBar(tb)
    a["go.back"].setEnabled(False)
