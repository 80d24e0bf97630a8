"""Every window, dialog and panel of the app, built on a real library for the a11y tests.

`SCREENS[name](env)` builds one screen, shown and settled, and returns a `Screen`: the
widget whose Tab chain is walked, the widget focus starts on, and how to close it. The
library is the agenda tests' workshop (a video with captions, a 6-page PDF, a Markdown
guide, an agenda over them), built once per session and copied for each test.

Dialogs the app runs with exec() (About, Keyboard shortcuts, Merge duplicates) are walked
while the app's own code has them open: `Env.modal(open_it)` runs it and hands back the
modal dialog from inside its event loop (`Screen.modal`), closed again afterwards.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from real_desktop.core.library import Library
from real_desktop.core.models import Kind
from real_desktop.ui.tasks import TaskRunner

WORKSHOP_PIN = "2468"


@dataclass
class Screen:
    root: QWidget
    start: QWidget | None = None  # None: whatever has focus once it is shown
    close: Callable[[], None] = lambda: None
    extra_roots: list[QWidget] = field(default_factory=list)  # measured, not walked
    walk: bool = True  # False: any key ends it (the idle countdown): only its focus is checked


@dataclass
class Env:
    qtbot: Any
    home: Path
    tmp: Path
    settings: Any
    runner: TaskRunner
    library: Library
    agenda_id: str
    _closers: list[Callable[[], None]] = field(default_factory=list)

    def resource(self, kind: Kind | None = None, fmt: str | None = None) -> Any:
        for r in self.library.resources():
            if (kind is None or r.kind is kind) and (fmt is None or r.format == fmt):
                return r
        raise LookupError((kind, fmt))

    def show(self, w: QWidget, size: tuple[int, int] | None = None) -> QWidget:
        self.qtbot.addWidget(w)
        if size is not None:
            w.resize(*size)
        w.show()
        w.activateWindow()
        self.qtbot.waitUntil(w.isActiveWindow)
        settle(self.qtbot)
        return w

    def later(self, fn: Callable[[], None]) -> None:
        self._closers.append(fn)

    def close_all(self) -> None:
        while self._closers:
            self._closers.pop()()


def settle(qtbot: Any) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(30)


def in_modal(qtbot: Any, open_it: Callable[[], Any], check: Callable[[QWidget], None]) -> None:
    """Run `open_it` (which opens a dialog with exec()); call `check(dialog)` inside the
    dialog's event loop, then close it. Failures inside are raised here, afterwards."""
    caught: list[BaseException] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        try:
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            settle(qtbot)
            check(dialog)
        except BaseException as e:  # noqa: BLE001  # re-raised outside the nested loop
            caught.append(e)
        finally:
            if dialog.isVisible():  # `check` may have answered it already
                dialog.reject() if hasattr(dialog, "reject") else dialog.close()

    QTimer.singleShot(0, poll)
    open_it()
    if caught:
        raise caught[0]


# -- the main window in each view -------------------------------------------------------------
def _window(env: Env, **kwargs: Any) -> Any:
    from real_desktop.ui.main_window import MainWindow

    w = MainWindow(env.library, env.runner, env.settings, **kwargs)
    env.show(w, (1280, 800))
    env.qtbot.waitUntil(lambda: w.sidebar._loaded and not w.model.loading)
    env.later(w.close)
    return w


def library_grid(env: Env) -> Screen:
    w = _window(env)
    w.set_view_mode("grid")
    return Screen(w, w.search.field)


def library_list(env: Env) -> Screen:
    w = _window(env)
    w.set_view_mode("list")
    return Screen(w, w.search.field)


def search_results(env: Env) -> Screen:
    w = _window(env)
    w.search.set_query("guide", immediate=True)
    env.qtbot.waitUntil(lambda: w.search.model.rowCount() > 0)
    settle(env.qtbot)
    return Screen(w, w.search.field)


