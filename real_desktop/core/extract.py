"""Text extraction: one file in, pages/sections/cues out. Runs in worker processes.

Everything returned is plain picklable data. Bad input raises ExtractError with a reason
a person can act on; any other exception is a bug in a library and is reported with its
message by the caller. Heavy libraries are imported inside the functions that need them
so that `real-desktop search` never pays for them.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from real_desktop.core.textutil import SlugMaker, decode_text, language_label

DOCUMENT_FORMATS = {
    ".pdf": "pdf",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".txt": "txt",
    ".text": "txt",
}
VIDEO_FORMATS = {e: e[1:] for e in (".mp4", ".m4v", ".mkv", ".webm", ".mov", ".avi", ".ogv")}
AUDIO_FORMATS = {e: e[1:] for e in (".mp3", ".m4a", ".ogg", ".wav")}
CAPTION_EXTS = (".vtt", ".srt")

# (seq, loc_kind, page, anchor, section, start, end, track, text)
SegmentRow = tuple[
    int, str, int | None, str | None, str | None, float | None, float | None, str | None, str
]


class ExtractError(Exception):
    """The file cannot be used; str(self) says why, for the person who owns the file."""


def classify(path: Path) -> tuple[str, str] | None:
    """(kind, format) for a supported file name, else None."""
    ext = path.suffix.lower()
    if ext in DOCUMENT_FORMATS:
        return "document", DOCUMENT_FORMATS[ext]
    if ext in VIDEO_FORMATS:
        return "video", VIDEO_FORMATS[ext]
    if ext in AUDIO_FORMATS:
        return "audio", AUDIO_FORMATS[ext]
    return None


_LANG = re.compile(r"^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*$")


def caption_language(media: Path, caption: Path) -> tuple[bool, str | None]:
    """Is `caption` a sidecar of `media`, and in which language?

    talk.vtt -> (True, None); talk.en.vtt -> (True, "en"); talk.es-MX.srt -> (True, "es-MX")."""
    if caption.suffix.lower() not in CAPTION_EXTS:
        return False, None
    stem = caption.name[: -len(caption.suffix)]
    if stem == media.stem:
        return True, None
    prefix = media.stem + "."
    if stem.startswith(prefix) and _LANG.match(stem[len(prefix) :]):
        return True, stem[len(prefix) :]
    return False, None


@dataclass
class Job:
    path: str
    kind: str
    format: str
    captions: list[tuple[str, str | None]] = field(default_factory=list)  # (path, language)


@dataclass
class Extracted:
    sha256: str
    size: int
    mtime_ns: int
    title: str
    page_count: int | None = None
    duration: float | None = None
    language: str | None = None
    segments: list[SegmentRow] = field(default_factory=list)
    captions: list[tuple[str, str | None, str]] = field(default_factory=list)  # path, lang, label
    caption_errors: list[tuple[str, str]] = field(default_factory=list)  # path, reason
    note: str = ""  # something worth telling (e.g. "no text found"), resource stays OK
    # Metadata the document itself declares (HTML <meta>, PDF info, Markdown front matter).
    people: list[str] = field(default_factory=list)
    description: str = ""


def sha256_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def humanize_stem(path: Path) -> str:
    stem = re.sub(r"[_]+", " ", path.stem).strip()
    return stem or path.name


def extract_job(job: Job) -> Extracted:
    """Hash and extract one file. Raises ExtractError for unusable files."""
    p = Path(job.path)
    try:
        st = p.stat()
    except OSError as exc:
        raise ExtractError(f"cannot read the file: {exc.strerror or exc}") from exc
    if st.st_size == 0:
        raise ExtractError("the file is empty (0 bytes)")
    try:
        digest = sha256_file(job.path)
    except OSError as exc:
        raise ExtractError(f"cannot read the file: {exc.strerror or exc}") from exc
    out = Extracted(sha256=digest, size=st.st_size, mtime_ns=st.st_mtime_ns, title=humanize_stem(p))
    if job.kind == "document":
        {"pdf": _pdf, "md": _markdown, "html": _html, "txt": _text}[job.format](p, out)
    else:
        _media(job, out)
    return out


# -- documents ------------------------------------------------------------------------------


def _sniff(data: bytes) -> str:
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "a PDF"
    if head[:5].lower() in (b"<!doc", b"<html") or b"<body" in head.lower():
        return "HTML"
    if b"\0" in head:
        return "binary data"
    return "text"


def _pdf(path: Path, out: Extracted) -> None:
    with open(path, "rb") as f:
        head = f.read(1024)
    if b"%PDF" not in head:
        raise ExtractError(f"not a PDF file (it contains {_sniff(head)}; wrong file extension?)")
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise ExtractError("the PDF is encrypted (password protected)") from exc
        if "format" in msg or "file" in msg:
            raise ExtractError("the PDF is damaged or truncated and cannot be opened") from exc
        raise ExtractError(f"the PDF cannot be opened ({exc})") from exc
    try:
        try:
            info = pdf.get_metadata_dict()
        except Exception:  # broken info dictionaries are common and harmless
            info = {}
        meta_title = str(info.get("Title") or "").strip()
        out.people = split_people(str(info.get("Author") or ""))
        n = len(pdf)
        if n == 0:
            raise ExtractError("the PDF has no pages")
        chars = 0
        unreadable = 0
        for i in range(n):
            try:
                page = pdf[i]
            except pdfium.PdfiumError:
                unreadable += 1  # one broken page must not lose the rest of the document
                out.segments.append((i, "page", i + 1, None, None, None, None, None, ""))
                continue
            try:
                tp = page.get_textpage()
                text = tp.get_text_range()
                tp.close()
            except pdfium.PdfiumError:
                unreadable += 1
                text = ""
            finally:
                page.close()
            text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
            chars += len(text.strip())
            out.segments.append((i, "page", i + 1, None, None, None, None, None, text))
        out.page_count = n
        meta_title = _clean_pdf_title(meta_title)
        if meta_title:
            out.title = meta_title
        if chars == 0:
            out.note = "no text found (scanned pages?): only the title is searchable"
        elif unreadable:
            out.note = f"{unreadable} of {n} pages could not be read"
    finally:
        pdf.close()


def _clean_pdf_title(title: str) -> str:
    """PDF Title fields are often word-processor leftovers: keep only a real title."""
    title = re.sub(r"^Microsoft (Word|PowerPoint) - ", "", title.strip())
    if re.search(r"\.(docx?|pptx?|pdf|indd|odt|rtf)$", title, re.I) or title.lower() in (
        "untitled",
        "title",
        "document",
    ):
        return ""
    return title


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    if data.lstrip()[:5] == b"%PDF-":
        raise ExtractError("this is a PDF, not a text file (wrong file extension?)")
    if b"\0" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ExtractError("this looks like a binary file, not text (wrong file extension?)")
    return decode_text(data)


def _text(path: Path, out: Extracted) -> None:
    text = _read_text(path)
    out.segments.append((0, "page", 1, None, None, None, None, None, text))
    out.page_count = 1


def _sections_out(out: Extracted, sections: list[tuple[str | None, str | None, list[str]]]) -> None:
    seq = 0
    for anchor, heading, parts in sections:
        body = "\n".join(p for p in parts if p.strip()).strip()
        if anchor is None and not body:
            continue  # nothing before the first heading
        # The heading is part of the section's indexed text, so "Housing Policy" finds the
        # section titled that even when its body never repeats the words. Snippets collapse
        # whitespace, so a dash (not a blank line) keeps heading and body apart in them.
        text = f"{heading} — {body}" if heading and body else heading or body
        out.segments.append((seq, "section", None, anchor, heading, None, None, None, text))
        seq += 1
    out.page_count = len(out.segments)


def _markdown(path: Path, out: Extracted) -> None:
    text = _read_text(path)
    if text.lstrip().startswith("%PDF"):
        raise ExtractError("not a Markdown file (it contains a PDF; wrong file extension?)")
    front, text = split_front_matter(text)
    _apply_front_matter(front, out)
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    slug = SlugMaker()
    sections: list[tuple[str | None, str | None, list[str]]] = [(None, None, [])]
    title = None
    in_heading = 0
    for tok in tokens:
        if tok.type == "heading_open":
            in_heading = int(tok.tag[1])
        elif tok.type == "heading_close":
            in_heading = 0
        elif tok.type == "inline":
            plain = _inline_text(tok)
            if in_heading and in_heading <= 3:
                if title is None and in_heading == 1:
                    title = plain
                sections.append((slug(plain), plain, []))
            else:
                sections[-1][2].append(plain)
        elif tok.type in ("fence", "code_block"):
            sections[-1][2].append(tok.content)
        elif tok.type == "html_block":
            sections[-1][2].append(re.sub(r"<[^>]*>", " ", tok.content))
    if title and not front.get("title"):
        out.title = title
    _sections_out(out, sections)


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FRONT_KEY = re.compile(r"^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML front matter (the simple `key: value` subset) and the text after it.

    Only a block whose every non-blank line is `key: value` (or a `- item` list under a
    key) counts, so a document that merely starts with a thematic break keeps its text."""
    m = _FRONT.match(text)
    if m is None:
        return {}, text
    meta: dict[str, str] = {}
    key = None
    for line in m.group(1).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kv = _FRONT_KEY.match(line)
        if kv:
            key = kv.group(1).lower()
            meta[key] = _unquote(kv.group(2))
        elif key is not None and line.lstrip().startswith("- "):
            item = _unquote(line.lstrip()[2:])
            meta[key] = f"{meta[key]}; {item}" if meta[key] else item
        else:
            return {}, text
    return meta, text[m.end() :]


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    if value.startswith("[") and value.endswith("]"):  # flow list: [A, B]
        return "; ".join(_unquote(v) for v in value[1:-1].split(",") if v.strip())
    return value


