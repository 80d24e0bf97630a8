"""What an import works with: supported formats, the job sent to a worker and what it
sends back, errors for the person, and cheap file facts (checksum, caption signature)."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from real_desktop.core.i18n import later

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


LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*$")


def caption_language(media: Path, caption: Path) -> tuple[bool, str | None]:
    """Is `caption` a sidecar of `media`, and in which language?

    talk.vtt -> (True, None); talk.en.vtt -> (True, "en"); talk.es-MX.srt -> (True, "es-MX")."""
    if caption.suffix.lower() not in CAPTION_EXTS:
        return False, None
    stem = caption.name[: -len(caption.suffix)]
    if stem == media.stem:
        return True, None
    prefix = media.stem + "."
    if stem.startswith(prefix) and LANGUAGE_TAG.match(stem[len(prefix) :]):
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


def sniff_contents(data: bytes) -> str:
    """What the first bytes look like, as a phrase for an error message
    (a Message; "HTML" needs no translation)."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return later.tr("a PDF")
    if head[:5].lower() in (b"<!doc", b"<html") or b"<body" in head.lower():
        return "HTML"
    if b"\0" in head:
        return later.tr("binary data")
    return later.tr("text")


def join_notes(notes: list[str]) -> str:
    """Several notes as one status reason, "first; then" (stored in English, shown in the
    user's language: each note is a Message and so is the join)."""
    if not notes:
        return ""
    out = notes[0]
    for note in notes[1:]:
        out = later.tr("{first}; {then}").format(first=out, then=note)
    return out


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
