"""Importing real files: every format, updates, missing and moved files, bad input."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from core_fixtures import make_audio, make_video, srt, vtt, write_pdf
from hypothesis import given, settings
from hypothesis import strategies as st

from real_desktop.core.importing.extract import ExtractError, parse_captions
from real_desktop.core.library import Library
from real_desktop.core.models import Kind, LocationKind, Outcome, Status


def by_name(summary, name: str):  # type: ignore[no-untyped-def]
    found = [r for r in summary.results if Path(r.path).name == name]
    assert found, f"{name} not in {[r.path for r in summary.results]}"
    return found[0]


@pytest.fixture
def media_dir(files: Path) -> Path:
    make_video(files / "talk.mp4")
    (files / "talk.en.vtt").write_text(
        vtt(
            [
                (1.0, 4.0, "<v Ana>Welcome to the racial equity workshop</v>"),
                (65.5, 70.25, "Budgets are moral documents"),
            ]
        ),
        encoding="utf-8",
    )
    (files / "talk.es.srt").write_text(
        srt([(1.0, 4.0, "Bienvenidos al taller de equidad racial")]), encoding="utf-8"
    )
    make_audio(files / "podcast.wav")
    (files / "podcast.vtt").write_text(
        vtt([(0.0, 2.0, "Community conversations")]), encoding="utf-8"
    )
    return files


def test_imports_every_document_format(lib: Library, files: Path) -> None:
    write_pdf(
        files / "guide.pdf",
        ["Cover page", "The racial equity lens\nin budgets", "End"],
        title="Equity Guide",
    )
    (files / "notes.md").write_text(
        "# Leading Change\n\nIntro words.\n\n## Why a Lens?\n\nA lens helps *leaders* see.\n\n"
        "### Step one\n\nGather data.\n",
        encoding="utf-8",
    )
    (files / "page.html").write_text(
        "<html><head><title>Town Hall</title><script>var hidden = 'scriptword';</script>"
        "<style>.x{color:red}</style></head><body><h1>Town Hall</h1><p>Opening remarks.</p>"
        "<h2 id='q-and-a'>Questions</h2><p>Residents asked about transit.</p></body></html>",
        encoding="utf-8",
    )
    (files / "plain.txt").write_text("Just some café notes", encoding="utf-8")
    summary = lib.import_all([files])
    assert summary.count(Outcome.ADDED) == 4, summary.results
    assert summary.count(Outcome.FAILED) == 0

    pdf = lib.get(by_name(summary, "guide.pdf").resource_id)
    assert pdf is not None and pdf.title == "Equity Guide" and pdf.page_count == 3
    assert pdf.kind is Kind.DOCUMENT and pdf.format == "pdf" and pdf.sha256
    segs = lib.segments(pdf.id)
    assert [s.location.page for s in segs] == [1, 2, 3]
    assert "racial equity lens" in segs[1].text

    md = lib.get(by_name(summary, "notes.md").resource_id)
    assert md is not None and md.title == "Leading Change"
    anchors = [(s.location.anchor, s.location.section) for s in lib.segments(md.id)]
    assert anchors == [
        ("leading-change", "Leading Change"),
        ("why-a-lens", "Why a Lens?"),
        ("step-one", "Step one"),
    ]

    html = lib.get(by_name(summary, "page.html").resource_id)
    assert html is not None and html.title == "Town Hall"
    hsegs = lib.segments(html.id)
    assert [s.location.anchor for s in hsegs] == ["town-hall", "q-and-a"]
    assert "transit" in hsegs[1].text
    assert not lib.search("scriptword").hits  # script text is not content

    txt = lib.get(by_name(summary, "plain.txt").resource_id)
    assert txt is not None and lib.segments(txt.id)[0].location.kind is LocationKind.PAGE


def test_imports_media_with_sidecar_captions(lib: Library, media_dir: Path) -> None:
    summary = lib.import_all([media_dir])
    assert summary.count(Outcome.ADDED) == 2, summary.results
    talk = lib.get(by_name(summary, "talk.mp4").resource_id)
    assert talk is not None and talk.kind is Kind.VIDEO
    assert [(c.language, c.label) for c in talk.captions] == [("en", "English"), ("es", "Spanish")]
    assert talk.duration == pytest.approx(2.0, abs=0.3)  # the container's, never the last cue's end
    en = lib.segments(talk.id)
    assert [s.location.start for s in en] == [1.0, 65.5]
    assert en[0].text == "Welcome to the racial equity workshop"  # voice tags removed
    es = lib.segments(talk.id, track="es")
    assert es[0].text.startswith("Bienvenidos") and es[0].track == "es"

    audio = lib.get(by_name(summary, "podcast.wav").resource_id)
    assert audio is not None and audio.kind is Kind.AUDIO
    assert audio.captions[0].language is None
    lib.set_duration(audio.id, 1.0)
    assert lib.get(audio.id).duration == 1.0  # type: ignore[union-attr]


def test_reimport_skips_unchanged_and_updates_changed(lib: Library, files: Path) -> None:
    doc = files / "a.md"
    doc.write_text("# Alpha\n\nfirst version mentions zebras\n", encoding="utf-8")
    rid = lib.import_all([files]).results[0].resource_id
    again = lib.import_all([files])
    assert [(r.outcome, r.reason) for r in again.results] == [(Outcome.SKIPPED, "unchanged")]

    doc.write_text("# Alpha\n\nsecond version mentions giraffes, a longer text\n", encoding="utf-8")
    changed = lib.import_all([files])
    assert changed.results[0].outcome is Outcome.UPDATED
    assert changed.results[0].resource_id == rid  # same id
    assert lib.search("giraffes").hits[0].resource_id == rid
    assert not lib.search("zebras").hits
    assert lib.count() == 1


def test_new_caption_file_reimports_media(lib: Library, media_dir: Path) -> None:
    lib.import_all([media_dir])
    (media_dir / "talk.fr.vtt").write_text(vtt([(1, 2, "Bonjour")]), encoding="utf-8")
    res = by_name(lib.import_all([media_dir]), "talk.mp4")
    assert res.outcome is Outcome.UPDATED
    assert "fr" in [c.language for c in lib.get(res.resource_id).captions]  # type: ignore[union-attr]


def test_disappeared_file_is_marked_missing_not_deleted(lib: Library, files: Path) -> None:
    (files / "gone.txt").write_text("ephemeral words", encoding="utf-8")
    rid = lib.import_all([files]).results[0].resource_id
    (files / "gone.txt").unlink()
    summary = lib.import_all([files])
    assert [(r.outcome, r.resource_id) for r in summary.results] == [(Outcome.MISSING, rid)]
    res = lib.get(rid)
    assert res is not None and res.status is Status.MISSING and "not found" in res.status_reason
    assert lib.search("ephemeral").hits[0].status is Status.MISSING  # still findable


def test_moved_file_relinks_to_its_old_id(lib: Library, files: Path, tmp_path: Path) -> None:
    (files / "old").mkdir()
    write_pdf(files / "old" / "report.pdf", ["annual report about housing"])
    rid = lib.import_all([files]).results[0].resource_id
    lib.set_progress(rid, 1)
    new_home = tmp_path / "elsewhere"
    new_home.mkdir()
    shutil.move(files / "old" / "report.pdf", new_home / "renamed.pdf")
    summary = lib.import_all([new_home])
    assert summary.results[0].outcome is Outcome.UPDATED
    assert summary.results[0].resource_id == rid and "moved from" in summary.results[0].reason
    res = lib.get(rid)
    assert res is not None and res.path == str(new_home / "renamed.pdf") and res.status is Status.OK
    assert lib.progress(rid) == (1.0, False)  # history follows the id
    assert lib.count() == 1


def test_duplicate_contents_are_skipped(lib: Library, files: Path) -> None:
    (files / "one.txt").write_text("same bytes", encoding="utf-8")
    (files / "two.txt").write_text("same bytes", encoding="utf-8")
    summary = lib.import_all([files])
    assert sorted(r.outcome for r in summary.results) == [Outcome.ADDED, Outcome.SKIPPED]
    assert "same contents" in summary.of(Outcome.SKIPPED)[0].reason


def test_bad_files_get_reasons_and_never_stop_the_rest(lib: Library, files: Path) -> None:
    (files / "empty.pdf").write_bytes(b"")
    good = write_pdf(files / "good.pdf", ["perfectly readable page"])
    (files / "truncated.pdf").write_bytes(good.read_bytes()[:200])
    write_pdf(files / "locked.pdf", ["secret"], encrypt=True)
    (files / "text.pdf").write_text("I am plain text pretending to be a PDF", encoding="utf-8")
    (files / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00stuff")
    (files / "image.png").write_bytes(b"\x89PNG\r\n")
    (files / "orphan.vtt").write_text(vtt([(0, 1, "nobody owns me")]), encoding="utf-8")
    make_video(files / "clip.mp4", 1)
    (files / "clip.vtt").write_text("this is not a caption file at all", encoding="utf-8")
    os.close(os.open(os.path.join(os.fsencode(files), b"caf\xe9.txt"), os.O_CREAT | os.O_WRONLY))

    summary = lib.import_all([files])
    reasons = {Path(r.path).name: (r.outcome, r.reason) for r in summary.results}
    assert reasons["good.pdf"][0] is Outcome.ADDED
    assert reasons["empty.pdf"] == (Outcome.FAILED, "the file is empty (0 bytes)")
    assert (
        reasons["truncated.pdf"][0] is Outcome.FAILED and "damaged" in reasons["truncated.pdf"][1]
    )
    assert reasons["locked.pdf"] == (Outcome.FAILED, "the PDF is encrypted (password protected)")
    assert reasons["text.pdf"][0] is Outcome.FAILED and "not a PDF" in reasons["text.pdf"][1]
    assert "binary" in reasons["binary.txt"][1]
    assert reasons["image.png"] == (Outcome.SKIPPED, "unsupported file type (.png)")
    assert reasons["orphan.vtt"][0] is Outcome.SKIPPED
    assert reasons["clip.mp4"][0] is Outcome.ADDED  # the video is fine …
    assert reasons["clip.vtt"][0] is Outcome.FAILED  # … its captions are not
    bad_name = [r for r in summary.results if "caf" in r.path and r.path.endswith(".txt")]
    assert bad_name and "not valid UTF-8" in bad_name[0].reason
    failed = lib.resources(status=Status.FAILED)
    assert {r.path and Path(r.path).name for r in failed} >= {"empty.pdf", "locked.pdf", "text.pdf"}
    assert all(r.status_reason for r in failed)


def test_tolerant_caption_parsing(tmp_path: Path) -> None:
    # No WEBVTT header, comma decimals, a cue number, CRLF, no trailing blank line:
    # players accept this, the strict parser does not.
    messy = tmp_path / "messy.vtt"
    messy.write_bytes(
        b"1\r\n00:00:01,500 --> 00:00:03,000\r\nFirst line\r\n\r\n2\r\n00:00:04.000 --> "
        b"00:00:05.000 align:start\r\nSecond &amp; <i>last</i>"
    )
    assert parse_captions(messy) == [(1.5, 3.0, "First line"), (4.0, 5.0, "Second & last")]
    latin = tmp_path / "latin.srt"
    latin.write_bytes(b"1\n00:00:01,000 --> 00:00:02,000\nCaf\xe9 con leche\n")
    assert parse_captions(latin)[0][2] == "Café con leche"
    empty = tmp_path / "empty.vtt"
    empty.write_text("WEBVTT\n\n", encoding="utf-8")
    with pytest.raises(ExtractError):
        parse_captions(empty)


def test_import_streams_progress_and_cancel_keeps_library_consistent(
    lib: Library, files: Path
) -> None:
    for i in range(6):
        (files / f"doc{i}.md").write_text(f"# Doc {i}\n\nbody text number{i}\n", encoding="utf-8")
    cancel = threading.Event()
    events = []
    for ev in lib.import_paths([files], cancel=cancel):
        events.append(ev)
        if ev.result is not None:
            cancel.set()
    summary = events[-1].summary
    assert summary is not None and summary.cancelled
    assert events[0].total == 0  # the scanning event comes first
    assert 1 <= summary.count(Outcome.ADDED) < 6
    # Every stored resource is complete: metadata and its text.
    for r in lib.resources():
        assert lib.segments(r.id), r
    # Importing again finishes the job.
    rest = lib.import_all([files])
    assert lib.count() == 6 and not rest.cancelled


def test_hung_extractor_is_killed_and_replaced(lib: Library, files: Path) -> None:
    write_pdf(files / "hang.pdf", ["never read"])
    write_pdf(files / "fine.pdf", ["readable after the hang"])
    lib.extractor = "core_fixtures:slow_extract"
    lib.extract_timeout = 2
    lib.workers = 1  # the good file must wait for the replaced worker
    summary = lib.import_all([files])
    assert by_name(summary, "hang.pdf").outcome is Outcome.FAILED
    assert "took longer than" in by_name(summary, "hang.pdf").reason
    assert by_name(summary, "fine.pdf").outcome is Outcome.ADDED
    assert lib.search("readable").hits


def test_explicit_caption_path_imports_its_video(lib: Library, media_dir: Path) -> None:
    summary = lib.import_all([media_dir / "talk.es.srt"])
    assert [Path(r.path).name for r in summary.results] == ["talk.mp4"]
    assert len(lib.get(summary.results[0].resource_id).captions) == 2  # type: ignore[union-attr]


def test_nonexistent_path_fails_with_reason(lib: Library, tmp_path: Path) -> None:
    summary = lib.import_all([tmp_path / "nope"])
    assert [(r.outcome, r.reason) for r in summary.results] == [
        (Outcome.FAILED, "no such file or folder")
    ]


def test_remove_keeps_the_file(lib: Library, files: Path) -> None:
    f = files / "keep.txt"
    f.write_text("removable words", encoding="utf-8")
    rid = lib.import_all([files]).results[0].resource_id
    assert lib.remove(rid) and not lib.remove(rid)
    assert f.exists() and lib.get(rid) is None and not lib.search("removable").hits
    conn = sqlite3.connect(lib.path)
    assert conn.execute("SELECT COUNT(*) FROM segments").fetchone()[0] == 0
    conn.close()


def test_word_processor_pdf_titles_fall_back_to_the_file_name(lib: Library, files: Path) -> None:
    write_pdf(files / "city_budget_2024.pdf", ["numbers"], title="Microsoft Word - draft3.docx")
    rid = lib.import_all([files]).results[0].resource_id
    assert lib.get(rid).title == "city budget 2024"  # type: ignore[union-attr]


def test_crashing_extractor_fails_one_file_only(lib: Library, files: Path) -> None:
    for name in ("a.txt", "crash.txt", "b.txt", "c.txt"):
        (files / name).write_text(f"words in {name}", encoding="utf-8")
    lib.extractor = "core_fixtures:slow_extract"
    lib.workers = 1  # jobs queued behind the crash must be re-sent, not lost
    summary = lib.import_all([files])
    assert by_name(summary, "crash.txt").outcome is Outcome.FAILED
    assert "crashed" in by_name(summary, "crash.txt").reason
    assert summary.count(Outcome.ADDED) == 3


def test_import_from_a_background_thread(lib: Library, files: Path) -> None:
    (files / "t.md").write_text("# Threaded\n\nimported off the main thread\n", encoding="utf-8")
    out: list[object] = []
    t = threading.Thread(target=lambda: out.append(lib.import_all([files])))
    t.start()
    t.join()
    assert out and out[0].count(Outcome.ADDED) == 1  # type: ignore[attr-defined]
    assert lib.search("threaded").hits  # visible to the main thread's connection


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400) | st.text(alphabet="0123456789:.,->\n WEBVT<>&;abc").map(str.encode))
def test_caption_parser_only_fails_with_a_reason(data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "x.vtt"
        p.write_bytes(data)
        try:
            cues = parse_captions(p)
        except ExtractError as exc:
            assert str(exc)
            return
        assert cues and all(0 <= a <= b and text for a, b, text in cues)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        (
            "hls.vtt",  # HLS header, STYLE and NOTE blocks, cue ids, settings, inline timestamps
            b"WEBVTT\nX-TIMESTAMP-MAP=LOCAL:00:00:00.000,MPEGTS:0\n\nSTYLE\n::cue { color: red }\n\n"
            b"NOTE a comment\n\nintro\n00:00:01.000 --> 00:00:02.000 line:0 position:20%\n"
            b"<c.yellow>Hello</c> <00:00:01.500>there\n\n00:02.500 --> 00:03.000\nshort form\n",
            [(1.0, 2.0, "Hello there"), (2.5, 3.0, "short form")],
        ),
        (
            "bom.srt",  # UTF-8 BOM, <font> tags, ASS position codes
            b'\xef\xbb\xbf1\n00:00:01,000 --> 00:00:02,000\n<font color="red">Hola</font>\n\n'
            b"2\n00:00:03,000 --> 00:00:04,000\n{\\an8}arriba\n",
            [(1.0, 2.0, "Hola"), (3.0, 4.0, "arriba")],
        ),
        (
            "srt-named.vtt",  # an SRT file with a .vtt name: players play it
            b"1\n00:00:01,000 --> 00:00:02,000\nmislabelled\n",
            [(1.0, 2.0, "mislabelled")],
        ),
    ],
)
def test_real_world_caption_quirks(
    tmp_path: Path, name: str, data: bytes, expected: list[tuple[float, float, str]]
) -> None:
    (tmp_path / name).write_bytes(data)
    assert parse_captions(tmp_path / name) == expected


def test_pdf_without_text_is_kept_with_a_note(lib: Library, files: Path) -> None:
    write_pdf(files / "scan.pdf", ["", ""], title="Scanned Minutes")
    write_pdf(files / "renamed.txt", ["a PDF with the wrong extension"])
    summary = lib.import_all([files])
    scan = lib.get(by_name(summary, "scan.pdf").resource_id)
    assert scan is not None and scan.status is Status.OK and "no text found" in scan.status_reason
    assert lib.search("scanned minutes").hits[0].resource_id == scan.id
    wrong = by_name(summary, "renamed.txt")
    assert wrong.outcome is Outcome.FAILED and "is a PDF" in wrong.reason


def test_cancel_before_extraction_starts(lib: Library, files: Path) -> None:
    for i in range(3):
        (files / f"n{i}.txt").write_text(f"note {i}", encoding="utf-8")
    cancel = threading.Event()
    events = []
    for ev in lib.import_paths([files], cancel=cancel):
        events.append(ev)
        if ev.total:  # the "scanned" event: cancel at once
            cancel.set()
    summary = events[-1].summary
    assert summary is not None and summary.cancelled and summary.results == []
    assert lib.count() == 0


def test_a_file_that_cannot_be_saved_fails_alone_and_leaves_no_trace(
    lib: Library, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("ok1.txt", "poison.txt", "ok2.txt"):
        (files / name).write_text(f"content of {name}", encoding="utf-8")
    real = lib.index.write_content

    def flaky(conn, resource_id, segments):  # type: ignore[no-untyped-def]
        real(conn, resource_id, segments)  # half-written when the error hits
        if any("poison" in seg[-1] for seg in segments):
            raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(lib.index, "write_content", flaky)
    summary = lib.import_all([files])
    assert by_name(summary, "poison.txt").outcome is Outcome.FAILED
    assert "disk is full" in by_name(summary, "poison.txt").reason
    assert summary.count(Outcome.ADDED) == 2
    assert lib.by_path(files / "poison.txt") is None  # rolled back: no row, no text
    assert not lib.search("poison").hits and lib.search("ok1").hits


def test_batched_writes_keep_each_file_whole(
    lib: Library, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from real_desktop.core.importing import pipeline

    monkeypatch.setattr(pipeline, "BATCH_FILES", 64)
    for i in range(10):
        (files / f"b{i}.md").write_text(f"# B{i}\n\nbatched words{i}\n", encoding="utf-8")
    events = list(lib.import_paths([files]))
    summary = events[-1].summary
    assert summary is not None and summary.count(Outcome.ADDED) == 10
    assert len([e for e in events if e.result is not None]) == 10  # still an event per file
    assert all(lib.segments(r.id) for r in lib.resources())
