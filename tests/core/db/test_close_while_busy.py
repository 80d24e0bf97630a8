"""Closing a library while another thread is in the middle of a query must not crash
the process (SQLite does when a connection is closed under a running statement)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import sys, threading
    from pathlib import Path
    from real_desktop.core.library import Library

    home = Path(sys.argv[1])
    for round_ in range(30):
        lib = Library.open(home, seed=False)
        stop = threading.Event()

        def reader():
            while not stop.is_set():
                try:
                    lib.search("budget equity lens")
                    lib.resources()
                except Exception:
                    pass  # an error is fine; a crash is not

        threads = [threading.Thread(target=reader) for _ in range(2)]
        for t in threads:
            t.start()
        lib.close()  # while both readers are busy
        stop.set()
        for t in threads:
            t.join()
        lib.close()
    print("ok")
    """
)


def test_close_while_other_threads_query(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(20):
        (docs / f"g{i}.md").write_text(
            f"# Guide {i}\\n\\n" + "Apply the racial equity lens to the budget. " * 200,
            encoding="utf-8",
        )
    from real_desktop.core.library import Library

    with Library.open(tmp_path / "home", seed=False) as lib:
        lib.import_all([docs])
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "home")],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
