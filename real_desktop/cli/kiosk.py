"""`real-desktop kiosk …`: turn this computer into a public terminal (setup), show the
configuration (status), switch kiosk mode off again (disable, with the admin PIN).

The PIN never comes from the command line (it would show in `ps` and shell history):
`--pin-file FILE`, or `--pin-file -` for standard input (its first line)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from real_desktop.cli import EXIT_FAILED, EXIT_OK, CommandError

COMMANDS = ("kiosk",)


def register(sub: argparse._SubParsersAction, only: str | None = None) -> None:  # type: ignore[type-arg]
    if only is not None and only not in COMMANDS:
        return
    kiosk = sub.add_parser(
        "kiosk",
        help="set up, check or disable kiosk mode (public terminals)",
        description="Kiosk mode: REAL Desktop as the only program of a public terminal, "
        "locked down and erased between visitors. The configuration is system-wide "
        "(/etc/real-desktop/kiosk.ini on Linux; --config or $REAL_DESKTOP_KIOSK_CONFIG "
        "point elsewhere).",
    )
    cmds = kiosk.add_subparsers(dest="kiosk_command", metavar="{setup,status,disable}")
    cmds.required = True

    def config_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("--config", type=Path, metavar="PATH", help="the configuration file")

    # No abbreviations: `--pin 1234` must be an error, not the file "1234".
    p = cmds.add_parser(
        "setup", help="enable kiosk mode: admin PIN, idle timeout, policy", allow_abbrev=False
    )
    config_arg(p)
    p.add_argument("--pin-file", required=True, metavar="FILE",
                   help="file holding the admin PIN (first line); - reads standard input")  # fmt: skip
    p.add_argument("--idle-minutes", type=int, metavar="N",
                   help="end an unattended session after N minutes (default 5)")  # fmt: skip
    for flag, what in (("notes", "visitors may take notes (default: yes)"),
                       ("print", "visitors may print their notes (default: no)"),
                       ("save-to-drive", "visitors may save their notes to a removable drive "
                                         "(default: no)")):  # fmt: skip
        p.add_argument(f"--{flag}", action=argparse.BooleanOptionalAction, default=None, help=what)
    p.add_argument("--signed-packs-only", action="store_true", default=None,
                   help="install only packs signed by a trusted publisher (the terminal's "
                        "library takes the rule when the app starts)")  # fmt: skip
    p.add_argument("--language", choices=("system", "en", "es", "choose"), default=None,
                   help="the visitors' interface language: the system's, English, Spanish, or "
                        "choose (a language button on the welcome screen)")  # fmt: skip
    p.set_defaults(func=cmd_setup)

    p = cmds.add_parser("status", help="show the kiosk configuration")
    config_arg(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_status)

    p = cmds.add_parser(
        "disable", help="switch kiosk mode off (needs the admin PIN)", allow_abbrev=False
    )
    config_arg(p)
    p.add_argument("--pin-file", required=True, metavar="FILE",
                   help="file holding the admin PIN; - reads standard input")  # fmt: skip
    p.set_defaults(func=cmd_disable)


def read_pin(source: str) -> str:
    try:
        if source == "-":
            line = sys.stdin.readline()
        else:
            with open(source, encoding="utf-8") as f:
                line = f.readline()
    except OSError as exc:
        raise CommandError(f"cannot read the PIN from {source}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise CommandError(f"the PIN file {source} is not text") from exc
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
        raise CommandError("--idle-minutes must be between 1 and 1440", 2)
    try:
        pin_hash = hash_pin(read_pin(args.pin_file))
    except PinError as exc:
        raise CommandError(str(exc), 2) from exc
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
        raise CommandError(str(exc)) from exc
    print(f"Kiosk mode enabled; configuration written to {path}")
    _print_status(path, cfg)
    return EXIT_OK


def _print_status(path: Path, cfg: object) -> None:
    from real_desktop.core.kiosk import config as kc

    assert isinstance(cfg, kc.KioskConfig)
    yes = {True: "yes", False: "no"}
    print(f"  enabled:            {yes[cfg.enabled]}")
    print(f"  admin PIN set:      {yes[bool(cfg.pin_hash)]}")
    print(f"  idle timeout:       {cfg.idle_minutes} min")
    print(f"  notes:              {yes[cfg.notes]}")
    print(f"  printing:           {yes[cfg.print]}")
    print(f"  save to drive:      {yes[cfg.save_to_drive]}")
    print(f"  signed packs only:  {yes[cfg.signed_packs_only]}")
    print(f"  language:           {cfg.language}")
    for problem in kc.problems(path):
        print(f"  warning: {problem}")


def cmd_status(args: argparse.Namespace) -> int:
    from real_desktop.core.kiosk import config as kc

    path = kc.config_path(args.config)
    try:
        cfg = kc.read(path)
    except kc.ConfigError as exc:
        raise CommandError(str(exc)) from exc
    if args.json:
        doc: dict[str, object] = {"config": str(path), "exists": cfg is not None}
        doc.update((cfg or kc.KioskConfig()).public())
        doc["problems"] = kc.problems(path) if cfg is not None else []
        print(json.dumps(doc, indent=2))
        return EXIT_OK
    if cfg is None:
        print(f"Kiosk mode is not set up ({path} does not exist).")
        return EXIT_OK
    print(f"Kiosk mode is {'enabled' if cfg.enabled else 'disabled'} ({path})")
    _print_status(path, cfg)
    return EXIT_OK


def cmd_disable(args: argparse.Namespace) -> int:
    from real_desktop.core.kiosk import config as kc
    from real_desktop.core.kiosk.pin import PinError, PinGuard

    path = kc.config_path(args.config)
    try:
        cfg = kc.read(path)
    except kc.ConfigError as exc:
        raise CommandError(str(exc)) from exc
    if cfg is None or not cfg.pin_hash:
        raise CommandError(f"kiosk mode is not set up ({path})")
    pin = read_pin(args.pin_file)
    try:
        attempt = PinGuard(cfg.pin_hash, _state_path(args)).attempt(pin)
    except PinError as exc:
        raise CommandError(str(exc)) from exc
    if not attempt.ok:
        raise CommandError(attempt.message(), EXIT_FAILED)
    try:
        kc.write(path, cfg.with_changes(enabled=False))
    except kc.ConfigError as exc:
        raise CommandError(str(exc)) from exc
    print(f"Kiosk mode disabled ({path}); `real-desktop kiosk setup` enables it again.")
    return EXIT_OK