def _open(env: Env, w: Any, r: Any, viewer: Callable[[], Any]) -> Any:
    w.open_resource(r)
    env.qtbot.waitUntil(lambda: w.current_viewer is not None and w.current_viewer is viewer())
    w.nav.notes_panel  # noqa: B018  # the notes beside the viewer
    settle(env.qtbot)
    return w.current_viewer


def pdf_view(env: Env) -> Screen:
    w = _window(env)
    view = _open(env, w, env.resource(fmt="pdf"), lambda: w.document_view)
    env.qtbot.waitUntil(lambda: view.pdf.page_count > 0)
    return Screen(w, view.pdf.view)


def note_editor(env: Env) -> Screen:
    """A note being written beside the PDF (its editor open in the notes panel)."""
    w = _window(env)
    view = _open(env, w, env.resource(fmt="pdf"), lambda: w.document_view)
    panel = w.notes_panel
    panel.add_note_here()
    env.qtbot.waitUntil(lambda: panel.current_note() is not None)
    settle(env.qtbot)
    return Screen(w, view.pdf.view)


def pdf_find(env: Env) -> Screen:
    """The PDF's find bar open, searching."""
    w = _window(env)
    view = _open(env, w, env.resource(fmt="pdf"), lambda: w.document_view)
    view.pdf.act_find.trigger()
    env.qtbot.waitUntil(view.pdf.find_bar.isVisible)
    env.qtbot.keyClicks(view.pdf.find_bar.field, "page")
    settle(env.qtbot)
    return Screen(w, view.pdf.view)


def reader_view(env: Env) -> Screen:
    w = _window(env)
    view = _open(env, w, env.resource(fmt="md"), lambda: w.document_view)
    return Screen(w, view.reader.text if hasattr(view.reader, "text") else None)


def player(env: Env) -> Screen:
    w = _window(env)
    view = _open(env, w, env.resource(kind=Kind.VIDEO), lambda: w.player_view)
    env.qtbot.waitUntil(lambda: not view.transcript_pending())
    settle(env.qtbot)
    return Screen(w, view.controls.play_button)


def player_full_screen(env: Env) -> Screen:
    s = player(env)
    view = s.root.player_view
    view.enter_full_screen()
    env.later(view.leave_full_screen)
    settle(env.qtbot)
    return Screen(s.root, view.controls.play_button)


def notes_list(env: Env) -> Screen:
    from real_desktop.ui.library.model import BrowseFilter

    w = _window(env)
    w.nav.section_selected(BrowseFilter.from_key("notes"), "Notes")
    settle(env.qtbot)
    return Screen(w, w.search.field)


def details_editor(env: Env) -> Screen:
    w = _window(env)
    w.browser.focus_view()
    w.browser.current_view().selectAll()
    env.qtbot.waitUntil(lambda: len(w.details.selection) > 1)
    w.details.start_editing()
    settle(env.qtbot)
    return Screen(w, w.search.field)


# -- dialogs and windows of their own ------------------------------------------------------
def settings_dialog(env: Env) -> Screen:
    from real_desktop.ui.settings import SettingsDialog

    d = SettingsDialog(env.settings, library=env.library)
    env.show(d)
    return Screen(d, d.location)


def notes_export(env: Env) -> Screen:
    from real_desktop.core.notes import NoteStore
    from real_desktop.ui.notes.export_dialog import ExportDialog

    d = ExportDialog(NoteStore(env.library), env.runner, library=env.library)
    env.show(d)
    return Screen(d)


def import_progress(env: Env) -> Screen:
    from real_desktop.ui.importer import ImportProgressDialog

    d = ImportProgressDialog()
    env.show(d)
    return Screen(d)


def import_summary(env: Env) -> Screen:
    from real_desktop.core.models import FileResult, ImportSummary, Outcome
    from real_desktop.ui.importer import ImportSummaryDialog

    summary = ImportSummary([FileResult("/x/broken.pdf", Outcome.FAILED, "damaged"),
                             FileResult("/x/fine.pdf", Outcome.ADDED, "")])  # fmt: skip
    d = ImportSummaryDialog(summary)
    env.show(d)
    return Screen(d)


