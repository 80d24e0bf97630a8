"""Real media for player tests, made with ffmpeg (a few seconds each, cached per session)."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

FFMPEG = shutil.which("ffmpeg")

VTT_EN = """WEBVTT

00:00:00.000 --> 00:00:01.000
Welcome to the session.

00:00:01.000 --> 00:00:02.000
Equity starts with listening.

00:00:02.000 --> 00:00:03.000
Budgets show our values.

00:00:03.000 --> 00:00:04.000
Thank you for joining.
"""

VTT_ES = """WEBVTT

00:00:00.000 --> 00:00:01.000
Bienvenidos a la sesión.

00:00:01.000 --> 00:00:02.000
La equidad empieza por escuchar.

00:00:02.000 --> 00:00:03.000
Los presupuestos muestran valores.

00:00:03.000 --> 00:00:04.000
Gracias por acompañarnos.
"""


LONG_CUES = 150  # a 5-minute talk, a cue every 2 s: far more rows than a list shows


def long_cue_text(i: int) -> str:
    return f"Cue number {i} about topic quixote{i}"


def _chapters(seconds: int) -> str:
    half = seconds * 1000 // 2
    return (
        ";FFMETADATA1\n"
        f"[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND={half}\ntitle=Opening\n"
        f"[CHAPTER]\nTIMEBASE=1/1000\nSTART={half}\nEND={seconds * 1000}\ntitle=Budgets\n"
    )


def vtt(cues: list[tuple[float, float, str]]) -> str:
    def ts(t: float) -> str:
        return f"{int(t // 3600):02d}:{int(t % 3600 // 60):02d}:{t % 60:06.3f}"

    return "WEBVTT\n\n" + "\n".join(f"{ts(a)} --> {ts(b)}\n{text}\n" for a, b, text in cues)


def _run(*args: str) -> None:
    assert FFMPEG, "ffmpeg is required for player tests"
    subprocess.run([FFMPEG, "-loglevel", "error", "-y", *args], check=True)


def make_video(path: Path, seconds: int = 4, chapters: bool = True, rate: int = 25) -> Path:
    """testsrc + a 440 Hz tone, H.264/AAC, with two chapters (start, half way). A low
    `rate` keeps long test videos quick to make."""
    path.parent.mkdir(parents=True, exist_ok=True)
    src = [
        "-f", "lavfi", "-i", f"testsrc=duration={seconds}:size=320x180:rate={rate}",
        "-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}",
    ]  # fmt: skip
    enc = ["-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "ultrafast", "-g", str(rate),
           "-c:a", "aac", "-shortest", "-movflags", "+faststart"]  # fmt: skip
    if chapters:
        meta = path.with_suffix(".chapters.txt")
        meta.write_text(_chapters(seconds))
        _run(*src, "-f", "ffmetadata", "-i", str(meta), "-map", "0:v", "-map", "1:a",
             "-map_chapters", "2", *enc, str(path))  # fmt: skip
        meta.unlink()
    else:
        _run(*src, *enc, str(path))
    return path


def make_audio(path: Path, seconds: int = 3) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    _run("-f", "lavfi", "-i", f"sine=frequency=330:duration={seconds}", "-c:a", "aac", str(path))
    return path


def make_garbage(path: Path) -> Path:
    """Random bytes named .mp4: not a media file at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(random.Random(5).randbytes(20_000))
    return path


def make_truncated(path: Path) -> Path:
    """The first 30 KB of an MP4 whose index (moov) sits at the end: cut off, unplayable."""
    full = path.with_name("full-" + path.name)
    _run("-f", "lavfi", "-i", "testsrc=duration=4:size=320x180:rate=25",
         "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(full))  # fmt: skip
    path.write_bytes(full.read_bytes()[:30_000])
    full.unlink()
    return path


def write_captions(
    video: Path, en_text: str = VTT_EN, es_text: str | None = VTT_ES
) -> tuple[Path, Path | None]:
    """talk.en.vtt (and talk.es.vtt) beside the video (the sidecar naming the importer reads)."""
    en = video.with_name(video.stem + ".en.vtt")
    en.write_text(en_text, encoding="utf-8")
    es = None
    if es_text is not None:
        es = video.with_name(video.stem + ".es.vtt")
        es.write_text(es_text, encoding="utf-8")
    return en, es
