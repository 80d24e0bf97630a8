"""`real-desktop agenda new|add|list|show|remove|export|import` and `present AGENDA`.

No Qt at import time; only `present` imports it (it opens the presenter window).
AGENDA is an agenda's name (case-insensitive) or its id.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from real_desktop.core import i18n

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
            help=i18n.tr("present a workshop agenda (opens the presenter window)"),
            description=i18n.tr(
                "Open the presenter mode for AGENDA: the audience view goes full "
                "screen on the second screen when there is one (else a window), the presenter "
                "view shows talking points, the timer, current and next item and notes. "
                "Keys: Right/PageDown next, Left/PageUp previous, Space pause, B blank, Esc end."
            ),
        )
        p.add_argument("agenda", metavar="AGENDA", help=_agenda_help())
        p.add_argument("--start", type=int, default=1, metavar="N", help=i18n.tr("start at item N"))
        p.set_defaults(func=cmd_present)


def _agenda_help() -> str:  # noqa: N802 - the help text of every AGENDA argument
    return i18n.tr("agenda name or id")


def _register_agenda(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "agenda",
        help=i18n.tr("workshop agendas: clips, page ranges and talking points"),
        description=i18n.tr(
            "Build and share workshop agendas: ordered lists of whole resources, "
            "video clips (--from/--to) and page ranges (--pages), each with talking points and "
            "a planned duration."
        ),
    )
    sub = p.add_subparsers(
        dest="agenda_command", metavar="{new,add,list,show,remove,export,import}"
    )
    sub.required = True

    new = sub.add_parser("new", help=i18n.tr("create an empty agenda"))
    new.add_argument("name", metavar="NAME", help=i18n.tr("the agenda's name"))
    new.set_defaults(func=cmd_new)

    add = sub.add_parser(
        "add",
        help=i18n.tr("add a resource, a clip or a page range to an agenda"),
        description=i18n.tr(
            "Append an item. With --from/--to it is a clip of a video (M:SS); "
            "with --pages a page range of a document (A-B); otherwise the whole resource."
        ),
    )
    add.add_argument("agenda", metavar="AGENDA", help=_agenda_help())
    add.add_argument("resource_id", metavar="RESOURCE_ID", help=i18n.tr("the resource's id"))
    add.add_argument("--from", dest="clip_from", metavar="M:SS", help=i18n.tr("clip in point"))
    add.add_argument("--to", dest="clip_to", metavar="M:SS", help=i18n.tr("clip out point"))
    add.add_argument("--pages", metavar="A-B", help=i18n.tr("page range (e.g. 3-5, or 4)"))
    add.add_argument("--points", metavar="TEXT", default="", help=i18n.tr("talking points (Markdown)"))
    add.add_argument("--minutes", type=float, metavar="N", help=i18n.tr("planned minutes"))
    add.set_defaults(func=cmd_add)

    ls = sub.add_parser("list", help=i18n.tr("list agendas"))
    ls.add_argument("--json", action="store_true", help=i18n.tr("print JSON"))
    ls.set_defaults(func=cmd_list)

    show = sub.add_parser("show", help=i18n.tr("show an agenda's items in order"))
    show.add_argument("agenda", metavar="AGENDA", help=_agenda_help())
    show.add_argument("--json", action="store_true", help=i18n.tr("print JSON"))
    show.set_defaults(func=cmd_show)

    rm = sub.add_parser("remove", help=i18n.tr("delete an agenda (the resources stay)"))
    rm.add_argument("agenda", metavar="AGENDA", help=_agenda_help())
    rm.set_defaults(func=cmd_remove)

    ex = sub.add_parser("export", help=i18n.tr("write an agenda to a file to share it"))
    ex.add_argument("agenda", metavar="AGENDA", help=_agenda_help())
    ex.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help=i18n.tr("the file to write"))
    ex.set_defaults(func=cmd_export)

    im = sub.add_parser("import", help=i18n.tr("add an agenda from a file (names missing items)"))
    im.add_argument("file", type=Path, metavar="FILE", help=i18n.tr("an agenda file"))
    im.set_defaults(func=cmd_import)


# -- handlers ------------------------------------------------------------------------------
def _store(args: argparse.Namespace) -> AgendaStore:
    from real_desktop.cli import open_library
    from real_desktop.core.agendas.store import AgendaStore

    lib = open_library(args)
    return AgendaStore(lib.db, lib.catalog)


def _errors():  # noqa: ANN202 - a context manager turning AgendaError into CommandError
    import contextlib

    from real_desktop.cli import CommandError, reason
    from real_desktop.core.agendas.model import AgendaError

    @contextlib.contextmanager
    def guard():  # noqa: ANN202
        try:
            yield
        except AgendaError as exc:
            raise CommandError(reason(exc)) from None

    return guard()


def _minutes(m: float) -> str:
    return i18n.tr("{n} min").format(n=f"{m:g}".replace(".", _point()))


def _point() -> str:
    return i18n.format_number(0.5, 1)[1]  # the decimal point of the user's language


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
    print(i18n.tr("Created agenda {name!r} ({id})").format(name=a.name, id=a.id))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from real_desktop.cli import EXIT_USAGE, CommandError
    from real_desktop.core.agendas.model import parse_clock, parse_pages

    if (args.clip_from is None) != (args.clip_to is None):
        raise CommandError(i18n.tr("a clip needs both --from and --to"), EXIT_USAGE)
    if args.clip_from is not None and args.pages:
        raise CommandError(i18n.tr("give --from/--to (a clip) or --pages, not both"), EXIT_USAGE)
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
    what = repr(item.label or item.resource_id) + (f" ({span})" if span else "")
    print(i18n.tr("Added {item} to {agenda!r} as item {n}").format(
        item=what, agenda=agenda.name, n=len(agenda.items) + 1))  # fmt: skip
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
        print(i18n.tr("No agendas yet. Create one with: real-desktop agenda new NAME"))
        return 0
    for a in agendas:
        items = i18n.tr("%n item(s)", "", len(a.items))
        print(f"{a.name}  —  {items}, {_minutes(a.total_minutes())}  [{a.id}]")
    return 0


def _describe(store: AgendaStore, agenda: Agenda) -> None:
    missing = {i.id for i in store.missing(agenda)}
    print(f"{agenda.name}  (" + i18n.tr("{minutes} planned").format(minutes=_minutes(agenda.total_minutes())) + ")")
    if agenda.description:
        print(f"  {agenda.description}")
    if not agenda.items:
        print("  (" + i18n.tr("no items yet: real-desktop agenda add AGENDA RESOURCE_ID") + ")")
    for n, item in enumerate(agenda.items, 1):
        span = item.span_text()
        parts = [f"{n:>3}. {item.label or item.resource_id}"]
        if span:
            parts.append(f"[{span}]")
        if item.minutes is not None:
            parts.append(_minutes(item.minutes))
        if item.id in missing:
            parts.append("(" + i18n.tr("not on this computer") + ")")
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
    print(i18n.tr("Removed agenda {name!r} (the resources and notes stay)").format(name=agenda.name))
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
        raise CommandError(
            i18n.tr("cannot write {file}: {error}").format(file=args.output, error=exc.strerror or exc)
        ) from None
    print(i18n.tr("Exported {name!r} ({items}) to {file}").format(
        name=agenda.name, items=i18n.tr("%n item(s)", "", len(agenda.items)), file=args.output))  # fmt: skip
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from real_desktop.core.agendas.share import import_file

    store = _store(args)
    with _errors():
        report = import_file(store, args.file)
    a = report.agenda
    note = " (" + i18n.tr("that name was taken") + ")" if report.renamed else ""
    print(i18n.tr("Imported agenda {name!r}{note}: {items}").format(
        name=a.name, note=note, items=i18n.tr("%n item(s)", "", len(a.items))))  # fmt: skip
    if report.missing:
        print(i18n.tr("%n item(s) are not on this computer:", "", len(report.missing)), file=sys.stderr)
        for item in report.missing:
            n = a.items.index(item) + 1
            label = item.label or "(" + i18n.tr("untitled") + ")"
            print(f"  {n}. {label}  ({item.resource_id})", file=sys.stderr)
        print(i18n.tr("They stay in the agenda and work once those resources are added "
                      "(e.g. with their content pack)."), file=sys.stderr)  # fmt: skip
    return 0


def cmd_present(args: argparse.Namespace) -> int:
    from real_desktop.cli import EXIT_FAILED, CommandError

    store = _store(args)
    with _errors():
        agenda = store.find(args.agenda)
    if not agenda.items:
        raise CommandError(i18n.tr("the agenda {name!r} has no items to present").format(name=agenda.name))
    try:
        from real_desktop.ui.agenda.present_app import run
    except ModuleNotFoundError as exc:
        if (exc.name or "").startswith("PySide6"):
            print("real-desktop: " + i18n.tr("presenting needs the desktop window, which is not available "
                                             "in this installation ({name} is missing)").format(name=exc.name),
                  file=sys.stderr)  # fmt: skip
            return EXIT_FAILED
        raise
    home = getattr(args, "home", None)
    return run(agenda.id, home=Path(home) if home else None, start=max(0, args.start - 1))
