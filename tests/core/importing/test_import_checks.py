"""Import checks: media containers and durations, document metadata, headings in the
index, warnings kept on resources, and catalog entries linking up with their media."""

from __future__ import annotations

import json
import os
import shutil
import struct
from pathlib import Path

import pytest
from core_fixtures import make_media, srt, vtt, write_pdf

from real_desktop.core.importing.extract import (
    Job,
    extract_job,
    media_duration,
    parse_captions_checked,
    sniff_media,
    split_front_matter,
)
from real_desktop.core.library import Library
from real_desktop.core.models import (
    MARK_END,
    MARK_START,
    FileResult,
    ImportSummary,
    Kind,
    LocationKind,
    Outcome,
    Status,
)
from real_desktop.core.seed import maybe_seed, seed_starter
from real_desktop.core.textutil import name_key

MEDIA = {
    "mp4": 2.0,
    "m4v": 2.0,
    "mov": 2.0,
    "mkv": None,
    "webm": None,
    "avi": None,
    "ogv": None,
    "mp3": None,
    "m4a": 2.0,
    "ogg": None,
    "wav": 2.0,
}


def result(summary: ImportSummary, name: str) -> FileResult:
    found = [r for r in summary.results if Path(r.path).name == name]
    assert found, f"{name} not in {[r.path for r in summary.results]}"
    return found[0]


# -- media containers ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("media")
    return {ext: make_media(d / f"sample.{ext}", 2) for ext in MEDIA}


@pytest.mark.parametrize("ext", sorted(MEDIA))
def test_real_media_of_every_extension_is_accepted(
    lib: Library, real_media: dict[str, Path], ext: str, tmp_path: Path
) -> None:
    src = real_media[ext]
    clip = shutil.copy(src, tmp_path / src.name)
    # A caption cue long after the media ends must not become its duration.
    Path(clip).with_suffix(".vtt").write_text(vtt([(70.0, 71.0, "late cue")]), encoding="utf-8")
    summary = lib.import_all([clip])
    r = result(summary, src.name)
    assert r.outcome is Outcome.ADDED, r.reason
    res = lib.get(r.resource_id or "")
    assert res is not None and res.status is Status.OK and res.status_reason == ""
    assert res.kind is (Kind.AUDIO if ext in ("mp3", "m4a", "ogg", "wav") else Kind.VIDEO)
    expected = MEDIA[ext]
    if expected is None:
        assert res.duration is None  # unknown until the player reports it
    else:
        assert res.duration == pytest.approx(expected, abs=0.15)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("fake.mp4", b"just some text someone renamed\n" * 10),
        ("page.webm", b"<!DOCTYPE html><html><body>hi</body></html>"),
        ("doc.mkv", b"%PDF-1.4\n%rest of a pdf\n"),
        ("noise.wav", bytes(range(1, 200))),
        ("song.mp3", b"RIFF\x10\x00\x00\x00WEBPVP8 "),
    ],
)
def test_a_non_media_file_with_a_media_extension_fails(
    lib: Library, files: Path, name: str, data: bytes
) -> None:
    (files / name).write_bytes(data)
    summary = lib.import_all([files / name])
    r = result(summary, name)
    kind = "audio" if name.endswith((".wav", ".mp3")) else "video"
    assert r.outcome is Outcome.FAILED
    assert f"this is not a {kind} file" in r.reason and "wrong file extension?" in r.reason
    res = lib.get(r.resource_id or "")
    assert res is not None and res.status is Status.FAILED and res.status_reason == r.reason


def _as_mvhd_v1(mp4: bytes) -> bytes:
    """The same movie with its 'mvhd' rewritten as version 1 (64-bit times). ffmpeg puts
    'moov' after 'mdat', so growing it moves no sample offsets."""
    pos = 0
    while pos < len(mp4):
        size, kind = struct.unpack(">I4s", mp4[pos : pos + 8])
        if kind == b"moov":
            break
        pos += size
    assert kind == b"moov" and pos + size == len(mp4), "expected moov last"
    moov = mp4[pos : pos + size]
    at = moov.index(b"mvhd") - 4
    msize = struct.unpack(">I", moov[at : at + 4])[0]
    body = moov[at + 8 : at + msize]
    assert body[0] == 0
    created, modified, scale, duration = struct.unpack(">IIII", body[4:20])
    v1 = b"\x01" + body[1:4] + struct.pack(">QQIQ", created, modified, scale, duration)
    v1 += body[20:]
    new_mvhd = struct.pack(">I4s", 8 + len(v1), b"mvhd") + v1
    inner = moov[8:at] + new_mvhd + moov[at + msize :]
    return mp4[:pos] + struct.pack(">I4s", 8 + len(inner), b"moov") + inner


