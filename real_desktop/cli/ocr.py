"""`ocr ID... [--all] [--language eng]`: recognise the text of scanned PDF pages (offline,
Tesseract). Each page's text is indexed as that page, marked machine-made."""

from __future__ import annotations

import argparse

from real_desktop.cli import EXIT_OK, EXIT_USAGE, CommandError, open_library, reason
from real_desktop.core import i18n

COMMANDS = ("ocr",)


def register(sub: argparse._SubParsersAction, only: str | None = None) -> None:  # type: ignore[type-arg]
    if only not in (None, "ocr"):
        return
    p = sub.add_parser(
        "ocr",
        help=i18n.tr("recognise the text of scanned PDF pages (offline OCR)"),
        description=i18n.tr(
            "Read the pages of PDFs that have no text layer (scans) with Tesseract, "
            "so search finds their words and opens the right page. Pages with text of their "
            "own are left alone."
        ),
    )
    p.add_argument("ids", nargs="*", metavar="ID", help=i18n.tr("resource ids (or unambiguous prefixes)"))
    p.add_argument("--all", action="store_true", help=i18n.tr("every PDF with no text on any page"))
    p.add_argument("--language", metavar="eng",
                   help=i18n.tr("Tesseract language, e.g. eng, spa, eng+spa (default: from the "
                                "document's language)"))  # fmt: skip
    p.set_defaults(func=cmd_ocr)


def cmd_ocr(args: argparse.Namespace) -> int:
    from real_desktop.cli.background import run_jobs, selected_ids
    from real_desktop.core.jobs.queue import JobKind

    if not args.ids and not args.all:
        raise CommandError("ocr: " + i18n.tr("give one or more IDs, or --all"), EXIT_USAGE)
    if args.language:
        from real_desktop.core.ocr.engine import OcrError, check_language

        try:
            check_language(args.language)
        except OcrError as exc:
            raise CommandError(f"ocr: {i18n.text_of(reason(exc))}") from exc
    lib = open_library(args)
    try:
        ids = selected_ids(lib, args.ids, args.all, JobKind.OCR)
        if not ids:
            print(i18n.tr("Nothing to recognise: every PDF has text."))
            return EXIT_OK
        options = {"language": args.language} if args.language else {}
        return run_jobs(lib, JobKind.OCR, ids, options, i18n.tr("Text recognition finished"))[0]
    finally:
        lib.close()
