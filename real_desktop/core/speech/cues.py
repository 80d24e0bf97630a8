"""Recognised words → short caption cues, and cues → WebVTT.

Cues are short (at most MAX_CUE_SECONDS from first word to last, a new cue at every pause)
so a search hit, which opens the video at its cue's start, lands within two seconds of the
word that was said."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

MAX_CUE_SECONDS = 2.0
MAX_CUE_WORDS = 8
PAUSE_SECONDS = 0.6


class Word(NamedTuple):
    text: str
    start: float  # seconds from the start of the file
    end: float


class Cue(NamedTuple):
    start: float
    end: float
    text: str


def words_to_cues(words: Iterable[Word]) -> list[Cue]:
    cues: list[Cue] = []
    current: list[Word] = []

    def flush() -> None:
        if current:
            text = " ".join(w.text for w in current)
            cues.append(Cue(current[0].start, max(current[-1].end, current[0].start + 0.3), text))
            current.clear()

    for w in sorted(words, key=lambda w: w.start):
        if not w.text.strip():
            continue
        if current and (
            w.start - current[-1].end > PAUSE_SECONDS
            or w.end - current[0].start > MAX_CUE_SECONDS
            or len(current) >= MAX_CUE_WORDS
        ):
            flush()
        current.append(w)
    flush()
    # Cues never overlap (players show overlapping cues stacked).
    return [
        c._replace(end=min(c.end, cues[i + 1].start)) if i + 1 < len(cues) else c
        for i, c in enumerate(cues)
    ]


def _stamp(seconds: float) -> str:
    ms = round(max(0.0, seconds) * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def to_vtt(cues: Sequence[Cue], note: str = "") -> str:
    out = ["WEBVTT", ""]
    if note:
        out += [f"NOTE {note}", ""]
    for c in cues:
        out += [f"{_stamp(c.start)} --> {_stamp(c.end)}", c.text.replace("-->", "->"), ""]
    return "\n".join(out)


def write_vtt(path: Path, cues: Sequence[Cue], note: str = "") -> None:
    """Atomically (a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(to_vtt(cues, note), encoding="utf-8")
    tmp.replace(path)
