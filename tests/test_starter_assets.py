"""The bundled starter library: catalog, guides, PDF, demo video + captions, app icon.

These check the committed files themselves (what the app seeds on first run), with real
tools: ffprobe/ffmpeg for the video, webvtt-py for captions, pypdfium2 for the PDF.
"""

from __future__ import annotations

import array
import importlib.util
import json
import math
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pypdfium2
import pytest
import webvtt

ROOT = Path(__file__).resolve().parents[1]
CATALOG = ROOT / "assets" / "starter" / "catalog.json"
GUIDES = ROOT / "assets" / "starter" / "guides"
DEMO = ROOT / "media" / "demo" / "real-desktop-tour.mp4"
DEMO_VTT = {lang: DEMO.with_name(f"real-desktop-tour.{lang}.vtt") for lang in ("en", "es")}
ICON_SVG = ROOT / "assets" / "icons" / "real-desktop.svg"
ICON_PNG = ROOT / "assets" / "icons" / "real-desktop.png"

PROGRAMS = (
    "Leadership for Racial Equity",
    "Boys and Men of Color",
    "Community Conversations on Race",
)
# Exactly as in /work/shared/REAL-facts.md (the source spells the second "Cities Leaders").
RECORDED_TITLES = (
    "Undoing Racism in America's Cities",
    "Cities Leaders United to Promote Black Male Achievement",
    "Youth of Color Matter: Reducing Inequalities Through Positive Youth Development",
)
KEYS = {
    "id", "kind", "title", "description", "collection", "tags", "people", "language", "date",
    "file", "captions",
}  # fmt: skip


@pytest.fixture(scope="module")
def catalog() -> dict[str, Any]:
    return json.loads(CATALOG.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def entries(catalog: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in catalog["resources"]}


@pytest.fixture(scope="module")
def probe() -> dict[str, Any]:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json", str(DEMO)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out)


def seconds(ts: webvtt.models.Timestamp) -> float:
    # webvtt-py 0.6's Caption.start_in_seconds is a whole number of seconds: use milliseconds.
    return ts.in_milliseconds() / 1000


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


# -- catalog ---------------------------------------------------------------------------------


def test_catalog_shape(catalog: dict[str, Any]) -> None:
    assert catalog["version"] == 1
    assert catalog["resources"], "empty catalog"
    for e in catalog["resources"]:
        assert set(e) - {"match_names"} == KEYS, e.get("id")  # match_names is optional
        if "match_names" in e:  # other file names the entry's media may be imported under
            assert e["file"] is None and all(isinstance(n, str) for n in e["match_names"])
        assert e["kind"] in ("document", "video")
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["id"]), e["id"]
        assert e["title"].strip() and len(e["description"]) >= 40, e["id"]
        assert isinstance(e["tags"], list) and all(isinstance(t, str) and t for t in e["tags"])
        assert isinstance(e["people"], list)
        assert e["language"] == "en"
        assert e["date"] is None  # no dates are known; never made up
        assert isinstance(e["captions"], list)


def test_ids_unique(catalog: dict[str, Any]) -> None:
    ids = [e["id"] for e in catalog["resources"]]
    assert len(ids) == len(set(ids))


def test_referenced_files_exist(catalog: dict[str, Any]) -> None:
    for e in catalog["resources"]:
        paths = ([e["file"]] if e["file"] else []) + e["captions"]
        for rel in paths:
            assert not Path(rel).is_absolute() and ".." not in Path(rel).parts, rel
            assert "\\" not in rel, rel  # portable: forward slashes only
            assert (ROOT / rel).is_file(), f"{e['id']}: {rel} missing"


def test_every_guide_is_catalogued(catalog: dict[str, Any]) -> None:
    files = {e["file"] for e in catalog["resources"] if e["file"]}
    for guide in sorted(GUIDES.glob("*.md")) + sorted(GUIDES.glob("*.pdf")):
        assert guide.relative_to(ROOT).as_posix() in files, guide.name


def test_recorded_videos(entries: dict[str, dict[str, Any]]) -> None:
    videos = [e for e in entries.values() if e["kind"] == "video" and e["file"] is None]
    assert sorted(e["title"] for e in videos) == sorted(RECORDED_TITLES)
    for e in videos:
        assert e["captions"] == [] and e["date"] is None
    talk = next(e for e in videos if e["title"] == RECORDED_TITLES[1])
    assert talk["people"] == ["Leon T. Andrews, Jr."]
    assert "Leon T. Andrews, Jr., Director, National League of Cities" in talk["description"]
    assert "city leaders" in talk["description"]  # so a search for "city" finds it
    assert entries["real-video-undoing-racism"]["title"] == RECORDED_TITLES[0]


