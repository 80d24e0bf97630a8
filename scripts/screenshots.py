"""Regenerate every screenshot in docs/screenshots/ from the real windows.

    ./dev screenshots          (starts a private Xvfb when there is no display)

Each tool runs in its own process (a fresh QApplication and data home per tool, as a
new user would see it); a tool that fails is reported and the others still run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "docs" / "screenshots"

# (what, argv after the interpreter)
TOOLS: list[tuple[str, list[str]]] = [
    ("library, search, viewers with notes", [str(SHOTS / "make_screenshots.py")]),
    ("viewers and import summary", [str(SHOTS / "make_viewer_screenshots.py")]),
    ("highlights on a PDF", [str(SHOTS / "make_highlight_screenshots.py")]),
    ("content packs: add from a drive, install progress", [str(SHOTS / "make_pack_screenshots.py")]),
    ("kiosk mode", [str(SHOTS / "make_kiosk_screenshots.py")]),
    ("high contrast and 200% text", [str(SHOTS / "make_a11y_screenshots.py")]),
    ("the interface in Spanish", [str(SHOTS / "make_spanish_screenshots.py")]),
    (
        "player, light",
        [str(ROOT / "benchmarks/player_screenshot.py"), "light", str(SHOTS / "player.png")],
    ),
    (
        "player, dark",
        [str(ROOT / "benchmarks/player_screenshot.py"), "dark", str(SHOTS / "player-dark.png")],
    ),
    ("agendas and presenting", [str(SHOTS / "make_agenda_screenshots.py")]),
    ("background work (speech-to-text, OCR), light", [str(SHOTS / "make_jobs_screenshots.py"), "light"]),
    ("background work (speech-to-text, OCR), dark", [str(SHOTS / "make_jobs_screenshots.py"), "dark"]),
    (
        "automatic captions in the player, light",
        [str(SHOTS / "make_transcript_screenshot.py"), "light", str(SHOTS / "player-automatic-captions.png")],
    ),
    (
        "automatic captions in the player, dark",
        [str(SHOTS / "make_transcript_screenshot.py"), "dark", str(SHOTS / "player-automatic-captions-dark.png")],
    ),
    # 1024×768 at 24 pt (player on a Spanish hit, search), grid selection, shortcuts.
    ("large text, selection, shortcuts", [str(SHOTS / "make_large_text_screenshots.py")]),
    # 1024×768 at 24 pt: the Notes list's wrapped filters, a long notes-panel title; the
    # export dialog naming the agendas that go along.
    ("notes at large text, pack export with agendas", [str(SHOTS / "make_followups_screenshots.py")]),
]


def main(argv: list[str]) -> int:
    if not os.environ.get("DISPLAY"):
        print("screenshots: needs an X display (run it through ./dev screenshots)", file=sys.stderr)
        return 2
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    env.setdefault("REAL_DESKTOP_VLC_ARGS", "--aout=dummy")  # no sound card needed
    only = set(argv)
    failed = []
    for what, args in TOOLS:
        if only and not any(word in what for word in only):
            continue
        print(f"screenshots: {what}", flush=True)
        done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, timeout=600)
        if done.returncode != 0:
            failed.append(what)
    if failed:
        print("screenshots: failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    print(f"screenshots: written to {SHOTS.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