def split_people(value: str) -> list[str]:
    """Author fields: "A; B" or "A and B" hold several people; commas stay ("Andrews, Jr.")."""
    parts = re.split(r"\s*;\s*|\s+and\s+|\s*&\s*|\n", value.strip())
    return [p.strip() for p in parts if p.strip()]


def _apply_front_matter(front: dict[str, str], out: Extracted) -> None:
    if front.get("title"):
        out.title = front["title"]
    people = front.get("author") or front.get("authors") or ""
    if people:
        out.people = split_people(people)
    lang = front.get("lang") or front.get("language") or ""
    if _LANG.match(lang):
        out.language = lang
    if front.get("description"):
        out.description = front["description"]


def _inline_text(tok: object) -> str:
    parts: list[str] = []
    for child in getattr(tok, "children", None) or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)  # alt text
    return "".join(parts).strip()


_HTML_HEADINGS = ("h1", "h2", "h3")


def _html(path: Path, out: Extracted) -> None:
    data = path.read_bytes()
    if data.lstrip()[:5] == b"%PDF-":
        raise ExtractError("not an HTML file (it contains a PDF; wrong file extension?)")
    if b"\0" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ExtractError("this looks like a binary file, not HTML (wrong file extension?)")
    from bs4 import BeautifulSoup, Comment, NavigableString, Tag

    soup = BeautifulSoup(data, "html.parser")
    root = soup.find("html")
    lang = root.get("lang") if isinstance(root, Tag) else None
    if isinstance(lang, str) and _LANG.match(lang.strip()):
        out.language = lang.strip()
    for m in soup.find_all("meta"):
        name = m.get("name")
        content = m.get("content")
        if not isinstance(name, str) or not isinstance(content, str) or not content.strip():
            continue
        if name.lower() == "author":
            out.people = split_people(content)
        elif name.lower() == "description":
            out.description = " ".join(content.split())
    for bad in soup(["script", "style", "noscript", "template", "head"]):
        if bad.name == "head":
            t = bad.find("title")
            if t and t.get_text(strip=True):
                out.title = t.get_text(" ", strip=True)
        bad.decompose()
    slug = SlugMaker()
    sections: list[tuple[str | None, str | None, list[str]]] = [(None, None, [])]
    heading_el = None
    first_h1 = None
    for el in soup.descendants:
        if isinstance(el, Tag) and el.name in _HTML_HEADINGS:
            heading = el.get_text(" ", strip=True)
            anchor = el.get("id")
            anchor = anchor if isinstance(anchor, str) and anchor else slug(heading)
            sections.append((anchor, heading, []))
            heading_el = el
            if el.name == "h1" and first_h1 is None:
                first_h1 = heading
        elif isinstance(el, NavigableString) and not isinstance(el, Comment):
            if heading_el is not None and heading_el in el.parents:
                continue
            s = str(el)
            if s.strip():
                sections[-1][2].append(" ".join(s.split()))
    if first_h1 and out.title == humanize_stem(path):
        out.title = first_h1
    _sections_out(out, sections)


