"""Command-line benchmark: `real-desktop search --json` against one raw FTS5 query.

    python -m benchmarks.cli                          # 40 PDFs x 10 pages + 10 talks
    python -m benchmarks.cli --rounds 60 --before /tmp/old   # also an older checkout
    ./dev bench cli

Builds a library from the deterministic corpus (benchmarks/make_corpus.py) through the real
`real-desktop import`, then times whole processes, started with subprocess from the same
interpreter (sys.executable), each round running every command once in a shuffled order so
other load on the machine hits every side alike:
  * floor     `python -c pass` (orientation: what any Python command costs here);
  * baseline  `python -c` that opens the database with sqlite3, runs one FTS5 MATCH with
              snippet() and bm25() ORDER BY ... LIMIT 20, and prints the rows as JSON;
  * library   `python -c` doing what the command does through the core alone
              (Library.open, search, close, the hits as JSON): after - library is what
              the command line itself costs, library - baseline what the core costs;
  * after     `real-desktop --home H search --json QUERY`, this checkout's code;
  * before    the same with --before DIR's code (a checkout holding real_desktop/).
Bytecode is compiled first and PYTHONDONTWRITEBYTECODE is dropped for the measured
commands: an installed copy has its .pyc files, so recompiling on every start is not what a
user pays. Reported: median and p95 wall time, and median(CLI) / median(baseline).
Target: after / baseline <= 1.5 (goal 1.2).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# The core's ranking and snippet (core/library.py: BM25_WEIGHTS, SNIPPET_TOKENS, the marks),
# written out so the baseline depends on nothing in real_desktop.
BASELINE = """\
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT rowid, snippet(search_index, -1, '\\ue000', '\\ue001', '…', 16),"
    " bm25(search_index, 10.0, 5.0, 3.0, 2.0, 1.0) AS score FROM search_index"
    " WHERE search_index MATCH ? ORDER BY score LIMIT 20",
    (sys.argv[2],),
).fetchall()
print(json.dumps(rows, ensure_ascii=False, indent=2))
"""


# The search command's work without the command line: the core's share of a search.
LIBRARY = """\
import json, sys
from pathlib import Path
from real_desktop.core.library import Library
lib = Library.open(Path(sys.argv[1]))
res = lib.search(sys.argv[2], limit=20)
lib.close()
print(json.dumps([h.to_dict() for h in res.hits], ensure_ascii=False, indent=2))
"""


def make_corpus(out: Path, docs: int, pages: int, talks: int, minutes: int) -> None:
    """The shared corpus; each talk gets its own tiny video so its captions are imported."""
    video = out.parent / "clip.mp4"
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
         "testsrc=duration=1:size=64x48:rate=5", "-pix_fmt", "yuv420p", str(video)],
        check=True,
    )  # fmt: skip
    subprocess.run(
        [sys.executable, str(HERE / "make_corpus.py"), str(out), "--docs", str(docs),
         "--pages", str(pages), "--talks", str(talks), "--minutes", str(minutes),
         "--video", str(video)],
        check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    for mp4 in sorted((out / "talks").glob("*.mp4")):  # identical files import only once
        with open(mp4, "ab") as f:
            f.write(b"\0" + mp4.stem.encode())


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))]


def fts(query: str) -> str:
    """The MATCH expression the CLI's query parser makes of these simple queries (a quoted
    phrase stays a phrase; words are ANDed, each quoted)."""
    if query.startswith('"'):
        return query
    return " AND ".join(f'"{w}"' for w in query.split())


def pick_queries(corpus: Path) -> list[tuple[str, str]]:
    with open(corpus / "queries.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    first = {}
    for r in rows:
        first.setdefault(r["kind"], r["query"])
    labels = {
        "doc-phrase": "planted phrase (PDF)",
        "cue-phrase": "planted phrase (caption)",
        "common-1": "common word",
        "common-2": "two common words",
    }
    return [(label, first[kind]) for kind, label in labels.items() if kind in first]


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    dt = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr}")
    return dt, proc.stdout


def code_env(code_root: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(code_root)
    env["REAL_DESKTOP_ASSETS"] = str(ROOT)  # both sides see the same starter catalog
    return env


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--pages", type=int, default=10)
    ap.add_argument("--talks", type=int, default=10)
    ap.add_argument("--minutes", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=40, help="measured rounds (default 40)")
    ap.add_argument("--before", type=Path, help="a checkout whose real_desktop/ is 'before'")
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = ap.parse_args(argv)

    py = sys.executable
    script = Path(py).parent / "real-desktop"  # the console script a user runs
    entry = [py, str(script)] if script.exists() else [py, "-m", "real_desktop.cli"]
    roots = {"after": ROOT} | ({"before": args.before.resolve()} if args.before else {})
    for root in roots.values():
        subprocess.run([py, "-m", "compileall", "-q", str(root / "real_desktop")], check=True)

    work = args.keep or Path(tempfile.mkdtemp(prefix="real-bench-cli-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        corpus, home = work / "corpus", work / "home"
        if not corpus.exists():
            make_corpus(corpus, args.docs, args.pages, args.talks, args.minutes)
        if not (home / "library.db").exists():
            t0 = time.perf_counter()
            subprocess.run(
                [*entry, "--home", str(home), "import", "-q", str(corpus)],
                env=code_env(ROOT),
                check=True,
                stdout=subprocess.DEVNULL,
            )
            print(f"library: {corpus} imported in {time.perf_counter() - t0:.1f} s")
        db = str(home / "library.db")
        queries = pick_queries(corpus)

        base_env = code_env(ROOT)
        jobs: dict[tuple[str, str], tuple[list[str], dict[str, str]]] = {
            ("floor", ""): ([py, "-c", "pass"], base_env)
        }
        for label, q in queries:
            jobs[("baseline", label)] = ([py, "-c", BASELINE, db, fts(q)], base_env)
            jobs[("library", label)] = ([py, "-c", LIBRARY, str(home), q], base_env)
            for side, root in roots.items():
                cmd = [*entry, "--home", str(home), "search", "--json", q]
                jobs[(side, label)] = (cmd, code_env(root))

        hits: dict[tuple[str, str], int] = {}
        for key, (cmd, env) in jobs.items():  # warm-up round: caches, WAL, checks
            out = timed(cmd, env)[1]
            if key[0] != "floor":
                data = json.loads(out)
                hits[key] = len(data["hits"] if isinstance(data, dict) else data)

        load0 = os.getloadavg()
        times: dict[tuple[str, str], list[float]] = {key: [] for key in jobs}
        rng = random.Random(1)
        order = list(jobs)
        t0 = time.perf_counter()
        for _ in range(args.rounds):
            rng.shuffle(order)
            for key in order:
                times[key].append(timed(*jobs[key])[0])
        spent = time.perf_counter() - t0
        load1 = os.getloadavg()

        report(args, queries, times, hits, roots, spent, load0, load1)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def report(args, queries, times, hits, roots, spent, load0, load1) -> None:  # type: ignore[no-untyped-def]
    def ms(key: tuple[str, str]) -> str:
        v = times[key]
        return f"{pct(v, 50) * 1e3:6.1f} / {pct(v, 95) * 1e3:6.1f}"

    floor = times[("floor", "")]
    print(
        f"\n{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.node()} "
        f"({os.cpu_count()} CPUs, Python {platform.python_version()}), {args.rounds} rounds "
        f"in {spent:.0f} s; load average {load0[0]:.2f} before, {load1[0]:.2f} after"
    )
    print(f"floor `python -c pass`: median {pct(floor, 50) * 1e3:.1f} ms, p95 "
          f"{pct(floor, 95) * 1e3:.1f} ms\n")
    sides = ["library", *roots]
    head = f"{'query':<26} {'hits':>4}  {'baseline ms':>15}"
    for side in sides:
        head += f"  {side + ' ms':>15}  {side + '/base':>12}"
    print(head)
    print(f"{'':<26} {'':>4}  {'median / p95':>15}" + "".join(
        f"  {'median / p95':>15}  {'median':>12}" for _ in sides
    ))
    for label, _q in queries:
        base = pct(times[("baseline", label)], 50)
        line = f"{label:<26} {hits[('after', label)]:>4}  {ms(('baseline', label))}"
        for side in sides:
            ratio = pct(times[(side, label)], 50) / base
            line += f"  {ms((side, label))}  {ratio:11.2f}x"
        print(line)
    print("\nqueries: " + "; ".join(f"{label}: {q}" for label, q in queries))
    print("target: after/base <= 1.5x (goal 1.2x)")


if __name__ == "__main__":
    sys.exit(main())
