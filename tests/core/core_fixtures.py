"""Builders for real test files: PDFs (a tiny writer, no Qt), captions, media via ffmpeg.

Also `slow_extract`, an extractor target for the worker-timeout test (importable in the
spawned worker because pytest puts this folder on sys.path, which spawn passes on).
"""

from __future__ import annotations

import os
import subprocess
import time
import zlib
from pathlib import Path


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_pdf(
    path: Path,
    pages: list[str],
    *,
    title: str | None = None,
    author: str | None = None,
    encrypt: bool = False,
) -> Path:
    """A valid PDF with one Helvetica text line per paragraph (split on newlines)."""
    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    contents = []
    for text in pages:
        ops = ["BT", "/F1 11 Tf", "14 TL", "56 770 Td"]
        ops += [f"({_esc(line)}) Tj T*" for line in text.split("\n")]
        ops.append("ET")
        data = zlib.compress("\n".join(ops).encode("cp1252", "replace"))
        contents.append(
            add(
                b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
                + data
                + b"\nendstream"
            )
        )
    page_ids = [add(b"") for _ in pages]
    pages_id = add(b"")
    for content, pid in zip(contents, page_ids, strict=True):
        objs[pid - 1] = (
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, content, font)
        )
    kids = b" ".join(b"%d 0 R" % p for p in page_ids)
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))
    author_entry = b" /Author (%s)" % _esc(author).encode("cp1252") if author else b""
    info = add(
        b"<< /Title (%s)%s >>" % (_esc(title or "").encode("cp1252", "replace"), author_entry)
    )
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    trailer_extra = b""
    if encrypt:
        # Standard security handler with a user password: readers must ask for it.
        enc = add(
            b"<< /Filter /Standard /V 1 /R 2 /O <"
            + b"11" * 32
            + b"> /U <"
            + b"22" * 32
            + b"> /P -44 >>"
        )
        trailer_extra = b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (enc, b"ab" * 16, b"ab" * 16)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1,
        catalog,
        info,
        trailer_extra,
        xref,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(out))
    return path


def vtt(cues: list[tuple[float, float, str]]) -> str:
    def ts(t: float) -> str:
        h, rem = divmod(t, 3600)
        m, s = divmod(rem, 60)
        return f"{int(h):02d}:{int(m):02d}:{s:06.3f}"

    return "WEBVTT\n\n" + "".join(f"{ts(a)} --> {ts(b)}\n{text}\n\n" for a, b, text in cues)


def srt(cues: list[tuple[float, float, str]]) -> str:
    def ts(t: float) -> str:
        h, rem = divmod(t, 3600)
        m, s = divmod(rem, 60)
        return f"{int(h):02d}:{int(m):02d}:{s:06.3f}".replace(".", ",")

    return "".join(
        f"{i}\n{ts(a)} --> {ts(b)}\n{text}\n\n" for i, (a, b, text) in enumerate(cues, 1)
    )


def make_video(path: Path, seconds: int = 2) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "ffmpeg",
            "-loglevel",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"testsrc=duration={seconds}:size=64x48:rate=5",
            "-pix_fmt",
            "yuv420p",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            str(path),
        ],
        check=True,
    )
    return path


def make_media(path: Path, seconds: int = 2) -> Path:
    """A real file in whatever container the extension names, with ffmpeg's default
    codecs for it (a test pattern for video extensions, a tone for audio ones)."""
    audio = path.suffix.lower() in (".mp3", ".m4a", ".ogg", ".wav")
    source = (
        f"sine=frequency=440:duration={seconds}"
        if audio
        else f"testsrc=duration={seconds}:size=64x48:rate=5"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    cmd = ["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i", source]
    subprocess.run([*cmd, *([] if audio else ["-pix_fmt", "yuv420p"]), str(path)], check=True)
    return path


def make_audio(path: Path, seconds: int = 1) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "ffmpeg",
            "-loglevel",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"sine=frequency=440:duration={seconds}",
            str(path),
        ],
        check=True,
    )
    return path


def slow_extract(job):  # type: ignore[no-untyped-def]
    """Hangs on files named hang*, kills its process on crash*: stand-ins for PDFs that
    wedge or crash the parser."""
    from real_desktop.core.importing.extract import extract_job

    name = Path(job.path).name
    if name.startswith("hang"):
        time.sleep(3600)
    if name.startswith("crash"):
        os._exit(3)  # a parser that takes the whole process down (segfault-like)
    return extract_job(job)
