"""Speech engines behind one small interface.

    engine = get_engine("pocketsphinx", language="en")
    words = engine.transcribe(path, report=lambda seconds: ..., cancelled=lambda: False)

- `pocketsphinx` (default): its PyPI wheel ships the US-English model, so it works out of
  the box; English only.
- `whisper`: whisper.cpp through the optional package `pywhispercpp`
  (`pip install 'real-desktop[whisper]'`), with a ggml model file the user brings (the
  settings, or REAL_DESKTOP_WHISPER_MODEL). Many languages, far more accurate.
"""

from __future__ import annotations

import os
import re
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from real_desktop.core.i18n import later
from real_desktop.core.speech.audio import BYTES_PER_SECOND, RATE, AudioError, pcm_chunks
from real_desktop.core.speech.cues import Word

ENGINES = ("pocketsphinx", "whisper")
WHISPER_ENV = "REAL_DESKTOP_WHISPER_MODEL"
# whisper.cpp's ggml files start with the uint32 0x67676d6c ("ggml") written little-endian.
GGML_MAGIC = b"lmgg"
# The int32 hyperparameters after the magic, in file order (whisper.cpp's whisper_hparams).
GGML_HPARAMS = (
    "n_vocab", "n_audio_ctx", "n_audio_state", "n_audio_head", "n_audio_layer",
    "n_text_ctx", "n_text_state", "n_text_head", "n_text_layer", "n_mels", "ftype",
)  # fmt: skip

Report = Callable[[float], None]  # seconds of audio done
Cancelled = Callable[[], bool]


class SpeechError(RuntimeError):
    """Transcription cannot run or failed; the message is for the user."""


class SpeechEngine(Protocol):
    name: str
    language: str

    def transcribe(
        self, path: Path, *, report: Report | None = None, cancelled: Cancelled | None = None
    ) -> list[Word]: ...


def base_language(code: str | None) -> str:
    """"en-US" → "en"; None → "en"."""
    return (code or "en").split("-")[0].split("_")[0].lower() or "en"


# -- pocketsphinx -------------------------------------------------------------------------
_FILLER = re.compile(r"^(<.*>|\[.*\]|\+\+.*\+\+)$")


def _clean(word: str) -> str:
    """Dictionary entries carry a pronunciation number ("to(2)"); fillers are dropped."""
    if _FILLER.match(word):
        return ""
    return re.sub(r"\(\d+\)$", "", word)


class PocketSphinxEngine:
    name = "pocketsphinx"

    def __init__(self, language: str = "en") -> None:
        language = base_language(language)
        if language != "en":
            raise SpeechError(
                later.tr(
                    "pocketsphinx has only an English model; for “{language}” use the whisper "
                    "engine with a model file (Settings, or REAL_DESKTOP_WHISPER_MODEL)"
                ).format(language=language)
            )
        self.language = language

    def transcribe(
        self, path: Path, *, report: Report | None = None, cancelled: Cancelled | None = None
    ) -> list[Word]:
        try:
            from pocketsphinx import Decoder, Endpointer
        except ImportError as exc:  # pragma: no cover - it is a locked dependency
            raise SpeechError(
                later.tr("pocketsphinx is not installed ({error})").format(error=exc)
            ) from exc
        # The endpointer cuts the stream at pauses: each utterance is decoded on its own,
        # which keeps the search small and gives word times relative to its start.
        ep = Endpointer(window=0.3, ratio=0.9, sample_rate=RATE)
        decoder = Decoder(samprate=RATE, loglevel="FATAL")
        frame = int(ep.frame_bytes)
        words: list[Word] = []
        in_utt, offset, done, pending = False, 0.0, 0, b""

        def finish() -> None:
            decoder.end_utt()
            for s in decoder.seg():
                text = _clean(s.word)
                if text:
                    words.append(Word(text, offset + s.start_frame / 100, offset + (s.end_frame + 1) / 100))

        try:
            for chunk in pcm_chunks(path):
                if cancelled is not None and cancelled():
                    return words
                pending += chunk
                usable = len(pending) - len(pending) % frame
                for i in range(0, usable, frame):
                    speech = ep.process(pending[i : i + frame])
                    if speech is None:
                        continue
                    if not in_utt:
                        decoder.start_utt()
                        in_utt, offset = True, float(ep.speech_start)
                    decoder.process_raw(speech)
                    if not ep.in_speech:
                        finish()
                        in_utt = False
                pending = pending[usable:]
                done += len(chunk)
                if report is not None:
                    report(done / BYTES_PER_SECOND)
            tail = ep.end_stream(pending) if pending or in_utt else None
            if tail is not None:
                if not in_utt:
                    decoder.start_utt()
                    in_utt, offset = True, float(ep.speech_start)
                decoder.process_raw(tail)
            if in_utt:
                finish()
        except AudioError as exc:
            raise SpeechError(*exc.args) from exc  # its Message, still to be translated
        return words


# -- whisper.cpp --------------------------------------------------------------------------
def find_whisper_model(setting: str | os.PathLike[str] | None = None) -> Path | None:
    """The model file the user pointed at: the setting, else REAL_DESKTOP_WHISPER_MODEL;
    None when neither is set. Does not check the file (see `check_whisper_model`)."""
    chosen = str(setting) if setting else os.environ.get(WHISPER_ENV, "")
    return Path(chosen).expanduser() if chosen.strip() else None