def jobs_window(env: Env) -> Screen:
    from real_desktop.core.jobs.queue import JobKind, JobQueue
    from real_desktop.core.policy import DESKTOP
    from real_desktop.ui.jobs.controller import JobsController
    from real_desktop.ui.jobs.panel import JobsPanel

    # Queued straight into the table: the list has rows, and no worker starts.
    JobQueue(env.library.db).enqueue(JobKind.TRANSCRIBE, [env.resource(kind=Kind.VIDEO).id])
    JobQueue(env.library.db).enqueue(JobKind.OCR, [env.resource(fmt="pdf").id])
    jobs = JobsController(env.library, DESKTOP, env.runner, work_tasks=env.runner)
    panel = JobsPanel(jobs)
    jobs.refresh()
    env.show(panel, (640, 360))
    env.qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 2)
    return Screen(panel)


def drive_dialog(env: Env) -> Screen:
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.packs.drive_dialog import AddFromDriveDialog

    drive = env.tmp / "usb"
    drive.mkdir(exist_ok=True)
    d = AddFromDriveDialog(env.library, env.runner, ActionRegistry(), roots=[drive])
    env.show(d)
    return Screen(d)


def export_pack(env: Env) -> Screen:
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.packs.export_dialog import ExportPackDialog

    ids = [r.id for r in env.library.resources()][:2]
    d = ExportPackDialog(env.library, env.runner, ActionRegistry(), selected_ids=ids)
    env.show(d)
    return Screen(d)


def installed_packs(env: Env) -> Screen:
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.packs.installed_dialog import InstalledPacksDialog

    d = InstalledPacksDialog(env.library, env.runner, ActionRegistry())
    env.show(d)
    return Screen(d)


def agenda_editor(env: Env) -> Screen:
    from real_desktop.ui.agenda.editor import AgendaEditor

    e = AgendaEditor(env.library, env.runner)
    env.show(e, (1200, 720))
    env.later(e.close)
    return Screen(e)


def _presenter(env: Env) -> Any:
    from real_desktop.ui.agenda.present_app import open_presenter

    p = open_presenter(env.library, env.agenda_id, env.runner)
    env.qtbot.addWidget(p)
    env.qtbot.addWidget(p.audience)
    p.start(1)  # the PDF pages: a still screen (a clip would end while walking)
    env.later(p.end)
    settle(env.qtbot)
    return p


def presenter(env: Env) -> Screen:
    p = _presenter(env)
    p.activateWindow()
    env.qtbot.waitUntil(p.isActiveWindow)
    return Screen(p)


def audience(env: Env) -> Screen:
    p = _presenter(env)
    a = p.audience
    a.activateWindow()
    env.qtbot.waitUntil(a.isActiveWindow)
    return Screen(a)


# -- the kiosk ------------------------------------------------------------------------------
def _kiosk(env: Env) -> Any:
    from real_desktop.core.kiosk.config import KioskConfig
    from real_desktop.core.kiosk.pin import hash_pin
    from real_desktop.ui.kiosk.controller import KioskController

    env.library.close()  # the kiosk opens its own copies
    config = KioskConfig(enabled=True, pin_hash=hash_pin(WORKSHOP_PIN), idle_minutes=5)
    c = KioskController(QApplication.instance(), config, env.home, env.runner)
    env.later(c.shutdown)
    c.show_welcome()
    env.qtbot.waitUntil(c.welcome.isActiveWindow)
    settle(env.qtbot)
    return c


def _session(env: Env) -> Any:
    c = _kiosk(env)
    c.start_session()
    env.qtbot.waitUntil(lambda: c.in_session)
    w = c.window
    env.qtbot.waitUntil(lambda: w.sidebar._loaded and not w.model.loading)
    # Full screen is the offscreen screen's 800×600, below the 1024 px the window is made
    # for (tests/ui/test_x11_window_size.py): measured on a 1280×800 terminal instead.
    w.showNormal()
    w.resize(1280, 800)
    w.activateWindow()
    env.qtbot.waitUntil(w.isActiveWindow)
    settle(env.qtbot)
    return c


