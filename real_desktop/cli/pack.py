"""`real-desktop pack …`: build, sign, verify, install, list and remove content packs,
and the publishers this computer trusts. Everything is imported inside the handlers."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from real_desktop.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CommandError, open_library

COMMANDS = ("pack",)
SUBCOMMANDS = "{keygen,build,verify,install,list,remove,trust,untrust,trusted}"


def register(sub: argparse._SubParsersAction, only: str | None = None) -> None:  # type: ignore[type-arg]
    if only is not None and only not in COMMANDS:
        return
    pack = sub.add_parser(
        "pack",
        help="build, verify, install and remove content packs",
        description="Content packs (.realpack): a library that travels on a USB stick, "
        "signed, verified before anything in it is opened, installed atomically.",
    )
    cmds = pack.add_subparsers(dest="pack_command", metavar=SUBCOMMANDS)
    cmds.required = True

    p = cmds.add_parser("keygen", help="make a publisher key: KEYFILE (mode 0600) and KEYFILE.pub")
    p.add_argument("keyfile", type=Path, metavar="KEYFILE")
    p.set_defaults(func=cmd_keygen)

    p = cmds.add_parser("build", help="build a .realpack from files/folders or library items")
    p.add_argument("sources", nargs="*", metavar="SRC", help="files and folders (or ids with --from-library)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.realpack")
    p.add_argument("--from-library", action="store_true", help="pack library items (IDs or --collection)")
    p.add_argument("--collection", metavar="C", help="with --from-library: every item of this collection")
    p.add_argument("--agenda", action="append", metavar="NAME",
                   help="with --from-library: carry this agenda (repeatable; default: every "
                        "agenda whose items are all in the pack)")  # fmt: skip
    p.add_argument("--title", metavar="T")
    p.add_argument("--id", dest="pack_id", metavar="ID")
    p.add_argument("--version", dest="pack_version", default="1", metavar="V")
    p.add_argument("--publisher", default="", metavar="NAME")
    p.add_argument("--language", metavar="L")
    p.add_argument("--licence", default="", metavar="TEXT")
    p.add_argument("--sign", type=Path, metavar="KEYFILE", help="sign with this private key")
    p.set_defaults(func=cmd_build)

    p = cmds.add_parser("verify", help="check a pack (exit 0 valid, 1 invalid; reason on stderr)")
    p.add_argument("pack", type=Path, metavar="PACK")
    p.add_argument("--require-signed", action="store_true")
    p.set_defaults(func=cmd_verify)

    p = cmds.add_parser("install", help="verify and install (or upgrade) a pack")
    p.add_argument("pack", type=Path, metavar="PACK")
    p.add_argument("--require-signed", action="store_true", help="refuse unsigned or untrusted packs")
    p.add_argument("--keep-media-on-drive", action="store_true",
                   help="use files unpacked beside the pack where they are instead of copying them")  # fmt: skip
    p.add_argument("--force", action="store_true", help="reinstall the same or an older version")
    p.set_defaults(func=cmd_install)

    p = cmds.add_parser("list", help="installed packs")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = cmds.add_parser("remove", help="remove an installed pack (notes on its items are kept)")
    p.add_argument("pack_id", metavar="ID")
    p.add_argument("--export-notes", type=Path, metavar="FILE", help="first write its notes here (JSON)")
    p.set_defaults(func=cmd_remove)

    p = cmds.add_parser("trust", help="trust a publisher's public key")
    p.add_argument("pubfile", type=Path, metavar="KEYFILE.pub")
    p.add_argument("--name", default="", help="a name to show (default: the file name)")
    p.set_defaults(func=cmd_trust)

    p = cmds.add_parser("untrust", help="stop trusting a publisher")
    p.add_argument("fingerprint", metavar="FINGERPRINT")
    p.set_defaults(func=cmd_untrust)

    p = cmds.add_parser("trusted", help="the publishers this computer trusts")
    p.add_argument("--json", action="store_true")
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
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def cmd_keygen(args: argparse.Namespace) -> int:
    from real_desktop.core.packs.signing import keygen

    try:
        pub, fp = keygen(args.keyfile)
    except _pack_error() as exc:
        raise CommandError(str(exc)) from None
    print(f"Wrote {args.keyfile} (private, keep it safe) and {pub}")
    print(f"Fingerprint: {fp}")
    return EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    from real_desktop.core.packs.build import PackSpec, build_from_library, build_from_paths
    from real_desktop.core.textutil import slugify

    title = args.title or (Path(args.sources[0]).name if args.sources and not args.from_library else None)
    title = title or args.collection or "Content pack"
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
                raise CommandError("--from-library needs IDs or --collection C", EXIT_USAGE)
            out = build_from_library(lib, _resolve_ids(lib, ids), args.output, spec, keyfile=args.sign,
                                     agendas=args.agenda)  # fmt: skip
        else:
            if not args.sources:
                raise CommandError("give files or folders to pack (or --from-library)", EXIT_USAGE)
            out = build_from_paths([Path(s) for s in args.sources], args.output, spec, keyfile=args.sign)
    except _pack_error() as exc:
        raise CommandError(str(exc)) from None
    from real_desktop.core.packs.archive import read_manifest

    m, _, sig = read_manifest(out)
    signed = "signed" if sig else "unsigned"
    agendas = f", {len(m.agendas)} agenda(s)" if m.agendas else ""
    print(f"Wrote {out}: {m.title} {m.version} ({m.id}), {len(m.items)} item(s){agendas}, {_size(out.stat().st_size)}, {signed}")
    return EXIT_OK


def _resolve_ids(lib: Any, ids: list[str]) -> list[str]:
    out = []
    for i in ids:
        if lib.get(i) is not None:
            out.append(i)
            continue
        found = lib.find_prefix(i)
        if len(found) != 1:
            raise CommandError(f"{i}: {'no such item' if not found else 'ambiguous id'}")
        out.append(found[0].id)
    return list(dict.fromkeys(out))


def cmd_verify(args: argparse.Namespace) -> int:
    from real_desktop.core.packs.archive import verify
    from real_desktop.core.packs.signing import TrustStore

    try:
        trusted = [p.fingerprint for p in TrustStore(_home(args)).publishers()]
        vp = verify(args.pack, trusted=trusted, require_signed=args.require_signed)
    except _pack_error() as exc:
        print(f"real-desktop: {args.pack}: invalid: {exc}", file=sys.stderr)
        return EXIT_FAILED
    m = vp.manifest
    who = "unsigned" if vp.signer is None else f"signed by {vp.signer} ({'trusted' if vp.trusted else 'not trusted here'})"
    print(f"{args.pack}: valid — {m.title} {m.version} ({m.id}), {len(m.items)} item(s), {who}")
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
        raise CommandError(f"{args.pack}: not installed: {exc}") from None
    print(result.message)
    skipped = [r for r in result.results if r.outcome == "skipped"]
    for r in skipped:
        print(f"  skipped {r.resource_id}: {r.reason}", file=sys.stderr)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from real_desktop.core.packs.install import PackManager

    recs = PackManager(open_library(args)).installed()
    if args.json:
        print(json.dumps([r.to_json() for r in recs], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not recs:
        print("No content packs installed.")
    for r in recs:
        who = "unsigned" if not r.signer else ("trusted publisher" if r.trusted else "signed, not trusted")
        print(f"{r.id}  {r.version}  {r.title}  — {len(r.items)} item(s), {_size(r.size)}, {who}")
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    from real_desktop.core.packs.install import PackManager

    try:
        rec = PackManager(open_library(args)).remove(args.pack_id, export_notes=args.export_notes)
    except _pack_error() as exc:
        raise CommandError(str(exc)) from None
    if args.export_notes:
        print(f"Wrote the notes on its items to {args.export_notes}", file=sys.stderr)
    print(f"Removed {rec.title} {rec.version} ({len(rec.items)} item(s)); notes on them are kept")
    return EXIT_OK


def cmd_trust(args: argparse.Namespace) -> int:
    from real_desktop.core.packs.signing import TrustStore

    try:
        pub = TrustStore(_home(args)).trust(args.pubfile, args.name)
    except _pack_error() as exc:
        raise CommandError(str(exc)) from None
    print(f"Trusted {pub.name}: {pub.fingerprint}")
    return EXIT_OK


def cmd_untrust(args: argparse.Namespace) -> int:
    from real_desktop.core.packs.signing import TrustStore

    try:
        pub = TrustStore(_home(args)).untrust(args.fingerprint)
    except _pack_error() as exc:
        raise CommandError(str(exc)) from None
    print(f"No longer trusted: {pub.name} ({pub.fingerprint})")
    return EXIT_OK


def cmd_trusted(args: argparse.Namespace) -> int:
    from real_desktop.core.packs.signing import TrustStore

    try:
        pubs = TrustStore(_home(args)).publishers()
    except _pack_error() as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        print(json.dumps([p.__dict__ for p in pubs], indent=2))
        return EXIT_OK
    if not pubs:
        print("No trusted publishers.")
    for p in pubs:
        print(f"{p.fingerprint}  {p.name}")
    return EXIT_OK
