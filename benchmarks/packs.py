"""Packs benchmark: installing a pack with its prebuilt index vs importing the same files.

    python -m benchmarks.packs                 # 200 PDFs x 10 pages (default)
    python -m benchmarks.packs --docs 40       # quick run
    ./dev bench packs

One run generates a deterministic corpus (benchmarks/make_corpus.py), builds a pack of
its PDFs, and then, in fresh libraries, side by side (best of --rounds each, the order
alternating between rounds):
  * Library.import_paths of the PDFs (worker processes extract every page);
  * PackManager.install of the pack (verify every checksum, copy, one transaction of the
    prebuilt pages and index rows; nothing is extracted);
and checks that both libraries find every planted phrase at its page.
Target: install >= 5x faster than import. Ratios matter, not absolute numbers.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = 5.0


def make_corpus(out: Path, docs: int, pages: int) -> None:
    subprocess.run(
        [sys.executable, str(HERE / "make_corpus.py"), str(out), "--docs", str(docs),
         "--pages", str(pages), "--talks", "0"],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip


def found_at_page(lib: object, corpus: Path) -> tuple[int, int]:
    """Planted phrases found at their page: (found, planted)."""
    with open(corpus / "queries.tsv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["kind"].startswith("doc")]
    found = 0
    for row in rows:
        want = Path(row["expected_file"]).name
        for h in lib.search(row["query"], limit=20).hits:  # type: ignore[attr-defined]
            res = lib.get(h.resource_id)  # type: ignore[attr-defined]
            if res is not None and Path(res.path or "").name == want and h.location.page == int(row["expected_at"]):
                found += 1
                break
    return found, len(rows)


def settle(lib: object) -> None:
    """Wait for the background WAL checkpoint a big commit asked for (core/db)."""
    cp = lib.db.checkpointer  # type: ignore[attr-defined]
    if cp is not None:
        cp.wait_idle(60)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--pages", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=4, help="rounds of each side, best counts (default 4)")
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = ap.parse_args(argv)

    from real_desktop.core.importing.workers import default_workers, shutdown_pools
    from real_desktop.core.library import Library
    from real_desktop.core.models import Outcome
    from real_desktop.core.packs.build import PackSpec, build_from_paths
    from real_desktop.core.packs.install import PackManager

    work = args.keep or Path(tempfile.mkdtemp(prefix="real-bench-packs-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    try:
        if not corpus.exists():
            t0 = time.perf_counter()
            make_corpus(corpus, args.docs, args.pages)
            print(f"corpus: {args.docs} PDFs x {args.pages} pages ({time.perf_counter() - t0:.1f} s)")
        pack = work / "docs.realpack"
        t0 = time.perf_counter()
        build_from_paths([corpus / "docs"], pack, PackSpec("bench-docs", "Benchmark documents"))
        build_s = time.perf_counter() - t0
        size_mb = pack.stat().st_size / 1e6

        import_s = install_s = settled_s = float("inf")
        imported = installed = None
        for r in range(args.rounds):
            # Alternate which side goes first: each leaves the disk busy writing back what
            # it wrote, which would otherwise slow only the side that runs second.
            for side in ("import", "install") if r % 2 == 0 else ("install", "import"):
                home = work / f"{side}-{r}"
                shutil.rmtree(home, ignore_errors=True)
                lib = Library.open(home, seed=False)
                t0 = time.perf_counter()
                if side == "import":
                    summary = lib.import_all([corpus / "docs"])
                    import_s = min(import_s, time.perf_counter() - t0)
                    shutdown_pools()  # every round pays worker start-up, as a first import does
                    assert summary.count(Outcome.FAILED) == 0
                    imported = lib
                else:
                    PackManager(lib).install(pack)
                    install_s = min(install_s, time.perf_counter() - t0)
                    settle(lib)  # its WAL checkpoint, if any (on its own thread)
                    settled_s = min(settled_s, time.perf_counter() - t0)
                    installed = lib
                settle(lib)  # never let one side's checkpoint run into the other's timing
        assert imported is not None and installed is not None
        pages = sum(x.page_count or 0 for x in installed.resources())
        f_imp, planted = found_at_page(imported, corpus)
        f_ins, _ = found_at_page(installed, corpus)
        ratio = import_s / install_s
        print(f"\npacks ({os.cpu_count()} CPUs, {default_workers()} import workers, best of {args.rounds})")
        print(f"  build the pack          {build_s:6.2f} s   ({size_mb:.1f} MB, {args.docs} items)")
        print(f"  import the PDFs         {import_s:6.2f} s   {pages / import_s:7.0f} pages/s")
        print(f"  install the pack        {install_s:6.2f} s   {pages / install_s:7.0f} pages/s"
              f"   -> {ratio:.1f}x faster  (target >= {TARGET:.0f}x)")  # fmt: skip
        print(f"  install + its WAL checkpoint (on its own thread) {settled_s:.2f} s"
              f"   -> {import_s / settled_s:.1f}x")  # fmt: skip
        print(f"  planted phrases at their page: import {f_imp}/{planted}, install {f_ins}/{planted}")
        ok = ratio >= TARGET and f_imp == f_ins == planted
        print("  OK" if ok else "  BELOW TARGET OR MISSED PHRASES")
        return 0 if ok else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
