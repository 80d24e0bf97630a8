"""Agendas in a real library: items, validation against resources, order, sharing."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from core_fixtures import make_video, write_pdf  # noqa: E402

from real_desktop.core.agendas.model import AgendaError, ItemKind, parse_clock, parse_pages
from real_desktop.core.agendas.share import (
    FORMAT,
    VERSION,
    export_file,
    from_data,
    import_file,
    to_data,
)
from real_desktop.core.agendas.store import AgendaStore
from real_desktop.core.library import Library
from real_desktop.core.models import Kind


@pytest.fixture
def ids(lib: Library, files: Path) -> dict[str, str]:
    write_pdf(files / "guide.pdf", [f"Page {n} text" for n in range(1, 7)], title="Guide")
    make_video(files / "talk.mp4", seconds=4)
    lib.import_all([files])
    by_kind = {r.kind: r.id for r in lib.resources()}
    return {"doc": by_kind[Kind.DOCUMENT], "video": by_kind[Kind.VIDEO]}


@pytest.fixture
def store(lib: Library) -> AgendaStore:
    return AgendaStore(lib.db, lib.catalog)


def test_parsers():
    assert parse_clock("1:05") == 65.0
    assert parse_clock("0:00") == 0.0
    assert parse_clock("1:02:03") == 3723.0
    assert parse_pages("3-5") == (3, 5)
    assert parse_pages("4") == (4, 4)
    assert parse_pages("2–9") == (2, 9)
    for bad in ("5-3", "0-2", "a-b", "1-2-3", ""):
        with pytest.raises(AgendaError):
            parse_pages(bad)
    with pytest.raises(AgendaError):
        parse_clock("soon")


def test_items_kinds_and_total(store, ids):
    a = store.create("  Budget   workshop ")
    assert a.name == "Budget workshop"
    clip = store.add_item(a.id, ids["video"], clip=(1.0, 2.5), points="- say hi", minutes=5)
    pages = store.add_item(a.id, ids["doc"], pages=(2, 4), minutes=10)
    whole = store.add_item(a.id, ids["doc"], questions="Why?")
    got = store.find("budget WORKSHOP")
    assert [i.id for i in got.items] == [clip.id, pages.id, whole.id]
    assert [i.kind for i in got.items] == [ItemKind.CLIP, ItemKind.PAGES, ItemKind.RESOURCE]
    assert (got.items[0].clip_in, got.items[0].clip_out) == (1.0, 2.5)
    assert (got.items[1].page_from, got.items[1].page_to) == (2, 4)
    assert got.items[1].label == "Guide"
    assert got.total_minutes() == 15
    assert got.items[0].span_text() == "0:01–0:02" and got.items[1].span_text() == "pages 2–4"


@pytest.mark.parametrize(
    ("which", "kwargs", "message"),
    [
        ("doc", {"clip": (0.0, 1.0)}, "is a document"),
        ("video", {"pages": (1, 2)}, "is a recording"),
        ("doc", {"pages": (5, 9)}, "has 6 pages"),
        ("video", {"clip": (2.0, 1.0)}, "must come after"),
        ("video", {"clip": (30.0, 40.0)}, "past the end"),
    ],
)
def test_items_that_do_not_fit_are_refused(store, ids, which, kwargs, message):
    a = store.create("W")
    with pytest.raises(AgendaError, match=message):
        store.add_item(a.id, ids[which], **kwargs)
    assert store.get(a.id).items == ()


def test_unknown_resource_and_duplicate_name(store, ids):
    a = store.create("W")
    with pytest.raises(AgendaError, match="no resource"):
        store.add_item(a.id, "nope")
    with pytest.raises(AgendaError, match="already"):
        store.create("w")
    with pytest.raises(AgendaError, match="no agenda"):
        store.find("other")


def test_reorder_move_and_remove_keep_positions_dense(store, ids, lib):
    a = store.create("W")
    items = [store.add_item(a.id, ids["doc"], pages=(n, n)) for n in range(1, 5)]
    order = store.move_item(a.id, items[0].id, 2)
    assert order == [items[1].id, items[2].id, items[0].id, items[3].id]
    store.move_item(a.id, items[3].id, -5)  # clamped to the top
    assert [i.page_from for i in store.get(a.id).items] == [4, 2, 3, 1]
    store.reorder(a.id, [i.id for i in items])
    assert [i.page_from for i in store.get(a.id).items] == [1, 2, 3, 4]
    with pytest.raises(AgendaError, match="changed meanwhile"):
        store.reorder(a.id, [items[0].id])
    assert store.remove_item(a.id, items[1].id)
    positions = [
        r[0]
        for r in lib.db.connection().execute(
            "SELECT position FROM agenda_items WHERE agenda_id = ? ORDER BY position", (a.id,)
        )
    ]
    assert positions == [0, 1, 2]
    inserted = store.add_item(a.id, ids["video"], position=0)
    assert store.get(a.id).items[0].id == inserted.id


def test_duplicate_is_independent(store, ids):
    a = store.create("W")
    store.add_item(a.id, ids["video"], clip=(0.5, 1.5), points="x")
    copy = store.duplicate(a.id)
    assert copy.name == "W (copy)" and copy.id != a.id
    assert store.duplicate(a.id).name == "W (copy) 2"
    assert copy.items[0].id != store.get(a.id).items[0].id
    store.update_item(copy.id, copy.items[0].with_changes(points="changed"))
    assert store.get(a.id).items[0].points == "x"
    assert store.delete(a.id)
    assert store.get(copy.id).items[0].points == "changed"


def test_schema_refuses_a_bad_clip_row(lib, store, ids):
    a = store.create("W")
    with pytest.raises(sqlite3.IntegrityError), lib.db.write() as conn:
        conn.execute(
            "INSERT INTO agenda_items (id, agenda_id, position, resource_id, kind, clip_in, "
            "clip_out) VALUES ('x', ?, 0, 'r', 'clip', 5, 2)",
            (a.id,),
        )


def test_export_import_round_trip_reports_missing(store, ids, tmp_path):
    a = store.create("Trainers' day", description="Morning")
    store.add_item(a.id, ids["video"], clip=(1.0, 3.0), points="**Open**", minutes=4)
    store.add_item(a.id, ids["doc"], pages=(2, 3), questions="1. What?", minutes=6)
    out = export_file(store.get(a.id), tmp_path / "day.agenda.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT and data["version"] == VERSION
    assert data["items"][0] == {
        "resource_id": ids["video"], "kind": "clip", "clip": {"in": 1.0, "out": 3.0},
        "title": "talk", "points": "**Open**", "questions": "", "minutes": 4.0,
    }
    # Another computer: it has the guide, but not the video.
    other = Library.open(tmp_path / "other", seed=False)
    try:
        (tmp_path / "o").mkdir()
        write_pdf(tmp_path / "o" / "guide.pdf", [f"Page {n}" for n in range(1, 7)], title="Guide")
        other.import_all([tmp_path / "o"])
        doc_there = other.resources()[0].id
        data["items"][1]["resource_id"] = doc_there  # stand-in for the same stable id
        (tmp_path / "day2.agenda.json").write_text(json.dumps(data), encoding="utf-8")
        there = AgendaStore(other.db, other.catalog)
        report = import_file(there, tmp_path / "day2.agenda.json")
        assert report.agenda.name == "Trainers' day" and not report.renamed
        assert [i.resource_id for i in report.missing] == [ids["video"]]
        assert report.missing[0].label == "talk"
        assert [i.kind for i in report.agenda.items] == [ItemKind.CLIP, ItemKind.PAGES]
        assert report.agenda.items[1].questions == "1. What?"
        assert report.agenda.total_minutes() == 10
        again = import_file(there, tmp_path / "day2.agenda.json")
        assert again.renamed and again.agenda.name == "Trainers' day 2"
    finally:
        other.close()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"format": "x"}, "not a REAL Desktop agenda"),
        ({"format": FORMAT, "version": VERSION + 1, "name": "n"}, "newer"),
        ({"format": FORMAT, "version": 1, "name": ""}, "no name"),
        ({"format": FORMAT, "version": 1, "name": "n", "items": [{"kind": "clip"}]}, "resource_id"),
        (
            {"format": FORMAT, "version": 1, "name": "n",
             "items": [{"resource_id": "r", "kind": "clip", "clip": {"in": 3, "out": 1}}]},
            "item 1",
        ),
        (
            {"format": FORMAT, "version": 1, "name": "n",
             "items": [{"resource_id": "r", "kind": "pages", "pages": {"from": "a"}}]},
            "must be a number",
        ),
    ],
)
def test_bad_files_are_refused_clearly(data, message):
    with pytest.raises(AgendaError, match=message):
        from_data(data)


def test_bad_file_on_disk_changes_nothing(store, tmp_path):
    p = tmp_path / "x.json"
    p.write_text("{not json", encoding="utf-8")
    with pytest.raises(AgendaError, match="not valid JSON"):
        import_file(store, p)
    assert store.list() == []


def test_to_data_from_data_round_trip(store, ids):
    a = store.create("W")
    store.add_item(a.id, ids["doc"], pages=(1, 2), points="p", minutes=1.5)
    name, desc, items = from_data(json.loads(json.dumps(to_data(store.get(a.id)))))
    assert name == "W" and items[0].page_to == 2 and items[0].minutes == 1.5
