"""`real-desktop agenda new|add|list|show|remove|export|import` and `present AGENDA`.

No Qt at import time; only `present` imports it (it opens the presenter window).
AGENDA is an agenda's name (case-insensitive) or its id.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

    from real_desktop.core.agendas.model import Agenda, AgendaItem
    from real_desktop.core.agendas.store import AgendaStore

COMMANDS = ("agenda", "present")


def register(subparsers: Any, only: str | None = None) -> None:
    if only in (None, "agenda"):
        _register_agenda(subparsers)
    if only in (None, "present"):
        p = subparsers.add_parser(
            "present",
            help="present a workshop agenda (opens the presenter window)",
            description="Open the presenter mode for AGENDA: the audience view goes full "
            "screen on the second screen when there is one (else a window), the presenter "
            "view shows talking points, the timer, current and next item and notes. "
            "Keys: Right/PageDown next, Left/PageUp previous, Space pause, B blank, Esc end.",
        )
        p.add_argument("agenda", metavar="AGENDA", help="agenda name or id")
        p.add_argument("--start", type=int, default=1, metavar="N", help="start at item N")
        p.set_defaults(func=cmd_present)


def _register_agenda(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "agenda",
        help="workshop agendas: clips, page ranges and talking points",
        description="Build and share workshop agendas: ordered lists of whole resources, "
        "video clips (--from/--to) and page ranges (--pages), each with talking points and "
        "a planned duration.",
    )
    sub = p.add_subparsers(
        dest="agenda_command", metavar="{new,add,list,show,remove,export,import}"
    )
    sub.required = True

    new = sub.add_parser("new", help="create an empty agenda")
    new.add_argument("name", metavar="NAME")
    new.set_defaults(func=cmd_new)

    add = sub.add_parser(
        "add",
        help="add a resource, a clip or a page range to an agenda",
        description="Append an item. With --from/--to it is a clip of a video (M:SS); "
        "with --pages a page range of a document (A-B); otherwise the whole resource.",
    )
    add.add_argument("agenda", metavar="AGENDA", help="agenda name or id")
    add.add_argument("resource_id", metavar="RESOURCE_ID")
    add.add_argument("--from", dest="clip_from", metavar="M:SS", help="clip in point")
    add.add_argument("--to", dest="clip_to", metavar="M:SS", help="clip out point")
    add.add_argument("--pages", metavar="A-B", help="page range (e.g. 3-5, or 4)")
    add.add_argument("--points", metavar="TEXT", default="", help="talking points (Markdown)")
    add.add_argument("--minutes", type=float, metavar="N", help="planned minutes")
    add.set_defaults(func=cmd_add)

    ls = sub.add_parser("list", help="list agendas")
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(func=cmd_list)

    show = sub.add_parser("show", help="show an agenda's items in order")
    show.add_argument("agenda", metavar="AGENDA", help="agenda name or id")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=cmd_show)

    rm = sub.add_parser("remove", help="delete an agenda (the resources stay)")
    rm.add_argument("agenda", metavar="AGENDA", help="agenda name or id")
    rm.set_defaults(func=cmd_remove)

    ex = sub.add_parser("export", help="write an agenda to a file to share it")
    ex.add_argument("agenda", metavar="AGENDA", help="agenda name or id")
    ex.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    ex.set_defaults(func=cmd_export)

    im = sub.add_parser("import", help="add an agenda from a file (names missing items)")
    im.add_argument("file", type=Path, metavar="FILE")
    im.set_defaults(func=cmd_import)


# -- handlers ------------------------------------------------------------------------------
def _store(args: argparse.Namespace) -> AgendaStore:
    from real_desktop.cli import open_library
    from real_desktop.core.agendas.store import AgendaStore

    lib = open_library(args)
    return AgendaStore(lib.db, lib.catalog)


def _errors():  # noqa: ANN202 - a context manager turning AgendaError into CommandError
    import contextlib

    from real_desktop.cli import CommandError
    from real_desktop.core.agendas.model import AgendaError

    @contextlib.contextmanager
    def guard():  # noqa: ANN202
        try:
            yield
        except AgendaError as exc:
            raise CommandError(str(exc)) from None

    return guard()


def _minutes(m: float) -> str:
    return f"{m:g} min"


def _item_json(item: AgendaItem, present: bool) -> dict[str, Any]:
    from real_desktop.core.agendas.share import item_data

    d = item_data(item)
    d["id"] = item.id
    d["available"] = present
    return d


def cmd_new(args: argparse.Namespace) -> int:
    store = _store(args)
    with _errors():
        a = store.create(args.name)
    print(f"Created agenda {a.name!r} ({a.id})")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from real_desktop.cli import EXIT_USAGE, CommandError
    from real_desktop.core.agendas.model import parse_clock, parse_pages

    if (args.clip_from is None) != (args.clip_to is None):
        raise CommandError("a clip needs both --from and --to", EXIT_USAGE)
    if args.clip_from is not None and args.pages:
        raise CommandError("give --from/--to (a clip) or --pages, not both", EXIT_USAGE)
    store = _store(args)
    with _errors():
        clip = (parse_clock(args.clip_from), parse_clock(args.clip_to)) if args.clip_from else None
        pages = parse_pages(args.pages) if args.pages else None
        agenda = store.find(args.agenda)
        item = store.add_item(
            agenda.id, args.resource_id, clip=clip, pages=pages, points=args.points,
            minutes=args.minutes,
        )
    span = item.span_text()
    print(f"Added {item.label or item.resource_id!r}{' (' + span + ')' if span else ''} "
          f"to {agenda.name!r} as item {len(agenda.items) + 1}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    store = _store(args)
    agendas = store.list()
    if args.json:
        import json

        rows = [
            {"id": a.id, "name": a.name, "items": len(a.items), "minutes": a.total_minutes(),
             "updated_at": a.updated_at}
            for a in agendas
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not agendas:
        print("No agendas yet. Create one with: real-desktop agenda new NAME")
        return 0
    for a in agendas:
        n = len(a.items)
        print(f"{a.name}  —  {n} item{'s' if n != 1 else ''}, {_minutes(a.total_minutes())}"
              f"  [{a.id}]")
    return 0


def _describe(store: AgendaStore, agenda: Agenda) -> None:
    missing = {i.id for i in store.missing(agenda)}
    print(f"{agenda.name}  ({_minutes(agenda.total_minutes())} planned)")
    if agenda.description:
        print(f"  {agenda.description}")
    if not agenda.items:
        print("  (no items yet: real-desktop agenda add AGENDA RESOURCE_ID)")
    for n, item in enumerate(agenda.items, 1):
        span = item.span_text()
        parts = [f"{n:>3}. {item.label or item.resource_id}"]
        if span:
            parts.append(f"[{span}]")
        if item.minutes is not None:
            parts.append(_minutes(item.minutes))
        if item.id in missing:
            parts.append("(not on this computer)")
        print("  ".join(parts) + f"  ({item.resource_id})")
        first = item.points.strip().splitlines()[:1]
        if first:
            print(f"       {first[0]}")


def cmd_show(args: argparse.Namespace) -> int:
    store = _store(args)
    with _errors():
        agenda = store.find(args.agenda)
    if args.json:
        import json

        missing = {i.id for i in store.missing(agenda)}
        out = {
            "id": agenda.id,
            "name": agenda.name,
            "description": agenda.description,
            "minutes": agenda.total_minutes(),
            "items": [_item_json(i, i.id not in missing) for i in agenda.items],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    _describe(store, agenda)
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    store = _store(args)
    with _errors():
        agenda = store.find(args.agenda)
    store.delete(agenda.id)
    print(f"Removed agenda {agenda.name!r} (the resources and notes stay)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from real_desktop.cli import CommandError
    from real_desktop.core.agendas.share import export_file

    store = _store(args)
    with _errors():
        agenda = store.find(args.agenda)
    try:
        export_file(agenda, args.output)
    except OSError as exc:
        raise CommandError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    print(f"Exported {agenda.name!r} ({len(agenda.items)} items) to {args.output}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from real_desktop.core.agendas.share import import_file

    store = _store(args)
    with _errors():
        report = import_file(store, args.file)
    a = report.agenda
    note = " (that name was taken)" if report.renamed else ""
    print(f"Imported agenda {a.name!r}{note}: {len(a.items)} items")
    if report.missing:
        print(f"{len(report.missing)} item(s) are not on this computer:", file=sys.stderr)
        for item in report.missing:
            n = a.items.index(item) + 1
            print(f"  {n}. {item.label or '(untitled)'}  ({item.resource_id})", file=sys.stderr)
        print("They stay in the agenda and work once those resources are added "
              "(e.g. with their content pack).", file=sys.stderr)
    return 0


def cmd_present(args: argparse.Namespace) -> int:
    from real_desktop.cli import EXIT_FAILED, CommandError

    store = _store(args)
    with _errors():
        agenda = store.find(args.agenda)
    if not agenda.items:
        raise CommandError(f"the agenda {agenda.name!r} has no items to present")
    try:
        from real_desktop.ui.agenda.present_app import run
    except ModuleNotFoundError as exc:
        if (exc.name or "").startswith("PySide6"):
            print("real-desktop: presenting needs the desktop window, which is not available "
                  f"in this installation ({exc.name} is missing)", file=sys.stderr)
            return EXIT_FAILED
        raise
    home = getattr(args, "home", None)
    return run(agenda.id, home=Path(home) if home else None, start=max(0, args.start - 1))
