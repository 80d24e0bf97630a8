"""`real-desktop pack …`: build, sign, verify, install, list and remove content packs,
and the publishers this computer trusts. Everything is imported inside the handlers."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from real_desktop.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CommandError, open_library, reason
from real_desktop.core import i18n

COMMANDS = ("pack",)
SUBCOMMANDS = "{keygen,build,verify,install,list,remove,trust,untrust,trusted}"


def register(sub: argparse._SubParsersAction, only: str | None = None) -> None:  # type: ignore[type-arg]
    if only is not None and only not in COMMANDS:
        return
    pack = sub.add_parser(
        "pack",
        help=i18n.tr("build, verify, install and remove content packs"),
        description=i18n.tr(
            "Content packs (.realpack): a library that travels on a USB stick, "
            "signed, verified before anything in it is opened, installed atomically."
        ),
    )
    cmds = pack.add_subparsers(dest="pack_command", metavar=SUBCOMMANDS)
    cmds.required = True

    p = cmds.add_parser("keygen", help=i18n.tr("make a publisher key: KEYFILE (mode 0600) and KEYFILE.pub"))
    p.add_argument("keyfile", type=Path, metavar="KEYFILE", help=i18n.tr("where to write the private key"))
    p.set_defaults(func=cmd_keygen)

    p = cmds.add_parser("build", help=i18n.tr("build a .realpack from files/folders or library items"))
    p.add_argument("sources", nargs="*", metavar="SRC",
                   help=i18n.tr("files and folders (or ids with --from-library)"))  # fmt: skip
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.realpack",
                   help=i18n.tr("the pack file to write"))  # fmt: skip
    p.add_argument("--from-library", action="store_true",
                   help=i18n.tr("pack library items (IDs or --collection)"))  # fmt: skip
    p.add_argument("--collection", metavar="C",
                   help=i18n.tr("with --from-library: every item of this collection"))  # fmt: skip
    p.add_argument("--agenda", action="append", metavar="NAME",
                   help=i18n.tr("with --from-library: carry this agenda (repeatable; default: every "
                                "agenda whose items are all in the pack)"))  # fmt: skip
    p.add_argument("--title", metavar="T", help=i18n.tr("the pack's title"))
    p.add_argument("--id", dest="pack_id", metavar="ID", help=i18n.tr("the pack's id (default: from the title)"))
    p.add_argument("--version", dest="pack_version", default="1", metavar="V",
                   help=i18n.tr("the pack's version (default 1)"))  # fmt: skip
    p.add_argument("--publisher", default="", metavar="NAME", help=i18n.tr("who publishes it"))
    p.add_argument("--language", metavar="L", help=i18n.tr("the pack's language, e.g. en, es"))
    p.add_argument("--licence", default="", metavar="TEXT", help=i18n.tr("its licence"))
    p.add_argument("--sign", type=Path, metavar="KEYFILE", help=i18n.tr("sign with this private key"))
    p.set_defaults(func=cmd_build)

    p = cmds.add_parser("verify", help=i18n.tr("check a pack (exit 0 valid, 1 invalid; reason on stderr)"))
    p.add_argument("pack", type=Path, metavar="PACK", help=i18n.tr("the .realpack file"))
    p.add_argument("--require-signed", action="store_true", help=i18n.tr("refuse unsigned or untrusted packs"))
    p.set_defaults(func=cmd_verify)

    p = cmds.add_parser("install", help=i18n.tr("verify and install (or upgrade) a pack"))
    p.add_argument("pack", type=Path, metavar="PACK", help=i18n.tr("the .realpack file"))
    p.add_argument("--require-signed", action="store_true", help=i18n.tr("refuse unsigned or untrusted packs"))
    p.add_argument("--keep-media-on-drive", action="store_true",
                   help=i18n.tr("use files unpacked beside the pack where they are instead of copying them"))  # fmt: skip
    p.add_argument("--force", action="store_true", help=i18n.tr("reinstall the same or an older version"))
    p.set_defaults(func=cmd_install)

    p = cmds.add_parser("list", help=i18n.tr("installed packs"))
    p.add_argument("--json", action="store_true", help=i18n.tr("machine-readable output"))
    p.set_defaults(func=cmd_list)

    p = cmds.add_parser("remove", help=i18n.tr("remove an installed pack (notes on its items are kept)"))
    p.add_argument("pack_id", metavar="ID", help=i18n.tr("the pack's id (see: real-desktop pack list)"))
    p.add_argument("--export-notes", type=Path, metavar="FILE", help=i18n.tr("first write its notes here (JSON)"))
    p.set_defaults(func=cmd_remove)

    p = cmds.add_parser("trust", help=i18n.tr("trust a publisher's public key"))
    p.add_argument("pubfile", type=Path, metavar="KEYFILE.pub", help=i18n.tr("the publisher's public key file"))
    p.add_argument("--name", default="", help=i18n.tr("a name to show (default: the file name)"))
    p.set_defaults(func=cmd_trust)

    p = cmds.add_parser("untrust", help=i18n.tr("stop trusting a publisher"))
    p.add_argument("fingerprint", metavar="FINGERPRINT", help=i18n.tr("as real-desktop pack trusted shows it"))
    p.set_defaults(func=cmd_untrust)

    p = cmds.add_parser("trusted", help=i18n.tr("the publishers this computer trusts"))
    p.add_argument("--json", action="store_true", help=i18n.tr("machine-readable output"))
    p.set_defaults(func=cmd_trusted)


def _home(args: argparse.Namespace) -> Path:
    from real_desktop.core import paths

    return Path(args.home) if getattr(args, "home", None) else paths.data_home()


def _pack_error() -> type[Exception]:
    from real_desktop.core.packs.manifest import PackError

    return PackError


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            if unit == "bytes":
                return i18n.tr("%n byte(s)", "", n)
            return f"{i18n.format_number(n, 1)} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def cmd_keygen(args: argparse.Namespace) -> int:
    from real_desktop.core.packs.signing import keygen

    try:
        pub, fp = keygen(args.keyfile)
    except _pack_error() as exc:
        raise CommandError(reason(exc)) from None
    print(i18n.tr("Wrote {keyfile} (private, keep it safe) and {pub}").format(keyfile=args.keyfile, pub=pub))
    print(i18n.tr("Fingerprint: {fingerprint}").format(fingerprint=fp))
    return EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    from real_desktop.core.packs.build import PackSpec, build_from_library, build_from_paths
    from real_desktop.core.textutil import slugify

    title = args.title or (Path(args.sources[0]).name if args.sources and not args.from_library else None)
    title = title or args.collection or i18n.tr("Content pack")
    spec = PackSpec(
        id=args.pack_id or slugify(title)[:60].strip("-") or "pack", title=title,
        version=args.pack_version, publisher=args.publisher, language=args.language,
        licence=args.licence,
    )  # fmt: skip
    try:
        if args.from_library:
            lib = open_library(args)
            ids = list(args.sources)
            if args.collection:
                ids += [r.id for r in lib.resources(collection=args.collection)]
            if not ids:
                raise CommandError(i18n.tr("--from-library needs IDs or --collection C"), EXIT_USAGE)
            out = build_from_library(lib, _resolve_ids(lib, ids), args.output, spec, keyfile=args.sign,
                                     agendas=args.agenda)  # fmt: skip
        else:
            if not args.sources:
                raise CommandError(i18n.tr("give files or folders to pack (or --from-library)"), EXIT_USAGE)
            out = build_from_paths([Path(s) for s in args.sources], args.output, spec, keyfile=args.sign)
    except _pack_error() as exc:
        raise CommandError(reason(exc)) from None
    from real_desktop.core.packs.archive import read_manifest

    m, _, sig = read_manifest(out)
    signed = i18n.tr("signed") if sig else i18n.tr("unsigned")
    agendas = ", " + i18n.tr("%n agenda(s)", "", len(m.agendas)) if m.agendas else ""
    print(i18n.tr("Wrote {file}: {title} {version} ({id}), {items}{agendas}, {size}, {signed}").format(
        file=out, title=m.title, version=m.version, id=m.id, items=_items(len(m.items)), agendas=agendas,
        size=_size(out.stat().st_size), signed=signed))  # fmt: skip
    return EXIT_OK


def _items(n: int) -> str:
    return i18n.tr("%n item(s)", "", n)


def _resolve_ids(lib: Any, ids: list[str]) -> list[str]:
    out = []
    for i in ids:
        if lib.get(i) is not None:
            out.append(i)
            continue
        found = lib.find_prefix(i)
        if len(found) != 1:
            why = i18n.tr("no such item") if not found else i18n.tr("ambiguous id")
            raise CommandError(f"{i}: {why}")
        out.append(found[0].id)
    return list(dict.fromkeys(out))


def cmd_verify(args: argparse.Namespace) -> int:
    from real_desktop.core.packs.archive import verify
    from real_desktop.core.packs.signing import TrustStore

    try:
        trusted = [p.fingerprint for p in TrustStore(_home(args)).publishers()]
        vp = verify(args.pack, trusted=trusted, require_signed=args.require_signed)
    except _pack_error() as exc:
        print("real-desktop: " + i18n.tr("{pack}: invalid: {reason}").format(pack=args.pack, reason=i18n.text_of(reason(exc))),
              file=sys.stderr)  # fmt: skip
        return EXIT_FAILED
    m = vp.manifest
    if vp.signer is None:
        who = i18n.tr("unsigned")
    elif vp.trusted:
        who = i18n.tr("signed by {signer} (trusted)").format(signer=vp.signer)
    else:
        who = i18n.tr("signed by {signer} (not trusted here)").format(signer=vp.signer)
    print(i18n.tr("{pack}: valid — {title} {version} ({id}), {items}, {signed}").format(
        pack=args.pack, title=m.title, version=m.version, id=m.id, items=_items(len(m.items)),
        signed=who))  # fmt: skip
    return EXIT_OK


def cmd_install(args: argparse.Namespace) -> int:
    from real_desktop.core.packs.install import PackManager

    lib = open_library(args)
    pm = PackManager(lib)
    try:
        result = pm.install(
            args.pack, require_signed=args.require_signed or pm.require_signed,
            keep_media_on_drive=args.keep_media_on_drive, force=args.force,
        )  # fmt: skip
    except _pack_error() as exc:
        raise CommandError(i18n.tr("{pack}: not installed: {reason}").format(pack=args.pack, reason=i18n.text_of(reason(exc)))) from None
    print(i18n.text_of(result.message))
    skipped = [r for r in result.results if r.outcome == "skipped"]
    for r in skipped:
        print("  " + i18n.tr("skipped {id}: {reason}").format(id=r.resource_id, reason=i18n.text_of(r.reason)), file=sys.stderr)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from real_desktop.core.packs.install import PackManager

    recs = PackManager(open_library(args)).installed()
    if args.json:
        print(json.dumps([r.to_json() for r in recs], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not recs:
        print(i18n.tr("No content packs installed."))
    for r in recs:
        if not r.signer:
            who = i18n.tr("unsigned")
        else:
            who = i18n.tr("trusted publisher") if r.trusted else i18n.tr("signed, not trusted")
        print(f"{r.id}  {r.version}  {r.title}  — {_items(len(r.items))}, {_size(r.size)}, {who}")
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    from real_desktop.core.packs.install import PackManager

    try:
        rec = PackManager(open_library(args)).remove(args.pack_id, export_notes=args.export_notes)
    except _pack_error() as exc:
        raise CommandError(reason(exc)) from None
    if args.export_notes:
        print(i18n.tr("Wrote the notes on its items to {file}").format(file=args.export_notes), file=sys.stderr)
    print(i18n.tr("Removed {title} {version} ({items}); notes on them are kept").format(
        title=rec.title, version=rec.version, items=_items(len(rec.items))))  # fmt: skip
    return EXIT_OK


def cmd_trust(args: argparse.Namespace) -> int:
    from real_desktop.core.packs.signing import TrustStore

    try:
        pub = TrustStore(_home(args)).trust(args.pubfile, args.name)
    except _pack_error() as exc:
        raise CommandError(reason(exc)) from None
    print(i18n.tr("Trusted {name}: {fingerprint}").format(name=pub.name, fingerprint=pub.fingerprint))
    return EXIT_OK


def cmd_untrust(args: argparse.Namespace) -> int:
    from real_desktop.core.packs.signing import TrustStore

    try:
        pub = TrustStore(_home(args)).untrust(args.fingerprint)
    except _pack_error() as exc:
        raise CommandError(reason(exc)) from None
    print(i18n.tr("No longer trusted: {name} ({fingerprint})").format(name=pub.name, fingerprint=pub.fingerprint))
    return EXIT_OK


def cmd_trusted(args: argparse.Namespace) -> int:
    from real_desktop.core.packs.signing import TrustStore

    try:
        pubs = TrustStore(_home(args)).publishers()
    except _pack_error() as exc:
        raise CommandError(reason(exc)) from None
    if args.json:
        print(json.dumps([p.__dict__ for p in pubs], indent=2))
        return EXIT_OK
    if not pubs:
        print(i18n.tr("No trusted publishers."))
    for p in pubs:
        print(f"{p.fingerprint}  {p.name}")
    return EXIT_OK
