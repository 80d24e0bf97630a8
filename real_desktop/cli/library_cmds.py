"""Library commands: import, search, list, info, remove, relink.

Only what the parsers need is imported at module level (argparse and sys, already loaded
by the entry point): `real-desktop search` must cost little more than Python start-up
plus one query, so json, threading and the core load inside the handlers that use them.
"""

from __future__ import annotations

import argparse
import sys

from real_desktop.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CommandError, open_library, reason
from real_desktop.cli.words import kind_word, outcome_word, print_summary, status_word
from real_desktop.core import i18n

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TextIO

KINDS = ("document", "video", "audio")
STATUSES = ("ok", "missing", "failed")
BOLD, RESET, DIM = "\033[1m", "\033[0m", "\033[2m"


def register(sub: argparse._SubParsersAction, only: str | None = None) -> None:  # type: ignore[type-arg]
    """Add every library command, or with `only`, that one (the CLI builds lazily)."""
    for name, add in _PARSERS.items():
        if only is None or only == name:
            add(sub)


def _add_import(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "import",
        help=i18n.tr("add files or folders (recursively) to the library"),
        description=i18n.tr(
            "Add documents (PDF, Markdown, HTML, text) and videos/audio with their "
            "caption files (name.vtt, name.en.vtt, name.es.srt …). Re-importing updates "
            "changed files and skips unchanged ones."
        ),
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help=i18n.tr("print the summary as JSON"))
    p.add_argument("-q", "--quiet", action="store_true", help=i18n.tr("print only the summary"))
    p.add_argument("--transcribe", action="store_true",
                   help=i18n.tr("then transcribe the imported videos/audio that have no captions"))
    p.add_argument("--ocr", action="store_true",
                   help=i18n.tr("then recognise the text of the imported PDFs that are scans"))
    p.set_defaults(func=cmd_import)


