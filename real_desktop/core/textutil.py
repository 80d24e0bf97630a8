"""Small text helpers shared by extraction, the viewers and the CLI (stdlib only)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_SLUG_DROP = re.compile(r"[^\w\- ]+")


def slugify(heading: str) -> str:
    """GitHub-style anchor for a heading: "Why a Racial Equity Lens?" -> "why-a-racial-equity-lens".

    Viewers that render Markdown/HTML use the same function so a search hit's anchor
    points at the heading they render."""
    text = unicodedata.normalize("NFKC", heading).strip().lower()
    text = _SLUG_DROP.sub("", text)
    return re.sub(r"\s", "-", text).strip("-") or "section"


def name_key(name: str) -> str:
    """A file name or title reduced for matching: "Undoing_Racism in America's Cities"
    and "undoing racism in americas cities" give the same key (case, accents,
    apostrophes, punctuation and separators do not count)."""
    text = unicodedata.normalize("NFKD", name).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['’‘`´]", "", text)
    return re.sub(r"[\W_]+", "-", text).strip("-")


class SlugMaker:
    """Makes anchors unique within one document: intro, intro-1, intro-2."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def __call__(self, heading: str) -> str:
        base = slugify(heading)
        n = self._seen.get(base, 0)
        self._seen[base] = n + 1
        return base if n == 0 else f"{base}-{n}"


def decode_text(data: bytes) -> str:
    """Decode a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Never raises: real-world caption and text files are often not UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def display_path(path: str) -> str:
    """A path as a file manager shows it: undecodable file-name bytes (lone surrogates
    from surrogateescape) become U+FFFD. For display only: the stored path stays exact."""
    return path.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="replace")


_DIGITS = re.compile(r"\d+")


def natural_key(title: str) -> str:
    """A sort key that orders numbers by value ("Part 2" before "Part 10") and ignores
    case and accents; stored as `resources.sort_title` so SQL sorts by it with an index."""
    text = unicodedata.normalize("NFKD", title).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c)).strip()
    # Digit runs padded to 12 places compare as numbers; longer runs keep their length.
    return _DIGITS.sub(lambda m: m.group(0).lstrip("0").rjust(12, "0"), text)


def text_digest(texts: Iterable[str]) -> str | None:
    """The digest of a file's extracted text, the same for the same words whatever the
    case or spacing (duplicates under other file names). None when there is no text."""
    import hashlib

    words = " ".join(" ".join(t.split()) for t in texts if t and t.strip()).casefold()
    return hashlib.sha256(words.encode("utf-8", errors="replace")).hexdigest() if words else None


LANGUAGE_NAMES = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese",
    "zh": "Chinese",
    "vi": "Vietnamese",
    "ko": "Korean",
    "ar": "Arabic",
    "ht": "Haitian Creole",
    "tl": "Tagalog",
    "ru": "Russian",
}


def language_label(code: str | None) -> str:
    if not code:
        return "Captions"
    base = re.split(r"[-_]", code)[0].lower()
    name = LANGUAGE_NAMES.get(base)
    if name is None:
        return code
    return name if base == code.lower() else f"{name} ({code})"


def bindable(text: str) -> str:
    """Make a caller's string safe to bind: command-line arguments carry undecodable bytes
    as lone surrogates (surrogateescape), which sqlite3 refuses with UnicodeEncodeError.
    Such bytes become U+FFFD, which matches nothing real."""
    try:
        text.encode("utf-8")
    except AttributeError:  # not a string (an id list of other types): sqlite3 decides
        return text
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
    return text
