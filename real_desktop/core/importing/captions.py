"""WebVTT/SRT captions: strict parsers (webvtt-py, srt) first, then a tolerant one for
files players accept but the strict parsers reject."""

from __future__ import annotations

import html
import re
from pathlib import Path

from real_desktop.core.i18n import later
from real_desktop.core.importing.files import ExtractError
from real_desktop.core.textutil import decode_text

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
        raise ExtractError(
            later.tr("cannot read the caption file: {error}").format(error=exc.strerror or str(exc))
        ) from exc
    if not data.strip():
        raise ExtractError(later.tr("the caption file is empty"))
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
                    # Caught below: the tolerant parser takes over.
                    raise ValueError("unexpected timestamp")  # internal
                g = m.groups()
                cues.append((_ts(*g[:4]), _ts(*g[4:]), clean_cue_text(cap.raw_text)))
    except Exception:
        cues = _tolerant(text)
    cues = [c for c in cues if c[2]]
    backwards = sum(1 for a, b, _ in cues if b < a)
    cues = [(a, max(a, b), text) for a, b, text in cues]
    if not cues:
        raise ExtractError(later.tr("no captions could be read (not a WebVTT/SRT file?)"))
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


