"""`real-desktop`: the command line. With no command it opens the desktop window.

Each command module in COMMAND_MODULES has `register(subparsers, only=None)`, which adds
its sub-commands (with `only`, just that one) and sets `func=handler` (handler(args) -> exit
code) on each. A module that does not exist yet is skipped.

Parsers are built lazily: COMMANDS says which module owns each command, so a run imports
that one module and builds that one sub-parser (`real-desktop search` pays for no other
command). The full parser is built only for the top-level `--help`/`--version` and for a
word that is no routed command (argparse's own "invalid choice" error, exit 2). Non-GUI
commands must not import PySide6, and a command module imports at module level only what
its parsers need: handlers import the rest.

Exit codes: 0 ok, 1 something failed (e.g. some files could not be imported), 2 usage error.

Language: every message a person reads goes through `i18n.tr` (real_desktop/core/i18n.py);
the global `--lang es|en` (before the command) beats the window's language setting, which beats the
environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). JSON output is never translated.
"""

from __future__ import annotations

import argparse
import os
import sys

from real_desktop.core import i18n

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on every start
if TYPE_CHECKING:
    from collections.abc import Sequence

    from real_desktop.core.library import Library

COMMAND_MODULES = [
    "real_desktop.cli.library_cmds",
    "real_desktop.cli.catalog_cmds",
    "real_desktop.cli.notes",
    "real_desktop.cli.pack",
    "real_desktop.cli.kiosk",
    "real_desktop.cli.transcribe",
    "real_desktop.cli.ocr",
    "real_desktop.cli.agenda",
    "real_desktop.cli.doctor",
]
# The module that builds and runs each command (tests check this against COMMAND_MODULES).
# A command missing here still works, through the full parser.
COMMANDS = {
    "import": "real_desktop.cli.library_cmds",
    "search": "real_desktop.cli.library_cmds",
    "list": "real_desktop.cli.library_cmds",
    "info": "real_desktop.cli.library_cmds",
    "remove": "real_desktop.cli.library_cmds",
    "relink": "real_desktop.cli.library_cmds",
    "edit": "real_desktop.cli.catalog_cmds",
    "duplicates": "real_desktop.cli.catalog_cmds",
    "merge": "real_desktop.cli.catalog_cmds",
    "watch": "real_desktop.cli.catalog_cmds",
    "notes": "real_desktop.cli.notes",
    "pack": "real_desktop.cli.pack",
    "kiosk": "real_desktop.cli.kiosk",
    "transcribe": "real_desktop.cli.transcribe",
    "ocr": "real_desktop.cli.ocr",
    "agenda": "real_desktop.cli.agenda",
    "present": "real_desktop.cli.agenda",
    "doctor": "real_desktop.cli.doctor",
}

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_OWN_FLAGS = ("-h", "--help", "--version")


class CommandError(Exception):
    """Raise from a handler to print a message and exit with `code` (no traceback)."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def reason(exc: BaseException) -> str:
    """An exception's message as raised, a Message kept (`core.i18n.message_of`)."""
    from real_desktop.core.i18n import message_of

    return message_of(exc)


def open_library(args: argparse.Namespace | None = None) -> Library:
    """The library for this invocation (--home / REAL_DESKTOP_HOME, else the default)."""
    from pathlib import Path

    from real_desktop.core.library import Library, LibraryError

    home = getattr(args, "home", None) if args is not None else None
    try:
        return Library.open(Path(home) if home else None)
    except LibraryError as exc:
        raise CommandError(reason(exc)) from exc


def _gui(args: argparse.Namespace) -> int:
    try:
        from real_desktop.ui import app
    except ModuleNotFoundError as exc:
        if exc.name in ("real_desktop.ui.app", "PySide6") or (exc.name or "").startswith("PySide6"):
            print(
                "real-desktop: "
                + i18n.tr(
                    "the desktop window is not available in this installation ({name} is "
                    "missing). Command-line use still works: real-desktop --help"
                ).format(name=exc.name),
                file=sys.stderr,
            )
            return EXIT_FAILED
        raise
    extra = list(getattr(args, "qt_args", []))
    home = getattr(args, "home", None)
    if home:  # the window's own --home beats a library location saved in its settings
        extra = ["--home", str(home), *extra]
    return int(app.main([sys.argv[0] if sys.argv else "real-desktop", *extra]) or 0)


def terminal_columns() -> int:
    """shutil.get_terminal_size().columns without importing shutil (and with it bz2, lzma
    and zlib, ~2 ms) on every start: $COLUMNS, else stdout's terminal, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, with the width it would pick but found without shutil (every
    add_argument makes a formatter, so argparse's own would import shutil at start-up)."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = terminal_columns() - 2  # what argparse subtracts from shutil's width
        super().__init__(prog, indent_increment, max_help_position, width)


class _VersionAction(argparse.Action):
    """argparse's "version" action, with the version looked up only when asked for
    (real_desktop.version() reads package metadata: not on every start)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kw: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help=i18n.tr("show the program's version number and exit"))

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from real_desktop import version

        print(f"{parser.prog} {version()}")
        parser.exit()


