"""`real-desktop`: the command line. With no command it opens the desktop window.

Each command module in COMMAND_MODULES has `register(subparsers)`, which adds its
sub-commands and sets `func=handler` (handler(args) -> exit code) on each. A module that
does not exist yet is skipped. Non-GUI commands must not import PySide6: keep imports in
command modules lazy (inside handlers).

Exit codes: 0 ok, 1 something failed (e.g. some files could not be imported), 2 usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from real_desktop.core.library import Library

COMMAND_MODULES = [
    "real_desktop.cli.library_cmds",
    "real_desktop.cli.notes",
    "real_desktop.cli.pack",
    "real_desktop.cli.kiosk",
]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_OWN_FLAGS = ("-h", "--help", "--version")


class CommandError(Exception):
    """Raise from a handler to print a message and exit with `code` (no traceback)."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def open_library(args: argparse.Namespace | None = None) -> Library:
    """The library for this invocation (--home / REAL_DESKTOP_HOME, else the default)."""
    from real_desktop.core.library import Library, LibraryError

    home = getattr(args, "home", None) if args is not None else None
    try:
        return Library.open(Path(home) if home else None)
    except LibraryError as exc:
        raise CommandError(str(exc)) from exc


def _gui(args: argparse.Namespace) -> int:
    try:
        from real_desktop.ui import app
    except ModuleNotFoundError as exc:
        if exc.name in ("real_desktop.ui.app", "PySide6") or (exc.name or "").startswith("PySide6"):
            print(
                "real-desktop: the desktop window is not available in this installation "
                f"({exc.name} is missing). Command-line use still works: real-desktop --help",
                file=sys.stderr,
            )
            return EXIT_FAILED
        raise
    extra = list(getattr(args, "qt_args", []))
    home = getattr(args, "home", None)
    if home:  # the window's own --home beats a library location saved in its settings
        extra = ["--home", str(home), *extra]
    return int(app.main([sys.argv[0] if sys.argv else "real-desktop", *extra]) or 0)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="real-desktop",
        description="REAL Desktop: an offline, searchable library of REAL program documents "
        "and recorded talks. Run without a command to open the desktop window.",
    )
    parser.add_argument(
        "--home",
        metavar="DIR",
        help="library data folder (default: $REAL_DESKTOP_HOME or the user data folder)",
    )
    from real_desktop import __version__

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the desktop window (the default)")
    gui.add_argument("qt_args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    gui.set_defaults(func=_gui)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # that command module is not written yet
            raise
        module.register(sub)
    return parser


def _split_home(argv: list[str]) -> tuple[list[str], str | None]:
    """Accept --home anywhere before `--` (also after the command name)."""
    out: list[str] = []
    home = None
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--":
            out += argv[i:]
            break
        if a == "--home" and i + 1 < len(argv):
            home = argv[i + 1]
            i += 2
            continue
        if a.startswith("--home="):
            home = a.split("=", 1)[1]
        else:
            out.append(a)
        i += 1
    return out, home


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # In a PyInstaller bundle the import workers start this same executable:
        # freeze_support() turns those starts into workers instead of new apps.
        import multiprocessing

        multiprocessing.freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    argv, home = _split_home(argv)
    if not argv or argv[0] == "gui" or (argv[0].startswith("-") and argv[0] not in _OWN_FLAGS):
        # The window's options (and Qt's own, e.g. -platform) pass straight through:
        # argparse would reject them before the `gui` sub-command saw them.
        if home is not None:
            os.environ["REAL_DESKTOP_HOME"] = home
        gui_args = argv[1:] if argv and argv[0] == "gui" else argv
        if gui_args[:1] in (["-h"], ["--help"]):
            build_parser().print_help()
            return EXIT_OK
        return _gui(argparse.Namespace(home=home, qt_args=gui_args))
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    if home is not None:
        args.home = home
        os.environ["REAL_DESKTOP_HOME"] = home  # anything that calls paths.data_home() agrees
    func = getattr(args, "func", None) or _gui
    try:
        return int(func(args) or 0)
    except CommandError as exc:
        print(f"real-desktop: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("real-desktop: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `real-desktop list | head`
        # Silence the flush at exit that would raise again.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return EXIT_OK
