"""Bundle benchmark: size of dist/real-desktop/ and its archive, and the bundle's start
against `python -m real_desktop` from the venv, in the same run.

    python -m benchmarks.bundle                 # needs dist/ (./dev bundle first)
    python -m benchmarks.bundle --rounds 15
    ./dev bench bundle

Both sides run the same commands on the same starter library (a fresh data folder each,
made by a first, unmeasured run), each round in shuffled order so other load on the machine
hits both alike:
  * `search --json equity`               a whole command-line process;
  * `gui --exit-when-ready` (offscreen)  until the window prints "ready" (interactive),
                                         and until the process has exited.
Plus the first start of a fresh copy of the bundle (a new folder on the same disk, with
`portable`: the run that creates data/ and seeds the library), next to the venv's first
start on an empty data folder. The venv side has its bytecode compiled and
PYTHONDONTWRITEBYTECODE dropped, as an installed copy would (see ../shared/FACTS.md).
Reported: medians, p95, and bundle / venv ratios.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"


def du(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def timed(cmd: list[str], env: dict[str, str], until: str | None = None) -> tuple[float, float]:
    """(seconds until a stdout line equal to `until` (or exit), seconds until exit)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    first = None
    assert proc.stdout is not None
    for line in proc.stdout:
        if until is not None and first is None and line.strip() == until:
            first = time.perf_counter() - t0
    rc = proc.wait()
    total = time.perf_counter() - t0
    if rc != 0:
        raise SystemExit(f"benchmark: {' '.join(cmd)} exited with {rc}")
    return (first if first is not None else total), total


def stats(xs: list[float]) -> str:
    xs = sorted(xs)
    p95 = xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]
    return f"median {statistics.median(xs) * 1000:7.0f} ms  p95 {p95 * 1000:7.0f} ms"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--bundle", type=Path, default=DIST / "real-desktop")
    args = ap.parse_args(argv)
    exe = args.bundle / "real-desktop"
    if not exe.is_file():
        raise SystemExit(f"benchmark: no bundle at {args.bundle}; run ./dev bundle first")

    size, nfiles = du(args.bundle)
    print(f"bundle   {args.bundle}: {size / 1e6:.0f} MB in {nfiles} files")
    for archive in sorted(DIST.glob("real-desktop-*.tar.*")):
        print(f"archive  {archive.name}: {archive.stat().st_size / 1e6:.0f} MB")

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "real_desktop")], check=True)
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "REAL_DESKTOP_HOME")}
    base["QT_QPA_PLATFORM"] = "offscreen"
    base["PYTHONPATH"] = str(ROOT)  # this checkout's code, whatever the venv points at
    with tempfile.TemporaryDirectory(prefix="real-bench-bundle-") as tmp:
        t = Path(tmp)
        sides = {
            "bundle": ([str(exe)], {**base, "REAL_DESKTOP_HOME": str(t / "bundle-home")}),
            "venv": ([sys.executable, "-m", "real_desktop"], {**base, "REAL_DESKTOP_HOME": str(t / "venv-home")}),
        }
        # First starts: a fresh portable copy of the bundle; the venv on an empty folder.
        copy = t / "stick" / "real-desktop"
        shutil.copytree(args.bundle, copy, symlinks=True)
        (copy / "portable").write_text("")
        env_copy = {k: v for k, v in base.items() if k != "PYTHONPATH"}
        first = {
            "bundle": timed([str(copy / "real-desktop"), "gui", "--exit-when-ready"], env_copy, "ready"),
            "venv": timed([*sides["venv"][0], "gui", "--exit-when-ready"], sides["venv"][1], "ready"),
        }
        timed([*sides["bundle"][0], "list"], sides["bundle"][1])  # seed the bundle's library
        results: dict[tuple[str, str], list[float]] = {}
        jobs = [(side, what) for side in sides for what in ("search", "gui")]
        for _ in range(args.rounds):
            random.shuffle(jobs)
            for side, what in jobs:
                cmd, env = sides[side]
                if what == "search":
                    _, total = timed([*cmd, "search", "--json", "equity"], env)
                    results.setdefault((side, "search"), []).append(total)
                else:
                    ready, total = timed([*cmd, "gui", "--exit-when-ready"], env, "ready")
                    results.setdefault((side, "gui ready"), []).append(ready)
                    results.setdefault((side, "gui exit"), []).append(total)

    print(f"\nfirst start (seeds the library): bundle ready {first['bundle'][0] * 1000:.0f} ms, "
          f"venv ready {first['venv'][0] * 1000:.0f} ms "
          f"(ratio {first['bundle'][0] / first['venv'][0]:.2f})")  # fmt: skip
    print(f"\n{args.rounds} rounds, warm:")
    for what in ("search", "gui ready", "gui exit"):
        b, v = results[("bundle", what)], results[("venv", what)]
        print(f"  {what:<10} bundle {stats(b)}   venv {stats(v)}   "
              f"ratio {statistics.median(b) / statistics.median(v):.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
