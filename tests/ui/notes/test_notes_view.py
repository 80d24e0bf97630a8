"""NotesView and the export dialog, offscreen, on a real SQLite file."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from real_desktop.core.library import Library
from real_desktop.core.models import Location, LocationKind
from real_desktop.core.notes import NoteStore
from real_desktop.ui.notes.export_dialog import ExportDialog
from real_desktop.ui.notes.notes_table import BATCH
from real_desktop.ui.notes.notes_view import NotesView

pytestmark = pytest.mark.gui


def column(view: NotesView, col: int) -> list[str]:
    return [view.model.index(r, col).data() for r in range(view.model.rowCount())]


@pytest.fixture
def filled(store: NoteStore) -> dict[str, Any]:
    return {
        "talk": store.create(
            "vid",
            Location(LocationKind.TIME, start=754),
            body="Ask about **youth** programs",
            tags=["youth"],
        ),
        "page": store.create(
            "pdf",
            Location(LocationKind.PAGE, page=7),
            body="Parks budget",
            quote="racial equity lens",
            tags=["budget"],
        ),
        "guide": store.create(
            "guide",
            Location(LocationKind.SECTION, anchor="ground-rules", section="Ground rules"),
            body="Print for the room",
            tags=["budget", "room"],
        ),
    }


@pytest.fixture
def view(qtbot: Any, store: NoteStore, library: Library, sync_tasks: Any) -> NotesView:
    v = NotesView(store, library, sync_tasks)
    qtbot.addWidget(v)
    v.resize(1100, 600)
    v.show()
    return v


def test_empty_state_when_there_are_no_notes(view: NotesView) -> None:
    assert view.stack.currentWidget() is view.empty
    assert "No notes yet" in view.empty.text()
    assert not view.open_button.isEnabled()


def test_lists_every_note_and_filters(
    view: NotesView, filled: dict[str, Any], store: NoteStore
) -> None:
    view.reload_filters()
    view.refresh()
    assert view.model.rowCount() == 3
    assert set(column(view, 1)) == {"12:34", "p. 7", "§ Ground rules"}
    assert view.status.text() == "3 notes"

    view.set_filters(collection="Leadership for Racial Equity")
    assert set(column(view, 0)) == {
        "Undoing Racism in America's Cities",
        "Budgeting with an Equity Lens",
    }
    view.set_filters(tag="budget")
    assert set(column(view, 1)) == {"p. 7", "§ Ground rules"}
    view.set_filters(resource_id="vid")
    assert column(view, 2) == ["Ask about youth programs"]  # Markdown marks stripped in the table
    view.set_filters()
    view.search.setText("ROOM")
    view.refresh()  # the text filter is debounced; refresh() is what the timer calls
    assert column(view, 1) == ["§ Ground rules"]
    view.search.clear()
    view.date_combo.setCurrentIndex(view.date_combo.findData(1))  # today: all were just written
    assert view.model.rowCount() == 3
    # a filter that matches nothing says so
    view.search.setText("no such words")
    view.refresh()
    assert view.stack.currentWidget() is view.empty and "No notes match" in view.empty.text()


def test_open_a_note_emits_resource_and_anchor(
    qtbot: Any, view: NotesView, filled: dict[str, Any]
) -> None:
    view.refresh()
    row = next(r for r in range(view.model.rowCount()) if view.model.index(r, 1).data() == "p. 7")
    view.table.setCurrentIndex(view.model.index(row, 0))
    assert "racial equity lens" in view.preview.toPlainText()
    view.table.setFocus()
    with qtbot.waitSignal(view.openRequested) as sig:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    rid, loc = sig.args
    assert (
        rid == "pdf"
        and loc.kind is LocationKind.PAGE
        and loc.page == 7
        and loc.note_id == filled["page"].id
    )


def test_trash_restore_and_empty_trash(
    view: NotesView, filled: dict[str, Any], store: NoteStore
) -> None:
    view.refresh()
    view.table.selectRow(0)
    victim = view.current_note()
    view.delete_button.click()
    assert store.get(victim.id).deleted
    assert view.model.rowCount() == 2 and view.status.text() == "Moved to the trash."
    view.trash_button.setChecked(True)
    assert view.model.rowCount() == 1 and view.current_note().id == victim.id
    assert view.restore_button.isVisibleTo(view) and not view.delete_button.isVisibleTo(view)
    view.restore_button.click()
    assert not store.get(victim.id).deleted and view.model.rowCount() == 0
    assert view.empty.text() == "The trash is empty."
    store.delete(victim.id)
    view.refresh()
    view.empty_trash_button.click()
    assert store.get(victim.id) is None


def test_note_of_a_resource_not_in_the_library_is_listed_not_opened(
    qtbot: Any, view: NotesView, store: NoteStore, library: Library
) -> None:
    note = store.create("guide", None, body="kept")
    assert library.remove("guide")  # the resource left this library; the note stays
    view.refresh()
    assert column(view, 0) == ["Community Conversations Guide (resource not in this library)"]
    view.table.selectRow(0)
    assert not view.open_button.isEnabled()
    with qtbot.assertNotEmitted(view.openRequested):
        view.open_selected()
    assert "not in this library" in view.status.text()
    assert store.get(note.id) is not None


def test_import_json_and_bad_file(
    view: NotesView, store: NoteStore, filled: dict[str, Any], tmp_path: Path
) -> None:
    good = tmp_path / "notes.json"
    good.write_text(json.dumps(store.export_json()), encoding="utf-8")
    view.import_file(good)
    assert view.status.text() == "Imported: 0 added, 0 updated, 3 unchanged."
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", encoding="utf-8")
    view.import_file(bad)
    assert view.status.text().startswith("Nothing imported: not valid JSON")
    assert store.count() == 3


def test_rows_are_fetched_lazily(view: NotesView, store: NoteStore) -> None:
    for i in range(BATCH * 2 + 50):
        store.create("vid", Location(LocationKind.TIME, start=i), body=f"n{i}")
    view.refresh()
    assert view.model.total == BATCH * 2 + 50
    assert view.model.rowCount() == BATCH
    assert view.model.canFetchMore(QModelIndex())
    view.model.fetchMore(QModelIndex())
    assert view.model.rowCount() == BATCH * 2
    view.table.scrollToBottom()
    view.model.fetchMore(QModelIndex())
    assert view.model.rowCount() == BATCH * 2 + 50 and not view.model.canFetchMore(QModelIndex())


# -- export dialog -------------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot: Any, store: NoteStore, library: Library, sync_tasks: Any) -> ExportDialog:
    d = ExportDialog(store, sync_tasks, resource_id="pdf", library=library)
    qtbot.addWidget(d)
    return d


def test_export_markdown_of_one_resource(
    dialog: ExportDialog, store: NoteStore, filled: dict[str, Any], tmp_path: Path
) -> None:
    assert dialog.scope() == {"resource_id": "pdf"}
    dialog.set_format("md")
    out = tmp_path / "pdf.md"
    dialog.export_to(out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Notes: Budgeting with an Equity Lens")
    assert "### p. 7" in text and "> racial equity lens" in text and "12:34" not in text
    assert "Exported 1 note to" in dialog.status.text()


def test_export_html_of_a_collection_and_json_of_everything(
    dialog: ExportDialog, store: NoteStore, filled: dict[str, Any], tmp_path: Path
) -> None:
    dialog.scope_collection.setChecked(True)
    dialog.collection_combo.setCurrentIndex(
        dialog.collection_combo.findData("Leadership for Racial Equity")
    )
    dialog.set_format("html")
    dialog.export_to(tmp_path / "c.html")
    html = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert "<h3>12:34</h3>" in html and "<h3>p. 7</h3>" in html and "Ground rules" not in html

    dialog.scope_all.setChecked(True)
    dialog.set_format("json")
    dialog.export_to(tmp_path / "all.json")
    laptop = Library.open(tmp_path / "laptop", seed=False)
    other = NoteStore(laptop)
    assert tuple(other.import_json(tmp_path / "all.json")) == (3, 0, 0)
    other.close()
    laptop.close()

    dialog.set_format("md-files")
    dialog.export_to(tmp_path / "per-resource")
    assert len(list((tmp_path / "per-resource").glob("*.md"))) == 3


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_export_pdf_reads_back_with_pdftotext(
    dialog: ExportDialog, filled: dict[str, Any], tmp_path: Path
) -> None:
    dialog.scope_all.setChecked(True)
    dialog.set_format("pdf")
    out = tmp_path / "notes.pdf"
    dialog.export_to(out)
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "REAL Desktop notes",
        "Undoing Racism in America's Cities",
        "12:34",
        "p. 7",
        "racial equity lens",
        "§ Ground rules",
        "Ask about youth programs",
    ):
        assert expected in text, expected


def test_export_to_an_unwritable_place_says_why(
    dialog: ExportDialog, filled: dict[str, Any], tmp_path: Path
) -> None:
    dialog.set_format("md")
    dialog.export_to(tmp_path / "no" / "such" / "dir" / "x.md")
    assert dialog.status.text().startswith("Could not export:")
    assert dialog.export_button.isEnabled()


def test_changed_column_is_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from real_desktop.ui.notes.notes_table import local_time

    monkeypatch.setenv("TZ", "America/Chicago")
    time.tzset()
    try:
        assert local_time("2026-07-04T17:30:00.000000Z") == "7/4/26 12:30\u202fPM"  # en_US
        assert local_time("garbage") == "garbage"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_print_sends_the_scope_as_html(
    dialog: ExportDialog, filled: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from real_desktop.ui.notes import export_dialog as mod

    printed: list[str] = []
    monkeypatch.setattr(
        mod, "print_html", lambda html, parent=None, policy=None: printed.append(html) or True
    )
    dialog.print_button.click()
    (html,) = printed
    assert "<h1>Notes: Budgeting with an Equity Lens</h1>" in html and "racial equity lens" in html
    assert "12:34" not in html


def test_export_from_the_notes_view_uses_its_filters(
    view: NotesView, filled: dict[str, Any], qtbot: Any
) -> None:
    view.reload_filters()
    view.set_filters(collection="Community Conversations on Race")
    dialog = view.export_dialog()
    qtbot.addWidget(dialog)
    assert dialog.scope() == {"collection": "Community Conversations on Race"}
    view.set_filters(resource_id="vid")
    dialog2 = view.export_dialog()
    qtbot.addWidget(dialog2)
    assert dialog2.scope() == {"resource_id": "vid"}
    assert "Undoing Racism" in dialog2.scope_resource.text()


def test_header_click_sorts_all_rows(view: NotesView, store: NoteStore) -> None:
    for i in range(BATCH + 20):
        store.create("pdf", Location(LocationKind.PAGE, page=i + 1), body=f"n{i:03d}")
    view.refresh()
    assert view.model.index(0, 2).data() == f"n{BATCH + 19:03d}"  # newest first by default
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert view.model.index(0, 1).data() == "p. 1"
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    # the last page was not fetched yet under the old order: sorting covers every row
    assert view.model.index(0, 1).data() == f"p. {BATCH + 20}"
    assert view.model.rowCount() == BATCH
    view.refresh()  # new data keeps the chosen order
    assert view.model.index(0, 1).data() == f"p. {BATCH + 20}"


def test_coming_back_to_the_view_shows_notes_written_meanwhile(
    view: NotesView, store: NoteStore
) -> None:
    view.refresh()
    assert view.model.rowCount() == 0
    view.hide()
    store.create("vid", Location(LocationKind.TIME, start=1), body="written in the side panel")
    view.show()
    assert column(view, 2) == ["written in the side panel"]
