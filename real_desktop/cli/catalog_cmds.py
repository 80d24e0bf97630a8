"""Catalog commands: edit, duplicates, merge, watch.

As in library_cmds, only argparse and sys load at module level; the core loads inside
the handlers.
"""

from __future__ import annotations

import argparse
import sys

from real_desktop.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CommandError, open_library, reason
from real_desktop.cli.library_cmds import resolve
from real_desktop.core import i18n

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any


def _p(text: str = "") -> None:
    enc = getattr(sys.stdout, "encoding", None) or "utf-8"
    sys.stdout.write(text.encode(enc, errors="replace").decode(enc, errors="replace") + "\n")


def register(sub: argparse._SubParsersAction, only: str | None = None) -> None:  # type: ignore[type-arg]
    """Add every catalog command, or with `only`, that one (the CLI builds lazily)."""
    for name, add in _PARSERS.items():
        if only is None or only == name:
            add(sub)


def _date(text: str) -> str:
    from real_desktop.core.editing import check_date

    if not text.strip():
        return ""
    try:
        return check_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(i18n.text_of(reason(exc))) from None


def _add_edit(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "edit",
        help=i18n.tr("change titles, tags, people, collection, language or date"),
        description=i18n.tr(
            "Edited fields are kept when the file is imported again or a pack is updated. "
            'An empty value ("") clears the collection, language or date.'
        ),
    )
    p.add_argument("id", help=i18n.tr("id or unambiguous prefix"))
    p.add_argument("--title", help=i18n.tr("new title"))
    p.add_argument("--description", help=i18n.tr("new description"))
    p.add_argument("--add-tag", action="append", default=[], metavar="TAG",
                   help=i18n.tr("add a tag (repeatable)"))  # fmt: skip
    p.add_argument("--remove-tag", action="append", default=[], metavar="TAG",
                   help=i18n.tr("remove a tag (repeatable)"))  # fmt: skip
    p.add_argument("--collection", help=i18n.tr("collection (program)"))
    p.add_argument("--language", help=i18n.tr("language code, e.g. en, es"))
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help=i18n.tr("date"))
    p.add_argument("--people", metavar='"A; B"', help=i18n.tr("semicolon-separated names"))
    p.set_defaults(func=cmd_edit)


def cmd_edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {
        k: getattr(args, k)
        for k in ("title", "description", "collection", "language", "date", "people")
        if getattr(args, k) is not None
    }
    if args.add_tag:
        changes["add_tags"] = args.add_tag
    if args.remove_tag:
        changes["remove_tags"] = args.remove_tag
    if not changes:
        raise CommandError(
            i18n.tr("nothing to change: give at least one option (see: real-desktop edit -h)"), EXIT_USAGE
        )
    lib = open_library(args)
    try:
        r = resolve(lib, args.id, unknown=EXIT_FAILED)
        try:
            (r,) = lib.edit(r.id, **changes)
        except ValueError as exc:
            raise CommandError(reason(exc), EXIT_USAGE) from exc
        except KeyError as exc:  # removed by another process meanwhile
            raise CommandError(i18n.tr("no resource with id {id!r}").format(id=args.id), EXIT_FAILED) from exc
    finally:
        lib.close()
    fields = sorted(set(changes) & set(r.edited) | _tag_key(changes))
    _p(i18n.tr("Edited “{title}” ({id}): {fields}.").format(
        title=r.title, id=r.id, fields=", ".join(_field_word(f) for f in fields)))  # fmt: skip
    return EXIT_OK


def _field_word(field: str) -> str:
    words = {
        "title": i18n.tr("title", "info field"),
        "description": i18n.tr("description", "info field"),
        "collection": i18n.tr("collection", "info field"),
        "language": i18n.tr("language", "info field"),
        "date": i18n.tr("date", "info field"),
        "people": i18n.tr("people", "info field"),
        "tags": i18n.tr("tags", "info field"),
    }
    return words.get(field, field)


def _tag_key(changes: dict[str, Any]) -> set[str]:
    return {"tags"} if "add_tags" in changes or "remove_tags" in changes else set()


