"""GUI benchmark (not a test): how the real window feels on a big library.

    .venv/bin/python benchmarks/gui.py [--workdir /tmp/real-gui-bench] [--resources 10000]

Measures, in one run on this machine:
  1. keystroke → results painted, typing queries into the real MainWindow's search field
     over a library of --resources documents (built once from the shared corpus, cached
     in --workdir); also how long each keystroke itself holds the main thread;
  2. the longest main-thread stall during a --import-files file import through the real
     ImportController, seen by a 5 ms heartbeat timer;
  3. cold start to an interactive window (`python -m real_desktop.ui.app
     --exit-when-ready`) against a bare PySide6 window (a QMainWindow with a focused line
     edit) started the same way, alternating. "Interactive" for both: the window has
     painted and text typed at that moment (an input-method commit posted from the first
     paint) has reached the focused line edit. For the app also: time until the whole
     window is built (browser, search panel, ...) and the longest main-thread stall from
     the first paint until then.

Runs offscreen unless QT_QPA_PLATFORM is set (e.g. xcb under Xvfb).
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "make_corpus.py"

# The baseline: a bare QMainWindow with a focused line edit, timed exactly as
# real_desktop.ui.app.ReadyProbe times the app (same event filter, same typed text).
BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow


class Probe(QObject):
    def eventFilter(self, obj, e):
        if e.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            focus = QApplication.focusWidget()
            if isinstance(focus, QLineEdit):
                focus.textChanged.connect(typed)
                typing = QInputMethodEvent()
                typing.setCommitString(" ")
                QApplication.postEvent(focus, typing)
        return False


def typed(text):
    if text == " ":
        print("ready", flush=True)
        app.quit()


app = QApplication(sys.argv)
w = QMainWindow()
field = QLineEdit()
w.setCentralWidget(field)
w.resize(1280, 800)
probe = Probe(w)
w.installEventFilter(probe)
field.setFocus()
w.show()
app.exec()
"""


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def fmt_ms(values: list[float]) -> str:
    return (
        f"median {statistics.median(values) * 1000:.1f} ms, p95 {pct(values, 95) * 1000:.1f} ms, "
        f"max {max(values) * 1000:.1f} ms (n={len(values)})"
    )


