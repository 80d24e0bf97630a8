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
from dataclasses import dataclass, field
from pathlib import Path

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
            meta_title = (pdf.get_metadata_dict().get("Title") or "").strip()
        except Exception:  # broken info dictionaries are common and harmless
            meta_title = ""
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
        out.segments.append((seq, "section", None, anchor, heading, None, None, None, body))
        seq += 1
    out.page_count = len(out.segments)


def _markdown(path: Path, out: Extracted) -> None:
    text = _read_text(path)
    if text.lstrip().startswith("%PDF"):
        raise ExtractError("not a Markdown file (it contains a PDF; wrong file extension?)")
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
    if title:
        out.title = title
    _sections_out(out, sections)


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
    seq = 0
    seen: set[str | None] = set()
    last_end = 0.0
    for cpath, lang in job.captions:
        if lang in seen:
            out.caption_errors.append(
                (cpath, f"another caption file for {language_label(lang)} was used")
            )
            continue
        try:
            cues = parse_captions(Path(cpath))
        except ExtractError as exc:
            out.caption_errors.append((cpath, str(exc)))
            continue
        seen.add(lang)
        out.captions.append((cpath, lang, language_label(lang)))
        for start, end, text in cues:
            out.segments.append((seq, "time", None, None, None, start, end, lang, text))
            seq += 1
            last_end = max(last_end, end)
    if last_end > 0:
        out.duration = last_end  # best guess until the player reports the real duration
    if out.captions:
        out.language = out.captions[0][1]


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
    """Cues (start, end, text) of a .vtt or .srt file, in time order.

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
    cues = [(a, max(a, b), text) for a, b, text in cues if text]
    if not cues:
        raise ExtractError("no captions could be read (not a WebVTT/SRT file?)")
    cues.sort(key=lambda c: c[0])
    return cues


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
        cues.append((start, max(start, end), clean_cue_text(" ".join(body))))
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