# -- media and captions ---------------------------------------------------------------------


def _media(job: Job, out: Extracted) -> None:
    path = Path(job.path)
    with open(path, "rb") as f:
        head = f.read(64)
    container = sniff_media(head)
    if container is None:
        what = _sniff(head)
        raise ExtractError(
            f"this is not a {job.kind} file (it contains {what}; wrong file extension?)"
            if what in ("a PDF", "HTML", "text")
            else f"this is not a {job.kind} file (wrong file extension?)"
        )
    # Only the container's own figure: captions say nothing about how long the media is
    # (a 2 s clip may carry a cue at 70 s). None means "the player will tell us".
    out.duration = media_duration(path, container)
    seq = 0
    seen: set[str | None] = set()
    fixed = 0
    for cpath, lang in job.captions:
        if lang in seen:
            out.caption_errors.append(
                (cpath, f"another caption file for {language_label(lang)} was used")
            )
            continue
        try:
            cues, bad = parse_captions_checked(Path(cpath))
        except ExtractError as exc:
            out.caption_errors.append((cpath, str(exc)))
            continue
        fixed += bad
        seen.add(lang)
        out.captions.append((cpath, lang, language_label(lang)))
        for start, end, text in cues:
            out.segments.append((seq, "time", None, None, None, start, end, lang, text))
            seq += 1
    if out.captions:
        out.language = out.captions[0][1]
    # Kept on the resource (status stays OK) so the reason outlives the import summary.
    notes = [f"captions not used: {Path(p).name}: {r}" for p, r in out.caption_errors]
    if fixed:
        notes.append(
            f"{fixed} caption cue{'s' if fixed != 1 else ''} ended before {'they' if fixed != 1 else 'it'} "
            "started (shortened to zero length)"
        )
    out.note = "; ".join(notes)


