"""Text extraction: one file in, pages/sections/cues out. Runs in worker processes.

Everything returned is plain picklable data. Bad input raises ExtractError with a reason
a person can act on; any other exception is a bug in a library and is reported with its
message by the caller. Heavy libraries are imported inside the functions that need them
so that `real-desktop search` never pays for them.
"""

from __future__ import annotations

from pathlib import Path

from real_desktop.core.i18n import later
from real_desktop.core.importing.captions import (
    clean_cue_text,
    parse_captions,
    parse_captions_checked,
)
from real_desktop.core.importing.documents import (
    extract_html,
    extract_markdown,
    extract_text,
    split_front_matter,
    split_people,
)
from real_desktop.core.importing.files import (
    AUDIO_FORMATS,
    CAPTION_EXTS,
    DOCUMENT_FORMATS,
    VIDEO_FORMATS,
    Extracted,
    ExtractError,
    Job,
    caption_language,
    classify,
    file_signature,
    humanize_stem,
    sha256_file,
)
from real_desktop.core.importing.media import extract_media, media_duration, sniff_media
from real_desktop.core.importing.pdf import extract_pdf

__all__ = [
    "AUDIO_FORMATS",
    "CAPTION_EXTS",
    "DOCUMENT_FORMATS",
    "VIDEO_FORMATS",
    "ExtractError",
    "Extracted",
    "Job",
    "caption_language",
    "classify",
    "clean_cue_text",
    "extract_job",
    "file_signature",
    "humanize_stem",
    "media_duration",
    "parse_captions",
    "parse_captions_checked",
    "sha256_file",
    "sniff_media",
    "split_front_matter",
    "split_people",
]


def extract_job(job: Job) -> Extracted:
    """Hash and extract one file. Raises ExtractError for unusable files."""
    p = Path(job.path)
    try:
        st = p.stat()
    except OSError as exc:
        raise ExtractError(
            later.tr("cannot read the file: {error}").format(error=exc.strerror or str(exc))
        ) from exc
    if st.st_size == 0:
        raise ExtractError(later.tr("the file is empty (0 bytes)"))
    try:
        digest = sha256_file(job.path)
    except OSError as exc:
        raise ExtractError(
            later.tr("cannot read the file: {error}").format(error=exc.strerror or str(exc))
        ) from exc
    out = Extracted(sha256=digest, size=st.st_size, mtime_ns=st.st_mtime_ns, title=humanize_stem(p))
    if job.kind == "document":
        {"pdf": extract_pdf, "md": extract_markdown, "html": extract_html, "txt": extract_text}[job.format](p, out)
    else:
        extract_media(job, out)
    return out
