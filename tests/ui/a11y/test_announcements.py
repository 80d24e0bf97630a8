"""What a screen reader is told: items' title, kind and status through the accessible
tree; announcements (ui/announce.py) for search counts, the player and progress. The
AT-SPI side of the same announcements: test_atspi.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from real_desktop.core.models import ImportProgress, Kind
from real_desktop.ui.announce import ProgressSpeech, progress_step, spoken
from real_desktop.ui.player.speech import position_text, spoken_time
from tests.ui.a11y import screens
from tests.ui.a11y.test_every_screen import env, workshop_source  # noqa: F401  (fixtures)


@pytest.fixture
def said(qapp) -> Iterator[list[str]]:
    heard: list[str] = []

    def hear(_source: object, message: str) -> None:
        heard.append(message)

    spoken().said.connect(hear)
    yield heard
    spoken().said.disconnect(hear)


def cell_names(view) -> list[str]:  # noqa: ANN001
    """What the accessible tree says for each item of a list/table view (the first column)."""
    iface = QAccessible.queryAccessibleInterface(view)
    names = []
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None and child.role() in (QAccessible.Role.Cell, QAccessible.Role.ListItem):
            names.append(child.text(QAccessible.Text.Name))
    return names


def test_tiles_and_rows_say_title_kind_and_status(env: screens.Env, qtbot) -> None:  # noqa: F811
    s = screens.SCREENS["library grid"](env)
    w = s.root
    video = env.resource(kind=Kind.VIDEO)
    grid_names = cell_names(w.browser.grid)
    assert f"{video.title}, Video" in grid_names, grid_names
    assert any(n.endswith(", Document") for n in grid_names), grid_names
    # A recording that is not on this computer says so (marked as the presence sweep
    # would: the workshop's files are shared by the session's tests).
    from real_desktop.core.models import Status

    env.library.catalog.set_status(video.id, Status.MISSING, "gone")
    w.model.reload()
    spoken_row = f"{video.title}, Video, media not on this computer"
    qtbot.waitUntil(lambda: spoken_row in [
        w.model.index(i, 0).data(Qt.ItemDataRole.AccessibleTextRole)
        for i in range(w.model.rowCount())
    ])  # fmt: skip
    w.set_view_mode("list")  # a view the tree has not seen before: its cells read afresh
    assert spoken_row in cell_names(w.browser.table), cell_names(w.browser.table)
    row = w.model.index(0, 0)
    assert row.data(Qt.ItemDataRole.AccessibleDescriptionRole) is not None


def test_search_says_how_many_it_found(env: screens.Env, said: list[str], qtbot) -> None:  # noqa: F811
    w = screens.SCREENS["library grid"](env).root
    w.search.set_query("guide", immediate=True)
    qtbot.waitUntil(lambda: w.search.model.rowCount() > 0)
    qtbot.waitUntil(lambda: any("match" in m for m in said))
    count = next(m for m in said if "match" in m)
    assert count == w.search.summary.text() and " in " in count  # "3 matches in 2 items"
    assert w.search.view.accessibleDescription() == count  # for whoever arrives later
    said.clear()
    w.search.set_query("zzzqqqxx", immediate=True)
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["No results for “zzzqqqxx”."]


def test_spoken_times_read_as_words(qapp) -> None:
    assert spoken_time(725) == "12 minutes 5 seconds"
    assert spoken_time(3661) == "1 hour 1 minute 1 second"
    assert spoken_time(0) == "0 seconds"
    assert position_text(725, 2400) == "12 minutes 5 seconds of 40 minutes"


def test_the_player_says_play_pause_and_the_position_on_its_key(
    env: screens.Env, said: list[str], qtbot  # noqa: F811
) -> None:
    w = screens.SCREENS["player"](env).root
    view = w.player_view
    view.controls.play_button.setFocus()
    qtbot.keyClick(view.controls.play_button, Qt.Key.Key_T)
    assert said and said[-1].startswith("0 seconds of "), said
    assert said[-1].endswith(spoken_time(view.player.duration()))
    said.clear()
    assert view.player.state() == "playing"  # it starts when opened
    view.toggle()
    qtbot.waitUntil(lambda: "Paused" in said)
    view.toggle()
    qtbot.waitUntil(lambda: "Playing" in said)
    assert said.count("Playing") == 1 and said.count("Paused") == 1, said


def test_the_shortcuts_window_lists_the_position_key(qapp) -> None:
    from real_desktop.ui.actions.help import shortcut_rows
    from real_desktop.ui.actions.registry import ActionRegistry

    rows = dict(r for _group, group_rows in shortcut_rows(ActionRegistry()) for r in group_rows)
    assert rows["Say the position (screen readers)"] == "T"


def test_progress_is_said_in_steps(qtbot, said: list[str]) -> None:
    from real_desktop.ui.importer import ImportProgressDialog

    d = ImportProgressDialog()
    qtbot.addWidget(d)
    for done in range(0, 21):
        d.update_progress(ImportProgress(done=done, total=20, current=f"/x/{done}.pdf"))
    assert said == [f"Adding files: {p}%" for p in range(0, 101, 10)]
    assert progress_step(3, 0) is None and progress_step(7, 7) == 100


def test_pack_progress_begins_then_counts(qtbot, said: list[str]) -> None:
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.packs.common import ProgressPanel

    panel = ProgressPanel(ActionRegistry())
    qtbot.addWidget(panel)
    panel.begin("Installing City guides…")
    panel.step("copying", 50, 100)
    panel.step("copying", 55, 100)  # the same step: said once
    assert said == ["Installing City guides…", "50%"]


def test_the_countdown_interrupts_and_focuses_its_button(
    env: screens.Env, said: list[str], qtbot  # noqa: F811
) -> None:
    s = screens.SCREENS["kiosk countdown"](env)
    assert QApplication.focusWidget() is s.root.button
    assert said and said[-1].startswith("Are you still there? This session ends in")


def test_announcements_are_real_accessibility_events(qapp) -> None:
    # Sent through Qt only while an assistive technology listens; the event type exists.
    from PySide6.QtGui import QAccessibleAnnouncementEvent
    from PySide6.QtWidgets import QLabel

    label = QLabel("x")
    event = QAccessibleAnnouncementEvent(label, "hello")
    assert event.type() == QAccessible.Event.Announcement and event.message() == "hello"
    ProgressSpeech(label).update(1, 2)  # no listener: nothing breaks