def _add_duplicates(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("duplicates", help=i18n.tr("list items with the same title or the same text"))
    p.add_argument("--json", action="store_true", help=i18n.tr("machine-readable output"))
    p.set_defaults(func=cmd_duplicates)


def cmd_duplicates(args: argparse.Namespace) -> int:
    lib = open_library(args)
    try:
        groups = lib.duplicates()
    finally:
        lib.close()
    if args.json:
        import json

        _p(json.dumps([g.to_dict() for g in groups], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not groups:
        _p(i18n.tr("No duplicates."))
        return EXIT_OK
    from real_desktop.core.textutil import display_path

    for g in groups:
        _p(i18n.tr("Same title:") if g.reason == "title" else i18n.tr("Same text under different file names:"))
        for r in g.resources:
            where = display_path(r.path) if r.path else i18n.tr("not on this computer")
            _p(f"  {r.id}  {r.title}  ({where})")
    _p(i18n.tr("%n group(s). Merge one: real-desktop merge KEEP_ID OTHER_ID...", "", len(groups)))
    return EXIT_OK


def _add_merge(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("merge", help=i18n.tr("merge duplicates into one item (their notes move to it)"))
    p.add_argument("keep", metavar="KEEP_ID", help=i18n.tr("the item to keep"))
    p.add_argument("others", metavar="OTHER_ID", nargs="+", help=i18n.tr("items to merge into it"))
    p.set_defaults(func=cmd_merge)


def cmd_merge(args: argparse.Namespace) -> int:
    lib = open_library(args)
    try:
        keep = resolve(lib, args.keep, unknown=EXIT_FAILED)
        others = [resolve(lib, o, unknown=EXIT_FAILED) for o in args.others]
        try:
            snap = lib.merge(keep.id, [o.id for o in others])
        except ValueError as exc:
            raise CommandError(reason(exc), EXIT_USAGE) from exc
        except KeyError as exc:
            raise CommandError(i18n.tr("no resource with id {id!r}").format(id=exc.args[0]), EXIT_FAILED) from exc
    finally:
        lib.close()
    _p(i18n.tr("Merged %n item(s) into “{title}” ({id}); their notes are on it now.", "", len(snap.ids))
       .format(title=keep.title, id=keep.id))  # fmt: skip
    return EXIT_OK


def _add_watch(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("watch", help=i18n.tr("watched folders: add, remove, list, sync"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("add", help=i18n.tr("watch a folder (and import it now)"))
    a.add_argument("dir", help=i18n.tr("the folder"))
    a.add_argument("--no-sync", action="store_true", help=i18n.tr("do not import it now"))
    r = actions.add_parser("remove", help=i18n.tr("stop watching a folder (its items stay)"))
    r.add_argument("dir", help=i18n.tr("the folder"))
    ls = actions.add_parser("list", help=i18n.tr("list watched folders"))
    ls.add_argument("--json", action="store_true", help=i18n.tr("machine-readable output"))
    sy = actions.add_parser("sync", help=i18n.tr("pick up added, changed, moved and deleted files"))
    sy.add_argument("dir", nargs="?", help=i18n.tr("one watched folder (default: all)"))
    p.set_defaults(func=cmd_watch)


def cmd_watch(args: argparse.Namespace) -> int:
    lib = open_library(args)
    try:
        if args.action == "list":
            folders = lib.watch_list()
            if args.json:
                import json

                _p(json.dumps(folders, ensure_ascii=False, indent=2))
            else:
                _p("\n".join(folders) if folders else _no_watched())
            return EXIT_OK
        if args.action == "remove":
            if not lib.watch_remove(args.dir):
                raise CommandError(_not_watched(args.dir))
            _p(i18n.tr("No longer watching {folder}; its items stay in the library.").format(folder=args.dir))
            return EXIT_OK
        if args.action == "add":
            try:
                folder = lib.watch_add(args.dir)
            except ValueError as exc:
                raise CommandError(reason(exc), EXIT_USAGE) from exc
            _p(i18n.tr("Watching {folder}.").format(folder=folder))
            if args.no_sync:
                return EXIT_OK
            summary = lib.sync_watched(folder)
        else:
            if args.dir is not None and _normal(args.dir) not in lib.watch_list():
                raise CommandError(_not_watched(args.dir), EXIT_USAGE)
            if not lib.watch_list():
                _p(_no_watched())
                return EXIT_OK
            summary = lib.sync_watched(args.dir)
    finally:
        lib.close()
    from real_desktop.cli.words import print_summary
    from real_desktop.core.models import Outcome

    print_summary(summary, title=i18n.tr("Sync finished"))
    return EXIT_FAILED if summary.count(Outcome.FAILED) else EXIT_OK


def _no_watched() -> str:  # noqa: N802 - a constant text, translated when printed
    return i18n.tr("No watched folders (add one: real-desktop watch add DIR).")


def _not_watched(folder: str) -> str:
    return i18n.tr("{folder} is not a watched folder (see: real-desktop watch list)").format(folder=folder)


def _normal(folder: str) -> str:
    import os

    return os.path.abspath(os.path.expanduser(folder))


# In the order `real-desktop --help` lists them.
_PARSERS: dict[str, Callable[[argparse._SubParsersAction], None]] = {  # type: ignore[type-arg]
    "edit": _add_edit,
    "duplicates": _add_duplicates,
    "merge": _add_merge,
    "watch": _add_watch,
}
COMMANDS = tuple(_PARSERS)
