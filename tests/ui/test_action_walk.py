"""Every action and shortcut of every window and panel is registered, and a policy that
denies everything hides or refuses each one (emitted anyway, its handler does not run)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QMessageBox,
    QToolBar,
    QWidget,
    QWidgetAction,
)

from real_desktop.core.models import FileResult, ImportSummary, Outcome
from real_desktop.core.notes import NoteStore
from real_desktop.core.policy import DESKTOP, Action, Policy
from real_desktop.ui.actions.registry import ID_PROPERTY, ActionRegistry
from real_desktop.ui.importer import ImportProgressDialog, ImportSummaryDialog
from real_desktop.ui.main_window import MainWindow
from real_desktop.ui.notes.editor import Autosaver, NoteEditor
from real_desktop.ui.notes.export_dialog import ExportDialog
from real_desktop.ui.player.transcript import TranscriptPanel
from real_desktop.ui.settings import SettingsDialog
from real_desktop.ui.tasks import TaskRunner
from real_desktop.ui.viewers.findbar import FindBar

NOTHING = Policy("nothing", frozenset(Action))


def _qt_own(act: QAction, root: QWidget) -> bool:
    """Actions Qt makes for itself: separators, submenu titles, toolbar widgets and
    toggles, a line edit's clear button."""
    return (
        act.isSeparator()
        or act.menu() is not None
        or isinstance(act, QWidgetAction)
        or act.objectName().startswith("_q_")
        or any(act is tb.toggleViewAction() for tb in root.findChildren(QToolBar))
    )


def walk(root: QWidget) -> Iterator[QAction | QShortcut | QAbstractButton]:
    for act in root.findChildren(QAction):
        if not _qt_own(act, root):
            yield act
    yield from root.findChildren(QShortcut)
    for button in root.findChildren(QAbstractButton):
        if button.property(ID_PROPERTY) is not None:
            yield button


def check_denied(root: QWidget, registry: ActionRegistry) -> list[str]:
    """Asserts each found thing is registered and, under NOTHING, hidden and refusing.
    Returns the ids seen."""
    refused: list[str] = []
    registry.refused.connect(refused.append)
    seen = []
    for obj in walk(root):
        action_id = obj.property(ID_PROPERTY)
        assert action_id in registry.specs, f"unregistered {type(obj).__name__}: {obj}"
        seen.append(action_id)
        # Hidden (a widget may enable or disable it for its own reasons, e.g. no page to
        # turn to), and refusing when its signal comes anyway.
        if isinstance(obj, QAction):
            assert not obj.isVisible(), action_id
            obj.triggered.emit()
        elif isinstance(obj, QShortcut):
            assert not obj.isEnabled(), action_id
            obj.activated.emit()
        else:
            assert obj.isHidden(), action_id
            if obj.property("registry_toggled"):
                obj.toggled.emit(True)
            else:
                obj.clicked.emit()
        assert refused and refused[-1] == action_id, action_id  # the choke point said no
    registry.refused.disconnect(refused.append)
    return seen


@pytest.fixture
def no_dialogs(monkeypatch) -> None:
    """A handler that slipped past the policy would open one of these."""

    def opened(*a, **k):
        raise AssertionError("a dialog was opened by a denied action")

    for name in ("getOpenFileName", "getOpenFileNames", "getExistingDirectory", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(opened))
    monkeypatch.setattr(QDialog, "exec", opened)
    monkeypatch.setattr(QMessageBox, "about", staticmethod(opened))


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.shutdown()


