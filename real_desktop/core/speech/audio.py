"""Audio for the speech engines: 16 kHz, mono, signed 16-bit little-endian PCM.

A WAV file already in that format is read with the stdlib; anything else (every video
container, MP3, AAC, …) goes through `ffmpeg`, streamed through a pipe so a two-hour talk
never sits in memory."""

from __future__ import annotations

import shutil
import subprocess
import wave
from collections.abc import Iterator
from pathlib import Path

from real_desktop.core.i18n import later

RATE = 16000
BYTES_PER_SECOND = RATE * 2
CHUNK = BYTES_PER_SECOND // 2  # half a second per read


class AudioError(RuntimeError):
    """The audio could not be read; the message is for the user."""


def _plain_wav(path: Path) -> bool:
    try:
        with wave.open(str(path), "rb") as w:
            return w.getframerate() == RATE and w.getnchannels() == 1 and w.getsampwidth() == 2
    except (wave.Error, EOFError, OSError):
        return False


def pcm_chunks(path: Path) -> Iterator[bytes]:
    """Yield the file's audio as 16 kHz mono s16le, about half a second at a time."""
    if not path.is_file():
        raise AudioError(later.tr("the file {path} is not there").format(path=path))
    if path.suffix.lower() == ".wav" and _plain_wav(path):
        with wave.open(str(path), "rb") as w:
            while data := w.readframes(CHUNK // 2):
                yield data
        return
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise AudioError(
            later.tr("ffmpeg is not installed: it is needed to read the audio of this file")
        )
    proc = subprocess.Popen(
        [ffmpeg, "-nostdin", "-v", "error", "-i", str(path), "-vn", "-sn", "-dn",
         "-ac", "1", "-ar", str(RATE), "-f", "s16le", "-"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    got = 0
    try:
        while data := proc.stdout.read(CHUNK):
            got += len(data)
            yield data
    finally:
        proc.stdout.close()
        err = proc.stderr.read().decode("utf-8", "replace").strip()
        proc.stderr.close()
        code = proc.wait()
    if code != 0 or got == 0:
        last = err.splitlines()[-1] if err else ""
        if "does not contain any stream" in err or "Output file #0 does not contain" in err or (
            code == 0 and got == 0
        ):
            raise AudioError(later.tr("the file has no sound track"))
        why = last or later.tr("exit code {code}").format(code=code)
        raise AudioError(later.tr("ffmpeg could not read the audio ({why})").format(why=why))


def probe_duration(path: Path) -> float | None:
    """The file's duration in seconds from ffprobe (None when it cannot tell)."""
    if path.suffix.lower() == ".wav" and _plain_wav(path):
        with wave.open(str(path), "rb") as w:
            return w.getnframes() / RATE
    ffprobe = shutil.which("ffprobe")
    if ffprobe is None:
        return None
    try:
        out = subprocess.run(
            [ffprobe, "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
            capture_output=True, text=True, timeout=30, check=False,
        ).stdout.strip()  # fmt: skip
        return float(out) if out else None
    except (OSError, ValueError, subprocess.TimeoutExpired):
        return None
