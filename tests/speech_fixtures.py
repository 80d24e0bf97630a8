"""Real speech and scanned pages for the speech/OCR tests and benchmarks.

Speech: the LibriVox clips of Debian's `pocketsphinx-testdata`, with their reference
transcripts, laid into a video at known offsets with silence between. Scans: PDFs made
only of page images (no text layer), with known words on known pages."""

from __future__ import annotations

import re
import subprocess
import wave
from pathlib import Path
from typing import NamedTuple

LIBRIVOX = Path("/usr/share/pocketsphinx/test/data/librivox")
LEAD_IN = 2.0  # silence before the first clip
GAP = 4.0  # silence between clips


class Clip(NamedTuple):
    name: str
    start: float  # offset in the video, seconds
    end: float
    words: list[str]  # reference transcript


def librivox_clips() -> list[tuple[Path, list[str]]]:
    refs: dict[str, list[str]] = {}
    for line in (LIBRIVOX / "transcription").read_text().splitlines():
        m = re.match(r"<s>(.*)</s>\s*\((.*)\)", line.strip())
        if m:
            refs[m.group(2)] = m.group(1).split()
    return [(LIBRIVOX / f"{name}.wav", words) for name, words in sorted(refs.items())]


def make_speech_video(path: Path, clips: list[tuple[Path, list[str]]] | None = None) -> list[Clip]:
    """Write the video; return where each clip is in it."""
    clips = librivox_clips() if clips is None else clips
    inputs: list[str] = []
    layout: list[Clip] = []
    t = LEAD_IN
    parts = [f"anullsrc=r=16000:cl=mono:d={LEAD_IN}"]
    for wav, words in clips:
        with wave.open(str(wav)) as w:
            seconds = w.getnframes() / w.getframerate()
        layout.append(Clip(wav.stem, t, t + seconds, words))
        parts.append(str(wav))
        parts.append(f"anullsrc=r=16000:cl=mono:d={GAP}")
        t += seconds + GAP
    for p in parts:
        inputs += ["-f", "lavfi", "-i", p] if p.startswith("anullsrc") else ["-i", p]
    n = len(parts)
    graph = "".join(f"[{i}:a]" for i in range(n)) + f"concat=n={n}:v=0:a=1[a]"
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-y", *inputs,
         "-f", "lavfi", "-i", f"color=c=0x2a4d69:s=160x90:r=5:d={t:.2f}",
         "-filter_complex", graph, "-map", f"{n}:v", "-map", "[a]",
         "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
         "-c:a", "aac", "-b:a", "64k", "-shortest", str(path)],
        check=True,
    )  # fmt: skip
    return layout


def word_error_rate(reference: list[str], hypothesis: list[str]) -> float:
    """Word-level Levenshtein distance / reference length."""
    prev = list(range(len(hypothesis) + 1))
    for i, r in enumerate(reference, 1):
        cur = [i]
        for j, h in enumerate(hypothesis, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h)))
        prev = cur
    return prev[-1] / max(1, len(reference))


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def make_scanned_pdf(path: Path, pages: list[list[str]], dpi: int = 150) -> None:
    """A PDF of page images only (what a scanner makes): each page's lines drawn in a
    12-pt-like size on a slightly grey page, saved by Pillow as image-only PDF pages."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, int(dpi * 0.2))
    images = []
    for lines in pages:
        img = Image.new("L", (int(8.5 * dpi), int(11 * dpi)), 238)
        draw = ImageDraw.Draw(img)
        y = dpi
        for line in lines:
            draw.text((dpi, y), line, fill=20, font=font)
            y += int(dpi * 0.35)
        images.append(img)
    images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