def test_the_main_window_locks_down_when_the_policy_changes(
    qtbot, library, runner, settings, no_dialogs
) -> None:
    w = MainWindow(library, runner, settings)  # desktop first: the kiosk switches on later
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.sidebar._loaded and not w.model.loading)
    w.search.refresh_facets()
    qtbot.waitUntil(lambda: w.search.collection_chip.isEnabled() or w.search._facets_loaded)
    assert w.add_files_action.isVisible() and w.acceptDrops()
    # Every part built: a PDF open beside its notes (and its context menu), the player,
    # the list of all notes.
    w.open_resource(w.model.resource(0))
    qtbot.waitUntil(lambda: w.current_viewer is w.document_view)
    w.document_view.pdf.context_menu(QPoint(5, 5))
    w.player_view, w.notes_view  # noqa: B018  # built on first use
    w.registry.set_policy(NOTHING)
    seen = set(check_denied(w, w.registry))
    for expected in ("file.quit", "file.add_files", "go.find", "view.grid", "search.filter",
                     "details.open", "library.sort_order", "help.shortcuts",
                     "pdf.next_page", "pdf.copy", "doc.find", "doc.add_note", "reader.copy_link",
                     "player.play_pause", "player.locate", "player.captions", "transcript.next",
                     "notes.add_here", "notes.export", "notes.delete", "note.edit",
                     "notes.undo_delete", "notes_list.import", "notes_list.export",
                     "notes_list.trash", "find.close",
                     "library.remove", "library.undo_remove", "library.open", "library.add_tag",
                     "library.move_collection", "details.edit", "details.save",
                     "details.cancel", "details.merge", "details.remove"):  # fmt: skip
        assert expected in seen, expected
    assert "pdf.highlight" in seen  # toolbar, context menu, Ctrl+Shift+H
    assert w.isVisible() and not w.acceptDrops()  # Quit was refused too
    w.registry.set_policy(DESKTOP)
    assert w.add_files_action.isVisible() and w.quit_action.isEnabled()
    w.close()


def test_dialogs_and_panels_under_a_deny_all_policy(
    qtbot, library, sync_tasks, settings, no_dialogs
) -> None:
    registry = ActionRegistry(NOTHING)
    store = NoteStore(library)
    summary = ImportSummary([FileResult("/x/broken.pdf", Outcome.FAILED, "damaged")])
    widgets: list[QWidget] = [
        ExportDialog(store, sync_tasks, library=library, registry=registry),
        SettingsDialog(settings, registry=registry, library=library),
        ImportSummaryDialog(summary, registry=registry),
        ImportProgressDialog(registry=registry),
        TranscriptPanel(registry=registry),
        FindBar(registry=registry),
        NoteEditor(Autosaver(store, sync_tasks), registry=registry),
    ]
    seen: list[str] = []
    for widget in widgets:
        qtbot.addWidget(widget)
        seen += check_denied(widget, registry)
    for expected in ("export.to_file", "export.print", "settings.browse_location",
                     "import.copy_details", "import.cancel", "transcript.previous", "find.close", "note.edit",
                     "settings.watch_add", "settings.watch_remove"):  # fmt: skip
        assert expected in seen


def check_policy(root: QWidget, registry: ActionRegistry) -> tuple[set[str], set[str]]:
    """Under the registry's policy: what it denies is hidden and refuses (as check_denied);
    what it allows was not hidden by it. Returns (denied ids, allowed ids) seen."""
    refused: list[str] = []
    registry.refused.connect(refused.append)
    denied, allowed = set(), set()
    for obj in walk(root):
        action_id = obj.property(ID_PROPERTY)
        assert action_id in registry.specs, f"unregistered {type(obj).__name__}: {obj}"
        if registry.allows(action_id):
            allowed.add(action_id)
            assert obj.property("registry_denied") is None, action_id
            continue
        denied.add(action_id)
        if isinstance(obj, QAction):
            assert not obj.isVisible(), action_id
            obj.triggered.emit()
        elif isinstance(obj, QShortcut):
            assert not obj.isEnabled(), action_id
            obj.activated.emit()
        else:
            assert obj.isHidden(), action_id
            if obj.property("registry_toggled"):
                obj.toggled.emit(True)
            else:
                obj.clicked.emit()
        assert refused and refused[-1] == action_id, action_id
    registry.refused.disconnect(refused.append)
    return denied, allowed


