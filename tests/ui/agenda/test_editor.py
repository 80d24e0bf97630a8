"""The agenda editor with a real library: build, reorder (keys and drag and drop),
duplicate, edit an item, mark a clip while watching, import with a missing item."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest

from real_desktop.core.agendas.model import ItemKind
from real_desktop.core.agendas.store import AgendaStore
from real_desktop.ui.agenda.editor import AgendaEditor


@pytest.fixture
def editor(qtbot, workshop, sync_tasks):
    lib, _ = workshop
    e = AgendaEditor(lib, sync_tasks)
    qtbot.addWidget(e)
    e.resize(1200, 700)
    e.show()
    yield e
    e.close()


def _order(e: AgendaEditor) -> list[str]:
    return [e.items.item(n).text().split("  ·  ")[0] for n in range(e.items.count())]


def test_lists_agendas_items_and_total(editor):
    e = editor
    assert e.agenda_list.count() == 1
    assert e.agenda.name == "Equity workshop"
    assert e.total.text() == "Equity workshop — 4 items, 18 min planned"
    assert _order(e) == ["1. talk", "2. Guide", "3. Ground rules", "4. Film from another library"]
    assert e.items.item(0).text() == "1. talk  ·  0:01–0:02  ·  3 min"
    assert e.items.item(3).text().endswith("not on this computer")


def test_reorder_by_keys_buttons_and_drag(qtbot, editor, workshop):
    lib, agenda_id = workshop
    e = editor
    e.items.setCurrentRow(0)
    e.items.setFocus()
    e.move(+1)
    assert _order(e)[:2] == ["1. Guide", "2. talk"] and e.items.currentRow() == 1
    e.move(-1)
    assert _order(e)[:2] == ["1. talk", "2. Guide"]
    # Drag and drop: the list's model moves the row, the editor saves the new order.
    e.items.setCurrentRow(2)
    assert e.items.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    stored = AgendaStore(lib.db, lib.catalog).get(agenda_id)
    assert [i.label for i in stored.items][:3] == ["Ground rules", "talk", "Guide"]
    assert _order(e)[0] == "1. Ground rules"


def test_alt_down_moves_the_item_on_a_real_window(qtbot, editor):
    e = editor
    e.activateWindow()
    e.items.setCurrentRow(0)
    e.items.setFocus()
    QTest.keyClick(e.items, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _order(e)[1] == "2. talk")


def test_new_add_duplicate_and_edit(qtbot, editor, workshop):
    lib, _ = workshop
    e = editor
    e.new_agenda("Second")
    assert e.agenda.name == "Second" and e.items.count() == 0
    doc = next(r for r in lib.resources() if r.format == "pdf")
    e.add_item(doc.id)
    assert _order(e) == ["1. Guide"]
    f = e.form
    assert f.page_box.isVisible() and not f.clip_box.isVisible()
    f.page_from.setValue(2)
    f.page_to.setValue(4)
    f.points.setPlainText("- **Read** page 2")
    f.save()
    stored = AgendaStore(lib.db, lib.catalog).find("Second")
    assert stored.items[0].kind == ItemKind.PAGES
    assert (stored.items[0].page_from, stored.items[0].page_to) == (2, 4)
    assert stored.items[0].points == "- **Read** page 2"
    f.page_to.setValue(9)  # past the end: the spin box stops at the last page
    assert f.page_to.value() == 6
    e.duplicate_agenda()
    assert e.agenda.name == "Second (copy)" and e.agenda_list.count() == 3
    e.rename_agenda("Third")
    assert e.agenda.name == "Third"
    e.delete_agenda()
    assert e.agenda_list.count() == 2


def test_mark_in_and_out_while_watching(qtbot, editor, workshop):
    lib, agenda_id = workshop
    e = editor
    e.items.setCurrentRow(0)
    f = e.form
    assert f.preview.isVisible() and f.player is not None
    qtbot.waitUntil(lambda: f.player.duration() > 0)
    f.player.seek(0.5)
    qtbot.waitUntil(lambda: abs(f.player.position() - 0.5) < 0.05)
    f.mark_in()
    f.player.seek(3.0)
    qtbot.waitUntil(lambda: abs(f.player.position() - 3.0) < 0.05)
    f.mark_out()
    item = AgendaStore(lib.db, lib.catalog).get(agenda_id).items[0]
    assert item.kind == ItemKind.CLIP
    assert item.clip_in == pytest.approx(0.5, abs=0.05)
    assert item.clip_out == pytest.approx(3.0, abs=0.05)
    assert f.clip_in.text() == "0:00" and f.clip_out.text() == "0:03"
    f.clip_out.setText("0:00")  # out before in: refused, said, nothing saved
    f.save()
    assert "must come after" in f.error.text()
    assert AgendaStore(lib.db, lib.catalog).get(agenda_id).items[0].clip_out == pytest.approx(3.0, abs=0.05)


def test_import_reports_missing_in_the_editor(editor, tmp_path):
    e = editor
    p = tmp_path / "x.agenda.json"
    p.write_text(json.dumps({"format": "real-desktop-agenda", "version": 1, "name": "Shared",
                             "items": [{"resource_id": "zzz", "kind": "resource",
                                        "title": "A film"}]}), "utf-8")
    e.import_agenda(p)
    assert e.agenda.name == "Shared"
    assert "Not on this computer: A film." in e.message.text()


def test_present_request(qtbot, editor):
    with qtbot.waitSignal(editor.presentRequested) as sig:
        editor.present()
    assert sig.args == [editor.agenda.id]


def test_file_agendas_opens_the_editor_and_present_starts(qtbot, workshop, sync_tasks, tmp_path):
    from real_desktop.ui.main_window import MainWindow
    from real_desktop.ui.settings import AppSettings

    lib, agenda_id = workshop
    w = MainWindow(lib, sync_tasks, AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    act = w.window_actions["agenda.open_editor"]
    assert act in w.menuBar().actions()[0].menu().actions()
    act.trigger()
    editor = w._agenda_editor
    assert editor.isVisible() and editor.agenda.id == agenda_id
    editor.present()
    presenter = w._presenter
    assert presenter.isVisible() and presenter.audience.isVisible() and presenter.index == 0
    presenter.end()
    assert w._presenter is None
    editor.close()
