"""Running speech-to-text / OCR jobs from the command line, shared by `transcribe`, `ocr`
and `import --transcribe/--ocr`: progress on a terminal (one bar: items done plus the
current item's share, its name and percentage), a line per finished item otherwise; a
summary; exit 0 only when every item succeeded."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, TextIO

from real_desktop.cli import EXIT_FAILED, EXIT_OK, CommandError, open_library
from real_desktop.core import i18n


def _tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _columns() -> int:
    try:
        columns = int(os.environ.get("COLUMNS") or os.get_terminal_size(sys.stderr.fileno()).columns)
    except (OSError, ValueError):
        columns = 0
    return columns if columns >= 40 else 80  # a pty may report 0


def _bar_line(p: Any, text: str, columns: int) -> str:
    room = max(20, columns - 1)
    width = 24
    filled = int(width * p.overall)
    head = f"[{'#' * filled}{'.' * (width - filled)}] {p.done}/{p.total} {p.fraction:4.0%} "
    line = head + text
    return line if len(line) <= room else line[: room - 1] + "…"


def _resolve(lib: Any, ident: str) -> str:
    r = lib.get(ident)
    if r is not None:
        return str(r.id)
    found = lib.find_prefix(ident)
    if len(found) == 1:
        return str(found[0].id)
    if found:
        raise CommandError(
            i18n.tr("“{id}” is the start of %n ids; type more of it", "", len(found)).format(id=ident),
            EXIT_FAILED,
        )
    raise CommandError(i18n.tr("no item with the id “{id}”").format(id=ident), EXIT_FAILED)


def selected_ids(lib: Any, idents: list[str], every: bool, kind: Any) -> list[str]:
    from real_desktop.core.jobs.runner import items_without_text

    ids = [_resolve(lib, i) for i in idents]
    if every:
        ids += items_without_text(lib.db, kind)
    return list(dict.fromkeys(ids))


def run_jobs(
    lib: Any, kind: Any, ids: list[str], options: dict[str, Any], title: str,
    out: TextIO | None = None,
) -> tuple[int, Any]:  # fmt: skip
    """Queue and run one job per item with progress on stderr; print the summary (to
    `out`, default stdout) after `title` ("Transcription finished"). Returns (exit code, RunSummary or None when interrupted)."""
    out = out or sys.stdout
    import threading

    from real_desktop.core.jobs.queue import JobQueue, JobState
    from real_desktop.core.jobs.runner import JobProgress, JobRunner

    queue = JobQueue(lib.db)
    job_ids = queue.enqueue(kind, ids, options)
    err = sys.stderr
    bar = _tty(err)
    columns = _columns()
    doing = i18n.tr("Transcribing {name}") if str(kind) == "transcribe" else i18n.tr("Recognising {name}")

    def report(p: JobProgress) -> None:
        name = p.job.title or p.job.resource_id
        if bar:
            err.write("\r\033[K" + _bar_line(p, doing.format(name=name), columns))
            err.flush()
        elif p.finished:
            extra = f" ({i18n.text_of(p.job.message)})" if p.job.message else ""
            err.write(f"{_state_word(p.job.state.value):9} {name}{extra}\n")
            err.flush()

    cancel = threading.Event()
    try:
        summary = JobRunner(lib.db, lib.index, lib.home).run(job_ids, report=report, cancel=cancel)
    except KeyboardInterrupt:
        queue.cancel(job_ids)
        if bar:
            err.write("\r\033[K")
        print("\n" + i18n.tr("interrupted: items finished so far are kept"), file=err)
        return 130, None
    finally:
        if bar:
            err.write("\r\033[K")
            err.flush()
    states = [(s, summary.count(s)) for s in (JobState.DONE, JobState.FAILED, JobState.CANCELLED)]
    print(f"{title}: " + ", ".join(_state_count(s.value, n) for s, n in states if n or s is JobState.DONE),
          file=out)  # fmt: skip
    for j in summary.jobs:
        if j.state is JobState.DONE:
            print(f"  {j.title or j.resource_id}: {i18n.text_of(j.message)}", file=out)
    failed = [j for j in summary.jobs if j.state is not JobState.DONE]
    if failed:
        print(i18n.tr("Not done:"), file=out)
        for j in failed:
            why = i18n.text_of(j.message) if j.message else _state_word(j.state.value)
            print(f"  {j.title or j.resource_id} ({j.resource_id}): {why}", file=out)
    return (EXIT_OK if summary.ok else EXIT_FAILED), summary


def _state_word(value: str) -> str:
    words = {
        "queued": i18n.tr("queued", "job state"),
        "running": i18n.tr("running", "job state"),
        "done": i18n.tr("done", "job state"),
        "failed": i18n.tr("failed", "job state"),
        "cancelled": i18n.tr("cancelled", "job state"),
    }
    return words.get(value, value)


def _state_count(value: str, n: int) -> str:
    """"2 done", "1 failed" (the summary), with the plural form the language needs."""
    counts = {
        "done": lambda: i18n.tr("%n done", "job summary: items", n),
        "failed": lambda: i18n.tr("%n failed", "job summary: items", n),
        "cancelled": lambda: i18n.tr("%n cancelled", "job summary: items", n),
    }
    return counts[value]() if value in counts else f"{n} {value}"


def machine_text_after_import(args: argparse.Namespace, summary: Any) -> int:
    """`import --transcribe/--ocr`: the imported items that need it, then their jobs.
    Returns EXIT_OK when every job succeeded."""
    from real_desktop.core.jobs.queue import JobKind
    from real_desktop.core.jobs.runner import items_without_text

    touched = {r.resource_id for r in summary.results if r.resource_id}
    lib = open_library(args)
    code = EXIT_OK
    try:
        for wanted, kind, title in (
            (args.transcribe, JobKind.TRANSCRIBE, i18n.tr("Transcription finished")),
            (args.ocr, JobKind.OCR, i18n.tr("Text recognition finished")),
        ):
            ids = [i for i in items_without_text(lib.db, kind) if i in touched] if wanted else []
            if ids:
                # With --json, stdout is the import's JSON: the jobs report on stderr.
                out = sys.stderr if getattr(args, "json", False) else sys.stdout
                code = max(code, run_jobs(lib, kind, ids, {}, title, out)[0])
    finally:
        lib.close()
    return code