def test_the_kiosk_policy_walk(qtbot, library, runner, settings, no_dialogs) -> None:
    """Every action the kiosk denies is hidden or refuses; browsing and notes stay."""
    from real_desktop.core.policy import kiosk_policy
    from real_desktop.ui.kiosk.dialogs import EndSessionDialog, UnlockDialog
    from real_desktop.ui.kiosk.screens import IdleCountdown, WelcomeScreen

    w = MainWindow(library, runner, settings, policy=kiosk_policy())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.sidebar._loaded and not w.model.loading)
    w.open_resource(w.model.resource(0))
    qtbot.waitUntil(lambda: w.current_viewer is w.document_view)
    w.document_view.pdf.context_menu(QPoint(5, 5))
    w.player_view, w.notes_view  # noqa: B018
    denied, allowed = check_policy(w, w.registry)
    for expected in ("file.quit", "file.add_files", "file.add_folder", "file.settings",
                     "pdf.copy", "reader.copy_link", "player.locate", "notes.export",
                     "notes_list.import", "notes_list.export", "library.remove",
                     "library.undo_remove", "library.add_tag", "library.move_collection",
                     "details.edit", "details.save", "details.merge",
                     "details.remove"):  # fmt: skip
        assert expected in denied, expected
    for expected in ("go.find", "view.grid", "pdf.next_page", "doc.find", "doc.add_note",
                     "notes.add_here", "notes.delete", "player.play_pause"):  # fmt: skip
        assert expected in allowed, expected
    assert w.isVisible() and not w.acceptDrops()
    # Notes off, printing and drives on: the notes actions go, the kiosk's own stay.
    registry = ActionRegistry(kiosk_policy(notes=False, printing=True, save_to_drive=True))
    w.registry.set_policy(registry.policy)
    denied, allowed = check_policy(w, w.registry)
    assert {"doc.add_note", "notes.add_here", "notes.delete", "note.edit"} <= denied
    store = NoteStore(library)
    from real_desktop.core.kiosk.pin import PinGuard

    widgets: list[QWidget] = [
        WelcomeScreen(registry),
        EndSessionDialog(registry, 2, [Path("/media/usb")], lambda: None, lambda p: p),
        UnlockDialog(registry, PinGuard("scrypt$1$1$1$AA==$AA==", Path("/nonexistent/x"))),
        IdleCountdown(registry, w),
        ExportDialog(store, runner, library=library, registry=registry),
    ]
    for widget in widgets:
        qtbot.addWidget(widget)
        d, a = check_policy(widget, registry)
        denied |= d
        allowed |= a
    assert {"kiosk.print_notes", "kiosk.save_notes", "kiosk.confirm_end", "kiosk.start",
            "kiosk.unlock", "kiosk.still_here"} <= allowed  # fmt: skip
    assert {"export.to_file"} <= denied  # no file dialog, ever


def test_kiosk_widgets_under_a_deny_all_policy(qtbot, no_dialogs) -> None:
    from real_desktop.core.kiosk.pin import PinGuard
    from real_desktop.ui.kiosk.dialogs import EndSessionDialog, UnlockDialog
    from real_desktop.ui.kiosk.screens import IdleCountdown, WelcomeScreen

    registry = ActionRegistry(NOTHING)
    host = QWidget()
    qtbot.addWidget(host)
    widgets: list[QWidget] = [
        WelcomeScreen(registry),
        EndSessionDialog(registry, 1, [Path("/media/usb")], lambda: None, lambda p: p),
        UnlockDialog(registry, PinGuard("scrypt$1$1$1$AA==$AA==", Path("/nonexistent/x"))),
        IdleCountdown(registry, host),
    ]
    seen: list[str] = []
    for widget in widgets:
        qtbot.addWidget(widget)
        seen += check_denied(widget, registry)
    assert {"kiosk.start", "kiosk.print_notes", "kiosk.save_notes", "kiosk.confirm_end",
            "kiosk.keep_going", "kiosk.unlock", "kiosk.leave", "kiosk.still_here"} <= set(seen)  # fmt: skip
