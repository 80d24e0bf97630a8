"""Child process of the SIGKILL test: install a pack, and die where told.

  pack_installer.py HOME PACK MODE ARG
  MODE "time": print READY, install (the parent kills it after ARG seconds; ignored here)
  MODE "event": SIGKILL itself at the ARG-th progress event
  MODE "rename": SIGKILL itself just "before" or "after" (ARG) the staging folder's rename
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

from real_desktop.core.library import Library
from real_desktop.core.packs.install import PackManager


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    home, pack, mode, arg = sys.argv[1:5]
    lib = Library.open(Path(home), seed=False)
    events = 0

    def progress(_: object) -> None:
        nonlocal events
        events += 1
        if mode == "event" and events == int(arg):
            die()

    if mode == "rename":
        real = os.replace

        def replace(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> None:
            if ".staging-" in str(a):
                if arg == "before":
                    die()
                real(a, b)
                die()
            real(a, b)

        os.replace = replace  # type: ignore[assignment]
    print("READY", flush=True)
    start = time.monotonic()
    PackManager(lib).install(Path(pack), progress=progress)
    print(f"DONE {time.monotonic() - start:.4f} {events}", flush=True)


if __name__ == "__main__":
    main()
