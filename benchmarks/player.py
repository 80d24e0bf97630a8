"""Player benchmark: "open at cue" to first frame, REAL Desktop vs bare python-vlc.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.player [--rounds 30] [--repeat 5]
        [--video F] [--cue N]

Both sides use the same libvlc arguments (dummy audio/video outputs, as in tests), the
same file and the same target (a cue's start minus 2 s), interleaved round by round.
"First frame" = libvlc reports Playing with the clock at the target, polled every 1 ms.

- bare/seek:  media_new_path + play, set_time(target) once Playing (the obvious script)
- bare/start: media with ":start-time=target" + play (the fastest thing libvlc offers)
- backend: our VlcPlayer alone (open, seek to target, play) with the Qt loop running
- REAL Desktop (view): PlayerView.open(resource, Location(TIME, cue)) with a real library —
  player creation, caption band, and the Qt event loop painting the view while libvlc
  decodes. The transcript (query, list, find, cue selected) is filled after the first
  frame; each round waits for it too ("transcript ready", from the same t0), so its cost
  is paid inside every round and is reported, not hidden.

--repeat K runs K blocks of --rounds rounds and reports each block's ratio and the
median and range over blocks: on a shared machine one block's ratio moves by ±0.1.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--quiet", "--no-sub-autodetect-file", "--vout=dummy", "--aout=dummy"]
TIMEOUT = 10.0


def _wait(reached: Callable[[], bool], pump: Callable[[], None]) -> float:
    t0 = time.perf_counter()
    while not reached():
        pump()
        if time.perf_counter() - t0 > TIMEOUT:
            raise TimeoutError("no frame at the target within 10 s")
        time.sleep(0.001)
    return time.perf_counter()


def bare(inst, path: str, target: float) -> float:
    t0 = time.perf_counter()
    mp = inst.media_player_new()
    media = inst.media_new_path(path)
    media.add_option(f":start-time={target:.3f}")
    mp.set_media(media)
    mp.play()
    t1 = _wait(lambda: mp.has_vout() > 0, lambda: None)
    mp.stop()
    mp.release()
    media.release()
    return t1 - t0


def backend(app, path: str, target: float) -> float:
    from real_desktop.player.vlc_backend import VlcPlayer

    t0 = time.perf_counter()
    p = VlcPlayer()
    p.open(path)
    p.seek(target)
    p.play()
    t1 = _wait(lambda: p._mp.has_vout() > 0, app.processEvents)
    p.release()
    return t1 - t0


def ours(app, view, resource, location) -> tuple[float, float]:
    """(first frame, transcript ready), both from the call to open()."""
    t0 = time.perf_counter()
    view.open(resource, location)
    t1 = _wait(
        lambda: view.player is not None and view.player._mp.has_vout() > 0, app.processEvents
    )
    t2 = _wait(
        lambda: not view.transcript_pending() and view.transcript.selected_row() is not None,
        app.processEvents,
    )
    assert view.player.position() >= view.player._mp.get_time() / 1000 - 0.5
    view.close_resource()
    app.processEvents()
    return t1 - t0, t2 - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--repeat", type=int, default=1, help="blocks of --rounds rounds")
    ap.add_argument("--video", type=Path, default=ROOT / "media" / "demo" / "real-desktop-tour.mp4")
    ap.add_argument("--cue", type=int, default=5, help="which caption cue to open at")
    a = ap.parse_args()

    import vlc
    from PySide6.QtWidgets import QApplication

    from real_desktop.core.library import Library
    from real_desktop.ui.player.view import LEAD_IN, PlayerView
    from real_desktop.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    inst = vlc.Instance(ARGS)
    blocks: list[dict[str, list[float]]] = []
    with tempfile.TemporaryDirectory() as home:
        lib = Library.open(Path(home), seed=False)
        lib.import_all([a.video])
        res = next(r for r in lib.resources() if r.path and Path(r.path).name == a.video.name)
        cue = lib.segments(res.id)[a.cue]
        target = max(0.0, (cue.location.start or 0.0) - LEAD_IN)
        view = PlayerView(lib, TaskRunner(synchronous=True))
        view.resize(1000, 560)
        view.show()
        # Warm up each path once: plugin loading and file cache are not what we measure.
        bare(inst, str(a.video), target)
        ours(app, view, res, cue.location)
        backend(app, str(a.video), target)
        for _ in range(a.repeat):
            rows: dict[str, list[float]] = {"bare": [], "backend": [], "view": [], "text": []}
            for _ in range(a.rounds):
                rows["bare"].append(bare(inst, str(a.video), target))
                rows["backend"].append(backend(app, str(a.video), target))
                frame, text = ours(app, view, res, cue.location)
                rows["view"].append(frame)
                rows["text"].append(text)
            blocks.append(rows)
        view.close()
        lib.close()
    inst.release()

    def med(v: list[float]) -> float:
        return statistics.median(v) * 1000

    def p90(v: list[float]) -> float:
        return sorted(v)[max(0, int(len(v) * 0.9) - 1)] * 1000

    print(f"file: {a.video.name}, open at cue {a.cue} (target {target:.2f} s), "
          f"{a.repeat} x {a.rounds} rounds")  # fmt: skip
    print(f"libvlc {vlc.libvlc_get_version().decode()}, python-vlc {vlc.__version__}")
    names = {"bare": "bare", "backend": "backend", "view": "view", "text": "view, transcript ready"}
    ratios: dict[str, list[float]] = {"backend": [], "view": []}
    for i, rows in enumerate(blocks, 1):
        if a.repeat > 1:
            print(f"-- block {i}")
        for k, v in rows.items():
            print(f"{names[k]:22s} median {med(v):7.1f} ms   p90 {p90(v):7.1f} ms")
        for k in ratios:
            ratios[k].append(med(rows[k]) / med(rows["bare"]))
        print(f"ratio backend / bare (median): {ratios['backend'][-1]:.2f}x")
        print(f"ratio view / bare (median): {ratios['view'][-1]:.2f}x (target <= 1.2x)")
    if a.repeat > 1:
        for k, r in ratios.items():
            print(f"{k} / bare over {a.repeat} blocks: median {statistics.median(r):.2f}x, "
                  f"range {min(r):.2f}-{max(r):.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
