"""Presenter mode offscreen with real media: navigation, clips, pages, blank, pause,
notes taken while presenting, one-screen layout (two screens: test_two_screens.py)."""

from __future__ import annotations

import pytest

from real_desktop.core.models import LocationKind
from real_desktop.ui.agenda.present_app import open_presenter
from real_desktop.ui.agenda.screens import ONE_SCREEN
from real_desktop.ui.agenda.timing import PresentationClock, against_plan


@pytest.fixture
def presenter(qtbot, workshop, sync_tasks):
    lib, agenda_id = workshop
    w = open_presenter(lib, agenda_id, sync_tasks)
    qtbot.addWidget(w)
    qtbot.addWidget(w.audience)
    yield w
    w.end()


def test_navigation_across_items_and_pages(qtbot, presenter):
    w = presenter
    assert w.start(0) == ONE_SCREEN
    a = w.audience
    assert a.isVisible() and not a.isFullScreen()
    assert w.index == 0 and a.mode == "video"
    assert a.player.clip() == (1.0, 2.0)
    assert "Watch for the" in w.points.toPlainText()
    assert "What did you notice?" in w.points.toPlainText()
    assert w.next_label.text() == "Next: Guide (pages 2–3)"
    assert w.span_label.text() == "Clip 0:01–0:02"
    with qtbot.waitSignal(a.player.clipEnded):
        pass
    assert a.player.position() == pytest.approx(2.0, abs=0.05)
    qtbot.waitUntil(lambda: "Clip finished" in w.state_label.text())
    w.next()
    assert (w.index, a.mode, a.page()) == (1, "pdf", 2)
    assert a.pdf.zoomMode() == a.pdf.ZoomMode.FitInView
    w.next()  # inside the range: turns the page
    assert (w.index, a.page()) == (1, 3)
    w.next()  # past the range: the next item
    assert (w.index, a.mode) == (2, "text")
    assert "Ground rules" in a.text.toPlainText()
    w.next()
    assert (w.index, a.mode) == (3, "message")
    assert "Film from another library" in a.message.text()
    assert w.span_label.text() == "Not on this computer"
    w.next()  # the last item stays
    assert w.index == 3
    w.previous()
    w.previous()  # back into the page range: at its first page
    assert (w.index, a.page()) == (1, 2)
    w.previous()  # before the range's first page: the clip again, from its in point
    assert w.index == 0 and a.player.clip() == (1.0, 2.0)
    qtbot.waitUntil(lambda: a.player.position() >= 1.0)


def test_blank_and_pause(qtbot, presenter):
    w = presenter
    w.start(1)
    a = w.audience
    w.toggle_blank()
    assert a.stack.currentWidget() is a.blank
    w.next()  # moving on while blank stays blank
    assert a.stack.currentWidget() is a.blank and a.page() == 3
    w.toggle_blank()
    assert a.stack.currentWidget() is a.pdf
    w.go(0)
    qtbot.waitUntil(lambda: a.player.state() == "playing")
    w.toggle_pause()
    assert w.clock.paused and a.player.state() == "paused"
    assert "Paused" in w.state_label.text()
    w.toggle_pause()
    assert not w.clock.paused and a.player.state() == "playing"


def test_end_closes_both_windows(qtbot, presenter):
    w = presenter
    w.start(0)
    with qtbot.waitSignal(w.ended):
        w.end()
    assert not w.isVisible() and not w.audience.isVisible()


def test_notes_taken_while_presenting_are_real_notes(qtbot, presenter, workshop):
    lib, _ = workshop
    w = presenter
    w.start(1)
    w.next()  # page 3
    w.notes_panel.add_note_here()
    from real_desktop.core.notes import NoteStore

    notes = NoteStore(lib).for_resource(w.item().resource_id)
    assert len(notes) == 1
    assert notes[0].location.kind == LocationKind.PAGE and notes[0].location.page == 3
    w.go(0)
    qtbot.waitUntil(lambda: w.audience.player.position() >= 1.0)
    w.notes_panel.add_note_here()
    clip_notes = NoteStore(lib).for_resource(w.item().resource_id)
    assert clip_notes[0].location.kind == LocationKind.TIME
    assert 1.0 <= clip_notes[0].location.start <= 2.1


def test_clock_against_plan():
    now = [100.0]
    c = PresentationClock(lambda: now[0])
    now[0] += 90
    assert c.item_seconds() == 90
    c.pause(True)
    now[0] += 60
    assert c.item_seconds() == 90 and c.total_seconds() == 90
    c.pause(False)
    c.next_item()
    now[0] += 30
    assert c.item_seconds() == 30 and c.total_seconds() == 120
    assert against_plan(30, 1) == ("0:30 / 1:00", False)
    assert against_plan(75, 1) == ("1:15 / 1:00", True)
    assert against_plan(75, None) == ("1:15", False)


def test_ending_releases_the_player(qtbot, presenter):
    presenter.start(0)
    presenter.end()
    assert presenter.audience.player.is_released()
    presenter.end()  # twice: harmless


def test_a_policy_without_present_stops_every_presenter_key(qtbot, workshop, sync_tasks):
    from real_desktop.core.policy import Action, Policy
    from real_desktop.ui.actions.registry import ActionRegistry

    lib, agenda_id = workshop
    reg = ActionRegistry(Policy("kiosk", frozenset({Action.PRESENT})))
    w = open_presenter(lib, agenda_id, sync_tasks, registry=reg)
    qtbot.addWidget(w)
    qtbot.addWidget(w.audience)
    w.start(1, show=False)
    assert all(b.isHidden() for b in w.buttons.values())
    assert not reg.run("present.next", w.next)
    assert w.index == 1
    w.end()


def test_a_policy_without_agenda_edit_hides_the_editor_tools(qtbot, workshop, sync_tasks):
    from real_desktop.core.policy import Action, Policy
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.agenda.editor import AgendaEditor

    lib, _ = workshop
    reg = ActionRegistry(Policy("kiosk", frozenset({Action.AGENDA_EDIT})))
    e = AgendaEditor(lib, sync_tasks, registry=reg)
    qtbot.addWidget(e)
    hidden = {b.property("registry_id"): b.isHidden() for b in e.findChildren(type(e.form.play_button))}
    assert hidden["agenda.new"] and hidden["agenda.remove_item"] and hidden["agenda.mark_in"]
    assert not hidden["agenda.present"]  # presenting is a permission of its own
    e.close()


def test_the_empty_notes_panel_names_the_presenters_own_key(qtbot, presenter, workshop):
    w = presenter
    w.start(0)  # a clip
    text = w.notes_panel.empty.text()
    assert "while watching" not in text
    assert "Press N" in text and "moment on the audience's screen" in text
    w.start(1)  # pages of a PDF
    assert "page on the audience's screen" in w.notes_panel.empty.text()


def test_the_presenters_note_key_writes_a_note_at_the_audiences_place(qtbot, presenter, workshop):
    from PySide6.QtGui import QShortcut

    from real_desktop.core.notes import NoteStore

    lib, _ = workshop
    w = presenter
    w.start(1, show=False)
    keys = {sc.key().toString(): sc for sc in w.findChildren(QShortcut) if sc.parent() is w}
    keys["N"].activated.emit()  # what the key does (the registry's shortcut, policy asked)
    notes = NoteStore(lib).for_resource(w.item().resource_id)
    assert len(notes) == 1 and notes[0].location.kind == LocationKind.PAGE
