"""Video and audio: container sniffing from the first bytes, duration only from the
container, and the caption tracks beside the file."""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from real_desktop.core.i18n import later, message_of
from real_desktop.core.importing.captions import parse_captions_checked
from real_desktop.core.importing.files import (
    Extracted,
    ExtractError,
    Job,
    join_notes,
    sniff_contents,
)
from real_desktop.core.textutil import language_label


def extract_media(job: Job, out: Extracted) -> None:
    path = Path(job.path)
    with open(path, "rb") as f:
        head = f.read(64)
    container = sniff_media(head)
    if container is None:
        what = sniff_contents(head)
        if what in ("a PDF", "HTML", "text"):
            raise ExtractError(
                later.tr(
                    "this is not a {kind} file (it contains {what}; wrong file extension?)"
                ).format(kind=job.kind, what=what)
            )
        raise ExtractError(
            later.tr("this is not a {kind} file (wrong file extension?)").format(kind=job.kind)
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
                (cpath, later.tr("another caption file for {language} was used").format(
                    language=language_label(lang)
                ))
            )
            continue
        try:
            cues, bad = parse_captions_checked(Path(cpath))
        except ExtractError as exc:
            out.caption_errors.append((cpath, message_of(exc)))
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
    notes = [
        later.tr("captions not used: {file}: {why}").format(file=Path(p).name, why=r)
        for p, r in out.caption_errors
    ]
    # Two messages, not a %n plural: the note is stored (status_reason) and read back in
    # the user's language by the reverse lookup, which leaves plurals out.
    if fixed == 1:
        notes.append(later.tr("1 caption cue ended before it started (shortened to zero length)"))
    elif fixed:
        notes.append(
            later.tr(
                "{count} caption cues ended before they started (shortened to zero length)"
            ).format(count=fixed)
        )
    out.note = join_notes(notes)


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