def test_duration_from_a_version_1_mvhd(real_media: dict[str, Path], tmp_path: Path) -> None:
    v1 = tmp_path / "v1.mp4"
    v1.write_bytes(_as_mvhd_v1(real_media["mp4"].read_bytes()))
    assert sniff_media(v1.read_bytes()[:64]) == "isobmff"
    assert media_duration(v1, "isobmff") == pytest.approx(2.0, abs=0.15)
    out = extract_job(Job(str(v1), "video", "mp4"))
    assert out.duration == pytest.approx(2.0, abs=0.15)


def test_truncated_mp4_has_no_duration_but_still_imports(
    lib: Library, real_media: dict[str, Path], files: Path
) -> None:
    # The header box is intact, 'moov' (at the end) is cut off: the player decides.
    cut = files / "cut.mp4"
    cut.write_bytes(real_media["mp4"].read_bytes()[:64])
    summary = lib.import_all([cut])
    res = lib.get(result(summary, "cut.mp4").resource_id or "")
    assert res is not None and res.status is Status.OK and res.duration is None


def test_player_duration_is_kept_for_unchanged_bytes(
    lib: Library, real_media: dict[str, Path], files: Path
) -> None:
    clip = Path(shutil.copy(real_media["webm"], files / "talk.webm"))
    rid = result(lib.import_all([clip]), "talk.webm").resource_id or ""
    lib.set_duration(rid, 2.04)
    (files / "talk.vtt").write_text(vtt([(0.0, 1.0, "a caption arrives")]), encoding="utf-8")
    summary = lib.import_all([clip])  # captions changed: the media is read again
    assert result(summary, "talk.webm").outcome is Outcome.UPDATED
    assert lib.get(rid).duration == pytest.approx(2.04)  # type: ignore[union-attr]


# -- captions ---------------------------------------------------------------------------------


def test_backwards_cues_are_clamped_and_counted(tmp_path: Path) -> None:
    cap = tmp_path / "c.srt"
    cap.write_text(
        srt([(1.0, 2.0, "fine"), (5.0, 3.0, "ends before it starts"), (6.0, 7.0, "fine too")]),
        encoding="utf-8",
    )
    cues, fixed = parse_captions_checked(cap)
    assert fixed == 1
    assert (5.0, 5.0, "ends before it starts") in cues
    assert all(end >= start for start, end, _ in cues)


def test_caption_warnings_stay_on_the_resource(
    lib: Library, real_media: dict[str, Path], files: Path
) -> None:
    clip = Path(shutil.copy(real_media["mp4"], files / "clip.mp4"))
    (files / "clip.en.vtt").write_text("garbage, not captions", encoding="utf-8")
    (files / "clip.es.srt").write_text(
        srt([(1.0, 2.0, "hola"), (9.0, 4.0, "al revés")]), encoding="utf-8"
    )
    summary = lib.import_all([clip])
    r = result(summary, "clip.mp4")
    res = lib.get(r.resource_id or "")
    assert res is not None and res.status is Status.OK
    assert "captions not used: clip.en.vtt" in res.status_reason
    assert "1 caption cue ended before it started" in res.status_reason
    assert result(summary, "clip.en.vtt").outcome is Outcome.FAILED
    # A later re-import that fixes the captions clears the warning.
    (files / "clip.en.vtt").write_text(vtt([(0.0, 1.0, "hello")]), encoding="utf-8")
    (files / "clip.es.srt").write_text(srt([(1.0, 2.0, "hola")]), encoding="utf-8")
    lib.import_all([clip])
    assert lib.get(res.id).status_reason == ""  # type: ignore[union-attr]


