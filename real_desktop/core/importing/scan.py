"""Scanning what an import was given: folders recursively, media with their sidecar
captions (name.vtt, name.en.vtt, name.es-MX.srt), hidden files ignored, unsupported files
and undecodable names reported with a reason."""

from __future__ import annotations

import os
from pathlib import Path

from real_desktop.core.i18n import later
from real_desktop.core.importing.files import CAPTION_EXTS, LANGUAGE_TAG, Job, classify
from real_desktop.core.models import FileResult, Outcome
from real_desktop.core.textutil import display_path


def _valid_name(p: Path) -> bool:
    try:
        str(p).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _bad_name_reason(p: Path) -> str:
    """Say which part of the path to rename: the file, or a folder it is in."""
    if _valid_name(Path(p.name)):
        return later.tr(
            "the name of a folder it is in is not valid UTF-8; rename the folder "
            "({folder}) and import it again"
        ).format(folder=display_path(str(p.parent)))
    return later.tr("the file name is not valid UTF-8; rename the file and import it again")


def _owner(cap_name: str, media_by_stem: dict[str, Path]) -> tuple[Path, str | None] | None:
    """The media file a caption file belongs to, and its language (talk.es.srt -> "es")."""
    base = cap_name[: cap_name.rfind(".")]
    if base in media_by_stem:
        return media_by_stem[base], None
    if "." in base:
        head, lang = base.rsplit(".", 1)
        if head in media_by_stem and LANGUAGE_TAG.match(lang):
            return media_by_stem[head], lang
    return None


def _track_order(item: tuple[str, str | None]) -> tuple[int, str, str]:
    path, lang = item
    # Untagged first, then by language; .vtt before .srt for the same language.
    return (0 if lang is None else 1, lang or "", "0" if path.endswith(".vtt") else "1")


class Scan:
    """What an import was given, sorted out: jobs, early results, folders, vanished paths."""

    def __init__(self) -> None:
        self.jobs: dict[str, Job] = {}
        self.early: list[FileResult] = []
        self.roots: list[Path] = []
        self.gone: list[Path] = []

    def add_dir_files(
        self, folder: Path, names: list[str], explicit: set[str] | None = None
    ) -> None:
        media: dict[str, Path] = {}
        docs: list[Path] = []
        caps: list[str] = []
        for name in sorted(names):
            p = folder / name
            if explicit is None and name.startswith("."):
                continue  # hidden files (.DS_Store, editor swap files) are not library material
            if (
                explicit is not None
                and name not in explicit
                and not name.lower().endswith(CAPTION_EXTS)
            ):
                continue
            if not _valid_name(p):
                self.early.append(
                    FileResult(
                        display_path(str(p)),
                        Outcome.FAILED,
                        _bad_name_reason(p),
                    )
                )
                continue
            if name.lower().endswith(CAPTION_EXTS):
                caps.append(name)
                continue
            kind = classify(p)
            if kind is None:
                ext = p.suffix.lower() or later.tr("no extension")
                why = later.tr("unsupported file type ({ext})").format(ext=ext)
                self.early.append(FileResult(str(p), Outcome.SKIPPED, why))
            elif kind[0] == "document":
                docs.append(p)
            else:
                media[p.stem] = p
        tracks: dict[Path, list[tuple[str, str | None]]] = {m: [] for m in media.values()}
        for name in caps:
            owner = _owner(name, media)
            if owner is not None:
                tracks[owner[0]].append((str(folder / name), owner[1]))
            elif explicit is None or name in explicit:
                self.early.append(
                    FileResult(
                        str(folder / name),
                        Outcome.SKIPPED,
                        later.tr("caption file with no video or audio of the same name beside it"),
                    )
                )
        for p in docs:
            kind, fmt = classify(p) or ("document", "txt")
            self.jobs.setdefault(str(p), Job(str(p), kind, fmt))
        for p in media.values():
            kind, fmt = classify(p) or ("video", "mp4")
            self.jobs[str(p)] = Job(str(p), kind, fmt, sorted(tracks[p], key=_track_order))

    def add(self, raw: Path | str) -> None:
        p = Path(os.path.abspath(os.path.expanduser(str(raw))))
        if not _valid_name(p):
            self.early.append(
                FileResult(
                    display_path(str(p)),
                    Outcome.FAILED,
                    _bad_name_reason(p),
                )
            )
            return
        if p.is_dir():
            self.roots.append(p)
            for folder, dirs, files in os.walk(p, onerror=self._walk_error):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                self.add_dir_files(Path(folder), files)
        elif p.is_file():
            try:
                siblings = [p.parent / n for n in os.listdir(p.parent)]
            except OSError:
                siblings = [p]
            target = p
            if p.name.lower().endswith(CAPTION_EXTS):
                # A caption file given by itself: import the video/audio it belongs to.
                media = {
                    q.stem: q for q in siblings if (classify(q) or ("document",))[0] != "document"
                }
                owner = _owner(p.name, media)
                if owner is None:
                    self.early.append(
                        FileResult(
                            str(p),
                            Outcome.SKIPPED,
                            later.tr(
                                "caption file with no video or audio of the same name beside it"
                            ),
                        )
                    )
                    return
                target = owner[0]
            names = [
                target.name,
                *(q.name for q in siblings if q.name.lower().endswith(CAPTION_EXTS)),
            ]
            self.add_dir_files(p.parent, names, {target.name})
        elif p.exists():
            self.early.append(FileResult(str(p), Outcome.SKIPPED, later.tr("not a regular file")))
        else:
            self.gone.append(p)

    def _walk_error(self, exc: OSError) -> None:
        self.early.append(
            FileResult(
                str(exc.filename),
                Outcome.FAILED,
                later.tr("cannot read the folder: {error}").format(error=exc.strerror),
            )
        )
