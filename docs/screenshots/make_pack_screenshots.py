"""Screenshots of "Add content from a drive…" and of an install in progress, light and dark.

    Xvfb :130 -screen 0 1440x900x24 & DISPLAY=:130 openbox &
    DISPLAY=:130 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/make_pack_screenshots.py

Writes packs-drive(-dark).png and packs-install(-dark).png next to this file. Everything is
real: packs built by the core from the starter guides (one signed by a trusted publisher,
an update of an installed pack, an unsigned new one, a file cut off while copying) in a
folder standing in for a USB stick; the install shot is taken while the real copy is held
after its first member.
"""

from __future__ import annotations

import shutil
import struct
import sys
import tempfile
import threading
import wave
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
GUIDES = ROOT / "assets" / "starter" / "guides"


def spin(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def recording(path: Path, seconds: int = 120) -> Path:
    """A real WAV (a quiet tone): enough bytes for the copy to take visible time."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rate = 44100
    frame = b"".join(struct.pack("<h", (i % 100) - 50) for i in range(rate))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(rate // 2)
        for _ in range(seconds):
            w.writeframes(frame)
    return path


def build_packs(tmp: Path, lib: object) -> Path:
    from real_desktop.core.packs.build import PackSpec, build_from_paths
    from real_desktop.core.packs.install import PackManager
    from real_desktop.core.packs.signing import TrustStore, keygen

    key = tmp / "keys" / "nlc.key"
    key.parent.mkdir()
    keygen(key)
    TrustStore(lib.home).trust(Path(f"{key}.pub"), "National League of Cities")  # type: ignore[attr-defined]
    usb = tmp / "REAL-USB"
    usb.mkdir()
    toolkit = tmp / "toolkit" / "Equity toolkit"
    toolkit.mkdir(parents=True)
    for name in ("leadership-for-racial-equity.pdf", "leadership-for-racial-equity.md", "getting-started.md"):
        shutil.copy(GUIDES / name, toolkit / name)
    spec = PackSpec("nlc-equity-toolkit", "REAL Equity Toolkit", "1", "National League of Cities", "en")
    v1 = build_from_paths([toolkit], tmp / "toolkit-1.realpack", spec, keyfile=key)
    PackManager(lib).install(v1)
    shutil.copy(GUIDES / "about-real.md", toolkit / "about-real.md")
    spec.version = "2"
    build_from_paths([toolkit], usb / "equity-toolkit-2.realpack", spec, keyfile=key)

    workshop = tmp / "workshop" / "Community conversations"
    workshop.mkdir(parents=True)
    shutil.copy(GUIDES / "community-conversations-on-race.md", workshop / "conversations-guide.md")
    shutil.copy(GUIDES / "boys-and-men-of-color.md", workshop / "boys-and-men-of-color.md")
    recording(workshop / "listening-session.wav")
    build_from_paths([workshop], usb / "community-conversations.realpack",
                     PackSpec("city-workshop-2026", "Community Conversations Workshop", "1",
                              "Springfield Public Library", "en"))  # fmt: skip
    cut = (usb / "community-conversations.realpack").read_bytes()
    (usb / "workshop-copy.realpack").write_bytes(cut[: len(cut) // 3])  # pulled out mid-copy
    return usb


def main() -> None:
    app = QApplication([])
    import real_desktop.core.packs.staging as staging
    from real_desktop.core.library import Library
    from real_desktop.ui import theme
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.packs.drive_dialog import AddFromDriveDialog
    from real_desktop.ui.tasks import TaskRunner

    for name in sys.argv[1:] or ["light", "dark"]:
        tmp = Path(tempfile.mkdtemp())
        lib = Library.open(tmp / "home", seed=False)
        usb = build_packs(tmp, lib)
        theme.apply(app, name)
        suffix = "" if name == "light" else "-dark"
        tasks = TaskRunner()
        d = AddFromDriveDialog(lib, tasks, ActionRegistry(), roots=[usb])
        d.resize(1040, 560)
        d.show()
        while d.scanning:
            spin(100)
        for i in range(d.tree.topLevelItemCount()):  # the workshop pack selected, for its details
            if d.tree.topLevelItem(i).text(0).startswith("Community"):
                d.tree.setCurrentItem(d.tree.topLevelItem(i))
        spin(500)
        d.grab().save(str(OUT / f"packs-drive{suffix}.png"))

        # The install, held after its first copied member so the bar shows real progress.
        gate, calls = threading.Event(), []
        real_read = staging.read_member

        class HeldSink:
            """Stops the copy of the recording part-way until the shot is taken."""

            def __init__(self, sink: object, size: int, gate: threading.Event = gate,
                         calls: list[int] = calls) -> None:  # fmt: skip
                self.sink, self.size, self.done = sink, size, 0
                self.gate, self.calls = gate, calls

            def write(self, data: bytes) -> int:
                self.done += len(data)
                if self.done > self.size * 0.45:
                    self.calls.append(1)
                    self.gate.wait(30)
                return self.sink.write(data)  # type: ignore[attr-defined]

        def held(zf: object, zi: object, size: int, sink: object, *a: object,
                 real_read: object = real_read, **k: object) -> object:  # fmt: skip
            if size > 1 << 20:
                sink = HeldSink(sink, size)
            return real_read(zf, zi, size, sink, *a, **k)  # type: ignore[operator]

        staging.read_member = held
        d.install_selected()
        for _ in range(100):
            spin(100)
            if calls:
                break
        spin(400)
        d.grab().save(str(OUT / f"packs-install{suffix}.png"))
        gate.set()
        while d.installing:
            spin(100)
        staging.read_member = real_read
        d.close()
        tasks.shutdown()
        lib.close()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