def test_good_file_in_a_folder_with_a_non_utf8_name(lib: Library, files: Path) -> None:
    folder = os.path.join(os.fsencode(files), b"caf\xe9")
    os.mkdir(folder)
    with open(os.path.join(folder, b"notes.txt"), "wb") as f:
        f.write(b"perfectly good words")
    summary = lib.import_all([files])
    bad = [r for r in summary.results if r.path.endswith("notes.txt")]
    assert len(bad) == 1 and bad[0].outcome is Outcome.FAILED
    assert "folder" in bad[0].reason and "not valid UTF-8" in bad[0].reason
    assert "file name" not in bad[0].reason


# -- documents: headings and metadata ------------------------------------------------------


def test_section_headings_are_searchable(lib: Library, files: Path) -> None:
    (files / "plan.md").write_text(
        "# City Plan\n\nIntro.\n\n## Housing Policy\n\nRents and vouchers.\n\n"
        "## Transit\n\nBuses.\n",
        encoding="utf-8",
    )
    (files / "top.html").write_text(
        "<html><body><h1>Top</h1><p>Opening words.</p><h2 id='next'>Budget Hearings</h2>"
        "<p>Dates and rooms.</p></body></html>",
        encoding="utf-8",
    )
    lib.import_all([files])
    hit = lib.search("housing policy").hits[0]
    assert hit.location.kind is LocationKind.SECTION
    assert (hit.location.anchor, hit.location.section) == ("housing-policy", "Housing Policy")
    hearing = lib.search("hearings").hits[0]
    assert hearing.location.anchor == "next"
    # The heading leads the section's text; the body follows it.
    seg = [s for s in lib.segments(hit.resource_id) if s.location.anchor == "housing-policy"]
    assert seg[0].text == "Housing Policy — Rents and vouchers."
    # Snippets read as heading, then body.
    snippet = hit.snippet.replace(MARK_START, "").replace(MARK_END, "")
    assert snippet.startswith("Housing Policy — Rents")


def test_html_metadata(lib: Library, files: Path) -> None:
    (files / "m.html").write_text(
        '<html lang="es-MX"><head><title>Equidad en la ciudad</title>'
        '<meta name="author" content="Ana Ruiz; Leon T. Andrews, Jr.">'
        '<meta name="description" content="Una guía   breve.">'
        "</head><body><p>Texto.</p></body></html>",
        encoding="utf-8",
    )
    summary = lib.import_all([files])
    res = lib.get(result(summary, "m.html").resource_id or "")
    assert res is not None
    assert res.title == "Equidad en la ciudad" and res.language == "es-MX"
    assert res.people == ("Ana Ruiz", "Leon T. Andrews, Jr.") or res.people == [
        "Ana Ruiz",
        "Leon T. Andrews, Jr.",
    ]
    assert res.description == "Una guía breve."
    # The metadata row of the index follows: author and description are searchable.
    assert lib.search("Ruiz").hits[0].resource_id == res.id
    assert lib.search("breve").hits[0].location.kind is LocationKind.RESOURCE


def test_pdf_document_info(lib: Library, files: Path) -> None:
    write_pdf(files / "report.pdf", ["Body text"], title="Annual Equity Report", author="Maya Chen")
    summary = lib.import_all([files])
    res = lib.get(result(summary, "report.pdf").resource_id or "")
    assert res is not None and res.title == "Annual Equity Report"
    assert list(res.people) == ["Maya Chen"]
    assert lib.search("chen").hits[0].resource_id == res.id


def test_markdown_front_matter(lib: Library, files: Path) -> None:
    (files / "fm.md").write_text(
        '---\ntitle: "Budget Guide: 2025"\nauthor: Sam Lee and Ana Ruiz\nlang: fr\n'
        "description: How to read a budget.\n---\n\n# Heading One\n\nfrontword body.\n",
        encoding="utf-8",
    )
    summary = lib.import_all([files])
    res = lib.get(result(summary, "fm.md").resource_id or "")
    assert res is not None
    assert res.title == "Budget Guide: 2025"  # front matter wins over the first heading
    assert list(res.people) == ["Sam Lee", "Ana Ruiz"] and res.language == "fr"
    assert res.description == "How to read a budget."
    text = " ".join(s.text for s in lib.segments(res.id))
    assert "author" not in text and "frontword" in text
    assert not [h for h in lib.search("Sam").hits if h.location.kind is not LocationKind.RESOURCE]


