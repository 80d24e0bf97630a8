"""Browsing, history/resume, metadata, relink and a thread-safety smoke test."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from core_fixtures import write_pdf

from real_desktop.core.library import Library
from real_desktop.core.models import Kind, Status


@pytest.fixture
def three(lib: Library, files: Path) -> dict[str, str]:
    write_pdf(files / "b.pdf", ["one", "two", "three"], title="Bravo")
    (files / "a.md").write_text("# Alpha\n\ntext\n", encoding="utf-8")
    (files / "c.txt").write_text("charlie text", encoding="utf-8")
    summary = lib.import_all([files])
    ids = {Path(r.path).stem: r.resource_id for r in summary.results}
    lib.update_metadata(ids["a"], collection="Guides", tags=["budgets", "equity"], language="en")
    lib.update_metadata(ids["b"], collection="Guides", tags=["budgets"])
    return ids  # type: ignore[return-value]


def test_browse_filters_sorting_and_counts(lib: Library, three: dict[str, str]) -> None:
    assert [r.title for r in lib.resources()] == ["Alpha", "Bravo", "c"]
    assert [r.title for r in lib.resources(sort="title", descending=True)] == [
        "c",
        "Bravo",
        "Alpha",
    ]
    assert [r.title for r in lib.resources(sort="length", descending=True)][0] == "Bravo"
    assert [r.title for r in lib.resources(tag="budgets")] == ["Alpha", "Bravo"]
    assert lib.count(collection="Guides") == 2 and lib.count(kind=Kind.VIDEO) == 0
    assert lib.count(status=Status.OK) == 3
    assert [r.title for r in lib.resources(limit=1, offset=1)] == ["Bravo"]
    assert [r.id for r in lib.resources(ids=[three["c"]])] == [three["c"]]
    assert lib.resources(ids=[]) == []
    assert lib.collections() == [("Guides", 2)]
    assert lib.tags() == [("budgets", 2), ("equity", 1)]
    assert lib.languages() == [("en", 1)]
    with pytest.raises(ValueError):
        lib.resources(sort="bogus")


def test_metadata_edits_are_searchable_and_survive_reimport(
    lib: Library, three: dict[str, str], files: Path
) -> None:
    lib.update_metadata(three["c"], title="Charlie Renamed", people=["Leon T. Andrews, Jr."])
    assert lib.search("andrews").hits[0].resource_id == three["c"]
    (files / "c.txt").write_text("charlie text, now longer", encoding="utf-8")
    lib.import_all([files])
    assert lib.get(three["c"]).title == "Charlie Renamed"  # type: ignore[union-attr]


def test_history_and_resume(lib: Library, three: dict[str, str]) -> None:
    a, b, c = three["a"], three["b"], three["c"]
    assert lib.progress(a) is None
    lib.mark_opened(a)
    lib.mark_opened(b)
    lib.mark_opened(c)
    assert [r.id for r in lib.recently_opened()] == [c, b, a]
    assert lib.progress(a) == (0.0, False)
    lib.set_progress(b, 2)
    lib.set_progress(a, 1)
    lib.set_progress(c, 1, finished=True)
    assert [(r.id, pos, fin) for r, pos, fin in lib.in_progress()] == [
        (a, 1.0, False),
        (b, 2.0, False),
    ]
    assert [r.id for r in lib.resources(sort="opened_at", descending=True)] == [c, b, a]


def test_thumbnail_and_duration(lib: Library, three: dict[str, str]) -> None:
    lib.set_thumbnail(three["b"], "/tmp/thumb.png")
    assert lib.get(three["b"]).thumbnail == "/tmp/thumb.png"  # type: ignore[union-attr]
    lib.set_duration(three["b"], 12.0)  # documents have no duration
    assert lib.get(three["b"]).duration is None  # type: ignore[union-attr]


def test_relink_errors_are_readable(lib: Library, three: dict[str, str], tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no resource"):
        lib.relink("nope", tmp_path)
    with pytest.raises(ValueError, match="not a file"):
        lib.relink(three["a"], tmp_path / "absent.md")
    (tmp_path / "x.xyz").write_text("?", encoding="utf-8")
    with pytest.raises(ValueError, match="unsupported"):
        lib.relink(three["a"], tmp_path / "x.xyz")
    (tmp_path / "v.mp4").write_bytes(b"\0" * 10)
    with pytest.raises(ValueError, match="video file"):
        lib.relink(three["a"], tmp_path / "v.mp4")


def test_threads_read_while_one_writes(lib: Library, three: dict[str, str], files: Path) -> None:
    errors: list[BaseException] = []
    stop = threading.Event()

    def reader() -> None:
        try:
            while not stop.is_set():
                assert lib.search("text").hits
                assert lib.count() >= 3
                lib.resources(sort="opened_at")
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        for i in range(30):
            lib.set_progress(three["a"], float(i))
            lib.mark_opened(three["b"])
        for i in range(5):
            (files / f"new{i}.txt").write_text(f"text number {i}", encoding="utf-8")
        lib.import_all([files])
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert errors == []
    assert lib.count() == 8 and lib.progress(three["a"]) == (29.0, False)


def test_check_files_marks_missing_and_found_again(
    lib: Library, three: dict[str, str], files: Path, tmp_path: Path
) -> None:
    src = files / "c.txt"
    src.rename(tmp_path / "aside.txt")
    assert lib.check_files() == [(three["c"], Status.MISSING)]
    assert "not found" in lib.get(three["c"]).status_reason  # type: ignore[union-attr]
    assert lib.check_files() == []  # nothing new
    (tmp_path / "aside.txt").rename(src)  # rename keeps size and mtime
    assert lib.check_files() == [(three["c"], Status.OK)]
    assert lib.get(three["c"]).status is Status.OK  # type: ignore[union-attr]
