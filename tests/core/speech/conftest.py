from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from speech_fixtures import LIBRIVOX  # noqa: E402

if not (LIBRIVOX / "transcription").exists() or shutil.which("ffmpeg") is None:
    pytest.skip(
        "needs the Debian packages pocketsphinx-testdata and ffmpeg", allow_module_level=True
    )