def test_front_matter_parser_is_strict_about_its_shape() -> None:
    meta, rest = split_front_matter("---\ntitle: A\ntags:\n  - x\n  - y\n---\nBody\n")
    assert meta == {"title": "A", "tags": "x; y"} and rest == "Body\n"
    # A thematic break followed by prose is not front matter.
    text = "---\nJust a line of prose here\n---\nMore\n"
    assert split_front_matter(text) == ({}, text)
    assert split_front_matter("No front matter") == ({}, "No front matter")


def test_document_metadata_never_overrides_the_catalog(
    lib: Library, tmp_path: Path, files: Path
) -> None:
    guide = files / "guide.md"
    guide.write_text(
        "---\ntitle: File Title\nauthor: File Author\nlang: de\n---\n\n# H\n\nbody\n",
        encoding="utf-8",
    )
    cat = tmp_path / "catalog.json"
    entry = {
        "id": "real-guide-x",
        "kind": "document",
        "title": "Catalog Title",
        "description": "Catalog description",
        "collection": "Guides",
        "tags": [],
        "people": ["Catalog Person"],
        "language": "en",
        "date": None,
        "file": "files/guide.md",
        "captions": [],
    }
    cat.write_text(json.dumps({"version": 1, "resources": [entry]}), encoding="utf-8")
    seed_starter(lib, cat, root=tmp_path)
    guide.write_text(guide.read_text(encoding="utf-8") + "\nmore body\n", encoding="utf-8")
    lib.import_all([guide])  # a changed file re-imported by hand
    res = lib.get("real-guide-x")
    assert res is not None and res.title == "Catalog Title"
    assert list(res.people) == ["Catalog Person"] and res.language == "en"
    assert res.description == "Catalog description"


# -- catalog entries link up with their media ------------------------------------------------


def _catalog(root: Path, extra: list[dict] | None = None) -> Path:
    def talk(rid: str, title: str, names: object = None) -> dict:
        e = {
            "id": rid,
            "kind": "video",
            "title": title,
            "description": "A recorded talk",
            "collection": "Recorded talks",
            "tags": ["talk"],
            "people": ["Leon T. Andrews, Jr."],
            "language": "en",
            "date": None,
            "file": None,
            "captions": [],
        }
        if names is not None:
            e["match_names"] = names
        return e

    entries = [
        talk("real-video-undoing-racism", "Undoing Racism in America's Cities", ["undoing-racism"]),
        talk("real-video-youth", "Youth of Color Matter", "not-a-list"),  # tolerated
        *(extra or []),
    ]
    path = root / "catalog.json"
    path.write_text(json.dumps({"version": 1, "resources": entries}), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "filename",
    [
        "Undoing Racism in America's Cities.mp4",
        "undoing_racism_in_americas_cities.mp4",
        "UNDOING-RACISM.mp4",  # a match name
    ],
)
def test_importing_a_catalog_talk_by_name_links_the_entry(
    lib: Library, tmp_path: Path, real_media: dict[str, Path], filename: str
) -> None:
    seed_starter(lib, _catalog(tmp_path), root=tmp_path)
    video = Path(shutil.copy(real_media["mp4"], tmp_path / filename))
    summary = lib.import_all([video])
    r = result(summary, filename)
    assert r.resource_id == "real-video-undoing-racism" and r.outcome is Outcome.UPDATED
    res = lib.get("real-video-undoing-racism")
    assert res is not None and res.status is Status.OK and res.path == str(video)
    assert res.title == "Undoing Racism in America's Cities"
    assert list(res.people) == ["Leon T. Andrews, Jr."] and res.collection == "Recorded talks"
    assert res.duration == pytest.approx(2.0, abs=0.15)
    assert lib.count() == 2  # no second entry for the same talk


def test_names_that_fit_no_entry_or_the_wrong_kind_add_new_resources(
    lib: Library, tmp_path: Path, real_media: dict[str, Path]
) -> None:
    seed_starter(lib, _catalog(tmp_path), root=tmp_path)
    other = Path(shutil.copy(real_media["mp4"], tmp_path / "Undoing Racism part 2.mp4"))
    audio = Path(shutil.copy(real_media["mp3"], tmp_path / "undoing-racism.mp3"))
    doc = tmp_path / "Youth of Color Matter.md"
    doc.write_text("# Notes\n\nwords\n", encoding="utf-8")
    summary = lib.import_all([other, audio, doc])
    assert {r.outcome for r in summary.results} == {Outcome.ADDED}
    assert lib.get("real-video-undoing-racism").status is Status.MISSING  # type: ignore[union-attr]
    assert lib.get("real-video-youth").status is Status.MISSING  # type: ignore[union-attr]


