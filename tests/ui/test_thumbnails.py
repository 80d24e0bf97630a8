"""Thumbnails: PDF first pages and video frames made in the background, cached on disk,
recorded in the library; failures fall back to a placeholder and never raise."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

import real_desktop.ui.thumbnails as thumbs
from real_desktop.core.library import Library
from real_desktop.core.models import Kind, Resource, Status
from real_desktop.ui.thumbnails import ThumbnailCache, cache_name


def _pdf(path: Path, text: str = "Equity") -> Path:
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    p = QPainter(writer)
    p.setFont(QFont("DejaVu Sans", 40))
    p.fillRect(0, 0, 595, 120, QColor("black"))
    p.drawText(72, 300, text)
    p.end()
    return path


@pytest.fixture(scope="module")
def video(tmp_path_factory) -> Path:
    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg is needed to make the test video")
    out = tmp_path_factory.mktemp("media") / "talk.mp4"
    subprocess.run(
        [
            "ffmpeg",
            "-nostdin",
            "-loglevel",
            "error",
            "-f",
            "lavfi",
            "-i",
            "testsrc=duration=3:size=640x360:rate=25",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
            "-preset",
            "veryfast",
            "-movflags",
            "+faststart",
            str(out),
        ],
        check=True,
        timeout=60,
    )
    return out


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "home", seed=False)
    yield lib
    lib.close()


def _imported(library: Library, path: Path) -> Resource:
    summary = library.import_all([path])
    res = library.get(summary.results[0].resource_id)
    assert res is not None
    return res


def test_pdf_thumbnail_generated_cached_and_recorded(qtbot, library, sync_tasks, tmp_path):
    res = _imported(library, _pdf(tmp_path / "doc.pdf"))
    cache = ThumbnailCache(library, sync_tasks)
    with qtbot.waitSignal(cache.ready) as sig:
        first = cache.request(res)
    assert sig.args == [res.id]
    assert first.cacheKey() == cache.placeholder(Kind.DOCUMENT).cacheKey()
    pix = cache.request(res)
    assert pix.cacheKey() != first.cacheKey()
    img = pix.toImage()
    assert img.width() <= 320 and img.height() == 240  # A4 portrait fits the box by height
    assert img.pixelColor(img.width() // 2, 2).lightness() < 40  # the black band at the top
    assert img.pixelColor(img.width() // 2, img.height() - 3).lightness() > 240  # white paper
    dest = library.home / "thumbnails" / cache_name(res)
    assert dest.is_file() and dest.name.startswith(f"{res.id}-{res.sha256[:8]}")
    assert library.get(res.id).thumbnail == str(dest)


def test_disk_cache_is_used_by_a_new_session(qtbot, library, sync_tasks, tmp_path, monkeypatch):
    res = _imported(library, _pdf(tmp_path / "doc.pdf"))
    first = ThumbnailCache(library, sync_tasks)
    with qtbot.waitSignal(first.ready):
        first.request(res)

    def boom(path: str) -> None:
        raise AssertionError("the cached thumbnail should have been reused")

    monkeypatch.setattr(thumbs, "render_pdf_page", boom)
    again = ThumbnailCache(library, sync_tasks)
    with qtbot.waitSignal(again.ready):
        again.request(res)
    assert not again.cached(res.id).isNull()


def test_video_thumbnail_with_ffmpeg(qtbot, library, sync_tasks, video):
    res = _imported(library, video)
    assert res.kind is Kind.VIDEO
    cache = ThumbnailCache(library, sync_tasks, video_tool="ffmpeg")
    with qtbot.waitSignal(cache.ready):
        cache.request(res)
    img = cache.cached(res.id).toImage()
    assert (img.width(), img.height()) == (320, 180)
    # testsrc is colourful: a real frame, not a grey placeholder.
    colours = {img.pixelColor(x, 90).name() for x in range(0, 320, 20)}
    assert len(colours) > 4


@pytest.mark.vlc
def test_video_thumbnail_with_libvlc(qtbot, library, sync_tasks, video):
    vlc = pytest.importorskip("vlc")
    try:
        if vlc.Instance(["--quiet", "--vout=dummy", "--aout=dummy"]) is None:
            pytest.skip("libvlc plugins missing")
    except NameError:
        pytest.skip("libvlc missing")
    res = _imported(library, video)
    cache = ThumbnailCache(library, sync_tasks, video_tool="vlc")
    with qtbot.waitSignal(cache.ready, timeout=20000):
        cache.request(res)
    img = cache.cached(res.id).toImage()
    assert img.width() == 320 and img.height() > 100
    assert (library.home / "thumbnails" / cache_name(res)).is_file()


def test_failures_give_placeholders_and_never_raise(qtbot, library, sync_tasks, tmp_path):
    cache = ThumbnailCache(library, sync_tasks)
    ready: list[str] = []
    cache.ready.connect(ready.append)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n garbage")
    bad = Resource(id="bad", kind=Kind.DOCUMENT, title="Bad", path=str(broken), format="pdf")
    gone = Resource(
        id="gone",
        kind=Kind.VIDEO,
        title="Gone",
        path=str(tmp_path / "no.mp4"),
        format="mp4",
        status=Status.MISSING,
    )
    text = Resource(
        id="md", kind=Kind.DOCUMENT, title="Notes", path=str(tmp_path / "x.md"), format="md"
    )
    for res in (bad, gone, text):
        pix = cache.request(res)
        assert not pix.isNull()
    assert cache.request(gone).cacheKey() == cache.placeholder(Kind.VIDEO, missing=True).cacheKey()
    assert cache.request(bad).cacheKey() == cache.placeholder(Kind.DOCUMENT).cacheKey()
    assert ready == []
    assert not any((library.home / "thumbnails").glob("bad-*"))

    # An exception inside generation is contained too.
    def explode(*a, **k):
        raise RuntimeError("disk on fire")

    cache2 = ThumbnailCache(library, sync_tasks)
    ok_pdf = _pdf(tmp_path / "ok.pdf")
    res = Resource(id="ok", kind=Kind.DOCUMENT, title="OK", path=str(ok_pdf), format="pdf")
    original = thumbs.make_thumbnail
    thumbs.make_thumbnail = explode
    try:
        assert not cache2.request(res).isNull()
    finally:
        thumbs.make_thumbnail = original
    assert cache2.cached("ok") is None


def test_changed_file_gets_a_new_cache_name(tmp_path):
    res = Resource(id="r1", kind=Kind.DOCUMENT, title="T", sha256="ab" * 32)
    assert cache_name(res) == "r1-abababab.png"
    assert cache_name(res._replace(sha256="cd" * 32)) == "r1-cdcdcdcd.png"


def test_generation_runs_off_the_ui_thread(qtbot, library, tmp_path):
    """With the real thread pool: several PDFs render in workers, results arrive as signals."""
    from real_desktop.ui.tasks import TaskRunner

    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(4):
        _pdf(docs / f"doc{i}.pdf", f"Guide number {i}")
    library.import_all([docs])
    resources = library.resources()
    assert len(resources) == 4
    runner = TaskRunner()
    cache = ThumbnailCache(library, runner)
    ready: set[str] = set()
    cache.ready.connect(ready.add)
    try:
        for res in resources:
            assert not cache.request(res).isNull()  # never blocks: a placeholder at first
        qtbot.waitUntil(lambda: ready == {r.id for r in resources}, timeout=15000)
    finally:
        runner.shutdown()
    assert all(library.get(r.id).thumbnail for r in resources)


def test_markdown_gets_a_text_card(qtbot, library, sync_tasks, tmp_path):
    md = tmp_path / "guide.md"
    md.write_text(
        "# Community Conversations\n\n" + "Bring people together to listen. " * 40, encoding="utf-8"
    )
    res = _imported(library, md)
    cache = ThumbnailCache(library, sync_tasks)
    with qtbot.waitSignal(cache.ready):
        cache.request(res)
    img = cache.cached(res.id).toImage()
    assert (img.width(), img.height()) == (226, 320)
    assert img.pixelColor(2, 2).lightness() > 250  # white paper
    # Dark title text near the top, grey body text below it.
    top = [img.pixelColor(x, y).lightness() for x in range(18, 200) for y in range(18, 40)]
    assert min(top) < 100
    body = [img.pixelColor(x, y).lightness() for x in range(18, 200) for y in range(80, 200)]
    assert min(body) < 200
    assert (library.home / "thumbnails" / cache_name(res)).is_file()


def test_changed_file_replaces_its_old_thumbnail(qtbot, library, sync_tasks, tmp_path):
    res = _imported(library, _pdf(tmp_path / "doc.pdf", "First version"))
    cache = ThumbnailCache(library, sync_tasks)
    with qtbot.waitSignal(cache.ready):
        cache.request(res)
    folder = library.home / "thumbnails"
    neighbour = folder / f"{res.id}-b-12345678.png"  # another id that starts the same way
    neighbour.write_bytes(b"not touched")
    old = folder / cache_name(res)
    changed = res._replace(sha256="f" * 64)
    cache.forget(res.id)
    with qtbot.waitSignal(cache.ready):
        cache.request(changed)
    assert (folder / cache_name(changed)).is_file()
    assert not old.exists() and neighbour.exists()
