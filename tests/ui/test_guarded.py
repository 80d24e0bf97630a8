"""File dialogs, printing, links and the clipboard go only through ui/guarded.py."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from real_desktop.core.policy import DESKTOP, Action, Policy
from real_desktop.ui import guarded

SOURCE = Path(__file__).resolve().parents[2] / "real_desktop"
DOORS = re.compile(r"\b(QFileDialog|QPrintDialog|QDesktopServices)\b|\bclipboard\(\)")


def test_no_door_out_of_the_app_bypasses_the_helpers() -> None:
    offenders = []
    for path in sorted(SOURCE.rglob("*.py")):
        rel = path.relative_to(SOURCE).as_posix()
        if rel == "ui/guarded.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if DOORS.search(line.split("#", 1)[0]):
                offenders.append(f"{rel}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_a_denied_door_stays_shut(qapp, monkeypatch) -> None:
    def no_dialog(*a, **k):
        raise AssertionError("a denied dialog was opened")

    for name in ("getOpenFileName", "getOpenFileNames", "getExistingDirectory", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(no_dialog))
    shut = Policy("nothing", frozenset(Action))
    assert guarded.open_file(shut, None, "x") is None
    assert guarded.open_files(shut, None, "x") == []
    assert guarded.folder(shut, None, "x") is None
    assert guarded.save_file(shut, None, "x") is None
    assert guarded.print_with_dialog(shut, None, no_dialog) is False
    assert guarded.open_url(shut, "https://www.nlc.org/") is False
    QGuiApplication.clipboard().setText("before")
    assert guarded.copy_text(shut, "secret") is False
    assert guarded.copy_text(Policy("k", frozenset({Action.COPY})), "x", link=False) is False
    assert QGuiApplication.clipboard().text() == "before"


def test_an_allowed_door_opens(qapp, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "n.md"), ""))
    )
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    assert guarded.save_file(DESKTOP, None, "Save") == tmp_path / "n.md"
    assert guarded.folder(DESKTOP, None, "Pick") is None  # cancelled
    only_links = Policy("links", frozenset({Action.COPY}))
    assert guarded.copy_text(only_links, "https://www.nlc.org/", link=True)
    assert QGuiApplication.clipboard().text() == "https://www.nlc.org/"