def test_collections(entries: dict[str, dict[str, Any]]) -> None:
    for program in PROGRAMS:
        docs = [e for e in entries.values() if e["collection"] == program]
        assert any(e["kind"] == "document" for e in docs), program
    lre = entries["real-guide-leadership-for-racial-equity"]
    assert lre["collection"] == PROGRAMS[0] and "racial equity lens" in lre["tags"]
    pdf = entries["real-guide-leadership-for-racial-equity-pdf"]
    assert pdf["file"].endswith(".pdf") and pdf["collection"] == PROGRAMS[0]


def test_demo_entry(entries: dict[str, dict[str, Any]]) -> None:
    demo = entries["real-demo-tour"]
    assert demo["kind"] == "video"
    assert demo["file"] == "media/demo/real-desktop-tour.mp4"
    assert demo["captions"] == [p.relative_to(ROOT).as_posix() for p in DEMO_VTT.values()]


# -- guides ----------------------------------------------------------------------------------


@pytest.mark.parametrize("guide", sorted(GUIDES.glob("*.md")), ids=lambda p: p.stem)
def test_guide_has_headings(guide: Path, entries: dict[str, dict[str, Any]]) -> None:
    text = guide.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("# "), "a guide starts with its title"
    assert sum(1 for line in lines if line.startswith("# ")) == 1
    assert sum(1 for line in lines if line.startswith("## ")) >= 4, "sections for the index"
    words = len(text.split())
    assert 550 <= words <= 1300, f"{words} words"
    assert not re.search(r"\b(TODO|TBD|lorem ipsum|XXX)\b", text, re.IGNORECASE)
    entry = next(e for e in entries.values() if e["file"] == guide.relative_to(ROOT).as_posix())
    assert entry["title"] == lines[0][2:].strip()


def test_guides_cover_the_programs() -> None:
    names = {p.stem for p in GUIDES.glob("*.md")}
    assert {
        "about-real",
        "getting-started",
        "leadership-for-racial-equity",
        "boys-and-men-of-color",
        "community-conversations-on-race",
    } <= names


def test_guides_quote_recorded_titles_exactly() -> None:
    # Guides that mention a recorded session must use the catalog title verbatim.
    text = " ".join(p.read_text(encoding="utf-8") for p in GUIDES.glob("*.md"))
    text = re.sub(r"\s+", " ", text)
    for title in RECORDED_TITLES:
        assert title in text, title
    assert "City Leaders United" not in text  # the source's spelling is "Cities Leaders"


# -- the PDF edition -------------------------------------------------------------------------


def test_guide_pdf_is_real_and_searchable() -> None:
    pdf = pypdfium2.PdfDocument(str(GUIDES / "leadership-for-racial-equity.pdf"))
    try:
        pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()
    assert 2 <= len(pages) <= 8
    assert pages[0].startswith("Leadership for Racial Equity")
    flat = re.sub(r"\s+", " ", " ".join(pages))
    for phrase in ("racial equity lens", "Questions to ask of a budget decision", "benefits"):
        assert phrase in flat, phrase
    assert not re.search("[\ufb00-\ufb06]", flat), "ligature glyphs break word search"
    for n, text in enumerate(pages, 1):
        assert text.rstrip().endswith(str(n)), "page number at the foot"
    # No line is emitted on two pages (QTextLayout draws one line above its clip rect).
    for before, after in zip(pages, pages[1:], strict=False):
        last = [ln for ln in before.splitlines() if ln.strip()][-2]  # [-1] is the page number
        first = [ln for ln in after.splitlines() if ln.strip()][0]
        assert last.strip() != first.strip()


def test_pdf_text_matches_markdown() -> None:
    md = (GUIDES / "leadership-for-racial-equity.md").read_text(encoding="utf-8")
    pdf = pypdfium2.PdfDocument(str(GUIDES / "leadership-for-racial-equity.pdf"))
    try:
        text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    headings = [ln.lstrip("#").strip() for ln in md.splitlines() if ln.startswith("#")]
    flat = re.sub(r"\s+", " ", text)
    for heading in headings:
        assert heading in flat, f"PDF is out of date: {heading!r} missing"


# -- demo video ------------------------------------------------------------------------------


def test_demo_video_is_h264_aac(probe: dict[str, Any]) -> None:
    streams = {s["codec_type"]: s for s in probe["streams"]}
    video, audio = streams["video"], streams["audio"]
    assert video["codec_name"] == "h264"
    assert video["pix_fmt"] == "yuv420p"
    assert (video["width"], video["height"]) in ((854, 480), (640, 360))
    assert audio["codec_name"] == "aac"
    duration = float(probe["format"]["duration"])
    assert 30 <= duration <= 120
    assert DEMO.stat().st_size < 5_000_000


