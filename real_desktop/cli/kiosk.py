"""`real-desktop kiosk …`: turn this computer into a public terminal (setup), show the
configuration (status), switch kiosk mode off again (disable, with the admin PIN).

The PIN never comes from the command line (it would show in `ps` and shell history):
`--pin-file FILE`, or `--pin-file -` for standard input (its first line)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from real_desktop.cli import EXIT_FAILED, EXIT_OK, CommandError, reason
from real_desktop.core import i18n

COMMANDS = ("kiosk",)


def register(sub: argparse._SubParsersAction, only: str | None = None) -> None:  # type: ignore[type-arg]
    if only is not None and only not in COMMANDS:
        return
    kiosk = sub.add_parser(
        "kiosk",
        help=i18n.tr("set up, check or disable kiosk mode (public terminals)"),
        description=i18n.tr(
            "Kiosk mode: REAL Desktop as the only program of a public terminal, "
            "locked down and erased between visitors. The configuration is system-wide "
            "(/etc/real-desktop/kiosk.ini on Linux; --config or $REAL_DESKTOP_KIOSK_CONFIG "
            "point elsewhere)."
        ),
    )
    cmds = kiosk.add_subparsers(dest="kiosk_command", metavar="{setup,status,disable}")
    cmds.required = True

    def config_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("--config", type=Path, metavar="PATH", help=i18n.tr("the configuration file"))

    # No abbreviations: `--pin 1234` must be an error, not the file "1234".
    p = cmds.add_parser(
        "setup", help=i18n.tr("enable kiosk mode: admin PIN, idle timeout, policy"), allow_abbrev=False
    )
    config_arg(p)
    p.add_argument("--pin-file", required=True, metavar="FILE",
                   help=i18n.tr("file holding the admin PIN (first line); - reads standard input"))  # fmt: skip
    p.add_argument("--idle-minutes", type=int, metavar="N",
                   help=i18n.tr("end an unattended session after N minutes (default 5)"))  # fmt: skip
    for flag, what in (("notes", i18n.tr("visitors may take notes (default: yes)")),
                       ("print", i18n.tr("visitors may print their notes (default: no)")),
                       ("save-to-drive", i18n.tr("visitors may save their notes to a removable drive "
                                                 "(default: no)"))):  # fmt: skip
        p.add_argument(f"--{flag}", action=argparse.BooleanOptionalAction, default=None, help=what)
    p.add_argument("--signed-packs-only", action="store_true", default=None,
                   help=i18n.tr("install only packs signed by a trusted publisher (the terminal's "
                                "library takes the rule when the app starts)"))  # fmt: skip
    p.add_argument("--language", choices=("system", "en", "es", "choose"), default=None,
                   help=i18n.tr("the visitors' interface language: the system's, English, Spanish, or "
                                "choose (a language button on the welcome screen)"))  # fmt: skip
    p.set_defaults(func=cmd_setup)

    p = cmds.add_parser("status", help=i18n.tr("show the kiosk configuration"))
    config_arg(p)
    p.add_argument("--json", action="store_true", help=i18n.tr("machine-readable output"))
    p.set_defaults(func=cmd_status)

    p = cmds.add_parser(
        "disable", help=i18n.tr("switch kiosk mode off (needs the admin PIN)"), allow_abbrev=False
    )
    config_arg(p)
    p.add_argument("--pin-file", required=True, metavar="FILE",
                   help=i18n.tr("file holding the admin PIN; - reads standard input"))  # fmt: skip
    p.set_defaults(func=cmd_disable)


def read_pin(source: str) -> str:
    try:
        if source == "-":
            line = sys.stdin.readline()
        else:
            with open(source, encoding="utf-8") as f:
                line = f.readline()
    except OSError as exc:
        raise CommandError(
            i18n.tr("cannot read the PIN from {source}: {error}").format(source=source, error=exc.strerror)
        ) from exc
    except UnicodeDecodeError as exc:
        raise CommandError(i18n.tr("the PIN file {source} is not text").format(source=source)) from exc
    return line.rstrip("\r\n")


def _state_path(args: argparse.Namespace) -> Path:
    """Where wrong-PIN counts are kept: the same place the window keeps them."""
    from real_desktop.core import paths

    home = getattr(args, "home", None)
    return (Path(home) if home else paths.data_home()) / "kiosk-unlock.json"


def cmd_setup(args: argparse.Namespace) -> int:
    from real_desktop.core.kiosk import config as kc
    from real_desktop.core.kiosk.pin import PinError, hash_pin

    if args.idle_minutes is not None and not 1 <= args.idle_minutes <= 24 * 60:
        raise CommandError(i18n.tr("--idle-minutes must be between 1 and 1440"), 2)
    try:
        pin_hash = hash_pin(read_pin(args.pin_file))
    except PinError as exc:
        raise CommandError(reason(exc), 2) from exc
    path = kc.config_path(args.config)
    try:
        before = kc.read(path) or kc.KioskConfig()
    except kc.ConfigError:
        before = kc.KioskConfig()  # a damaged file is replaced by the new one
    changes: dict[str, object] = {"enabled": True, "pin_hash": pin_hash}
    for key, value in (("idle_minutes", args.idle_minutes), ("notes", args.notes),
                       ("print", args.print), ("save_to_drive", args.save_to_drive),
                       ("signed_packs_only", args.signed_packs_only),
                       ("language", args.language)):  # fmt: skip
        if value is not None:  # a setting not given keeps what the file had
            changes[key] = value
    cfg = before.with_changes(**changes)
    try:
        kc.write(path, cfg)
    except kc.ConfigError as exc:
        raise CommandError(reason(exc)) from exc
    print(i18n.tr("Kiosk mode enabled; configuration written to {path}").format(path=path))
    _print_status(path, cfg)
    return EXIT_OK


def _print_status(path: Path, cfg: object) -> None:
    from real_desktop.core.kiosk import config as kc

    assert isinstance(cfg, kc.KioskConfig)
    yes = {True: i18n.tr("yes"), False: i18n.tr("no")}
    rows = [
        (i18n.tr("enabled:", "kiosk status"), yes[cfg.enabled]),
        (i18n.tr("admin PIN set:", "kiosk status"), yes[bool(cfg.pin_hash)]),
        (i18n.tr("idle timeout:", "kiosk status"), i18n.tr("{n} min").format(n=cfg.idle_minutes)),
        (i18n.tr("notes:", "kiosk status"), yes[cfg.notes]),
        (i18n.tr("printing:", "kiosk status"), yes[cfg.print]),
        (i18n.tr("save to drive:", "kiosk status"), yes[cfg.save_to_drive]),
        (i18n.tr("signed packs only:", "kiosk status"), yes[cfg.signed_packs_only]),
        (i18n.tr("language:", "kiosk status"), cfg.language),
    ]
    width = max(20, *(len(label) + 2 for label, _ in rows))
    for label, value in rows:
        print(f"  {label:<{width}}{value}")
    for problem in kc.problems(path):
        print("  " + i18n.tr("warning: {reason}").format(reason=i18n.text_of(problem)))


def cmd_status(args: argparse.Namespace) -> int:
    from real_desktop.core.kiosk import config as kc

    path = kc.config_path(args.config)
    try:
        cfg = kc.read(path)
    except kc.ConfigError as exc:
        raise CommandError(reason(exc)) from exc
    if args.json:
        doc: dict[str, object] = {"config": str(path), "exists": cfg is not None}
        doc.update((cfg or kc.KioskConfig()).public())
        doc["problems"] = kc.problems(path) if cfg is not None else []
        print(json.dumps(doc, indent=2))
        return EXIT_OK
    if cfg is None:
        print(i18n.tr("Kiosk mode is not set up ({path} does not exist).").format(path=path))
        return EXIT_OK
    if cfg.enabled:
        print(i18n.tr("Kiosk mode is enabled ({path})").format(path=path))
    else:
        print(i18n.tr("Kiosk mode is disabled ({path})").format(path=path))
    _print_status(path, cfg)
    return EXIT_OK


def cmd_disable(args: argparse.Namespace) -> int:
    from real_desktop.core.kiosk import config as kc
    from real_desktop.core.kiosk.pin import PinError, PinGuard

    path = kc.config_path(args.config)
    try:
        cfg = kc.read(path)
    except kc.ConfigError as exc:
        raise CommandError(reason(exc)) from exc
    if cfg is None or not cfg.pin_hash:
        raise CommandError(i18n.tr("kiosk mode is not set up ({path})").format(path=path))
    pin = read_pin(args.pin_file)
    try:
        attempt = PinGuard(cfg.pin_hash, _state_path(args)).attempt(pin)
    except PinError as exc:
        raise CommandError(reason(exc)) from exc
    if not attempt.ok:
        raise CommandError(i18n.text_of(attempt.message()), EXIT_FAILED)
    try:
        kc.write(path, cfg.with_changes(enabled=False))
    except kc.ConfigError as exc:
        raise CommandError(reason(exc)) from exc
    print(i18n.tr("Kiosk mode disabled ({path}); `real-desktop kiosk setup` enables it again.").format(path=path))
    return EXIT_OK