def check_whisper_model(path: Path | None) -> Path:
    """The model file, checked enough to give a clear message before whisper.cpp sees it."""
    if path is None:
        raise SpeechError(
            later.tr(
                "the whisper engine needs a whisper.cpp model file (ggml-*.bin): choose one in "
                "Settings, or set {variable}=/path/to/ggml-base.bin"
            ).format(variable=WHISPER_ENV)
        )
    if not path.exists():
        raise SpeechError(
            later.tr("the whisper model file {path} does not exist").format(path=path)
        )
    if not path.is_file():
        raise SpeechError(
            later.tr("the whisper model {path} is a folder, not a model file").format(path=path)
        )
    try:
        with open(path, "rb") as f:
            head = f.read(4 + 4 * len(GGML_HPARAMS))
    except OSError as exc:
        raise SpeechError(
            later.tr("the whisper model file {path} cannot be read ({error})").format(
                path=path, error=exc.strerror
            )
        ) from exc
    if head[:4] != GGML_MAGIC:
        raise SpeechError(
            later.tr(
                "{name} is not a whisper.cpp model (ggml) file: it is damaged, or a "
                "different kind of model; use one of the ggml-*.bin files made for whisper.cpp"
            ).format(name=path.name)
        )
    if path.stat().st_size < 1_000_000 or len(head) < 4 + 4 * len(GGML_HPARAMS):
        raise SpeechError(
            later.tr("the whisper model file {name} is truncated (too small)").format(
                name=path.name
            )
        )
    # whisper.cpp trusts these numbers (a damaged header crashes it): check them first.
    values = dict(zip(GGML_HPARAMS, struct.unpack(f"<{len(GGML_HPARAMS)}i", head[4:]), strict=True))
    sane = (
        51_000 <= values["n_vocab"] <= 52_000
        and values["n_audio_ctx"] == 1500
        and values["n_mels"] in (80, 128)
        and all(1 <= values[k] <= 64 for k in ("n_audio_layer", "n_text_layer", "n_audio_head", "n_text_head"))
        and all(64 <= values[k] <= 4096 for k in ("n_audio_state", "n_text_state"))
    )
    if not sane:
        raise SpeechError(
            later.tr(
                "the whisper model file {name} is damaged (its header makes no sense); "
                "copy it again from where it came from"
            ).format(name=path.name)
        )
    return path


class WhisperEngine:
    name = "whisper"

    def __init__(self, model: Path | None, language: str = "en", threads: int = 2) -> None:
        self.model = check_whisper_model(model)
        self.language = base_language(language)
        self.threads = threads

    def transcribe(
        self, path: Path, *, report: Report | None = None, cancelled: Cancelled | None = None
    ) -> list[Word]:
        try:
            import numpy as np
            from pywhispercpp.model import Model
        except ImportError as exc:
            raise SpeechError(
                later.tr(
                    "the whisper engine needs the optional package pywhispercpp "
                    "(pip install 'real-desktop[whisper]')"
                )
            ) from exc
        try:
            pcm = b"".join(pcm_chunks(path))
        except AudioError as exc:
            raise SpeechError(*exc.args) from exc
        if cancelled is not None and cancelled():
            return []
        audio = np.frombuffer(pcm, dtype=np.int16).astype(np.float32) / 32768.0
        try:
            # A path that is an existing file is used as it is (pywhispercpp would try to
            # download a model by that name otherwise: check_whisper_model ruled that out).
            model = Model(str(self.model), n_threads=self.threads, redirect_whispercpp_logs_to=None,
                          print_progress=False, print_realtime=False)  # fmt: skip
        except Exception as exc:  # whisper.cpp's message for a file it cannot load
            raise SpeechError(
                later.tr("the whisper model {name} could not be loaded ({error})").format(
                    name=self.model.name, error=exc
                )
            ) from exc
        total = len(audio) / RATE

        def on_segment(segment: object) -> None:
            if report is not None:
                report(min(total, getattr(segment, "t1", 0) / 100))

        # max_len + split_on_word give short phrase-level segments (word timing).
        segments = model.transcribe(
            audio, language=self.language, token_timestamps=True, max_len=24,
            split_on_word=True, new_segment_callback=on_segment,
            abort_callback=cancelled if cancelled is not None else None,
        )  # fmt: skip
        words = [
            Word(s.text.strip(), s.t0 / 100, s.t1 / 100) for s in segments if s.text.strip()
        ]
        if report is not None:
            report(total)
        return words


def get_engine(
    name: str = "pocketsphinx", *, language: str = "en", whisper_model: str | None = None
) -> SpeechEngine:
    if name == "pocketsphinx":
        return PocketSphinxEngine(language)
    if name == "whisper":
        return WhisperEngine(find_whisper_model(whisper_model), language)
    raise SpeechError(
        later.tr("unknown speech engine “{name}” (choose {first} or {second})").format(
            name=name, first=ENGINES[0], second=ENGINES[1]
        )
    )