def test_demo_video_chapters(probe: dict[str, Any]) -> None:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_chapters", "-of", "json", str(DEMO)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    chapters = json.loads(out)["chapters"]
    titles = [c["tags"]["title"] for c in chapters]
    assert titles == [card.chapter for card in load_script("make_demo_video").CARDS]
    assert set(PROGRAMS) <= set(titles)
    assert float(chapters[0]["start_time"]) == 0
    for a, b in zip(chapters, chapters[1:], strict=False):
        assert a["end_time"] == b["start_time"]  # contiguous, in order
    assert float(chapters[-1]["end_time"]) == pytest.approx(
        float(probe["format"]["duration"]), abs=0.1
    )


def test_demo_video_faststart() -> None:
    # +faststart puts the index (moov) before the media data, so playback starts at once.
    order = []
    with DEMO.open("rb") as f:
        while header := f.read(8):
            size, kind = struct.unpack(">I4s", header)
            if size == 1:
                size = struct.unpack(">Q", f.read(8))[0] - 8
            order.append(kind.decode("latin-1"))
            if size == 0:
                break
            f.seek(size - 8, 1)
    assert "moov" in order and "mdat" in order
    assert order.index("moov") < order.index("mdat")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_captions_parse_and_fit(lang: str, probe: dict[str, Any]) -> None:
    captions = webvtt.read(str(DEMO_VTT[lang])).captions
    assert len(captions) >= 8
    duration = float(probe["format"]["duration"])
    previous_end = 0.0
    for cue in captions:
        start, end = seconds(cue.start_time), seconds(cue.end_time)
        assert previous_end <= start < end, cue.text
        assert len(cue.lines) <= 2 and all(len(line) <= 60 for line in cue.lines)
        previous_end = end
    assert previous_end <= duration


def test_spanish_track_matches_english_timing() -> None:
    en = webvtt.read(str(DEMO_VTT["en"])).captions
    es = webvtt.read(str(DEMO_VTT["es"])).captions
    assert [(c.start, c.end) for c in en] == [(c.start, c.end) for c in es]
    assert sum(a.text != b.text for a, b in zip(en, es, strict=True)) == len(en)
    assert any(ch in "áéíóúñ" for c in es for ch in c.text)


def test_captions_match_the_script() -> None:
    """The committed captions are what scripts/make_demo_video.py says (no stale output)."""
    script = load_script("make_demo_video")
    lines = [line for card in script.CARDS for line in card.narration]
    for lang in ("en", "es"):
        cues = webvtt.read(str(DEMO_VTT[lang])).captions
        spoken = [getattr(line, lang) for line in lines]
        assert [" ".join(c.lines) for c in cues] == spoken


def test_narration_is_timed_to_the_captions() -> None:
    """Every cue has speech under it, and the pauses between cues are silent."""
    rate = 8000
    raw = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(DEMO), "-vn", "-ac", "1", "-ar", str(rate),
         "-f", "s16le", "-"],
        capture_output=True,
        check=True,
    ).stdout  # fmt: skip
    samples = array.array("h")
    samples.frombytes(raw[: len(raw) // 2 * 2])
    if sys.byteorder == "big":
        samples.byteswap()

    def rms(t0: float, t1: float) -> float:
        part = samples[int(t0 * rate) : int(t1 * rate)]
        return math.sqrt(sum(s * s for s in part) / len(part)) if part else 0.0

    cues = webvtt.read(str(DEMO_VTT["en"])).captions
    assert rms(0, seconds(cues[0].start_time) - 0.05) < 50
    for cue in cues:
        assert rms(seconds(cue.start_time), seconds(cue.end_time)) > 500, cue.text
    for a, b in zip(cues, cues[1:], strict=False):
        gap = (seconds(a.end_time) + 0.05, seconds(b.start_time) - 0.05)
        assert rms(*gap) < 50, f"sound between cues at {gap}"


# -- icon ------------------------------------------------------------------------------------


def test_icon_svg_and_png() -> None:
    root = ET.parse(ICON_SVG).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"
    data = ICON_PNG.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (256, 256)


def _readme_searches() -> list[list[str]]:
    """The `real-desktop search …` examples in the README's command-line block."""
    import shlex

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = []
    for line in text.splitlines():
        if line.startswith("real-desktop search "):
            found.append(shlex.split(line.split("#", 1)[0])[1:])
    return found


def test_readme_search_examples_find_something_in_the_starter_library(tmp_path: Path) -> None:
    """A newcomer types the README's examples first: each must find at least one hit."""
    examples = _readme_searches()
    assert len(examples) >= 3
    for args in examples:
        argv = [*args, "--json"] if "--json" not in args else args
        done = subprocess.run(
            [sys.executable, "-m", "real_desktop.cli", "--home", str(tmp_path / "home"), *argv],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, (args, done.stderr)
        assert json.loads(done.stdout)["hits"], f"README example finds nothing: {args}"
