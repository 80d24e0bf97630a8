"""`transcribe`, `ocr` and `import --transcribe --ocr` end to end through main()."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from real_desktop.cli import main
from real_desktop.core.library import Library

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from speech_fixtures import LIBRIVOX, librivox_clips, make_scanned_pdf, make_speech_video  # noqa: E402

pytestmark = pytest.mark.skipif(
    shutil.which("ffmpeg") is None or shutil.which("tesseract") is None or not LIBRIVOX.exists(),
    reason="needs ffmpeg, tesseract-ocr and pocketsphinx-testdata",
)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "home"
    monkeypatch.setenv("REAL_DESKTOP_HOME", str(d))
    Library.open(d, seed=False).close()
    return d


def _ids(home: Path) -> dict[str, str]:
    with Library.open(home, seed=False) as lib:
        return {Path(r.path).name: r.id for r in lib.resources() if r.path}


def test_import_with_transcribe_and_ocr_then_vtt(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    media = tmp_path / "in"
    media.mkdir()
    make_speech_video(media / "talk.mp4", librivox_clips()[:2])
    make_scanned_pdf(media / "minutes.pdf", [["Council minutes"], ["Budget amendment approved"]])
    assert main(["import", str(media), "--transcribe", "--ocr"]) == 0
    out = capsys.readouterr().out
    assert "Transcription finished: 1 done" in out and "Text recognition finished: 1 done" in out
    assert main(["search", "amendment"]) == 0
    assert "page 2, recognised by OCR" in capsys.readouterr().out
    ids = _ids(home)
    vtt = tmp_path / "talk.vtt"
    assert main(["transcribe", ids["talk.mp4"], "--vtt", str(vtt)]) == 0
    text = vtt.read_text()
    assert text.startswith("WEBVTT") and "-->" in text and "john" in text.lower()
    assert main(["search", "john"]) == 0
    assert "[automatic en]" in capsys.readouterr().out
    # Nothing left to do for --all: exit 0 and say so.
    assert main(["transcribe", "--all"]) == 0 and main(["ocr", "--all"]) == 0
    assert "Nothing to" in capsys.readouterr().out


def test_usage_errors_and_failures_give_the_exit_code(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["transcribe"]) == 2
    assert main(["ocr"]) == 2
    assert main(["transcribe", "no-such-id"]) == 1
    monkeypatch.delenv("REAL_DESKTOP_WHISPER_MODEL", raising=False)
    assert main(["transcribe", "--all", "--engine", "whisper"]) == 1
    assert "REAL_DESKTOP_WHISPER_MODEL" in capsys.readouterr().err
    assert main(["ocr", "--all", "--language", "zzz"]) == 1
    pdf = tmp_path / "typed.pdf"
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
    from core_fixtures import write_pdf

    write_pdf(pdf, ["Some typed text"])
    assert main(["import", str(pdf)]) == 0
    rid = _ids(home)["typed.pdf"]
    capsys.readouterr()
    assert main(["ocr", rid]) == 1  # every page already has text: not done
    assert "already has text" in capsys.readouterr().out


def test_import_json_stays_json_with_ocr(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    pdf = tmp_path / "scan.pdf"
    make_scanned_pdf(pdf, [["Ward boundaries"]])
    assert main(["import", str(pdf), "--json", "--ocr"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["counts"]["added"] == 1
    assert "Text recognition finished: 1 done" in err