def _add_search(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("search", help=i18n.tr("search titles, text and captions"))
    p.add_argument("query", nargs="+", help=i18n.tr('words; "a phrase", prefix*, -exclude, a OR b'))
    _filters(p)
    p.add_argument("--language", help=i18n.tr("only this language (e.g. en, es)"))
    p.add_argument("--limit", type=_positive, default=20,
                   help=i18n.tr("at most N hits (default 20)"))  # fmt: skip
    p.add_argument("--json", action="store_true", help=i18n.tr("machine-readable output"))
    p.set_defaults(func=cmd_search)


def _add_list(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("list", help=i18n.tr("list the library"))
    _filters(p)
    p.add_argument("--status", choices=STATUSES, help=i18n.tr("only items with this status"))
    p.add_argument(
        "--sort",
        choices=("title", "kind", "collection", "length", "added_at", "updated_at", "opened_at"),
        default="title",
        help=i18n.tr("sort order (default: title)"),
    )
    p.add_argument("--desc", action="store_true", help=i18n.tr("reverse order"))
    p.add_argument("--limit", type=_positive, help=i18n.tr("at most N items"))
    p.add_argument("--json", action="store_true", help=i18n.tr("machine-readable output"))
    p.set_defaults(func=cmd_list)


def _add_info(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("info", help=i18n.tr("show one resource"))
    p.add_argument("id", help=i18n.tr("resource id (or an unambiguous start of it)"))
    p.add_argument("--json", action="store_true", help=i18n.tr("machine-readable output"))
    p.set_defaults(func=cmd_info)


def _add_remove(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("remove", help=i18n.tr("remove resources from the library (the files are kept)"))
    p.add_argument("id", nargs="+", help=i18n.tr("ids or unambiguous prefixes (all in one transaction)"))
    p.set_defaults(func=cmd_remove)


def _add_relink(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("relink", help=i18n.tr("point a missing resource at its file"))
    p.add_argument("id", help=i18n.tr("resource id (or an unambiguous start of it)"))
    p.add_argument("path", help=i18n.tr("where the file is now"))
    p.set_defaults(func=cmd_relink)


# In the order `real-desktop --help` lists them.
_PARSERS: dict[str, Callable[[argparse._SubParsersAction], None]] = {  # type: ignore[type-arg]
    "import": _add_import,
    "search": _add_search,
    "list": _add_list,
    "info": _add_info,
    "remove": _add_remove,
    "relink": _add_relink,
}
COMMANDS = tuple(_PARSERS)


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kind", choices=KINDS, help=i18n.tr("only this kind"))
    p.add_argument("--collection", help=i18n.tr("only this collection"))
    p.add_argument("--tag", help=i18n.tr("only items with this tag"))


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(i18n.tr("not a number: {text!r}").format(text=text)) from None
    if n < 1:
        raise argparse.ArgumentTypeError(i18n.tr("must be at least 1"))
    return n


def _tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _p(text: str = "", stream: TextIO | None = None) -> None:
    """print() that survives non-UTF-8 terminals and undecodable file names."""
    stream = stream or sys.stdout
    enc = getattr(stream, "encoding", None) or "utf-8"
    stream.write(text.encode(enc, errors="replace").decode(enc, errors="replace") + "\n")


# -- import -----------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    import threading

    from real_desktop.core.models import Outcome

    lib = open_library(args)
    cancel = threading.Event()
    err = sys.stderr
    bar = _tty(err) and not args.json
    summary = None
    events = lib.import_paths(args.paths, cancel=cancel)
    try:
        for ev in events:
            if ev.summary is not None:
                summary = ev.summary
                break
            if args.quiet or args.json or ev.result is None:
                if bar and ev.total:
                    _bar(err, ev.done, ev.total, ev.current)
                continue
            if bar:
                _bar(err, ev.done, ev.total, ev.current)
            else:
                r = ev.result
                line = f"{outcome_word(r.outcome.value):8} {r.path}"
                if r.reason:
                    line += f" ({i18n.text_of(r.reason)})"
                _p(line, err)
    except KeyboardInterrupt:
        cancel.set()
        events.close()  # stops workers; every stored file is complete
        _p("\n" + i18n.tr("interrupted: files imported so far are kept"), err)
        return 130
    finally:
        if bar:
            err.write("\r\033[K")
            err.flush()
        lib.close()
    assert summary is not None
    failed = summary.count(Outcome.FAILED)
    if args.json:
        import json

        _p(
            json.dumps(
                {
                    "counts": {
                        **{o.value: summary.count(o) for o in Outcome},
                        "unchanged": summary.unchanged,
                        "unsupported": summary.unsupported,
                    },
                    "cancelled": summary.cancelled,
                    "results": [
                        {
                            "path": r.path,
                            "outcome": r.outcome.value,
                            "reason": r.reason,
                            "resource_id": r.resource_id,
                            "unchanged": r.unchanged,
                        }
                        for r in summary.results
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print_summary(summary)
    if getattr(args, "transcribe", False) or getattr(args, "ocr", False):
        from real_desktop.cli.background import machine_text_after_import

        if machine_text_after_import(args, summary) != EXIT_OK:
            return EXIT_FAILED
    return EXIT_FAILED if failed else EXIT_OK


def _columns(stream: TextIO) -> int:
    """The terminal width the bar is drawn in: $COLUMNS, else the stream's own terminal
    (stdout may be redirected while stderr is a terminal), else 80."""
    import os
    import shutil

    if os.environ.get("COLUMNS", "").isdigit():
        return shutil.get_terminal_size().columns
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, ValueError, OSError):
        return shutil.get_terminal_size().columns


def _cells(text: str) -> int:
    """Terminal columns `text` takes (East Asian wide characters take two)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _elide_middle(text: str, room: int) -> str:
    """`text` in at most `room` columns, the middle replaced by "…" (a file name's start
    and its extension are the parts a person recognises)."""
    if _cells(text) <= room:
        return text
    if room < 1:
        return ""
    head, tail = "", ""
    head_w = tail_w = 0
    i, j = 0, len(text)
    while i < j:  # grow whichever end is shorter, until the "…" just fits
        front = head_w <= tail_w
        c = text[i] if front else text[j - 1]
        w = _cells(c)
        if head_w + tail_w + w > room - 1:
            break
        if front:
            head, head_w, i = head + c, head_w + w, i + 1
        else:
            tail, tail_w, j = c + tail, tail_w + w, j - 1
    return head + "…" + tail


def _bar_line(done: int, total: int, current: str, columns: int) -> str:
    """One progress line that fits in columns - 1 (a line that fills or wraps the
    terminal would leave rows behind that the next "\r\033[K" cannot clear)."""
    room = max(1, columns - 1)
    count = f"{done}/{total}"
    width = min(30, room - len(count) - 3 - 12)  # leave at least 12 columns for the name
    if width >= 5:
        filled = int(width * done / total) if total else 0
        head = f"[{'#' * filled}{'.' * (width - filled)}] {count}"
    else:
        head = count
    name = _elide_middle(current.replace("\\", "/").rsplit("/", 1)[-1], room - len(head) - 1)
    line = f"{head} {name}" if name else head
    return line if len(line) <= room else line[:room]


def _bar(stream: TextIO, done: int, total: int, current: str) -> None:
    line = _bar_line(done, total, current, _columns(stream))
    stream.write("\r\033[K" + line)
    stream.flush()


# -- search -----------------------------------------------------------------------------------


def _render(snippet: str, tty: bool) -> str:
    from real_desktop.core.models import MARK_END, MARK_START

    if tty:
        return snippet.replace(MARK_START, BOLD).replace(MARK_END, RESET)
    return snippet.replace(MARK_START, "").replace(MARK_END, "")


def _place(hit: Any) -> str:
    loc = hit.location
    kind = loc.kind.value
    if kind == "page":
        if hit.machine:
            return i18n.tr("page {page}, recognised by OCR").format(page=loc.page)
        return i18n.tr("page {page}").format(page=loc.page)
    if kind == "section":
        # Text before any heading (all of a heading-less HTML page) has no section name.
        if loc.section:
            return i18n.tr("section “{section}”").format(section=loc.section)
        return i18n.tr("document text")
    if kind == "time":
        track = i18n.tr("automatic {track}").format(track=hit.track) if hit.machine else hit.track
        return i18n.tr("at {time}").format(time=loc.label) + (f" [{track}]" if track else "")
    if kind == "note":
        anchor = hit.note_anchor
        label = anchor.label if anchor is not None else ""
        return i18n.tr("your note at {place}").format(place=label) if label else i18n.tr("your note")
    return i18n.tr("title/description")


def cmd_search(args: argparse.Namespace) -> int:
    lib = open_library(args)
    try:
        results = lib.search(
            " ".join(args.query),
            kind=args.kind,
            collection=args.collection,
            tag=args.tag,
            language=args.language,
            limit=args.limit,
        )
        # A plain text file is one "page" in the index; say "text" rather than "page 1"
        # (only the text output names places, so --json skips this query).
        text_ids = (
            set()
            if args.json or not results.hits
            else {
                r.id
                for r in lib.resources(ids={h.resource_id for h in results.hits})
                if r.format == "txt"
            }
        )
    finally:
        lib.close()
    if args.json:
        import json

        _p(
            json.dumps(
                {
                    "query": results.query,
                    "terms": results.terms,
                    "suggestion": results.suggestion,
                    "hits": [h.to_dict() for h in results.hits],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    tty = _tty(sys.stdout)
    if not results.hits:
        from real_desktop.core.query import elide

        _p(i18n.tr("No results for “{query}”.").format(query=elide(results.query)))
        if results.suggestion:
            _p(i18n.tr("Did you mean: {suggestion}").format(suggestion=results.suggestion))
        return EXIT_OK
    for n, hit in enumerate(results.hits, 1):
        title = f"{BOLD}{hit.title}{RESET}" if tty else hit.title
        extra = "" if hit.status.value == "ok" else f" [{status_word(hit.status.value)}]"
        text = hit.resource_id in text_ids and hit.location.page
        place = i18n.tr("text", "where a hit is: a plain text file") if text else _place(hit)
        _p(f"{n:>3}. {title} — {place} ({kind_word(hit.kind.value)}, {hit.resource_id}){extra}")
        _p(f"     {_render(hit.snippet, tty)}")
    return EXIT_OK


# -- list / info / remove -----------------------------------------------------------------------


def _length(r: Any) -> str:
    from real_desktop.core.timefmt import format_time

    if r.duration:
        return format_time(r.duration)
    if r.format == "txt":
        return i18n.tr("text", "length of a plain text file")  # a plain text file has no pages
    if r.page_count:
        if r.format == "pdf":
            return i18n.tr("{pages} p.", "length: pages of a PDF").format(pages=r.page_count)
        return f"{r.page_count} §"
    return "-"


def cmd_list(args: argparse.Namespace) -> int:
    lib = open_library(args)
    try:
        items = lib.resources(
            kind=args.kind,
            collection=args.collection,
            tag=args.tag,
            status=args.status,
            sort=args.sort,
            descending=args.desc,
            limit=args.limit,
        )
    finally:
        lib.close()
    if args.json:
        import json

        _p(json.dumps([r.to_dict() for r in items], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not items:
        _p(
            i18n.tr("The library is empty.")
            if not any((args.kind, args.collection, args.tag, args.status))
            else i18n.tr("Nothing matches.")
        )
        return EXIT_OK
    width = max(len(r.id) for r in items)
    kinds = max(8, *(len(kind_word(k)) for k in KINDS))  # "documento" is wider than "document"
    for r in items:
        if r.status.value != "ok":
            status = f"  [{status_word(r.status.value)}: {i18n.text_of(r.status_reason)}]"
        else:  # an OK resource may still carry a warning (captions not used, no text)
            warning = i18n.tr("warning: {reason}").format(reason=i18n.text_of(r.status_reason))
            status = f"  [{warning}]" if r.status_reason else ""
        _p(f"{r.id:<{width}}  {kind_word(r.kind.value):<{kinds}}  {_length(r):>8}  {r.title}{status}")
    return EXIT_OK


def resolve(lib: Any, ident: str, unknown: int = EXIT_USAGE) -> Any:
    r = lib.get(ident)
    if r is not None:
        return r
    found = lib.find_prefix(ident)
    if len(found) == 1:
        return found[0]
    if not found:
        raise CommandError(
            i18n.tr("no resource with id {id!r} (see: real-desktop list)").format(id=ident), unknown
        )
    raise CommandError(
        i18n.tr("{id!r} matches several resources: {ids}").format(
            id=ident, ids=", ".join(r.id for r in found[:5])
        ),
        EXIT_USAGE,
    )


def cmd_info(args: argparse.Namespace) -> int:
    lib = open_library(args)
    try:
        r = resolve(lib, args.id)
        progress = lib.progress(r.id)
        nseg = len(lib.segments(r.id))
    finally:
        lib.close()
    if args.json:
        import json

        d = r.to_dict()
        d["segments"] = nseg
        d["progress"] = {"position": progress[0], "finished": progress[1]} if progress else None
        _p(json.dumps(d, ensure_ascii=False, indent=2))
        return EXIT_OK
    failed = r.status.value != "ok"  # its reason belongs on the status line
    kind = kind_word(r.kind.value)
    if r.kind.value == "document":
        indexed = i18n.tr("%n pages/sections", "info: what is indexed", nseg)
    else:
        indexed = i18n.tr("%n caption cues", "info: what is indexed", nseg)
    rows = [
        (i18n.tr("id", "info field"), r.id),
        (i18n.tr("title", "info field"), r.title),
        (i18n.tr("kind", "info field"), f"{kind} ({r.format})" if r.format else kind),
        (i18n.tr("status", "info field"),
         status_word(r.status.value) + (f": {i18n.text_of(r.status_reason)}" if failed and r.status_reason else "")),
        (i18n.tr("warning", "info field"), "" if failed else i18n.text_of(r.status_reason)),
        (i18n.tr("collection", "info field"), r.collection or ""),
        (i18n.tr("tags", "info field"), ", ".join(r.tags)),
        (i18n.tr("people", "info field"), ", ".join(r.people)),
        (i18n.tr("language", "info field"), r.language or ""),
        (i18n.tr("date", "info field"), r.date or ""),
        (i18n.tr("length", "info field"), _length(r)),
        (i18n.tr("file", "info field"), r.path or i18n.tr("not on this computer")),
        (i18n.tr("captions", "info field"), ", ".join(f"{c.label} ({c.path})" for c in r.captions)),
        (i18n.tr("indexed", "info field"), indexed),
        (i18n.tr("progress", "info field"), _progress(r, progress)),
        (i18n.tr("added", "info field"), i18n.format_datetime(r.added_at)),
        (i18n.tr("updated", "info field"), i18n.format_datetime(r.updated_at)),
        (i18n.tr("description", "info field"), r.description),
    ]  # fmt: skip
    width = max(13, *(len(key) + 2 for key, _ in rows))
    for key, value in rows:
        if value:
            _p(f"{key + ':':<{width}}{value}")
    return EXIT_OK


def _progress(r: Any, progress: tuple[float, bool] | None) -> str:
    from real_desktop.core.timefmt import format_time

    if progress is None:
        return ""
    pos, finished = progress
    if finished:
        return i18n.tr("finished", "progress")
    where = i18n.tr("page {page}").format(page=int(pos)) if r.kind.value == "document" else format_time(pos)
    return i18n.tr("stopped at {place}").format(place=where)


def cmd_remove(args: argparse.Namespace) -> int:
    lib = open_library(args)
    try:
        found = list({r.id: r for r in (resolve(lib, i) for i in args.id)}.values())
        lib.remove([r.id for r in found])
    finally:
        lib.close()
    if len(found) == 1:
        r = found[0]
        _p(
            i18n.tr(
                "Removed “{title}” ({id}) from the library. The file itself was not touched; "
                "its notes are kept and return with it if you import the file again."
            ).format(title=r.title, id=r.id)
        )
    else:
        _p(
            i18n.tr(
                "Removed %n items from the library. The files themselves were not "
                "touched; their notes are kept and return with them if you import the files again.",
                "",
                len(found),
            )
        )
    return EXIT_OK


def cmd_relink(args: argparse.Namespace) -> int:
    lib = open_library(args)
    try:
        r = resolve(lib, args.id)
        try:
            r = lib.relink(r.id, args.path)
        except ValueError as exc:
            raise CommandError(reason(exc)) from exc
    finally:
        lib.close()
    _p(i18n.tr("“{title}” ({id}) now uses {path}.").format(title=r.title, id=r.id, path=r.path))
    return EXIT_OK