def sniff_media(head: bytes) -> str | None:
    """The container family of a media file from its first bytes, or None.

    Cheap and stdlib-only: it tells a real video/audio from a renamed text/PDF/HTML file,
    not whether the media will decode. Any known container is accepted under any media
    extension (players sniff too, and an .mp4 that is really a .mov plays fine)."""
    if len(head) >= 12 and head[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip"):
        return "isobmff"  # mp4/m4v/m4a/mov ('ftyp' first; old QuickTime files start otherwise)
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "ebml"  # mkv/webm
    if head.startswith(b"RIFF") and head[8:12] == b"AVI ":
        return "avi"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "wav"
    if head.startswith(b"OggS"):
        return "ogg"
    if head.startswith(b"ID3") or _mpeg_frame(head):
        return "mp3"
    return None


def _mpeg_frame(head: bytes) -> bool:
    """An MPEG audio Layer II/III frame header: 11 sync bits, then no reserved version,
    bitrate or sample-rate values. Layer I is left out: its header bytes FF FE/FF FF are
    also what a UTF-16 text file begins with."""
    if len(head) < 3 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version, layer = (head[1] >> 3) & 3, (head[1] >> 1) & 3
    bitrate, rate = head[2] >> 4, (head[2] >> 2) & 3
    return version != 1 and layer in (1, 2) and bitrate != 15 and rate != 3


def media_duration(path: Path, container: str) -> float | None:
    """Duration in seconds from the container header where that is cheap and exact
    (ISO BMFF 'mvhd', WAV data size / byte rate); None otherwise or when unreadable."""
    try:
        with open(path, "rb") as f:
            if container == "isobmff":
                return _mvhd_duration(f)
            if container == "wav":
                return _wav_duration(f)
    except (OSError, ValueError):
        pass
    return None


def _boxes(f: BinaryIO, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """(type, payload start, payload end) of the ISO BMFF boxes in [start, end)."""
    pos = start
    while pos + 8 <= end:
        f.seek(pos)
        hdr = f.read(8)
        if len(hdr) < 8:
            return
        size, kind = struct.unpack(">I4s", hdr)
        body = pos + 8
        if size == 1:
            large = f.read(8)
            if len(large) < 8:
                return
            size = struct.unpack(">Q", large)[0]
            body = pos + 16
        elif size == 0:
            size = end - pos  # runs to the end of the file
        if size < body - pos:
            return  # corrupt: stop rather than loop
        yield kind, body, min(pos + size, end)
        pos += size


def _mvhd_duration(f: BinaryIO) -> float | None:
    end = f.seek(0, os.SEEK_END)
    for kind, body, stop in _boxes(f, 0, end):
        if kind != b"moov":
            continue
        for sub, sbody, _ in _boxes(f, body, stop):
            if sub != b"mvhd":
                continue
            f.seek(sbody)
            version = f.read(4)[0]
            if version == 1:  # 64-bit times: created, modified (8 each), timescale, duration
                f.seek(16, os.SEEK_CUR)
                timescale, duration = struct.unpack(">IQ", f.read(12))
            else:
                f.seek(8, os.SEEK_CUR)
                timescale, duration = struct.unpack(">II", f.read(8))
            unknown = duration in (0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF)
            if timescale == 0 or unknown or duration == 0:
                return None
            return duration / timescale
        return None
    return None


def _wav_duration(f: BinaryIO) -> float | None:
    end = f.seek(0, os.SEEK_END)
    pos, byte_rate = 12, 0
    while pos + 8 <= end:
        f.seek(pos)
        cid, size = struct.unpack("<4sI", f.read(8))
        if cid == b"fmt ":
            byte_rate = struct.unpack("<I", f.read(12)[8:12])[0]
        elif cid == b"data":
            if not byte_rate:
                return None
            # Streamed writers leave the size as 0 or 0xFFFFFFFF: trust the file length then.
            size = end - pos - 8 if size in (0, 0xFFFFFFFF) else min(size, end - pos - 8)
            return size / byte_rate if size > 0 else None
        pos += 8 + size + (size & 1)
    return None


_TS = r"(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?"
_TIMING = re.compile(rf"^\s*{_TS}\s*-->\s*{_TS}")
_TAG = re.compile(r"<[^>]*>")


def _ts(h: str | None, m: str, s: str, ms: str | None) -> float:
    frac = int((ms or "0").ljust(3, "0")) / 1000
    return int(h or 0) * 3600 + int(m) * 60 + int(s) + frac


def clean_cue_text(text: str) -> str:
    """Drop WebVTT/SRT markup (<v Speaker>, <i>, {\\an8}) and decode entities."""
    text = _TAG.sub("", text)
    text = re.sub(r"\{\\[^}]*\}", "", text)
    return " ".join(html.unescape(text).split())


def parse_captions(path: Path) -> list[tuple[float, float, str]]:
    """Cues (start, end, text) of a .vtt or .srt file, in time order."""
    return parse_captions_checked(path)[0]


def parse_captions_checked(path: Path) -> tuple[list[tuple[float, float, str]], int]:
    """Cues (start, end, text) of a .vtt or .srt file, in time order, and how many cues
    ended before they started (their end is clamped to their start).

    Strict parsers first (webvtt-py, srt); when they reject a file that players accept
    (missing WEBVTT header, comma decimals, stray numbering, bad blank lines) a tolerant
    parser takes over. Raises ExtractError when no cue can be read at all."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractError(f"cannot read the caption file: {exc.strerror or exc}") from exc
    if not data.strip():
        raise ExtractError("the caption file is empty")
    text = decode_text(data)
    cues: list[tuple[float, float, str]] = []
    try:
        if path.suffix.lower() == ".srt":
            import srt

            for sub in srt.parse(text):
                cues.append(
                    (
                        sub.start.total_seconds(),
                        sub.end.total_seconds(),
                        clean_cue_text(sub.content),
                    )
                )
        else:
            import webvtt

            for cap in webvtt.WebVTT.from_string(text):
                # cap.start_in_seconds is truncated to whole seconds: parse the text.
                m = _TIMING.match(f"{cap.start} --> {cap.end}")
                if m is None:
                    raise ValueError("unexpected timestamp")
                g = m.groups()
                cues.append((_ts(*g[:4]), _ts(*g[4:]), clean_cue_text(cap.raw_text)))
    except Exception:
        cues = _tolerant(text)
    cues = [c for c in cues if c[2]]
    backwards = sum(1 for a, b, _ in cues if b < a)
    cues = [(a, max(a, b), text) for a, b, text in cues]
    if not cues:
        raise ExtractError("no captions could be read (not a WebVTT/SRT file?)")
    cues.sort(key=lambda c: c[0])
    return cues, backwards


def _tolerant(text: str) -> list[tuple[float, float, str]]:
    cues: list[tuple[float, float, str]] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(lines):
        m = _TIMING.match(lines[i])
        i += 1
        if not m:
            continue
        g = m.groups()
        start, end = _ts(*g[:4]), _ts(*g[4:])
        body: list[str] = []
        while i < len(lines) and lines[i].strip() and not _TIMING.match(lines[i]):
            body.append(lines[i])
            i += 1
        # An SRT cue number right before the next timing line is not text.
        if body and body[-1].strip().isdigit() and i < len(lines) and _TIMING.match(lines[i]):
            body.pop()
        cues.append((start, end, clean_cue_text(" ".join(body))))
    return cues


def file_signature(paths: list[str]) -> str:
    """Size+mtime of caption files: a re-import re-reads media whose captions changed."""
    parts = []
    for p in sorted(paths):
        try:
            st = os.stat(p)
            parts.append(f"{p}|{st.st_size}|{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{p}|gone")
    return "\n".join(parts)
