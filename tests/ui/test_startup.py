"""Start-up in two halves: the window's shell paints first and takes typing; the parts
(sidebar, browser, search panel, importer) are built afterwards, step by step."""

from __future__ import annotations

import pytest

from real_desktop.ui.main_window import MainWindow


@pytest.fixture
def shell(qtbot, runner, settings) -> MainWindow:
    w = MainWindow(None, runner, settings, deferred=True)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def test_the_shell_paints_before_the_parts_exist(qtbot, shell: MainWindow) -> None:
    qtbot.waitUntil(lambda: shell._painted)  # firstPainted has been emitted
    assert not shell.parts_ready
    assert not hasattr(shell, "search") and not hasattr(shell, "sidebar")
    # The toolbar's search field is the real one, and typing works already.
    shell.search_field.setFocus()
    qtbot.keyClicks(shell.search_field, "bud")
    assert shell.search_field.text() == "bud"
    assert shell.menuBar().actions() and shell.add_files_action.isEnabled()
    # Key sequences come after the first paint (QKeySequence's enums cost a few ms).
    assert not shell.quit_action.shortcuts()


def test_text_typed_before_the_search_panel_exists_is_searched(
    qtbot, shell: MainWindow, library
) -> None:
    shell.search_field.setFocus()
    qtbot.keyClicks(shell.search_field, "budget")
    shell.start_parts()  # imports first: nothing that needs the library runs yet
    qtbot.wait(50)
    assert not shell.parts_ready
    with qtbot.waitSignal(shell.partsReady, timeout=20000):
        shell.attach(library)
    panel = shell.search
    assert panel.field is shell.search_field and panel.query == "budget"
    assert [k.toString() for k in shell.quit_action.shortcuts()] == ["Ctrl+Q"]
    qtbot.waitUntil(lambda: panel.last_results is not None, timeout=10000)
    assert panel.last_results.query == "budget"
    assert [panel.model.groups[i].title for i in range(panel.model.rowCount())] == [
        "Equity Lens Guide"
    ]
    assert shell.browse_stack.currentWidget() is panel  # results shown, not the library
    # Typing goes on to refine the query as usual.
    qtbot.keyClicks(shell.search_field, " decision")
    qtbot.waitUntil(lambda: panel.last_results.query == "budget decision", timeout=10000)


def test_actions_chosen_during_start_up_apply_once_built(
    qtbot, shell: MainWindow, library, settings
) -> None:
    assert settings.view_mode == "grid"
    shell.list_action.trigger()  # before the browser exists: remembered, not lost
    assert not shell.parts_ready
    with qtbot.waitSignal(shell.partsReady, timeout=20000):
        shell.attach(library)
        shell.start_parts()
    assert shell.browser.view_mode == "list" and settings.view_mode == "list"
    qtbot.waitUntil(lambda: shell.sidebar._loaded and shell.model.rowCount() == 3)


def test_closing_during_start_up_saves_the_window_and_builds_nothing_more(
    qtbot, shell: MainWindow, library, settings
) -> None:
    shell.resize(900, 640)
    shell.close()
    shell.attach(library)
    qtbot.wait(100)
    assert not shell.parts_ready
    assert settings.geometry() is not None
    assert settings.view_mode == "grid"  # untouched: the browser never existed
