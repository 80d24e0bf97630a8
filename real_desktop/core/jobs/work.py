"""What a worker process does for one job. Runs in a child process ("spawn") at low
priority; talks to the runner only through its end of a Pipe:

    ("progress", fraction, detail)   any number of times
    ("done", payload)                cues [(start, end, text), ...] or {page: text}
    ("error", message)               a message for the user
"""

from __future__ import annotations

import contextlib
import os
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

NICENESS = 10


def lower_priority() -> None:
    # Windows has no nice(); a failure is harmless.
    with contextlib.suppress(AttributeError, OSError):
        os.nice(NICENESS)


def main(kind: str, path: str, options: dict[str, Any], pipe: Connection) -> None:
    lower_priority()
    try:
        if kind == "transcribe":
            pipe.send(("done", transcribe(Path(path), options, pipe)))
        else:
            pipe.send(("done", ocr(Path(path), options, pipe)))
    except Exception as exc:  # every failure reaches the user as a message
        from real_desktop.core.ocr.engine import OcrError
        from real_desktop.core.speech.engines import SpeechError

        known = isinstance(exc, SpeechError | OcrError)
        pipe.send(("error", str(exc) if known else f"{type(exc).__name__}: {exc}"))
    finally:
        pipe.close()


def transcribe(path: Path, options: dict[str, Any], pipe: Connection) -> list[tuple[float, float, str]]:
    from real_desktop.core.speech.audio import probe_duration
    from real_desktop.core.speech.cues import words_to_cues
    from real_desktop.core.speech.engines import get_engine

    engine = get_engine(
        options.get("engine") or "pocketsphinx",
        language=options.get("language") or "en",
        whisper_model=options.get("whisper_model"),
    )
    duration = options.get("duration") or probe_duration(path) or 0.0
    last = [-1.0]

    def report(seconds: float) -> None:
        if duration and seconds - last[0] >= 1.0:
            last[0] = seconds
            pipe.send(("progress", min(1.0, seconds / duration), f"{seconds:.0f}/{duration:.0f}"))

    words = engine.transcribe(path, report=report)
    return [tuple(c) for c in words_to_cues(words)]  # type: ignore[misc]


def ocr(path: Path, options: dict[str, Any], pipe: Connection) -> dict[int, str]:
    from real_desktop.core.ocr.engine import ocr_pdf

    pages = [int(p) for p in options.get("pages") or []]

    def report(done: int, total: int) -> None:
        pipe.send(("progress", done / max(1, total), f"{done}/{total}"))

    return ocr_pdf(path, pages, options.get("language") or "eng", report=report)