def test_two_fitting_entries_link_neither(
    lib: Library, tmp_path: Path, real_media: dict[str, Path]
) -> None:
    twin = {
        "id": "real-video-twin",
        "kind": "video",
        "title": "Undoing Racism",
        "file": None,
    }
    seed_starter(lib, _catalog(tmp_path, [twin]), root=tmp_path)
    video = Path(shutil.copy(real_media["mp4"], tmp_path / "undoing racism.mp4"))
    r = result(lib.import_all([video]), "undoing racism.mp4")
    assert r.outcome is Outcome.ADDED and r.resource_id not in ("real-video-twin",)
    assert r.resource_id != "real-video-undoing-racism"


def test_reseeding_a_changed_catalog_keeps_the_users_link(
    tmp_path: Path, real_media: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    install = tmp_path / "install"
    (install / "assets" / "starter").mkdir(parents=True)
    cat = _catalog(install)
    shutil.move(cat, install / "assets" / "starter" / "catalog.json")
    monkeypatch.setenv("REAL_DESKTOP_ASSETS", str(install))
    home = tmp_path / "home"
    lib = Library.open(home)  # first run seeds it
    try:
        assert lib.get("real-video-undoing-racism").status is Status.MISSING  # type: ignore[union-attr]
        video = Path(shutil.copy(real_media["mp4"], tmp_path / "Undoing Racism.mp4"))
        assert result(lib.import_all([video]), video.name).resource_id == (
            "real-video-undoing-racism"
        )
        # An app update changes the entry's description: seeding runs again.
        data = json.loads((install / "assets/starter/catalog.json").read_text(encoding="utf-8"))
        data["resources"][0]["description"] = "A new description from the update"
        (install / "assets/starter/catalog.json").write_text(json.dumps(data), encoding="utf-8")
        assert maybe_seed(lib, first_run=False) is not None
        # Unchanged since (same size and mtime): nothing to do, the file is not even read.
        assert maybe_seed(lib, first_run=False) is None
        res = lib.get("real-video-undoing-racism")
        assert res is not None and res.description == "A new description from the update"
        assert res.status is Status.OK and res.path == str(video) and res.status_reason == ""
    finally:
        lib.close()


def test_bundled_catalog_talks_link_by_their_names(
    lib: Library, tmp_path: Path, real_media: dict[str, Path]
) -> None:
    from real_desktop.core.seed import default_catalog, load_catalog

    seed_starter(lib)
    talks = {
        e["id"]: e
        for e in load_catalog(default_catalog())
        if e["kind"] == "video" and not e["file"]
    }
    assert len(talks) == 3 and all(e.get("match_names") for e in talks.values())
    names = {
        "real-video-undoing-racism": "Undoing Racism in America's Cities.mp4",
        "real-video-black-male-achievement": "black-male-achievement.mp4",
        "real-video-youth-of-color-matter": "Youth of Color Matter.mp4",
    }
    assert set(names) == set(talks)
    for rid, filename in names.items():
        # Distinct bytes per file, or the second would be a duplicate of the first.
        path = tmp_path / filename
        path.write_bytes(real_media["mp4"].read_bytes() + rid.encode())
        r = result(lib.import_all([path]), filename)
        assert r.resource_id == rid, (filename, r)
        assert lib.get(rid).title == talks[rid]["title"]  # type: ignore[union-attr]


def test_name_key() -> None:
    assert name_key("Undoing_Racism in America’s Cities") == name_key(
        "undoing racism in americas cities"
    )
    assert name_key("Café  Équité!") == "cafe-equite"


def test_mp3_without_id3_tag_is_recognised_and_utf16_text_is_not(tmp_path: Path) -> None:
    import subprocess

    raw = tmp_path / "raw.mp3"
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "sine=duration=1"]
        + ["-id3v2_version", "0", "-write_xing", "0", str(raw)],
        check=True,
    )
    head = raw.read_bytes()[:64]
    assert head[0] == 0xFF and sniff_media(head) == "mp3"  # starts with a frame header
    assert sniff_media("hello there".encode("utf-16")) is None  # FF FE byte order mark
    assert sniff_media("hello there".encode("utf-16-be")) is None
