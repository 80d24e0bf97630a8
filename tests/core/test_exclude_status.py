"""Library.resources()/count(exclude_status=…): browsing leaves out files that failed."""

from __future__ import annotations

from pathlib import Path

from real_desktop.core.library import Library
from real_desktop.core.models import Kind, Outcome, Status


def test_exclude_status_filters_lists_and_counts(tmp_path: Path) -> None:
    d = tmp_path / "files"
    d.mkdir()
    (d / "good.md").write_text("# Good\n\nA readable guide.\n", encoding="utf-8")
    (d / "bad.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf")
    lib = Library.open(tmp_path / "home", seed=False)
    try:
        summary = lib.import_all([d])
        assert summary.count(Outcome.ADDED) == 1 and summary.count(Outcome.FAILED) == 1
        assert lib.count() == 2  # the failure is recorded
        assert lib.count(exclude_status=Status.FAILED) == 1
        assert lib.count(kind=Kind.DOCUMENT, exclude_status=Status.FAILED) == 1
        kept = lib.resources(exclude_status=Status.FAILED)
        assert [r.title for r in kept] == ["Good"]
        assert [r.status for r in lib.resources(status=Status.FAILED)] == [Status.FAILED]
        # Combined with status it is simply another condition.
        assert lib.count(status=Status.FAILED, exclude_status=Status.FAILED) == 0
    finally:
        lib.close()
