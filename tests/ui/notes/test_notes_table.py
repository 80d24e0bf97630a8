"""The all-notes table model: sorting every row and fetching them in batches."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt

from real_desktop.core.models import Location, LocationKind
from real_desktop.core.notes import Note
from real_desktop.ui.notes.notes_table import BATCH, NoteRow, NotesTableModel, local_time


def _row(i: int, title: str, *, in_library: bool = True) -> NoteRow:
    note = Note(
        id=f"n{i}", resource_id="r", location=Location(LocationKind.PAGE, page=i + 1),
        body=f"note {i}", updated_at=f"2026-01-01T00:00:{i % 60:02d}Z",
    )  # fmt: skip
    return NoteRow(note, title, in_library, None)


def test_rows_come_in_batches_and_sort_all_of_them(qtbot) -> None:
    m = NotesTableModel()
    rows = [_row(i, f"T{i:04d}") for i in range(BATCH + 50)]
    m.set_rows(rows)
    assert m.total == BATCH + 50 and m.rowCount() == BATCH
    assert m.canFetchMore(QModelIndex())
    m.fetchMore(QModelIndex())
    assert m.rowCount() == BATCH + 50 and not m.canFetchMore(QModelIndex())
    m.sort(0, Qt.SortOrder.AscendingOrder)
    assert m.rowCount() == BATCH  # re-fetched from the top
    assert m.data(m.index(0, 0)) == "T0000" and m.data(m.index(0, 1)) == "p. 1"


def test_a_note_whose_resource_is_gone_says_so(qtbot) -> None:
    m = NotesTableModel()
    m.set_rows([_row(0, "Old talk", in_library=False)])
    assert m.data(m.index(0, 0)) == "Old talk (resource not in this library)"
    assert m.data(m.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None


def test_local_time_keeps_what_it_cannot_read() -> None:
    assert local_time("not a time") == "not a time"
    # The language's own short format (English: M/d/yy h:mm AM/PM; see ui/i18n.py).
    assert re.fullmatch(r"3/[34]/26 \d{1,2}:06\s[AP]M", local_time("2026-03-04T05:06:07Z"))
