"""`real-desktop notes list|export|import|purge`: notes from the command line.

No Qt at import time. Only `notes export --format pdf` imports Qt (lazily): a PDF is
printed by Qt's text engine, the same one the app's Print and PDF export use.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from real_desktop.core import i18n

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

FORMATS = ("md", "html", "json", "pdf")
COMMANDS = ("notes",)


def _count(n: int) -> str:
    return i18n.tr("%n note(s)", "", n)


def register(subparsers: Any, only: str | None = None) -> None:
    if only is not None and only not in COMMANDS:
        return
    p = subparsers.add_parser(
        "notes",
        help=i18n.tr("list, export and import your notes"),
        description=i18n.tr(
            "List, export and import notes. Notes move between computers as JSON: "
            "importing the same file twice changes nothing (newest edit wins)."
        ),
    )
    sub = p.add_subparsers(dest="notes_command", metavar="{list,export,import,purge}")
    sub.required = True

    ls = sub.add_parser("list", help=i18n.tr("list notes (newest change first)"))
    _add_scope(ls)
    ls.add_argument("--tag", help=i18n.tr("only notes with this tag"))
    ls.add_argument("--since", help=i18n.tr("changed on or after this date (YYYY-MM-DD)"))
    ls.add_argument("--until", help=i18n.tr("changed on or before this date (YYYY-MM-DD)"))
    ls.add_argument("--trash", action="store_true", help=i18n.tr("list deleted notes instead"))
    ls.add_argument("--json", action="store_true", help=i18n.tr("print JSON (one object per note)"))
    ls.set_defaults(func=cmd_list)

    ex = sub.add_parser(
        "export",
        help=i18n.tr("export notes as Markdown, HTML, JSON or PDF"),
        description=i18n.tr(
            "Export the notes of one resource, a collection, or everything. "
            "md/html/json go to standard output unless -o is given; pdf needs -o and uses Qt "
            "(PySide6) to typeset the page. --per-resource writes one Markdown file per "
            "resource into the -o folder. JSON includes deleted notes so deletions travel too."
        ),
    )
    _add_scope(ex)
    ex.add_argument("--format", "-f", choices=FORMATS, default="md", help=i18n.tr("the format (default: md)"))
    ex.add_argument("--output", "-o", type=Path, help=i18n.tr("file (or folder with --per-resource)"))
    ex.add_argument("--per-resource", action="store_true", help=i18n.tr("Markdown: a file per resource"))
    ex.add_argument("--title", help=i18n.tr("title at the top of the export"))
    ex.set_defaults(func=cmd_export)

    im = sub.add_parser("import", help=i18n.tr("merge notes from a JSON export (no duplicates)"))
    im.add_argument("file", type=Path, help=i18n.tr("a JSON export of notes"))
    im.set_defaults(func=cmd_import)

    pg = sub.add_parser("purge", help=i18n.tr("empty the trash of notes deleted long ago"))
    pg.add_argument(
        "--older-than",
        type=float,
        default=30.0,
        metavar="DAYS",
        help=i18n.tr("deleted more than DAYS ago (default 30)"),
    )
    pg.add_argument("--all", action="store_true", help=i18n.tr("empty the whole trash"))
    pg.set_defaults(func=cmd_purge)


def _add_scope(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--resource", metavar="ID", help=i18n.tr("one resource (its id)"))
    g.add_argument("--collection", metavar="NAME", help=i18n.tr("one collection / program"))


def open_store(args: argparse.Namespace) -> Any:
    """The NoteStore of the library in --home (or the default data directory)."""
    from real_desktop.cli import open_library
    from real_desktop.core.notes import NoteStore

    return NoteStore(open_library(args))


def _fail(message: str) -> int:
    print(f"real-desktop notes: {message}", file=sys.stderr)
    return 1


def cmd_list(args: argparse.Namespace) -> int:
    import json

    from real_desktop.core.notes import color_name

    store = open_store(args)
    notes = store.list(
        resource_id=args.resource,
        collection=args.collection,
        tag=args.tag,
        since=args.since,
        until=args.until,
        deleted=args.trash,
    )
    for n in notes:
        title, present = store.resource_title(n)
        if args.json:
            d = n.to_dict()
            d["resource_title"], d["in_library"] = title, present
            print(json.dumps(d, ensure_ascii=False))
            continue
        where = n.anchor_label or i18n.tr("whole resource")
        first = next((line.strip() for line in n.body.splitlines() if line.strip()), i18n.tr("(empty)"))
        if n.is_highlight:  # the passage it marks, then its comment
            where += ", " + i18n.tr("highlight ({color})").format(color=_color(color_name(n.color)))
            quote = " ".join((n.quote or "").split())
            first = f"“{quote}”" + (f" — {first}" if n.body.strip() else "")
        missing = "" if present else " (" + i18n.tr("resource not in this library") + ")"
        tags = f"  [{', '.join(n.tags)}]" if n.tags else ""
        print(f"{n.updated_at[:10]}  {title}{missing} — {where}: {first}{tags}  {n.id}")
    if not notes and not args.json:
        print(i18n.tr("No notes.") if not args.trash else i18n.tr("The trash is empty."), file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.format == "pdf" and args.output is None:
        return _fail(i18n.tr("--format pdf needs --output FILE"))
    if args.per_resource and (args.format != "md" or args.output is None):
        return _fail(i18n.tr("--per-resource writes Markdown files into the folder given with -o"))
    store = open_store(args)
    if args.format == "json":
        import json

        notes = store.select(
            resource_id=args.resource, collection=args.collection, include_deleted=True
        )
        text = json.dumps(store.export_json(notes), ensure_ascii=False, indent=2) + "\n"
    else:
        notes = store.select(resource_id=args.resource, collection=args.collection)
        if args.per_resource:
            from real_desktop.core.notes_export import write_markdown_files

            files = write_markdown_files(store, notes, args.output)
            print(i18n.tr("Wrote %n file(s) to {folder}", "", len(files)).format(folder=args.output),
                  file=sys.stderr)  # fmt: skip
            return 0
        text = (
            store.to_markdown(notes, title=args.title)
            if args.format == "md"
            else store.to_html(notes, title=args.title)
        )
        if args.format == "pdf":
            from real_desktop.ui.notes.export_pdf import write_pdf  # lazy: Qt only here

            try:
                write_pdf(store.to_html(notes, title=args.title), args.output)
            except OSError as exc:
                return _fail(str(exc))
            print(_wrote(len(notes), args.output), file=sys.stderr)
            return 0
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        return _fail(i18n.tr("cannot write {file}: {error}").format(file=args.output, error=exc.strerror or exc))
    print(_wrote(len(notes), args.output), file=sys.stderr)
    return 0


def _wrote(n: int, path: Path) -> str:
    return i18n.tr("Wrote %n note(s) to {file}", "", n).format(file=path)


def _color(name: str) -> str:
    """A highlight colour's name (core's English, "Yellow") in the user's language."""
    words = {
        "yellow": i18n.tr("yellow", "highlight colour"),
        "green": i18n.tr("green", "highlight colour"),
        "blue": i18n.tr("blue", "highlight colour"),
        "pink": i18n.tr("pink", "highlight colour"),
    }
    return words.get(name.lower(), name.lower())


def cmd_import(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        result = store.import_json(Path(args.file))
    except ValueError as exc:
        return _fail(i18n.tr("{file}: {reason} (nothing was imported)").format(file=args.file, reason=exc))
    print(i18n.tr("added {added}, updated {updated}, unchanged {unchanged}").format(
        added=result.added, updated=result.updated, unchanged=result.unchanged))  # fmt: skip
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    store = open_store(args)
    n = store.purge(everything=True) if args.all else store.purge(older_than_days=args.older_than)
    print(i18n.tr("purged %n note(s)", "", n))
    return 0