def _sub_parser(**kwargs: object) -> argparse.ArgumentParser:
    kwargs.setdefault("formatter_class", HelpFormatter)
    return argparse.ArgumentParser(**kwargs)  # type: ignore[arg-type]


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or with `only`, of that one command alone (the
    top-level options are the same either way)."""
    import importlib

    parser = argparse.ArgumentParser(
        prog="real-desktop",
        formatter_class=HelpFormatter,
        description=i18n.tr(
            "REAL Desktop: an offline, searchable library of REAL program documents "
            "and recorded talks. Run without a command to open the desktop window."
        ),
    )
    parser.add_argument(
        "--home",
        metavar="DIR",
        help=i18n.tr("library data folder (default: $REAL_DESKTOP_HOME or the user data folder)"),
    )
    parser.add_argument(
        "--lang",
        choices=i18n.SUPPORTED,
        metavar="LANG",
        help=i18n.tr(
            "language of the messages: en or es (default: the language chosen in the "
            "window's settings, else the system's)"
        ),
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_sub_parser)
    if only in (None, "gui"):
        gui = sub.add_parser("gui", help=i18n.tr("open the desktop window (the default)"))
        gui.add_argument("qt_args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
        gui.set_defaults(func=_gui)
    if only == "gui":
        return parser
    for name in COMMAND_MODULES if only is None else [COMMANDS[only]]:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # that command module is not written yet
            raise
        if only is None:
            module.register(sub)
        else:
            module.register(sub, only=only)
    return parser


def _split_option(argv: list[str], flag: str) -> tuple[list[str], str | None]:
    """Accept a global option (--home, --lang) anywhere before `--` (also after the
    command name): the arguments without it, and its value."""
    out: list[str] = []
    value = None
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--":
            out += argv[i:]
            break
        if a == flag and i + 1 < len(argv):
            value = argv[i + 1]
            i += 2
            continue
        if a.startswith(flag + "="):
            value = a.split("=", 1)[1]
        else:
            out.append(a)
        i += 1
    return out, value


def _split_home(argv: list[str]) -> tuple[list[str], str | None]:
    return _split_option(argv, "--home")


def _split_lang(argv: list[str]) -> tuple[list[str], str | None]:
    """--lang among the options before the command word: after it, `--lang` stays what it
    always was, argparse's abbreviation of the command's own --language (`search x --lang
    es` keeps Spanish items)."""
    i = 0
    while i < len(argv) and argv[i].startswith("-") and argv[i] != "--":
        a = argv[i]
        if a.startswith("--lang="):
            return argv[:i] + argv[i + 1 :], a.split("=", 1)[1]
        if a == "--lang" and i + 1 < len(argv):
            return argv[:i] + argv[i + 2 :], argv[i + 1]
        i += 1
    return argv, None


def choose_language(lang: str | None, home: str | None) -> str:
    """--lang, else the window's setting in this library's settings.ini, else the
    environment (i18n.set_language). Before any parser is built: help texts are
    translated as the parsers are made."""
    from pathlib import Path

    settings_home = None
    if lang is None:
        from real_desktop.core import paths

        settings_home = Path(home) if home else paths.data_home(create=False)
    chosen = i18n.set_language(lang, home=settings_home)
    from real_desktop.cli import argparse_words

    argparse_words.install()
    return chosen


# Read-only commands whose process ends as soon as their output is written: the
# interpreter's teardown (freeing every module and object) costs ~6 ms, over 10% of a
# `real-desktop search`, and does nothing for a command that wrote no file (its library is
# closed by then). Measured in docs/PERFORMANCE.md, "Command line".
EXIT_WITHOUT_TEARDOWN = frozenset({"search"})


def _exit_now(code: int) -> None:
    import contextlib  # already loaded by the interpreter's start-up: free

    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (`| head`)
            stream.flush()
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # In a PyInstaller bundle the import workers start this same executable:
        # freeze_support() turns those starts into workers instead of new apps.
        import multiprocessing

        multiprocessing.freeze_support()
    own_process = argv is None  # the program itself, not a caller (tests) passing argv
    argv = list(sys.argv[1:] if argv is None else argv)
    argv, home = _split_home(argv)
    argv, lang = _split_lang(argv)
    if lang is not None and i18n.parse_locale(lang) is None:
        choose_language(None, home)
        print("real-desktop: " + i18n.tr("unknown language {lang!r} (choose from {choices})")
              .format(lang=lang, choices=", ".join(i18n.SUPPORTED)), file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    choose_language(lang, home)
    if not argv or argv[0] == "gui" or (argv[0].startswith("-") and argv[0] not in _OWN_FLAGS):
        # The window's options (and Qt's own, e.g. -platform) pass straight through:
        # argparse would reject them before the `gui` sub-command saw them.
        if home is not None:
            os.environ["REAL_DESKTOP_HOME"] = home
        if lang is not None:  # the window's Qt reads the UI language list from LANGUAGE
            os.environ["LANGUAGE"] = lang
        gui_args = argv[1:] if argv and argv[0] == "gui" else argv
        if gui_args[:1] in (["-h"], ["--help"]):
            build_parser().print_help()
            return EXIT_OK
        return _gui(argparse.Namespace(home=home, qt_args=gui_args))
    # The first word is a command or one of the top-level flags (anything else went to gui).
    parser = build_parser(argv[0] if argv[0] in COMMANDS else None)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    if home is not None:
        args.home = home
        os.environ["REAL_DESKTOP_HOME"] = home  # anything that calls paths.data_home() agrees
    func = getattr(args, "func", None) or _gui
    try:
        code = int(func(args) or 0)
        if own_process and args.command in EXIT_WITHOUT_TEARDOWN:
            _exit_now(code)
        return code
    except CommandError as exc:
        print(f"real-desktop: {i18n.text_of(reason(exc))}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("real-desktop: " + i18n.tr("interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # `real-desktop list | head`
        # Silence the flush at exit that would raise again.
        import contextlib

        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return EXIT_OK
