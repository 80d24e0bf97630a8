"""`transcribe ID... [--all] [--engine pocketsphinx|whisper] [--language en] [--vtt OUT.vtt]`
(the running, progress and summary: cli/background.py)."""

from __future__ import annotations

import argparse
from typing import Any

from real_desktop.cli import EXIT_OK, EXIT_USAGE, CommandError, open_library, reason
from real_desktop.core import i18n

ENGINES = ("pocketsphinx", "whisper")
COMMANDS = ("transcribe",)


def register(sub: argparse._SubParsersAction, only: str | None = None) -> None:  # type: ignore[type-arg]
    if only not in (None, "transcribe"):
        return
    p = sub.add_parser(
        "transcribe",
        help=i18n.tr("make automatic captions for videos/audio by speech recognition (offline)"),
        description=i18n.tr(
            "Recognise what is said in videos or audio files with no captions, on "
            "this computer, and store it as a caption track marked “Automatic”: searchable, "
            "shown in the player, exportable. A caption file imported later replaces it."
        ),
    )
    p.add_argument("ids", nargs="*", metavar="ID", help=i18n.tr("resource ids (or unambiguous prefixes)"))
    p.add_argument("--all", action="store_true", help=i18n.tr("every video/audio item with no captions"))
    p.add_argument("--engine", choices=ENGINES, default="pocketsphinx",
                   help=i18n.tr("pocketsphinx (built in, English) or whisper (needs a ggml model file "
                                "in REAL_DESKTOP_WHISPER_MODEL)"))  # fmt: skip
    p.add_argument("--language", help=i18n.tr("spoken language, e.g. en (default: the item's, else en)"))
    p.add_argument("--vtt", metavar="OUT.vtt", help=i18n.tr("also write the captions to this WebVTT file"))
    p.set_defaults(func=cmd_transcribe)


def cmd_transcribe(args: argparse.Namespace) -> int:
    from real_desktop.cli.background import run_jobs, selected_ids
    from real_desktop.core.jobs.queue import JobKind

    if not args.ids and not args.all:
        raise CommandError("transcribe: " + i18n.tr("give one or more IDs, or --all"), EXIT_USAGE)
    options: dict[str, Any] = {"engine": args.engine}
    if args.language:
        options["language"] = args.language
    if args.engine == "whisper":
        from real_desktop.core.speech.engines import (
            SpeechError,
            check_whisper_model,
            find_whisper_model,
        )

        try:
            options["whisper_model"] = str(check_whisper_model(find_whisper_model()))
        except SpeechError as exc:
            raise CommandError(f"transcribe: {i18n.text_of(reason(exc))}") from exc
    lib = open_library(args)
    try:
        ids = selected_ids(lib, args.ids, args.all, JobKind.TRANSCRIBE)
        if args.vtt and len(ids) != 1:
            raise CommandError("transcribe: " + i18n.tr("--vtt writes one file: give exactly one item"), EXIT_USAGE)
        if not ids:
            print(i18n.tr("Nothing to transcribe: every video and audio item has captions."))
            return EXIT_OK
        code, summary = run_jobs(lib, JobKind.TRANSCRIBE, ids, options, i18n.tr("Transcription finished"))
        if args.vtt and summary is not None and summary.ok:
            from pathlib import Path

            from real_desktop.core.speech.cues import write_vtt
            from real_desktop.core.speech.engines import base_language
            from real_desktop.core.speech.store import track_cues

            lang = base_language(args.language or lib.get(ids[0]).language or "en")
            try:
                write_vtt(Path(args.vtt), track_cues(lib.db, ids[0], lang))
            except OSError as exc:
                raise CommandError("transcribe: " + i18n.tr("cannot write {file}: {error}").format(
                    file=args.vtt, error=exc.strerror)) from exc  # fmt: skip
            print(i18n.tr("Captions written to {file}").format(file=args.vtt))
        return code
    finally:
        lib.close()