def kiosk_welcome(env: Env) -> Screen:
    c = _kiosk(env)
    return Screen(c.welcome)


def kiosk_browsing(env: Env) -> Screen:
    c = _session(env)
    return Screen(c.window, c.window.search.field)


def _kiosk_dialog(env: Env, c: Any, open_it: Callable[[], None]) -> Screen:
    open_it()
    env.qtbot.waitUntil(lambda: c.dialog is not None and c.dialog.isVisible())
    d = c.dialog
    d.activateWindow()
    env.qtbot.waitUntil(d.isActiveWindow)
    settle(env.qtbot)
    return Screen(d)


def kiosk_end_session(env: Env) -> Screen:
    c = _session(env)
    return _kiosk_dialog(env, c, c.request_end)


def kiosk_unlock(env: Env) -> Screen:
    c = _kiosk(env)
    return _kiosk_dialog(env, c, c.unlock)


def kiosk_countdown(env: Env) -> Screen:
    c = _session(env)
    c._idle_elapsed()  # noqa: SLF001  # what the idle timer does
    overlay = c._overlay()  # noqa: SLF001
    env.qtbot.waitUntil(lambda: overlay is not None and overlay.isVisible())
    settle(env.qtbot)
    return Screen(overlay, walk=False)


# -- dialogs the app runs with exec() ------------------------------------------------------
def about(env: Env) -> Callable[[Callable[[QWidget], None]], None]:
    w = _window(env)
    return lambda check: in_modal(env.qtbot, w.show_about, check)


def shortcuts(env: Env) -> Callable[[Callable[[QWidget], None]], None]:
    w = _window(env)
    return lambda check: in_modal(env.qtbot, w.shortcuts_action.trigger, check)


def merge_duplicates(env: Env) -> Callable[[Callable[[QWidget], None]], None]:
    from real_desktop.ui.window import duplicates

    w = _window(env)
    group = type("Group", (), {"resources": env.library.resources()[:2]})()
    return lambda check: in_modal(env.qtbot, lambda: duplicates.ask_merge(w, group), check)


SCREENS: dict[str, Callable[[Env], Screen]] = {
    "library grid": library_grid,
    "library list": library_list,
    "search results": search_results,
    "PDF view": pdf_view,
    "note editor": note_editor,
    "PDF find bar": pdf_find,
    "reader view": reader_view,
    "player": player,
    "player full screen": player_full_screen,
    "notes list": notes_list,
    "details editor": details_editor,
    "settings": settings_dialog,
    "notes export": notes_export,
    "import progress": import_progress,
    "import summary": import_summary,
    "jobs window": jobs_window,
    "add from a drive": drive_dialog,
    "export a pack": export_pack,
    "installed packs": installed_packs,
    "agenda editor": agenda_editor,
    "presenter": presenter,
    "audience": audience,
    "kiosk welcome": kiosk_welcome,
    "kiosk browsing": kiosk_browsing,
    "kiosk end session": kiosk_end_session,
    "kiosk unlock": kiosk_unlock,
    "kiosk countdown": kiosk_countdown,
}
MODALS: dict[str, Callable[[Env], Callable[[Callable[[QWidget], None]], None]]] = {
    "about": about,
    "keyboard shortcuts": shortcuts,
    "merge duplicates": merge_duplicates,
}


def workshop_home(root: Path) -> tuple[Path, str]:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "agenda"))
    from agenda_fixtures import build_home

    return build_home(root)


def env_for(qtbot: Any, source: tuple[Path, str], tmp: Path) -> Iterator[Env]:
    from real_desktop.ui.settings import AppSettings

    home = tmp / "home"
    shutil.copytree(source[0], home)
    library = Library.open(home, seed=False)
    runner = TaskRunner()
    env = Env(qtbot, home, tmp, AppSettings(home / "settings.ini"), runner, library, source[1])
    try:
        yield env
    finally:
        env.close_all()
        runner.shutdown()
        library.close()
