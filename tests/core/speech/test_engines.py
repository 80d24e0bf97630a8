"""The engine interface, and everything around whisper.cpp that needs no model: finding
the model file, clear messages for a missing, damaged or wrong file. The real whisper run
needs a ggml model the user brings (REAL_DESKTOP_WHISPER_MODEL) and is skipped without."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

import pytest

from real_desktop.core.speech.audio import AudioError, pcm_chunks
from real_desktop.core.speech.cues import Word, to_vtt, words_to_cues
from real_desktop.core.speech.engines import (
    WHISPER_ENV,
    SpeechError,
    check_whisper_model,
    find_whisper_model,
    get_engine,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from speech_fixtures import LIBRIVOX, librivox_clips, word_error_rate  # noqa: E402


def test_the_setting_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(WHISPER_ENV, str(tmp_path / "env.bin"))
    assert find_whisper_model(None) == tmp_path / "env.bin"
    assert find_whisper_model(str(tmp_path / "set.bin")) == tmp_path / "set.bin"
    monkeypatch.delenv(WHISPER_ENV)
    assert find_whisper_model(None) is None and find_whisper_model("  ") is None


def test_clear_messages_for_a_missing_or_wrong_model_file(tmp_path: Path) -> None:
    with pytest.raises(SpeechError, match="Settings, or set REAL_DESKTOP_WHISPER_MODEL"):
        check_whisper_model(None)
    with pytest.raises(SpeechError, match="does not exist"):
        check_whisper_model(tmp_path / "ggml-base.bin")
    with pytest.raises(SpeechError, match="a folder"):
        check_whisper_model(tmp_path)
    wrong = tmp_path / "model.onnx"
    wrong.write_bytes(b"\x08\x07ONNX" + bytes(2_000_000))
    with pytest.raises(SpeechError, match="not a whisper.cpp model"):
        check_whisper_model(wrong)
    zeros = tmp_path / "ggml-zeros.bin"
    zeros.write_bytes(b"lmgg" + bytes(2_000_000))  # whisper.cpp itself would crash on it
    with pytest.raises(SpeechError, match="damaged"):
        check_whisper_model(zeros)
    good = fake_ggml(tmp_path / "ggml-base.bin")
    assert check_whisper_model(good) == good
    cut = tmp_path / "ggml-cut.bin"
    cut.write_bytes(b"lmgg" + bytes(1000))
    with pytest.raises(SpeechError, match="truncated"):
        check_whisper_model(cut)
    with pytest.raises(SpeechError, match="unknown speech engine"):
        get_engine("dragon")
    with pytest.raises(SpeechError, match="only an English model"):
        get_engine("pocketsphinx", language="es")


def fake_ggml(path: Path) -> Path:
    """A file with the header of ggml-base.bin (real hyperparameters) and no real weights."""
    hparams = (51865, 1500, 512, 8, 6, 448, 512, 8, 6, 80, 1)
    path.write_bytes(b"lmgg" + struct.pack("<11i", *hparams) + bytes(2_000_000))
    return path


def test_a_model_whisper_cannot_load_fails_that_item_only(tmp_path: Path) -> None:
    """Past the header check, whisper.cpp may still refuse (or crash on) the weights: the
    job fails with a message, in its worker process, and the app goes on."""
    pytest.importorskip("pywhispercpp", reason="the optional whisper extra is not installed")
    from real_desktop.core.jobs.queue import JobKind, JobQueue, JobState
    from real_desktop.core.jobs.runner import JobRunner
    from real_desktop.core.library import Library

    wav = librivox_clips()[1][0]
    with Library.open(tmp_path / "home", seed=False) as lib:
        rid = lib.import_all([wav]).results[0].resource_id
        model = fake_ggml(tmp_path / "ggml-base.bin")
        ids = JobQueue(lib.db).enqueue(
            JobKind.TRANSCRIBE, [rid], {"engine": "whisper", "whisper_model": str(model)}
        )
        (job,) = JobRunner(lib.db, lib.index, lib.home).run(ids).jobs
        assert job.state is JobState.FAILED
        assert "model" in job.message
        assert lib.get(rid).captions == ()


def test_unreadable_audio_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(AudioError, match="not there"):
        list(pcm_chunks(tmp_path / "nope.mp4"))
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(b"not a video at all" * 100)
    with pytest.raises(AudioError, match="ffmpeg could not read|no sound track"):
        list(pcm_chunks(bad))


def test_words_become_short_cues_and_webvtt() -> None:
    words = [Word(f"w{i}", i * 0.4, i * 0.4 + 0.3) for i in range(12)] + [Word("after", 10.0, 10.4)]
    cues = words_to_cues(words)
    assert all(c.end - c.start <= 2.0 + 1e-9 for c in cues)
    assert cues[-1].text == "after" and cues[-1].start == 10.0
    assert all(a.end <= b.start for a, b in zip(cues, cues[1:], strict=False))
    vtt = to_vtt(cues, "made by a machine")
    assert vtt.startswith("WEBVTT\n\nNOTE made by a machine") and "00:00:10.000 --> 00:00:10.400" in vtt


@pytest.mark.skipif(
    not os.environ.get(WHISPER_ENV) or not LIBRIVOX.exists(),
    reason=f"needs a whisper.cpp ggml model file in {WHISPER_ENV} (none ships here)",
)
def test_whisper_transcribes_real_speech() -> None:
    pytest.importorskip("pywhispercpp", reason="the optional whisper extra is not installed")
    wav, ref = librivox_clips()[0]
    words = get_engine("whisper", language="en").transcribe(wav)
    hyp = " ".join(w.text for w in words).lower().replace(",", "").replace(".", "").split()
    assert word_error_rate(ref, hyp) < 0.35