def make_corpus(out: Path, docs: int) -> Path:
    if not (out / "MANIFEST.json").exists():
        subprocess.run(
            [
                sys.executable,
                str(CORPUS),
                str(out),
                "--docs",
                str(docs),
                "--pages",
                "1",
                "--talks",
                "0",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return out


class Heartbeat:
    """A 5 ms timer on the main thread: the longest gap between beats is the worst stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.beats: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(lambda: self.beats.append(time.perf_counter()))

    def start(self) -> None:
        self.beats.clear()
        self.timer.start()

    def stop(self) -> float:
        """Stop; return the longest stall beyond the 5 ms interval, in seconds."""
        self.timer.stop()
        gaps = [b - a for a, b in zip(self.beats, self.beats[1:], strict=False)]
        return max(gaps) - 0.005 if gaps else float("nan")


def big_library(workdir: Path, n: int):
    from real_desktop.core.library import Library

    home = workdir / f"lib-{n}"
    lib = Library.open(home, seed=False)
    if lib.count() < n:
        corpus = make_corpus(workdir / f"corpus-{n}", n)
        t = time.perf_counter()
        lib.import_all([corpus / "docs"])
        print(f"  (built a {lib.count()}-resource library in {time.perf_counter() - t:.0f} s)")
    return lib, workdir / f"corpus-{n}"


def wait(app, cond, timeout: float = 60.0) -> None:
    end = time.perf_counter() + timeout
    while not cond():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("benchmark step timed out")
        time.sleep(0.0005)


def bench_typing(app, lib, corpus: Path, workdir: Path) -> dict[str, list[float]]:
    from PySide6.QtTest import QTest

    from real_desktop.ui.main_window import MainWindow
    from real_desktop.ui.search import panel as panel_mod
    from real_desktop.ui.settings import AppSettings
    from real_desktop.ui.tasks import TaskRunner

    queries = []
    for line in (corpus / "queries.tsv").read_text().splitlines()[1:]:
        kind, query, *_ = line.split("\t")
        if kind in ("doc-phrase", "common-1", "common-2", "prefix"):
            queries.append(query)
    queries = queries[:30]
    tasks = TaskRunner()
    settings_file = workdir / "bench-settings.ini"
    settings_file.unlink(missing_ok=True)
    w = MainWindow(lib, tasks, AppSettings(settings_file))
    w.resize(1280, 800)
    w.show()
    wait(app, lambda: w.sidebar._loaded and not w.model.loading)
    field, panel = w.search.field, w.search
    shown: list[tuple[str, float]] = []
    panel.resultsShown.connect(lambda r: shown.append((r.query if r else "", time.perf_counter())))
    keystroke, painted, query_only = [], [], []
    for q in queries:
        field.clear()
        wait(app, lambda: not tasks.busy)
        shown.clear()
        for ch in q:
            t = time.perf_counter()
            QTest.keyClick(field, ch)
            keystroke.append(time.perf_counter() - t)
        t_last = time.perf_counter()
        wait(app, lambda q=q: any(s == q for s, _ in shown))
        panel.view.viewport().repaint()  # synchronous paint of the new results
        done = time.perf_counter()
        painted.append(done - t_last)
        query_only.append(max(0.0, done - t_last - panel_mod.DEBOUNCE_MS / 1000))
    # Browsing: first rows of the 10k library, then every page while scrolling to the end.
    w.search.field.clear()
    w.set_view_mode("list")
    pages = []
    t = time.perf_counter()
    w.model.reload()
    wait(app, lambda: not w.model.loading and w.model.rowCount() > 0)
    first_rows = time.perf_counter() - t
    # Scroll to the end a screen at a time (Page Down held), timing each step until the
    # screen after it is painted, with a heartbeat watching the main thread.
    heart = Heartbeat()
    heart.start()
    bar = w.browser.table.verticalScrollBar()
    while w.model.canFetchMore() or w.model.loading or bar.value() < bar.maximum():
        t = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        wait(app, lambda: not w.model.loading or bar.value() < bar.maximum())
        w.browser.table.viewport().repaint()
        pages.append(time.perf_counter() - t)
        app.processEvents()  # back to the event loop between key presses, as in real use
    scroll_stall = heart.stop()
    rows = w.model.rowCount()
    w.close()
    tasks.shutdown()
    return {
        "keystroke": keystroke,
        "painted": painted,
        "query_only": query_only,
        "first_rows": [first_rows],
        "page": pages,
        "rows": [float(rows)],
        "scroll_stall": [scroll_stall],
    }


def bench_import_stall(app, workdir: Path, files: int) -> tuple[float, int, float, int]:
    from real_desktop.core.library import Library
    from real_desktop.ui.main_window import MainWindow
    from real_desktop.ui.settings import AppSettings
    from real_desktop.ui.tasks import TaskRunner

    corpus = make_corpus(workdir / f"corpus-{files}", files)
    home = workdir / "import-home"
    shutil.rmtree(home, ignore_errors=True)
    lib = Library.open(home, seed=False)
    tasks = TaskRunner()
    w = MainWindow(lib, tasks, AppSettings(home / "settings.ini"))
    w.show()
    wait(app, lambda: w.sidebar._loaded)
    w.importer.show_summary = False
    heart = Heartbeat()
    finished: list[object] = []
    w.importer.finished.connect(finished.append)
    heart.start()
    t = time.perf_counter()
    w.importer.import_paths([corpus / "docs"])
    wait(app, lambda: bool(finished), timeout=600)
    took = time.perf_counter() - t
    # Let the post-import refresh (sidebar, list, facets) run under the heartbeat too.
    end = time.perf_counter() + 1.0
    wait(app, lambda: time.perf_counter() > end)
    stall = heart.stop()
    n = lib.count()
    dialog = w.importer.progress_dialog
    updates = dialog.updates if dialog is not None else 0
    w.close()
    tasks.shutdown()
    lib.close()
    return stall, n, took, updates


def time_to_ready(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from spawning `cmd` to its "ready" line; and, for the app, to its "built"
    line and the longest main-thread stall it reported in between (NaN for the bare)."""
    t = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    ready = built = stall = float("nan")
    for line in proc.stdout:
        if line.strip() == "ready":
            ready = time.perf_counter() - t
        elif line.startswith("built"):
            built = time.perf_counter() - t
            stall = float(line.split()[-1]) / 1000
    proc.wait(timeout=60)
    if ready != ready:
        raise RuntimeError(f"{cmd} never became ready (exit {proc.returncode})")
    return ready, built, stall


def bench_start(workdir: Path, runs: int) -> dict[str, list[float]]:
    # Timed as installed (pip and PyInstaller ship bytecode; otherwise the first start
    # writes it): with PYTHONDONTWRITEBYTECODE=1, as on the shared machine, every start
    # would compile the app's own modules again (~40 ms measured).
    compileall.compile_dir(str(ROOT / "real_desktop"), quiet=1)
    home = workdir / "start-home"
    env = dict(os.environ, REAL_DESKTOP_HOME=str(home), PYTHONPATH=str(ROOT))
    app_cmd = [sys.executable, "-m", "real_desktop.ui.app", "--exit-when-ready"]
    bare = workdir / "bare_window.py"
    bare.write_text(BARE_WINDOW)
    bare_cmd = [sys.executable, str(bare)]
    time_to_ready(app_cmd, env)  # first start seeds the starter library: not what we time
    time_to_ready(bare_cmd, env)  # warm the OS file cache for both
    out: dict[str, list[float]] = {"app": [], "bare": [], "built": [], "stall": []}
    for _ in range(runs):
        out["bare"].append(time_to_ready(bare_cmd, env)[0])
        ready, built, stall = time_to_ready(app_cmd, env)
        out["app"].append(ready)
        out["built"].append(built)
        out["stall"].append(stall)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/real-gui-bench"))
    ap.add_argument("--resources", type=int, default=10000)
    ap.add_argument("--import-files", type=int, default=1000)
    ap.add_argument("--start-runs", type=int, default=7)
    ap.add_argument(
        "--only",
        choices=("typing", "import", "start"),
        action="append",
        help="run only these parts (repeatable); default: all",
    )
    args = ap.parse_args()
    parts = set(args.only or ("typing", "import", "start"))
    args.workdir.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from real_desktop.ui import theme

    app = QApplication([])
    theme.apply(app, "light")
    print(f"platform {app.platformName()}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")

    if "typing" in parts:
        print(f"1. typing into search over {args.resources} resources")
        lib, corpus = big_library(args.workdir, args.resources)
        r = bench_typing(app, lib, corpus, args.workdir)
        print(f"   keystroke handling (main thread):  {fmt_ms(r['keystroke'])}")
        print(f"   last keystroke -> results painted: {fmt_ms(r['painted'])}")
        print(f"     of which after the 60 ms debounce: {fmt_ms(r['query_only'])}")
        print(f"   browse list: first rows shown after {r['first_rows'][0] * 1000:.0f} ms")
        rows = int(r["rows"][0])
        print(f"   Page Down through all {rows} rows, step -> painted: {fmt_ms(r['page'])}")
        stall = r["scroll_stall"][0] * 1000
        print(f"     longest main-thread stall while scrolling: {stall:.1f} ms")
        lib.close()

    if "import" in parts:
        print(f"2. importing {args.import_files} PDFs through the window")
        stall, n, took, updates = bench_import_stall(app, args.workdir, args.import_files)
        print(
            f"   longest main-thread stall: {stall * 1000:.1f} ms "
            f"({n} resources in {took:.1f} s, {updates} progress repaints)"
        )

    if "start" in parts:
        print(f"3. cold start, {args.start_runs} runs each, alternating")
        r = bench_start(args.workdir, args.start_runs)
        a, b = statistics.median(r["app"]), statistics.median(r["bare"])
        print(f"   REAL Desktop, interactive: {fmt_ms(r['app'])}")
        print(f"   bare PySide6, interactive: {fmt_ms(r['bare'])}")
        print(f"   ratio (medians): {a / b:.2f}x   target <= 1.3x")
        print(f"   REAL Desktop, whole window built: {fmt_ms(r['built'])}")
        print(f"     longest main-thread stall from first paint to built: {fmt_ms(r['stall'])}")
        sys.stdout.flush()
    # Skip interpreter teardown: PySide6 objects finalised in arbitrary order can abort it,
    # which says nothing about the app and would hide the exit status.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
